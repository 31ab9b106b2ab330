"""A kin word quoted after a saying verb is the one spoken to: "han siger: far, bare sidde stille"
(the citizen, as the son calls him), not a father named as a person of the goal."""

from __future__ import annotations

from collections.abc import Sequence


def quoted_address(words: Sequence[str], i: int, lex) -> bool:
    """True when the word at i follows one of `addressed_say_verbs` ("siger"), with only marks
    between them (":", ","), and a mark follows it ("far, bare …", "mor! pas på"); "min søn
    siger far er syg" names the father."""
    if i + 1 >= len(words) or _word(words[i + 1]):
        return False
    k = i - 1
    while k >= 0 and not _word(words[k]):
        k -= 1
    return k >= 0 and words[k] in lex.addressed_say_verbs


def _word(token: str) -> bool:
    """True for a token with a letter in it (no mark)."""
    return any(c.isalpha() for c in token)
