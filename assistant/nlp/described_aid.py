"""Aids named without their name: by what they are and a feature ("en lang pind med krog", "et
ur der viser ugedagen") or by a first part that makes a thing an aid ("en vinkelske")."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon
from assistant.nlp.memo import MISSING, Memo, once
from assistant.nlp.word_flags import register, utterance_bits


def described_phrases(
    words: Sequence[str], lemmas: Sequence[str], lex: Lexicon
) -> list[tuple[str, int, int]]:
    """(aid, start, end) of every aid named by a thing and a feature of it after a join right
    after the thing (aids.yaml described_aids), past the subject of a clause the join opens
    ("en kant som man sætter på tallerkenen"): the span runs from the thing to the feature,
    so an aid word inside it ("en stok med krog", "en lampe med et forstørrelsesglas") is the
    described aid's part (clauses.with_phrases)."""
    if not utterance_bits(words, lemmas, lex) & _DESCRIBED_BIT:
        return []  # no word may be a described thing (most utterances)
    out = []
    memo = once(lex, "described_kinds", lambda _lex: Memo())
    for i, lemma in enumerate(lemmas):
        kinds = memo.get((words[i], lemma), MISSING)
        if kinds is MISSING:
            kinds = memo.get_or((words[i], lemma), _kinds, words[i], lemma, lex)
        if not kinds:
            continue
        j = i + 2 if i + 2 < len(words) and words[i + 1] == "," else i + 1
        for join in _joins(words, j, lex):
            if words[join] in lex.described_aid_bare_joins and words[i] != lemma:
                continue  # "kanten på tallerkenen": the plate's own edge
            aid, end = _feature(words, lemmas, join, kinds, lex)
            if aid is not None:
                out.append((aid, i, end))
                break
    return [*out, *(t for t in _turned(words, lemmas, lex) if t[1] not in {s for _a, s, _e in out})]


def _turned(
    words: Sequence[str], lemmas: Sequence[str], lex: Lexicon
) -> list[tuple[str, int, int]]:
    """(aid, start, end) of every aid of described_aid_turned said feature first, a kept join
    ("med") and the thing right after it, past its article ("pedaler med stropper", "en
    tallerken med en kant"): the span runs from the feature to the thing."""
    out = []
    for i in range(len(words) - 2):
        if words[i + 1] not in lex.described_aid_kept_joins:
            continue
        said = {words[i], lemmas[i]}
        turned = [a for a in lex.described_aid_turned if said & lex.described_aid_features[a]]
        k = i + 2 + (words[i + 2] in lex.described_aid_light and i + 3 < len(words))
        if not turned or k >= len(words):
            continue
        kinds = _kinds(words[k], lemmas[k], lex)
        aid = next((a for a in turned if a in kinds), None)
        if aid is not None:
            out.append((aid, i, k + 1))
    return out


def described_as_said(
    told: Sequence[tuple[str, int, int]],
    words: Sequence[str],
    lemmas: Sequence[str],
    lex: Lexicon,
) -> dict[str, str]:
    """{aid: the words said} for each described aid whose part is joined right after the thing
    by a word of described_aid_kept_joins, no clause between ("ramme på stativ", "kop med
    tud"): the goal says it so. One told by a clause, a place or a doing keeps its name."""
    out: dict[str, str] = {}
    for aid, i, end in told:
        span = words[i:end]
        part = {words[end - 1], lemmas[end - 1]}
        if (
            len(span) >= 3
            and span[1] in lex.described_aid_kept_joins
            and all(w.isalpha() and w not in lex.described_aid_clause_joins for w in span)
            and part & lex.described_aid_parts.get(aid, frozenset())
        ):
            out.setdefault(aid, " ".join(span))
    return out


def named_again(
    told: Sequence[tuple[str, int, int]], named: Sequence[tuple[str, int]], lemmas: Sequence[str]
) -> list[tuple[str, int, int]]:
    """The described aids not named after by another aid said as a compound on the described
    thing ("en høj stol mæ armlæn … sådan en arbejds stol": the arbejdsstol, one chair); the
    thing said again bare ("et håndtag ved sengen … med håndtaget") is the described one."""
    return [
        (aid, i, end)
        for aid, i, end in told
        if not any(
            k >= end and a != aid and lemmas[k] != lemmas[i] and lemmas[k].endswith(lemmas[i])
            for a, k in named
        )
    ]


def said_apart(
    words: Sequence[str], lemmas: Sequence[str], i: int, aid: str, table: dict[str, str]
) -> str:
    """The words said at `i` for a one-word aid by a form of it in more words ("specielle sko"
    for specialsko), the last in its lemma ("de særlige skoene": "særlige sko"); "" else."""
    if " " in aid:
        return ""
    for said in once(table, "said_apart_forms", _forms_in_words).get(aid, ()):
        n = len(said)
        if i + n > len(words) or said[0] not in (words[i], lemmas[i]):
            continue
        if said[-1] in (words[i + n - 1], lemmas[i + n - 1]):
            return " ".join([*words[i : i + n - 1], said[-1]])
    return ""


def _forms_in_words(table: dict[str, str]) -> dict[str, tuple[list[str], ...]]:
    """The forms of `table` said in two words or more, split, by the name they stand for (each
    name's in the table's order): what said_apart reads, made once per table."""
    out: dict[str, list[list[str]]] = {}
    for form, name in table.items():
        said = form.split()
        if len(said) >= 2:
            out.setdefault(name, []).append(said)
    return {name: tuple(forms) for name, forms in out.items()}


def _kinds(word: str, lemma: str, lex: Lexicon) -> tuple[str, ...]:
    """The aids a thing word may be described as: by its lemma or form, or by its last part
    of described_aid_tails when the word is no aid itself ("plastikstol": a stol; not
    "kørestol")."""
    things = lex.described_aid_things
    kinds = things.get(lemma) or things.get(word)
    if kinds or word in lex.aids or not word.isalpha():
        return kinds or ()
    for k in range(lex.compound_min_part, len(lemma) - 1):
        if lemma[k:] in lex.described_aid_tails:
            return things.get(lemma[k:], ())
    return ()


def _joins(words: Sequence[str], j: int, lex: Lexicon) -> list[int]:
    """Where the join of a thing said right before `j` may stand: at `j`, or past a place said
    between ("et ur på væggen som viser dag og dato": "som")."""
    out = [j] if j < len(words) and words[j] in lex.described_aid_joins else []
    if j < len(words) and words[j] in lex.described_aid_place_leads:
        for k in range(j + 2, min(len(words), j + 2 + lex.described_aid_place_reach)):
            if not words[k - 1].isalpha() or words[k - 1] in lex.clause_breaks:
                break
            if words[k] in lex.described_aid_joins:
                out.append(k)
                break
    return out


def _feature(
    words: Sequence[str], lemmas: Sequence[str], j: int, kinds: tuple[str, ...], lex: Lexicon
) -> tuple[str | None, int]:
    """(aid, end) of the first feature of one of `kinds` within described_aid_reach words after
    the join at `j` (words of described_aid_light not counted), or (None, j). A clause join
    said on the way carries the description on ("en ramme med håndtag man stiller rundt om
    toilettet"), also past "og" ("en skammel man ka vend om å knæl på"); after a part joined
    by "med" the first part said is what it has ("en pind med snor og krog"); a negation ends
    the search ("… så jeg ikke skal løfte hende": what the thing spares one, not what it does)."""
    first = _past_subject(words, j + 1, lex)
    clause = words[j] in lex.described_aid_clause_joins
    left, k = lex.described_aid_reach, first
    while k < len(words) and left > 0:
        w = words[k]
        if not w.isalpha() or w in lex.clause_breaks:
            break
        if w in lex.described_aid_stops and not clause:
            break  # "en pind med snor og krog": the first part said is what it has
        if w in lex.negations:
            # "sko som ikke glider": a feature said denied; else "en barnestol … så jeg ikke
            # skal løfte hende": what it spares, not does
            return _denied_at(words, lemmas, k + 1, kinds, lex)
        if k > first and w in lex.described_aid_clause_joins:
            clause, left, k = True, lex.described_aid_reach, _past_subject(words, k + 1, lex)
            continue  # "… med håndtag man stiller rundt om toilettet"
        aid = _aid_at(words, lemmas, k, kinds, lex)
        if aid is not None:
            return _joined(words, lemmas, k, aid, kinds, lex)
        left -= w not in lex.described_aid_light
        k += 1
    return None, j


def _denied_at(
    words: Sequence[str], lemmas: Sequence[str], k: int, kinds: tuple[str, ...], lex: Lexicon
) -> tuple[str | None, int]:
    """(aid, end) of the feature of one of `kinds` said right after a negation ending at k
    ("sko som ikke glider": the shoe's grip, aids.yaml described_aids "denied"), or (None, k)."""
    if k >= len(words):
        return None, k
    said = {lemmas[k], words[k]}
    aid = next((a for a in kinds if said & lex.described_aid_denied.get(a, frozenset())), None)
    return (aid, k + 1) if aid is not None else (None, k)


def _past_subject(words: Sequence[str], k: int, lex: Lexicon) -> int:
    """`k`, or past it when it is the subject of the clause a join opens ("som man sætter")."""
    return k + 1 if k < len(words) and words[k] in lex.described_aid_subjects else k


def _aid_at(
    words: Sequence[str], lemmas: Sequence[str], k: int, kinds: tuple[str, ...], lex: Lexicon
) -> str | None:
    """The aid of `kinds` whose feature word k is; a feature of times right after a word of
    described_aid_not_after is when, not what ("uret der ringer hver dag")."""
    said = {lemmas[k], words[k]}
    if said & lex.described_aid_times and words[k - 1] in lex.described_aid_not_after:
        return None
    return next((a for a in kinds if said & lex.described_aid_features[a]), None)


def _joined(
    words: Sequence[str],
    lemmas: Sequence[str],
    k: int,
    aid: str,
    kinds: tuple[str, ...],
    lex: Lexicon,
) -> tuple[str, int]:
    """(aid, end) of the feature at k, or of the next one joined to it by "og" when that is
    another aid's: "en stol man ka hæv å sænk" goes up and down (arbejdsstol), not only up."""
    n = k + 2
    if n < len(words) and words[k + 1] in lex.described_aid_stops:
        other = _aid_at(words, lemmas, n, kinds, lex)
        if other is not None and other != aid:
            return other, n + 1
    return aid, k + 1


def made_aids(words: Sequence[str], lemmas: Sequence[str], lex: Lexicon) -> list[tuple[str, int]]:
    """(aid, index) of every thing made an aid by its first part (aids.yaml aid_makers), said
    as one word ("vinkelskeen": vinkelske) or apart ("vinkel skeen", named at the thing)."""
    if not utterance_bits(words, lemmas, lex) & _MADE_BIT:
        return []  # no aid maker said, alone or as a first part (most utterances)
    out = []
    made = once(lex, "made_aid", lambda _lex: Memo())
    for i, w in enumerate(words):
        if not w.isalpha():
            continue
        if w in lex.aid_makers and i + 1 < len(words):
            head = lemmas[i + 1]
            if head in lex.aid_makers[w]:
                out.append((w + head, i + 1))
            continue
        aid = made.get(w, MISSING)
        if aid is MISSING:
            aid = made.get_or(w, _made_aid, w, lex)
        if aid is not None:
            out.append((aid, i))
    return out


def _made_aid(w: str, lex: Lexicon) -> str | None:
    """The aid one word names by its first part of aid_makers ("vinkelskeen": vinkelske)."""
    for maker, things in lex.aid_makers.items():
        if w.startswith(maker) and len(w) > len(maker):
            head = lex.lemma(w[len(maker) :])
            return maker + head if head in things else None
    return None


def _may_make(w: str, _lemma: str, lex: Lexicon) -> bool:
    """made_aids' word test (word_flags): a maker alone or an aid it makes as one word."""
    return w.isalpha() and (w in lex.aid_makers or _made_aid(w, lex) is not None)


_DESCRIBED_BIT = register("described_thing", lambda w, lem, lex: bool(_kinds(w, lem, lex)))
_MADE_BIT = register("aid_maker", _may_make)


def purpose_before(words: Sequence[str], lead: int, lex: Lexicon) -> str | None:
    """The aid a plain thing word (described_things) names by a verb of what is done on it,
    said before the thing's lead in the same clause (described_verbs, within described_reach
    words): "han vil lære at glide over selv på sådan et bræt" is a glidebræt; None else."""
    for k in range(lead - 1, max(-1, lead - 1 - lex.described_reach), -1):
        if not words[k].isalpha() or words[k] in lex.clause_breaks:
            return None
        if words[k] in lex.described_verbs:
            return lex.described_verbs[words[k]]
    return None
