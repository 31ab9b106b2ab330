"""A lost drive with an object gives up that activity, it names no low mood.

"nej jeg gider ikke mere petanque i klubben", "hun orker ikke længere bridge": the phrase of
lost drive ("gider ikke mere") is the activity's pattern for "no drive for anything"; with
another activity's word right after it, it says which activity is given up. "jeg gider ikke
mere" and "orker hun ikke mere fordi hun er træt" keep the low mood.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.activity import DEFAULT_WEIGHT

ACT = "ACT:"


def without_drive_objects(words: Sequence[str], matches, cues, lex):
    """The matches less each activity phrase ending in "mere"/"længere" that another
    activity's word follows right after."""
    out = []
    for lab, s, e in matches:
        if (
            lab.startswith(ACT)
            and words[e - 1] in lex.drive_object_ends
            and e < len(words)
            and any(a != lab[len(ACT) :] and wt >= DEFAULT_WEIGHT for a, wt in cues[e])
        ):
            continue
        out.append((lab, s, e))
    return out
