"""A second-language filler set off by commas ("det er min glæde fra barndom, nu, og børnene
griner": Lithuanian, Polish, Russian "nu", "well"): a word of lone_fillers said alone between
two marks, before a main join or the end, says nothing; "…, nu, hvor jeg er gammel" (now that)
and "og nu vil jeg …" keep it."""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_EDGE = ",.;:!?"


def without_lone_fillers(words: list[str], g: Grammar) -> list[str]:
    """The words without a lone filler between a comma and a mark ("…, nu, og …" → "…, og
    …"; "…, nu." → "….")."""
    out: list[str] = []
    for i, w in enumerate(words):
        mark = w[len(w.rstrip(_EDGE)) :]
        nxt = _b(words[i + 1]) if i + 1 < len(words) else ""
        last = not nxt or (bool(mark) and mark[-1] in ".!?")  # "" is in every string
        lone = (
            _b(w) in g.lone_fillers
            and bool(out)
            and out[-1].endswith(",")
            and (last or (mark and nxt in g.lone_filler_next))
        )
        if not lone:
            out.append(w)
        elif last:
            out[-1] = out[-1][:-1] + mark[-1:]  # "…, nu." → "…."
    return out
