"""A wish done without an aid named before: "uden den" says which ("… har fået en kørestol men
han vil gerne kunne gå ud i køkkenet uden den" wishes "gå ud i køkkenet uden kørestolen").

The pronoun after a word of without_words points back at the nearest aid named before it whose
definite form ends as the pronoun's article does ("den" → "-en", "det" → "-et"); with no such
aid, or a word after the pronoun that may be its noun's ("uden den store rollator"; a function
word or a closing adverb may follow: "uden den om sommeren"), the phrase stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.grammar import Grammar, fold
from assistant.content.grammar import bare as bare_word


def aid_pointed_without(
    action: str | None,
    words: Sequence[str],
    aids: Sequence[tuple[str, int]],
    lex,
    g: Grammar,
) -> str | None:
    """The wish's phrase with "uden den" as "uden <the aid named before>" ("uden rollatoren")."""
    tokens = (action or "").split()
    for k in range(1, len(tokens)):
        pronoun, after = fold(tokens[k]), tokens[k + 1] if k + 1 < len(tokens) else ""
        ending = g.pointing_articles.get(pronoun)
        if not ending or fold(tokens[k - 1]) not in lex.independence.without_words:
            continue
        if after and fold(bare_word(after)) not in g.function_words | g.phrase_end_adverbs:
            continue  # "uden den store rollator": an article
        at = _pair_at(words, fold(tokens[k - 1]), pronoun)
        named = [a for a, i in aids if at is not None and i < at - 1]
        definite = g.definite_singular(named[-1]) if named else None
        if definite and fold(definite).endswith(ending):
            return " ".join([*tokens[:k], definite, *tokens[k + 1 :]])
    return action


def _pair_at(words: Sequence[str], first: str, second: str) -> int | None:
    """Where the last "uden den" of the answer stands (the index of the pronoun), or None."""
    hits = [k for k in range(1, len(words)) if words[k] == second and words[k - 1] == first]
    return hits[-1] if hits else None


def without_said_again(
    aids: Sequence[tuple[str, int]], without: Callable[[int], bool]
) -> list[tuple[str, int]]:
    """The aids with a bare one said without ("uden stokke") after an aid whose name ends in it
    ("Jeg går med albuestokke … uden stokke") named as that aid: the same crutches, no new
    stick; said as the means ("… vil gerne kunne gå med stok") it stays its own aid."""
    out = []
    for aid, i in aids:
        if without(i):
            before = [a for a, k in aids if k < i and a != aid and a.endswith(aid)]
            aid = before[-1] if before else aid
        out.append((aid, i))
    return out
