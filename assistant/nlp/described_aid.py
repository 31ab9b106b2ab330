"""Aids named without their name: by what they are and a feature ("en lang pind med krog", "et
ur der viser ugedagen") or by a first part that makes a thing an aid ("en vinkelske")."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon


def described_phrases(
    words: Sequence[str], lemmas: Sequence[str], lex: Lexicon
) -> list[tuple[str, int, int]]:
    """(aid, start, end) of every aid named by a thing and a feature of it after a join right
    after the thing (aids.yaml described_aids), past the subject of a clause the join opens
    ("en kant som man sætter på tallerkenen"): the span runs from the thing to the feature,
    so an aid word inside it ("en stok med krog", "en lampe med et forstørrelsesglas") is the
    described aid's part (clauses.with_phrases)."""
    out = []
    for i, lemma in enumerate(lemmas):
        kinds = lex.described_aid_things.get(lemma) or lex.described_aid_things.get(words[i])
        if not kinds:
            continue
        j = i + 2 if i + 2 < len(words) and words[i + 1] == "," else i + 1
        if j >= len(words) or words[j] not in lex.described_aid_joins:
            continue
        first = j + 1
        if first < len(words) and words[first] in lex.described_aid_subjects:
            first += 1  # "en kant som man sætter på tallerkenen": the clause's subject
        for k in range(first, min(len(words), first + lex.described_aid_reach)):
            if not words[k].isalpha() or words[k] in lex.clause_breaks:
                break
            if words[k] in lex.described_aid_stops:
                break  # "en pind med snor og krog": the first part said is what it has
            if words[k - 1] in lex.described_aid_not_after:
                continue
            aid = next(
                (a for a in kinds if {lemmas[k], words[k]} & lex.described_aid_features[a]), None
            )
            if aid is not None:
                out.append((aid, i, k + 1))
                break
    return out


def made_aids(words: Sequence[str], lemmas: Sequence[str], lex: Lexicon) -> list[tuple[str, int]]:
    """(aid, index) of every thing made an aid by its first part (aids.yaml aid_makers), said
    as one word ("vinkelskeen": vinkelske) or apart ("vinkel skeen", named at the thing)."""
    out = []
    for i, w in enumerate(words):
        if not w.isalpha():
            continue
        if w in lex.aid_makers and i + 1 < len(words):
            head = lemmas[i + 1]
            if head in lex.aid_makers[w]:
                out.append((w + head, i + 1))
            continue
        for maker, things in lex.aid_makers.items():
            if w.startswith(maker) and len(w) > len(maker):
                head = lex.lemma(w[len(maker) :])
                if head in things:
                    out.append((maker + head, i))
                break
    return out
