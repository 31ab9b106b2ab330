"""A tool said apart from what it is for, as second-language Danish and speech say a compound
("skrå holder til brikker", "pude til arm", "en holder til kortene"): the head of apart_heads,
bare or after an article or an adjective, then "til" and the thing it is for, is the compound
("brikholder", "armpude"), read as an aid when said as what one has, uses or got (a word of
tool_leads before it) or joined by "og" to one so read ("… en holder til brikker. Og pude til
arm"). A head said with its material ("tykke pinde af træ") is the material's compound too
("træpind")."""

from __future__ import annotations

from collections.abc import Sequence


def aids_said_apart(words: Sequence[str], lemmas: Sequence[str], lex, g) -> list[tuple[str, int]]:
    """(compound name, index of the head) for every tool said apart from what it is for; the
    thing by its lemma, only a noun the grammar `g` knows (no invented compound)."""
    heads = lex.apart_heads
    if heads.keys().isdisjoint(words):
        return []  # no head said (most utterances): one test in C
    out: list[tuple[str, int]] = []
    for i, w in enumerate(words):
        head = heads.get(w)
        if head is None or i + 2 >= len(words) or not _joined_apart(words, lemmas, i, lex):
            continue
        thing = lemmas[i + 2]
        material = words[i + 1] in lex.apart_material_joins
        if not material and (
            not _thing_word(words[i + 2], thing, lex) or not _known_noun(thing, g)
        ):
            continue
        start = _phrase_start(words, i, lex)
        if start is None:
            continue
        if _lead_before(words, start, lex) or (out and _joined(words, start, lex)):
            out.append((thing + head, i))
    return out


def _joined_apart(words: Sequence[str], lemmas: Sequence[str], i: int, lex) -> bool:
    """True when the head at i is followed by a join and what it is for ("holder til brikker")
    or by a material join and a material ("pinde af træ"; "holder af ham" names none)."""
    join = words[i + 1]
    if join in lex.apart_joins:
        return True
    return join in lex.apart_material_joins and lemmas[i + 2] in lex.apart_materials


def _thing_word(word: str, thing: str, lex) -> bool:
    """True for a noun the tool may be for ("brikker", "arm"): a word, no function word, person
    or number ("til at", "til mig", "til min søn", "til to")."""
    return (
        word.isalpha()
        and len(thing) >= lex.compound_min_part
        and word not in lex.apart_not_things
        and thing not in lex.apart_not_things
    )


def _known_noun(lemma: str, g) -> bool:
    """True for a lemma the grammar knows as a noun (its gender or its definite form)."""
    return bool(g.noun_kind(lemma) or g.definite_of(lemma))


def _phrase_start(words: Sequence[str], i: int, lex) -> int | None:
    """The first word of the tool's noun phrase: the head, or an article and/or adjectives of
    apart_gap before it (at most tool_lead_reach words); None after a subject that makes the
    head a verb ("jeg holder til i klubben")."""
    start = i
    while start > 0 and i - start < lex.tool_lead_reach and words[start - 1] in lex.apart_gap:
        start -= 1
    if start == i and i > 0 and words[i - 1] in lex.apart_subjects:
        return None
    return start


def _lead_before(words: Sequence[str], start: int, lex) -> bool:
    """True when a word of tool_leads (past a reflexive of tool_self_words) ends right before the
    phrase ("givet mig skrå holder", "har fået en pude")."""
    k = start - 1
    if k >= 0 and words[k] in lex.tool_self_words:
        k -= 1
    return k >= 0 and words[k] in lex.tool_leads


def _joined(words: Sequence[str], start: int, lex) -> bool:
    """True when the phrase is joined on by "og" (a sentence may end before it: "… Og pude")."""
    k = start - 1
    if k >= 0 and words[k] in lex.tool_and_skip:
        k -= 1
    return k >= 0 and words[k] in lex.tool_and_words


def apart_words(words: Sequence[str], aids: Sequence[tuple[str, int]], lex) -> dict[str, str]:
    """The words said for each tool said apart ("holder til brikker" for brikholder), the head
    first, as the goal sentence may keep them."""
    heads = lex.apart_heads
    return {
        a: " ".join(words[i : i + 3])
        for a, i in aids
        if i + 2 < len(words)
        and heads.get(words[i])
        and a.endswith(heads[words[i]])
        and words[i + 1] in lex.apart_joins | lex.apart_material_joins
    }


def apart_phrase(words: Sequence[str], i: int, lex, g=None) -> list[str]:
    """The words of the tool said apart whose head is at i, from its article or adjective to
    the thing it is for ("skrå holder til brikker"); a bare singular said with no article gets
    its own from the grammar `g` ("en skrå holder til brikker"), as the goal sentence needs."""
    start = _phrase_start(words, i, lex)
    said = list(words[i if start is None else start : i + 3])
    bare = said[0] not in lex.tool_and_articles and lex.apart_heads.get(words[i]) == words[i]
    if g is not None and bare:
        kind = g.noun_kind(words[i])
        article = g.indefinite_articles.get(kind) if kind in ("c", "n") else None
        said = [article, *said] if article else said
    return said
