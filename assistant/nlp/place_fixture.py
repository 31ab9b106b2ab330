"""An aid word that names a fixture of the place, said as what is there (pure).

"… og der er et gelænder ned i bassinet", "de har også en lift ved bassinet": the rail and the
lift belong to the swimming pool, no personal aid of the citizen's, so the goal does not name
them as her means (the draft's answers keep them for staff). A fixture is an aid of aids.yaml
`place_fixtures`; it is the place's when a subject of `fixture_subjects` ("der", "de") and a
verb of `fixture_verbs` ("er", "har"), in either order, open its clause right before it, past
fillers and an article or quantifier ("der er jo et gelænder", "så er der en lift"). Set up for
the citizen ("der er sat et gelænder op", "jeg har fået et gelænder"), held ("jeg holder fast i
gelænderet") or any other aid ("de har en taburet i omklædningen, så jeg kan sidde") stays an
aid.
"""

from __future__ import annotations

from collections.abc import Sequence

_REACH = 3  # words between the verb and the fixture at most ("er også lige et gelænder")


def said_as_there(words: Sequence[str], i: int, aid: str, lex) -> str | None:
    """The subject ("der", "de") that says the fixture `aid` at `i` is the place's, or None."""
    if aid not in lex.place_fixtures:
        return None
    between = 0
    k = i - 1
    while k >= 1 and between <= _REACH:
        w, before = words[k], words[k - 1]
        if w in lex.fixture_verbs and before in lex.fixture_subjects:
            return before  # "der er et gelænder"
        if w in lex.fixture_subjects and before in lex.fixture_verbs:
            return w  # "så er der jo en lift"
        if w not in lex.fixture_between:
            return None
        between += 1
        k -= 1
    return None
