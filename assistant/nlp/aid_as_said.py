"""An aid of the lexicon said with its qualities or a part it has ("en stok med sæde", "en varm
siddepude", "en lav taburet på hjul", "rollator med bakke"): the goal names it so, also when
several aids are listed, not by its bare name ("min stok", "en siddepude").

Only a plain noun phrase: the aid said in its lemma's form; adjectives of bare_adjectives kept
after an indefinite article said before them; a part of fragment_parts after a word of
described_aid_kept_joins ("med", "på") with an adjective at most, the phrase ending there (a
word of owner_edges: a comma, a sentence end, "og", "så"; or the answer's end). "rollatoren på
gaden", "siddepuden med til sædet" tell no part.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar, fold
from assistant.nlp.telegraph import is_adjective

#: Adjectives before the aid, and before its part, at most ("en lav taburet", "med tykt skaft").
_ADJECTIVES = 2


def aids_as_said(
    words: Sequence[str], aids: Sequence[tuple[str, int]], g: Grammar, lex
) -> dict[str, str]:
    """{aid: its noun phrase as said} for each aid said with adjectives after "en"/"et" or with
    a part ("en stok med sæde", "rollator med bakke")."""
    out: dict[str, str] = {}
    for aid, i in aids:
        if aid in out or fold(words[i]).lower() != fold(aid).lower():
            continue
        k = i
        while k > 0 and i - k < _ADJECTIVES and is_adjective(words[k - 1], g):
            k -= 1
        lead = words[k - 1].lower() if k > 0 else ""
        article = lead in g.article_genders
        before = list(words[k:i]) if article else []
        part = _part_after(words, i, g, lex)
        if not before and not part:
            continue
        said = [lead] if article else []
        out[aid] = " ".join([*said, *before, words[i], *part])
    return out


def _part_after(words: Sequence[str], i: int, g: Grammar, lex) -> list[str]:
    """The part said right after the aid at i ("med sæde", "på hjul", "med tykt skaft"), the
    phrase ending after it; [] when none."""
    if i + 1 >= len(words) or words[i + 1].lower() not in lex.described_aid_kept_joins:
        return []
    k = i + 2
    adjectives = 0
    while k < len(words) and adjectives < _ADJECTIVES - 1 and is_adjective(words[k], g):
        k, adjectives = k + 1, adjectives + 1
    parts = {fold(p).lower() for p in g.fragment_parts}
    if k >= len(words) or fold(words[k]).lower() not in parts:
        return []
    if k + 1 < len(words) and words[k + 1].lower() not in lex.owner_edges:
        return []  # "med sæde til …": more follows
    return list(words[i + 1 : k + 1])
