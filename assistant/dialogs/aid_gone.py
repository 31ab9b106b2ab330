"""An aid said to go on the summary, the aid first and the verb after it ("nej, knæbindet skal
ud.", "stokken skal væk"): the aid turned down, as "ikke stokken" is."""

from __future__ import annotations

from assistant.content.yesno import normalise
from assistant.dialogs.reply import Ctx

_ENDS = ".!?;,"


def said_to_go(words: list[str], k: int, ctx: Ctx) -> bool:
    """True when the aid at words[k] (as said) is followed by a phrase of `aid_off_after`
    ("skal ud", "må væk") that ends its sentence or the answer: "knæbindet skal ud." turns it
    down; "rollatoren skal ud af bilen" does not."""
    folded = [normalise(w) for w in words]
    for phrase in ctx.dialogue.words.get("aid_off_after", ()):
        p = normalise(phrase).split()
        end = k + 1 + len(p)
        if p and folded[k + 1 : end] == p and (end == len(words) or words[end - 1][-1] in _ENDS):
            return True
    return False
