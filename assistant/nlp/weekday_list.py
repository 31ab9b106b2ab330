"""Weekdays said one after another without a join, written as a list (pure).

"tirsdag. fredag. formiddag." (read as "tirsdag fredag formiddag"), "mandag, onsdag og fredag"
(read without its commas): the goal writes "tirsdag og fredag formiddag", "mandag, onsdag og
fredag", the days of the list joined as Danish joins them.
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def weekdays_listed(text: str, g: Grammar) -> str:
    """`text` with each run of two or more weekdays (goals grammar time_of_day_bare), said
    side by side or with the and-word before the last, written "A og B", "A, B og C"; a
    lone weekday and the words around the run stay as said."""
    words = text.split()
    days = g.time_of_day_bare
    out: list[str] = []
    i = 0
    while i < len(words):
        run: list[str] = []
        j = i
        while j < len(words):
            if _b(words[j].strip(EDGE)) in days:
                run.append(words[j].rstrip(","))
                j += 1
                if words[j - 1][-1:] in ".;:!?":
                    break  # a sentence ends after it
            elif (
                run
                and _b(words[j]) == _b(g.and_word)
                and j + 1 < len(words)
                and (_b(words[j + 1].strip(EDGE)) in days)
            ):
                j += 1
            else:
                break
        if len(run) < 2:
            out.append(words[i])
            i += 1
            continue
        end = words[j - 1][-1:] if words[j - 1][-1:] in EDGE else ""
        run = [d.rstrip(EDGE) for d in run]
        out += [*(f"{d}," for d in run[:-2]), run[-2], g.and_word, run[-1] + end]
        i = j
    return " ".join(out)
