"""A reason said as speech that opens with an "efter" clause telling the past, then "så" or
straight the main clause verb first ("fordi efter min kone døde så er det dem der har holdt mig
oppe", "efter jeg fik blodproppen har jeg ikke været der"): the fronted clause is the story
before the reason, left out as it is when said after the main clause; the main clause is
written subject first ("det er dem der har holdt mig oppe")."""

from __future__ import annotations

from collections.abc import Callable

from assistant.content.grammar import EDGE, Grammar, fold
from assistant.content.grammar import bare as _b


def fronted_story_left_out(
    words: list[str], g: Grammar, finite: Callable[[str], bool]
) -> list[str] | None:
    """The main clause after a fronted "efter" clause of the past (see the module), or None
    when the words are not told so."""
    told = False  # the fronted clause has a past verb or says a death
    for i in range(2, len(words) - 1):
        word, nxt = words[i], words[i + 1]
        if words[i - 1][-1:] in ".;:!?":
            return None
        said = _b(word)
        if not told:
            told = g.is_past(word) or said in g.death_words or said in g.past_words
            if told and word[-1:] in EDGE and word[-1:] != ",":
                return None
            continue
        if said == fold(g.so_word) and i + 2 < len(words):
            i, word, nxt = i + 1, nxt, words[i + 2]  # "… døde så er det": "så" resumes it
        if finite(word) and _b(nxt) in g.subject_pronouns and word[-1:] not in EDGE:
            mark = nxt[len(nxt.rstrip(EDGE)) :]
            return [nxt.rstrip(EDGE).lower(), word + mark, *words[i + 2 :]]
        if word[-1:] in EDGE and word[-1:] != ",":
            return None
    return None
