"""A reason's sentence followed by a fragment that is only a prepositional phrase goes on with it
(pure): "Han fanger fisk. På mine fluer." is "Han fanger fisk på mine fluer." — the fragment
says where or with what the clause before it happens, no sentence of its own.

The fragment opens with one of the grammar's reason_tail_prepositions, holds a few words and no
finite verb ("For det er hyggeligt." is a clause); the sentence before it has a finite verb (a
clause to go on, not "Hyggeligt.").
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.content.grammar import EDGE, Grammar, bare

_TAIL_MAX = 4  # words of a prepositional fragment ("På mine fluer.", "Med de andre damer.")


def joined_tails(text: str, g: Grammar, sentences: Callable[[str], list[str]]) -> str:
    """`text` with each prepositional fragment joined onto the clause before it (see the
    module); as it is when it has none."""
    said = sentences(text)
    if len(said) < 2 or not g.reason_tail_prepositions:
        return text
    out = [said[0]]
    for part in said[1:]:
        if _tail(part, g) and _clause(out[-1], g):
            words = part.split()
            out[-1] = f"{out[-1].rstrip(EDGE)} {words[0].lower()} {' '.join(words[1:])}".rstrip()
        else:
            out.append(part)
    return " ".join(out) if len(out) < len(said) else text


def _tail(part: str, g: Grammar) -> bool:
    """True for a fragment of a preposition and a few words, no verb among them."""
    words = [w for w in part.split() if w.strip(EDGE)]
    if not 2 <= len(words) <= _TAIL_MAX or "," in part:
        return False
    if bare(words[0]) not in g.reason_tail_prepositions:
        return False
    return not any(_verb(words, k, g) for k in range(1, len(words)))


def _verb(words: list[str], k: int, g: Grammar) -> bool:
    """True for a finite verb at k: no noun's plural ("fluer") nor a word after a possessive or
    an article ("mine fisker")."""
    if not g.is_finite(words[k]) or g.is_indefinite_plural(words[k]):
        return False
    return bare(words[k - 1]) not in g.possessive_words | set(g.article_genders)


def _clause(sentence: str, g: Grammar) -> bool:
    """True for a sentence with a finite verb after its first word ("Han fanger fisk.")."""
    words = sentence.split()
    return len(words) >= 2 and any(g.is_finite(w) for w in words[1:])
