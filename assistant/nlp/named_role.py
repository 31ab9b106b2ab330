"""A person word said as what a named person is, right after her first name, a relative pronoun
and a copula ("mette som er gruppeleder hun går med mig", "Birthe, der er fysioterapeut,
hjælper mig"): the role is who she is to the citizen, so it names her, though a bare person word
after a copula is otherwise a role only ("mor var besøgsven"). The copulas are people.yaml's
named_role_copulas; a person word before the pronoun ("min datter som er sygeplejerske")
names her already."""

from __future__ import annotations

from collections.abc import Callable, Sequence

_COMMA = ","


def named_role(words: Sequence[str], i: int, lex, is_name: Callable[[str], bool]) -> bool:
    """True for the person word at i after "<first name>[,] som|der er" (lower-case words)."""
    k = i - 1
    if k < 2 or words[k] not in lex.named_role_copulas:
        return False
    k -= 1
    if words[k] not in lex.relative_pronouns:
        return False
    k -= 1
    if words[k] == _COMMA and k > 0:
        k -= 1
    return is_name(words[k]) and words[k] not in lex.people
