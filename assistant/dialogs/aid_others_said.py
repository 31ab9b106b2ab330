"""The aid phrase without the things the answers tell as another's or the place's (pure).

"jeg har fået nogle skridsikre badesko og så har de en taburet i omklædningen … og der er et
gelænder ned i bassinet": the rail belongs to the pool (nlp/place_fixture.py), so the listed
phrase "med en taburet, et gelænder og nogle skridsikre badesko" loses it in the goal ("med en
taburet og nogle skridsikre badesko"); the answers keep it for staff. Only a list the phrase
joins with commas and its last "og" is cut; a thing said once, alone, leaves no phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from assistant.content.grammar import EDGE, fold


def without_others(
    phrase: str | None, others: Iterable[str], aid_of: Callable[[str], str | None], and_word: str
) -> str | None:
    """`phrase` ("med X, Y og Z") without each listed thing whose word names an aid of `others`
    by `aid_of` (a word → its aid or None); None when nothing of it is left."""
    dropped = set(others)
    if not phrase or not dropped:
        return phrase
    lead, *rest = phrase.split(" ", 1)
    if not rest:
        return phrase
    head, sep, last = rest[0].rpartition(f" {and_word} ")
    items = [*(p.strip() for p in head.split(",")), last] if sep else [rest[0]]

    def theirs(item: str) -> bool:
        return any(aid_of(w.strip(EDGE)) in dropped for w in item.split())

    kept = [p for p in items if p and not theirs(p)]
    if len(kept) == len(items):
        return phrase
    if not kept:
        return None
    body = ", ".join(kept[:-1]) + f" {and_word} {kept[-1]}" if len(kept) > 1 else kept[0]
    return f"{lead} {body}" if fold(lead) else body
