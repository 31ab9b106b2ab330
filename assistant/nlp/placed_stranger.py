"""A spouse word said with a place ("Manden i akvariebutikken i Nykøbing tester vandet for mig",
"konen fra kiosken", "manden ved siden af") names someone found there, no husband or wife: the
citizen's spouse is "min mand" or "manden" said alone. A place of home after it ("manden
derhjemme", "konen hjemme i huset") keeps the spouse (nlp/people.yaml placed_spouse_words)."""

from __future__ import annotations

from collections.abc import Sequence

_REACH = 3  # words after the place lead searched for a place of home ("hjemme i huset")


def placed_stranger(words: Sequence[str], i: int, lex) -> bool:
    """True when the definite spouse word at i is followed by a place lead and no home."""
    if words[i] not in lex.placed_spouse_words or i + 2 >= len(words):
        return False
    if words[i + 1] not in lex.spouse_place_leads:
        return False
    after = words[i + 1 : i + 2 + _REACH]
    return not any(w in lex.spouse_home_words for w in after) and words[i + 2].isalpha()
