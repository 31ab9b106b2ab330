"""A relative's "os"/"vi" said with the kin they are to the citizen ("det ikke skal være os børn,
der smider mors ting ud", a son's words) is that kin of the citizen's in the citizen's goal:
"mine børn" (relative_us_kin), as their "mors" is "min kones"."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def relative_us_as_kin(text: str, g: Grammar) -> str:
    """`text` (a relative's words) with each "os børn"/"vi børnebørn" as the citizen's kin."""
    if not g.relative_us_kin:
        return text
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        kin = g.relative_us_kin.get(_b(nxt.rstrip(EDGE))) if nxt else None
        if kin and _b(w) in g.relative_us | g.relative_we and w[-1:] not in EDGE:
            said = kin.split()
            out.extend([*said[:-1], said[-1] + nxt[len(nxt.rstrip(EDGE)) :]])
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)
