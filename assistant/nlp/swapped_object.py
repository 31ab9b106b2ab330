"""A wish's last listed doing said again by the sign with an object of the sign's own.

"passe mine bonsaitræer i drivhuset igen, klippe dem og vikle tråd om grenene" beside the sign
"klippe og vikle tråd om et helt træ på en time": the doing is the sign's, said with its whole
("et helt træ"); the wish's short object ("grenene") goes with it, and the sign says the doing
once (compose._unrepeated_clauses closes the wish's list with "og"). A place the wish ends in
("rive billetter af og sælge popcorn i biografen" beside "… og sælge popcorn hele aftenen") is
where the whole wish is done, no object the sign swaps: it stays unless the sign goes on with
the same preposition.
"""

from __future__ import annotations

from collections.abc import Sequence

OBJECT_MAX = 2  # words of the object a listed doing ends the wish with ("grenene")


def object_swapped(rest: Sequence[str], sign_goes_on: bool, g, sign_next: str = "") -> bool:
    """True when the wish ends, after the words it shares with the sign, in a short object of
    its own (`rest`: no doing, join or mark) while the sign goes on with its own words
    (`sign_next` its first); a place ("i biografen") only when the sign's goes on the same way."""
    if rest and rest[0] in g.place_leads and sign_next != rest[0]:
        return False
    return (
        sign_goes_on
        and 0 < len(rest) <= OBJECT_MAX
        and not any(w in g.main_joins or g.is_bare_infinitive(w) or not w.isalpha() for w in rest)
    )
