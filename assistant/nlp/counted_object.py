"""A count of the wish's own object as its measure ("vil gerne kunne bage ti boller til
børnebørnene", "hækle alle 30 firkanter", "strikke to par sokker"): the things counted are no
unit of units.yaml, so the unit is the counted noun's lemma (units.yaml counted_object_*)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.facts import Measure
from assistant.nlp.numbers import number_at
from assistant.nlp.quantities import Found
from assistant.nlp.wordscan import skip_back

_RATE_REACH = 3  # words after the counted noun searched for a rate ("glas vand om dagen")
_SENTENCE_ENDS = frozenset(".!?")
_MIN_NOUN = 3  # letters of a counted noun ("æg" is too short to tell from a particle)


def counted_object(words: Sequence[str], wished: Sequence[int], lex) -> list[Found]:
    """The count right after the wish's own verb (a lead word such as "alle" between maybe)
    and the noun it counts, as a measure; none when the noun is a unit, a time, an occasion or
    a person, a rate follows ("to piller hver morgen") or the count is an article's."""
    if not wished:
        return []
    own = set(wished)
    k = _past_posture(words, wished[0], own, lex) + 1
    while k in own and words[k] in lex.counted_object_leads:
        k += 1
    num = number_at(words, k, lex.numbers) if k in own else None
    if num is None or words[k] in lex.numbers.vague or words[k] in lex.numbers.articles:
        return []
    value, used = num
    j = k + used
    if value < 2 or j not in own or not counted_noun(words[j], lex):
        return []
    moves = _repeated(words[j], lex)  # "ti knæbøjninger hver morgen": the rate is how often
    if not moves and any(
        r in own and _rate(words, r, lex) for r in range(j + 1 - used, j + 1 + _RATE_REACH)
    ):
        return []  # "tage to piller hver morgen", "drikke seks glas vand om dagen": a rate
    return [Found(Measure(value, _lemma(words[j], lex)), k, j + 1)]


def counted_sign(words: Sequence[str], lex, g) -> list[Found]:
    """The count of things said as the sign, no wish: a number of two or more and the noun it
    counts right after a verb that follows "kan" ("at jeg selv kan stege 30 frikadeller") or a
    verb the lemma table knows opening a sentence ("Lave 40 pierogi selv"; not "alle 8
    vinduer", "ti par luffer", "vi to kan ikke", "kan begge to godt"); none with a rate after
    it."""
    for k in range(1, len(words) - 1):
        num = number_at(words, k, lex.numbers)
        if num is None or words[k] in lex.numbers.vague or words[k] in lex.numbers.articles:
            continue
        value, used = num
        j = k + used
        if value < 2 or j >= len(words) or not counted_noun(words[j], lex) or words[j] in g.modals:
            continue  # "vi to kan ikke …": a modal, no thing counted
        rated = any(_rate(words, r, lex) for r in range(j + 1 - used, j + 1 + _RATE_REACH))
        if rated and not _repeated(words[j], lex):
            continue  # "tage 2 piller om dagen"; "ti knæbøjninger hver morgen" is counted
        v = k - 1
        if words[v] in g.run_on_subjects:
            continue  # "vi to": the people
        b = skip_back(words, v - 1, lex.counted_sign_gap)
        if b > 0 and words[b] in lex.counted_posture_joins and words[b - 1] in lex.counted_posture:
            b = skip_back(words, b - 2, lex.counted_sign_gap)  # "kan stå og skyde 30 pile"
        if number_at(words, v, lex.numbers) is not None or words[v] in lex.counted_sign_not_verbs:
            continue  # "ti par luffer": a count before a count; "Hele 20 boller": no verb
        opens = (v == 0 or words[v - 1] in _SENTENCE_ENDS) and g.is_bare_infinitive(words[v])
        # "han skal lave ti knæbøjninger": an exercise prescribed counts after any modal
        modals = g.modals if _repeated(words[j], lex) else lex.counted_sign_modals
        after_modal = b >= 0 and words[b] in modals and g.is_infinitive(words[v])
        if opens or after_modal:
            return [Found(Measure(value, _lemma(words[j], lex)), k, j + 1)]
    return []


def with_counted(measures: Sequence[Found], counted: Sequence[Found]) -> list[Found]:
    """The measures with the things counted beside them ("bage 20 boller på en time": 20
    boller and 1 time), in the order said; a count inside a measure's span is left out."""
    taken = {k for m in measures for k in range(m.start, m.end)}
    extra = [c for c in counted if not taken & set(range(c.start, c.end))]
    return sorted([*measures, *extra], key=lambda m: m.start)


def _past_posture(words: Sequence[str], k: int, own: set[int], lex) -> int:
    """The verb after a posture verb and "og" at k ("stå og skyde 30 pile": "skyde"), else k."""
    joined = k + 2 in own and words[k + 1] in lex.counted_posture_joins
    if words[k] in lex.counted_posture and joined:
        return k + 2
    return k


def counted_noun(word: str, lex) -> bool:
    """True for a word that may be a counted thing: a word of letters, no unit, time, occasion,
    person or word of the counted_object_not list."""
    bare = word.rstrip(".")
    return (
        bare.isalpha()
        and len(bare) >= _MIN_NOUN
        and bare not in lex.units
        and bare not in lex.unit_words
        and bare not in lex.periods
        and bare not in lex.occasion_nouns
        and bare not in lex.people
        and lex.lemma(bare) not in lex.people
        and bare not in lex.counted_object_not
        and lex.lemma(bare) not in lex.counted_object_not
    )


def _rate(words: Sequence[str], j: int, lex) -> bool:
    """True for "hver morgen", "om dagen", "i ugen", "per uge" at j."""
    if j < len(words) and words[j] in lex.every_words:
        return True
    return (
        j + 1 < len(words)
        and words[j] in lex.period_preps
        and words[j + 1].rstrip(".") in lex.periods
    )


def _repeated(word: str, lex) -> bool:
    """True for a counted movement of an exercise ("knæbøjninger"): counted per session, so a
    rate after it says how often the exercise is done, not what the count is."""
    return bool(lex.repetition_unit) and _noun(word, lex) in lex.repetition_nouns


def repeated(word: str, lex) -> bool:
    """True for a counted movement of an exercise (_repeated): repetition_unit_of has a unit."""
    return _repeated(word, lex)


def _lemma(word: str, lex) -> str:
    """The counted noun's lemma ("boller" → "bolle"); a plural the table lacks loses its ending
    ("firkanter" → "firkant"); a counted movement's is the unit of repetitions ("armbøjninger"
    → "gang")."""
    noun = _noun(word, lex)
    return lex.repetition_unit if lex.repetition_unit and noun in lex.repetition_nouns else noun


def _noun(word: str, lex) -> str:
    bare = word.rstrip(".")
    if bare in lex.counted_object_kept:
        return bare
    lemma = lex.lemma(bare)
    if lemma != bare:
        return lemma
    for end in lex.counted_object_plural_endings:
        if bare.endswith(end) and len(bare) - len(end) >= _MIN_NOUN:
            return bare[: -len(end)]
    return bare


def repetition_unit_of(word: str, lex) -> str | None:
    """The unit of repetitions for a counted movement of an exercise ("knæbøjninger": gang),
    else None."""
    return _lemma(word, lex) if _repeated(word, lex) else None
