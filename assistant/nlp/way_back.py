"""A sign that opens with the wish's verb phrase up to its destination, then goes on with "og"
("tage bussen til Flensborg igen og drikke min kaffe …" / "når jeg kan tage bussen til Flensborg
og hjem igen, gå de 400 meter …"): the destination is the wish's, so the sign points to it ("tage
bussen derhen og hjem igen, gå …", "tage toget derhen og finde perronen …") and keeps what it
adds. The words live in _grammar.yaml (destination_preposition, destination_ways)."""

from __future__ import annotations

from assistant.content.grammar import Grammar, fold

_SHARED_LEAST = 3  # words of the verb phrase the wish and the sign share at least ("gå til X")


def _bare(word: str) -> str:
    return fold(word.strip(",.;:")).lower()


def way_back_said(action: str, sign: str, g: Grammar) -> str | None:
    """The sign with the wish's destination said by its lead's pointing word ("tage bussen
    derhen og hjem igen, …") when it opens with the wish's first words up to and with a
    destination ("til Flensborg") and goes on with a join ("og hjem igen", "og finde …"); None
    otherwise."""
    if not g.destination_preposition or not g.destination_ways:
        return None
    wish, said = [_bare(w) for w in action.split()], sign.split()
    plain = [_bare(w) for w in said]
    n = 0
    while n < min(len(wish), len(said)) and wish[n] == plain[n] and plain[n] not in g.main_joins:
        if said[n].endswith(","):
            return None
        n += 1
    if n < _SHARED_LEAST or n + 1 >= len(said) or plain[n] not in g.main_joins:
        return None
    # the destination: "til" and its place after the verb, a way adverb maybe before it
    # ("ned til Brugsen": "derned")
    to = next((k for k in range(1, n - 1) if plain[k] == g.destination_preposition), None)
    if to is None or not all(w.isalpha() for w in plain[to + 1 : n]):
        return None
    lead = to - 1 if to > 1 and plain[to - 1] in g.destination_ways else to
    return " ".join([*said[:lead], g.destination_ways[plain[lead]], *said[n:]])
