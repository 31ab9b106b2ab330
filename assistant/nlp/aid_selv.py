"""Managing on one's own with an aid, told in a part of its own after a difficulty."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.nlp import clauses


def managed_with_aid(
    words: Sequence[str],
    matches: Sequence[tuple[str, int, int]],
    aids: Sequence[tuple[str, int]],
    cl: clauses.Clauses,
    later: Sequence[tuple[int, int]],
    lex,
    part_stance: Callable[[list], str | None],
) -> str | None:
    """Return hjaelpemiddel when a later part says one manages on one's own with an aid named
    in it ("jeg hører dårligt i telefonen. med høreapparat kan jeg selv tale med min søster"):
    a part with a stance of ability and a plain "selv" of its own, its aid in use. An aid beside
    a difficulty without "selv" ("… jeg går med rollator nu") says how it is today: None."""
    return selv_restated_with_aid(words, matches, aids, cl, later, lex, "resource", part_stance)


def selv_restated_with_aid(
    words: Sequence[str],
    matches: Sequence[tuple[str, int, int]],
    aids: Sequence[tuple[str, int]],
    cl: clauses.Clauses,
    later: Sequence[tuple[int, int]],
    lex,
    stance: str,
    part_stance: Callable[[list], str | None],
) -> str | None:
    """Return hjaelpemiddel when a later part with the same stance says the wish to manage
    "selv" again with the aid it is done with ("Jeg vil vaske mig selv. … Jeg vil klare det
    selv med badestol"): a plain "selv" of its own and its aid in use."""
    for lo, hi in later:
        inside = [m for m in matches if lo <= m[1] < hi]
        own = [a for a in aids if lo <= a[1] < hi]
        if not own or part_stance(inside) != stance:
            continue
        selv = any(
            lab == "selv" and not cl.in_motivation(s) and clauses.plain_selv(words, s, lex)
            for lab, s, _e in inside
        )
        if selv and clauses.independence(words, inside, own, [], lex, cl) == "hjaelpemiddel":
            return "hjaelpemiddel"
    return None
