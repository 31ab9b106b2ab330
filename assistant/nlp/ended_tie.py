"""A marriage or family tie said as over ("min ekskone", "hans fraskilte mand", "min tidligere
svigermor"): the person the tie was with, named as the compound names them ("ekskone"), unless
refused ("ikke min eks kone", "min tidligere mand vil jeg ikke have noget med at gøre")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def ended_ties(words: Sequence[str], named: Iterable[tuple[str, int]], lex) -> list:
    """`named` (person, index) with a tie of ended_ties said right after one of ended_tie_leads
    renamed to the person of the ended tie ("min eks kone" → ekskone, as "min ekskone" is), and
    an ended tie said with a negation near it in its clause left out: no one of today's
    network ("ikke min ex svigerdatter", "min forhenværende mand skal ikke blandes ind")."""
    ended = set(lex.ended_tie_names.values())
    out = []
    for p, i in named:
        name = lex.ended_tie_names.get(p, p) if _said_ended(words, i, p, lex) else p
        if name in ended and _refused(words, i, lex):
            continue
        out.append((name, i))
    return out


def _said_ended(words: Sequence[str], i: int, person: str, lex) -> bool:
    """True for a spouse or in-law said as one no longer: no wife or husband of today."""
    return person in lex.ended_ties and i > 0 and words[i - 1] in lex.ended_tie_leads


def _refused(words: Sequence[str], i: int, lex) -> bool:
    """True for a negation (ended_tie_negations) up to ended_tie_refusal_before words before
    the person or ended_tie_refusal_after words after it, no punctuation mark between."""
    before = range(i - 1, max(-1, i - 1 - lex.ended_tie_refusal_before), -1)
    after = range(i + 1, min(len(words), i + 1 + lex.ended_tie_refusal_after))
    for reach in (before, after):
        for k in reach:
            if not any(c.isalnum() for c in words[k]):
                break
            if words[k] in lex.ended_tie_negations:
                return True
    return False
