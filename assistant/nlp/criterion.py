"""An observable criterion in the person's own words ("kan gå ned til postkassen uden at stoppe").

A criterion is a verb phrase: after a modal ("kan", "klarer") or at the start of the answer,
a verb (an infinitive, or a present tense the lemma table turns into one), then something one
can see ("postkassen", "strømperne"), not only vague words ("bedre", "godt"). The cue words
live in content/<lang>/nlp/criterion.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.cues import CriterionCues
from assistant.content.grammar import fold
from assistant.nlp.deed_list import amount_aside_at, infinitive_list_end
from assistant.nlp.measure_tail import measure_end
from assistant.nlp.point_tail import SENTENCE_END as _SENTENCE_END
from assistant.nlp.point_tail import near_point_end, point_end, whole_clause, whole_end
from assistant.nlp.wordscan import skip_ahead


def _verb(word: str, lemma: str, stop: bool, cues: CriterionCues) -> str | None:
    """The infinitive of a verb-looking word, or None."""
    if word in cues.short_infinitives:
        return word
    if (
        word.isalpha()
        and len(word) > 2
        and word.endswith("e")
        and (not stop or word in cues.stop_verbs)
    ):
        # "første", "tredje", "gamle": an adjective's or ordinal's form, no verb of a sign, whether
        # or not the lemma table knows it; "danse", "bage" (the table's lemma the noun "dans",
        # "bag"), which the list does not name, stay verbs
        return None if word in cues.adjective_forms else word
    present = word.endswith("r") and lemma != word and lemma.isalpha()  # "går" → "gå"
    if present and (lemma in cues.short_infinitives or (lemma.endswith("e") and len(lemma) > 2)):
        return lemma
    return None


_RESTATED_MAX = 4  # words of an amount said again between commas ("det er halvanden time")


def find_criterion(
    words: Sequence[str],
    lemmas: Sequence[str],
    stops: Sequence[bool],
    texts: Sequence[str],
    cues: CriterionCues | None,
    negations: frozenset[str],
    breaks: frozenset[str],
    cut: int | None = None,
    taken: frozenset[int] = frozenset(),
    amounts: frozenset[int] = frozenset(),
    others: frozenset[int] = frozenset(),
) -> str | None:
    """Return the criterion's verb phrase ("gå ned til postkassen uden at stoppe"), or None.

    `cut` is where a purpose clause begins: the criterion ends before it. `taken` holds the
    tokens of a date, a frequency or a number: a direction just before one ("til sommer",
    "fra tre til fem") opens no sign. `amounts` holds the numbers of no date or frequency: an
    answer that opens with one and says how it is done ("alle tre etager … uden at sætte mig")
    is a sign without its verb. `others` holds the modals of a purpose clause whose subject is
    another person ("…, så min datter kan sy kraven på dragten"): their deed is no sign.
    """
    if cues is None or not cues.modals:
        return None
    n = len(words)
    starts = [m + 1 for m, w in enumerate(words) if w in cues.modals and m not in others]

    def doing_at(k: int) -> bool:  # "at jeg er med hele eftermiddagen": "være med", told
        return k + 1 < n and lemmas[k] != words[k] and (lemmas[k], words[k + 1]) in cues.stop_doings

    lead = 0
    while lead < n and words[lead] in cues.between and not doing_at(lead):
        lead += 1

    def sign_at(v: int) -> str | None:
        while v < n and words[v] in cues.between and not doing_at(v):
            v += 1
        if v >= n or words[v] in negations:
            return None
        verb = _verb(words[v], lemmas[v], stops[v], cues)
        if stops[v] and words[v] in cues.stop_verbs and v and v not in starts:
            return None  # "det er lave borde": a stop verb only after a modal or opening it
        if doing_at(v) and not (v == lead and set(words[:lead]) & cues.present_after):
            return None  # "jeg er med i koret" tells; "at jeg er med …" is a sign
        if verb is None and tuple(words[v : v + 2]) in cues.stop_doings:
            # "være med til hele korprøven på en time": taking part is the deed; an amount said
            # after it ("være med hele mødet, det er halvanden time") is the measure instead
            phrase = _phrase(v, words[v], words, stops, texts, cues, breaks, cut, lemmas, amounts)
            own = phrase.split(",")[0].split() if phrase else []
            inside = range(v, v + len(own))
            if not amounts or any(k in inside for k in amounts):
                return phrase
            # "være med i hele timen, halvanden time, og lave øvelserne …": the amount said
            # again between commas, then more deeds: the sign is the deeds, the amount the measure
            return _without_restated_amount(phrase, v + len(own), words, lemmas, stops, texts,
                                            amounts, cues)  # fmt: skip
        if verb is None:
            return None
        phrase = _phrase(v, verb, words, stops, texts, cues, breaks, cut, lemmas, amounts)
        if verb != words[v] and v == lead and not set(words[:lead]) & cues.present_after:
            # "jeg savner …" tells, "når jeg går …" is a sign; so is the doing told as a way
            # there and back ("jeg går selv med Abdi til skole og hjem igen") and a learner's
            # "jeg selv får dragen op …", its subject's "selv" before the verb
            own = lead == 2 and words[1] in cues.present_self and words[0] in cues.clause_subjects
            return phrase if own or _there_and_back(phrase, cues) else None
        return phrase

    # "at jeg en hel uge har fundet brillerne selv": a span of days said between the subject and
    # the verb is how long the sign holds; the sign opens after it and says it at its end
    subject = 0 < lead < n and words[lead - 1] in cues.clause_subjects  # not "… har jeg gået"
    fronted = _fronted_span(words, lead, cues) if subject and not starts else None
    if fronted is not None:
        after = fronted
        while after < n and words[after] in cues.between:
            after += 1
        if (phrase := sign_at(after)) is not None:
            return f"{phrase.rstrip(' ,')}, {' '.join(texts[lead:fronted])}"
    # "at hun spiller en hel eftermiddag, det er 24 spil, og kan høre meldingerne": a sign from
    # the answer's start that runs on past its modal holds the modal's sign too, and more
    opening = sign_at(lead) if starts and lead < starts[0] - 1 else None
    if opening and f" {words[starts[0] - 1]} " in f" {opening.lower()} ":
        said = opening.split()
        return " ".join(  # "… og kunne følge med": "… og følge med"
            w
            for k, w in enumerate(said)
            if not (k and w.lower() in cues.infinitive_modals and said[k - 1] in cues.joins)
        )
    if opening and (thing := _thing_clause(words, texts, starts, sign_at, cues)):
        return f"{opening.rstrip(' ,')}, {thing}"  # "…, og at den kan stå selv på bordet"
    if opening and (join := _that_first(words, lead, starts[0] - 1, cues)):
        # "at jeg selv henter hende i vuggestuen …, og jeg kan give hende mad": the that-clause
        # said first is the sign; a modal joined after it adds to it, it does not replace it
        said = words[starts[0] - 2]  # the modal's subject, or the join: the subject goes on
        same = said == join or (said in cues.clause_subjects and said in words[:lead])
        return _joined_sign(opening, join, sign_at(starts[0]), same, cues)
    for v in [*starts, lead]:
        if v in starts and _thing_modal(words, v, cues):
            continue  # "…, så det kan ligge i mappen": the thing's, no sign of the citizen's
        if phrase := sign_at(v):
            return phrase
    if lead < n and words[lead] in cues.directions and not {lead, lead + 1} & taken:
        # "ned til postkassen og hjem igen", "til enden af vejen og tilbage"
        return _phrase(
            lead, _opening(lead, words, texts, cues), words, stops, texts, cues, breaks, cut
        )
    if sign := _amount_sign(lead, words, stops, texts, cues, breaks, cut, amounts):
        return sign
    # "det er vel 500 meter derned. hele vejen ned og hjem igen", "200 meter. at han går hele
    # vejen derhen og hjem igen": a later sentence of the answer that opens with the sign
    for start in [k + 1 for k in range(lead, n - 1) if words[k] in _SENTENCE_END]:
        if cut is not None and start >= cut:
            break
        if not any(k < start for k in amounts):
            continue  # "et helt brød. fra jeg ælter …": no amount said before the sign
        if sign := _sentence_sign(start, words, lemmas, stops, texts, cues, negations, breaks,
                                  cut, taken):  # fmt: skip
            return sign
    return None


def _without_restated_amount(phrase, comma, words, lemmas, stops, texts, amounts, cues):
    """The sign `phrase` less an amount said between commas right after its first part (at
    `comma`), when a join and another verb follow it ("…, halvanden time, og lave …"); else
    None (the amount is the measure, the deed told: "være med hele mødet, det er …")."""
    n = len(words)
    if phrase is None or comma >= n or words[comma] != ",":
        return None
    reach = range(comma + 1, min(n, comma + _RESTATED_MAX + 2))
    close = next((k for k in reach if words[k] == ","), None)
    if close is None or not any(comma < k < close for k in amounts) or close + 1 >= n:
        return None
    # "…, halvanden time, og lave …", or the deeds listed on without a join ("…, en time, gå
    # rundt på banen …")
    after = close + 2 if words[close + 1] in cues.joins else close + 1
    if after >= n:
        return None
    verb = _verb(words[after], lemmas[after], stops[after], cues)
    if verb is None and words[after] not in cues.stop_verbs:
        return None
    restated = ", " + " ".join(texts[comma + 1 : close]) + ","
    keep = "" if after == close + 2 else ","  # a list without its join keeps its comma
    return phrase.replace(restated, keep, 1) if restated in phrase else None


def _opening(k: int, words, texts, cues: CriterionCues) -> str:
    """A verbless sign's first word as said; an adjective's form ("Hele vejen ned …") is written
    small: it is no name, only capitalised where the answer opens."""
    return words[k] if words[k] in cues.adjective_forms else texts[k]


def _that_first(words, lead: int, modal: int, cues: CriterionCues) -> str | None:
    """The join before the answer's first modal when the answer opens with a that-clause ("at
    jeg selv henter …") and the modal comes in a clause joined after it ("… og jeg kan give
    hende mad", "… og kan …"), not as the main clause after a condition ("når jeg går i bad,
    kan jeg …"); None otherwise."""
    if not set(words[:lead]) & cues.clause_objects or modal < 2:
        return None
    join = modal - 2 if words[modal - 1] in cues.clause_subjects else modal - 1
    return words[join] if words[join] in cues.joins else None


def _joined_sign(opening: str, join: str, later: str | None, same: bool, cues) -> str:
    """The that-clause's sign with the modal's sign joined after it when its subject is the
    same (`same`) and both fit in max_words ("hente hende i vuggestuen og give hende mad");
    the that-clause's alone otherwise ("… og hun kan sove hos mig": her deed, no sign)."""
    first = opening.rstrip(" ,")
    if not later or not same or len(first.split()) + len(later.split()) + 1 > cues.max_words:
        return first
    return f"{first} {join} {later}"


def _there_and_back(phrase: str | None, cues: CriterionCues) -> bool:
    """True for a phrase that goes somewhere and back: a join before a way back ("… til skole
    og hjem igen", "… ned til Netto og tilbage"), no infinitive before it ("savner at gå …")."""
    said = (phrase or "").lower().replace(",", " ").split()
    back = next(
        (k for k in range(1, len(said)) if said[k - 1] in cues.joins and said[k] in cues.ways_back),
        None,
    )  # "jeg savner at gå til havnen og hjem igen": a wish told, no doing
    return back is not None and not set(said[:back]) & cues.clause_objects


def _thing_modal(words, v: int, cues: CriterionCues) -> bool:
    """True for a modal whose subject is a thing ("så det kan ligge i mappen", "så den kan stå
    på bordet"), not one the thing is fronted before ("det kan jeg godt")."""
    return v >= 2 and words[v - 2] in cues.thing_subjects and words[v] not in cues.clause_subjects


def _thing_clause(words, texts, starts, sign_at, cues: CriterionCues) -> str | None:
    """The clause of the first modal whose subject is the thing made, with its leads ("og at
    den kan stå selv på bordet"), or None: a modal after "at den" or "og den"."""
    for v in starts:
        subject = v - 2
        if subject < 1 or words[subject] not in cues.thing_subjects:
            continue
        if words[subject - 1] not in cues.thing_leads or words[v] in cues.clause_subjects:
            continue  # "det kan jeg godt": the citizen's, the thing fronted
        if not (sign := sign_at(v)):
            continue
        lead = subject - 1
        while lead > 0 and words[lead - 1] in cues.thing_leads:
            lead -= 1  # "og at den …"
        return " ".join([*texts[lead:v], sign])
    return None


def _fragment_join(words, k: int, cues: CriterionCues) -> str | None:
    """What a full stop at k becomes when the sentence after it is a short fragment that goes on
    with the sign ("hele vejen. en pause. på bænken"): "" before a place or manner
    (fragment_leads: "på bænken"), fragment_count_join before a count of a rest ("med" + "en
    pause"); None when it ends the sign (a sentence with a verb or a subject, a long one)."""
    if words[k] != "." or not cues.fragment_leads:
        return None
    end = next((j for j in range(k + 1, len(words)) if words[j] in _SENTENCE_END), len(words))
    part = words[k + 1 : end]
    long = len(part) > _FRAGMENT_MAX and not whole_clause(part, cues)
    if not part or long or not all(w.isalpha() or w.isdigit() for w in part):
        return None
    if whole_clause(part, cues):
        return ""  # "… og over i kørestolen. uden at kalde på Erik": the sign's own clause
    if set(part) & (cues.clause_subjects | cues.modals | cues.between - cues.fragment_counts):
        return None  # "det er svært", "jeg kan ikke": a sentence of its own
    if part[0] in cues.fragment_leads:
        return ""
    counted = part[0] in cues.fragment_counts or part[0].isdigit()
    if len(part) >= 2 and counted and part[-1] in cues.fragment_count_things:
        return cues.fragment_count_join
    return None


#: Words of a fragment that goes on with the sign ("på bænken", "en pause").
_FRAGMENT_MAX = 3


def whole_tail(text: str, first: str, cues: CriterionCues | None) -> str:
    """The clause kept whole that ends an answer right after its first clause `first` ("…, uden
    at jeg er faldet eller er gået helt kold."): its words without the end mark, to go on with
    the sign taken from that clause, also past a way told apart between ("…, med rollatoren, uden
    at …"); "" when the answer ends otherwise, or more is said between ("en hel plade boller, fra
    vi rører dejen …, uden at jeg går fra")."""
    if cues is None:
        return ""
    head, comma, last = text.strip().rstrip(".!?;:").rpartition(",")
    part = last.split()
    before, _, way = head.rpartition(",")
    lead = way.split()[0].lower() if way.split() else ""
    if not head.strip().endswith(first.strip()) and lead in cues.tail_past:
        head = before  # "…, med elevatoren og rollatoren, uden at …": the way told apart
    if not comma or not head.strip().endswith(first.strip()):
        return ""
    return " ".join(part) if whole_clause([w.lower() for w in part], cues) else ""


#: Words of a span of days that closes a sign ("hver morgen i en uge", "en hel uge i træk").
_SPAN_MAX = 6
#: Words of a span's count between its lead and its unit ("i en hel uge": "en hel").
_SPAN_COUNT = 2


def span_lead(part: Sequence[str], cues: CriterionCues | None) -> int | None:
    """Where the span of days that ends `part` begins: at its lead ("i en uge", "i fjorten
    dage": the "i") or at its count before an end ("en hel uge i træk", "tre dage i træk": its
    count and a filler); None when `part` ends otherwise ("i dag", "i morgen",
    "to gange i ugen" count nothing)."""
    if cues is None or not cues.span_units:
        return None
    low = [fold(w.lower().strip(".,;:!?")) for w in part]
    units = {fold(w) for w in cues.span_units}  # "traek", "maaned" typed without æøå
    for end in {tuple(fold(w) for w in e) for e in cues.span_ends}:  # "… uge i træk"
        if len(low) > len(end) and tuple(low[-len(end) :]) == end:
            unit = len(low) - len(end) - 1
            if low[unit] not in units or unit < 1:
                return None
            start = unit - 1 if low[unit - 1] in cues.span_fillers else unit  # "en hel uge"
            return start - 1 if start > 0 and _count_word(low[start - 1], cues) else start
    if not low or low[-1] not in units:
        return None
    for k in range(len(low) - 2, max(-1, len(low) - 3 - _SPAN_COUNT), -1):
        if low[k] in cues.span_leads:
            return k if k < len(low) - 2 else None  # "i dag": no count said
    return None


def _fronted_span(words: Sequence[str], k: int, cues: CriterionCues) -> int | None:
    """The end of a span of days said at `k` before the sign's verb ("en hel uge har jeg …", "at
    jeg i fjorten dage har taget …", "tre dage i træk har hun …"): a count (after a lead of
    span_leads, with a filler, or before one of span_ends) and a unit; None when none opens
    there ("i dag", "en dag", "hver morgen" count no days in a row)."""
    n = len(words)
    led = k < n and words[k] in cues.span_leads
    j = k + 1 if led else k
    if j >= n or not _count_word(words[j], cues) or words[j] in cues.span_fillers:
        return None
    j += 1
    filled = j < n and words[j] in cues.span_fillers
    j += filled
    if j >= n or fold(words[j]) not in {fold(w) for w in cues.span_units}:
        return None
    ends = (j + 1 + len(e) for e in cues.span_ends if tuple(words[j + 1 : j + 1 + len(e)]) == e)
    end = next(ends, None)
    if end is None and not (led or filled):
        return None  # "en dag": some day, no span
    return end or j + 1


def _count_word(word: str, cues: CriterionCues) -> bool:
    """True for a word that may be a span's count ("tre", "14", "en"): no subject, lead, modal
    or present tense ("kommer fem dage": the count is "fem"; no number word ends in -r)."""
    said = cues.clause_subjects | cues.span_leads | cues.modals
    return word.isdigit() or (word.isalpha() and word not in said and not word.endswith("r"))


def _span_end(words, v: int, end: int, cues: CriterionCues) -> int | None:
    """The end of a sign a little past max_words when its last clause, after a comma, is a span
    of days that ends the sentence ("…, uden at vi skal gøre det færdigt, hver morgen i en uge");
    None otherwise."""
    stop = next((j for j in range(end, len(words)) if words[j] in _SENTENCE_END), len(words))
    comma = next((j for j in range(stop - 1, v, -1) if words[j] == ","), None)
    part = words[comma + 1 : stop] if comma is not None else []
    if not part or len(part) > _SPAN_MAX or not all(w.isalnum() for w in part):
        return None
    return stop if span_lead(part, cues) is not None and comma < end + _SPAN_MAX else None


def _relative_comma(words, k: int, cues: CriterionCues) -> bool:
    """True for a comma that closes a pronoun a relative clause without "som" follows ("end
    den, jeg går med"): the pronoun heads the clause, no clause ends there."""
    return (
        0 < k < len(words) - 1
        and words[k] == ","
        and words[k - 1] in cues.relative_heads
        and words[k + 1] in cues.relative_subjects
    )


#: Most words of a relative clause without "som" kept past max_words ("jeg går med").
_RELATIVE_MAX = 5


def _relative_end(words, v: int, end: int, cues: CriterionCues) -> int | None:
    """The end of a sign a little past max_words when its last clause is a short relative
    clause without "som" that ends the sentence ("… mere ilt end den, jeg går med."); None
    otherwise."""
    comma = next((j for j in range(end - 1, v, -1) if words[j] in cues.clause_cuts), None)
    if comma is None or not _relative_comma(words, comma, cues):
        return None
    stop = next((j for j in range(end, len(words)) if words[j] in _SENTENCE_END), len(words))
    part = words[comma + 1 : stop]
    return stop if len(part) <= _RELATIVE_MAX and all(w.isalpha() for w in part) else None


#: Most words of a second sign kept past max_words ("og at jeg kan høre, hvad de siger").
_PARALLEL_MAX = 10
_PARALLEL_PAST = 3  # … and most words past max_words before it


def _parallel_end(words, v: int, end: int, cues: CriterionCues, lemmas=None) -> int | None:
    """The end of a sign a little past max_words when its last clause is a second sign of its
    own that ends the sentence (", og at jeg kan høre, hvad de siger."): after a cut within a
    few words of max_words, a lead of parallel_leads, a subject and a modal, or the citizen's own
    deed in the present with adverbs before it (", og at jeg selv husker, hvornår jeg skal
    ringe"); None otherwise."""
    stop = next((j for j in range(end, len(words)) if words[j] in _SENTENCE_END), len(words))
    for start in range(min(stop - 1, v + cues.max_words + _PARALLEL_PAST), v, -1):
        if words[start] not in cues.clause_cuts:
            continue
        k = start
        while k < stop and words[k] in cues.clause_cuts:
            k += 1  # ", og"
        lead = words[k : k + 3]
        if len(lead) == 3 and lead[0] in cues.parallel_leads and lead[1] in cues.clause_subjects:
            j = k + 2
            while j < stop - 1 and words[j] in cues.between and lemmas is not None:
                j += 1  # "at jeg selv husker": "selv" before the deed
            if lead[2] in cues.modals and stop - start <= _PARALLEL_MAX:
                return stop
            own = lemmas is not None and lead[1] in cues.own_subjects
            present = own and _verb(words[j], lemmas[j], False, cues) not in (None, words[j])
            if present and stop - start <= _PARALLEL_MAX + (j - k - 2):
                return stop
            return None
    return None


def _deed_end(words, lemmas, stops, v: int, end: int, cues: CriterionCues) -> int | None:
    """The end of a sign told as a list of deeds in the present ("tænder radioen, finder
    frekvensen og holder …, og skriver den ind i logbogen bagefter") a little past max_words
    when its last item, after a cut and a join, is one more deed that ends the sentence; None
    otherwise."""
    stop = next((j for j in range(end, len(words)) if words[j] in _SENTENCE_END), len(words))
    for start in range(min(stop - 1, v + cues.max_words + _PARALLEL_PAST), v, -1):
        if words[start] not in cues.joins or words[start - 1] in cues.joins:
            continue
        k = start + 1
        said = _verb(words[k], lemmas[k], stops[k], cues) if k < stop else None
        if said is None or said == words[k] or stop - start > _PARALLEL_MAX:
            return None
        comma = max((j for j in range(v, start) if words[j] == ","), default=v)
        if set(words[comma + 1 : stop]) & cues.clause_subjects:
            return None  # "…, og så sidder han og hører radio": a clause of its own
        return stop
    return None


#: Words of a lead ("så", "så at") before the subject of a result shown to others.
_SHOWN_LEAD = 2
_SHOWN_NOUN = 4  # a thing said definite is longer ("huset"; "det", "den" are none)


def shown_to_others(words: Sequence[str], start: int, cues: CriterionCues | None) -> bool:
    """True for a purpose clause from `start` that tells how the result looks to anyone ("så
    man kan læse det", "så andre kan forstå mig"): a lead of at most two words, a subject of
    anyone, a modal and a verb of perceiving. Such a clause is part of the sign, no reason."""
    if cues is None or not cues.shown_subjects:
        return False
    k = next(
        (k for k in range(start, min(start + _SHOWN_LEAD + 1, len(words)))
         if words[k] in cues.shown_subjects),
        None,
    )  # fmt: skip
    if k is None or k + 2 >= len(words):
        return False
    return words[k + 1] in cues.modals and words[k + 2] in cues.shown_verbs


def state_shown(
    words: Sequence[str], start: int, cues: CriterionCues | None, alive: Callable[[int], bool]
) -> bool:
    """True for a purpose clause from `start` that tells the state of a thing the deed made
    ("så maskerne er lige store", "så knuderne holder"): a lead of one word, a definite noun
    that is no person or part of the body (`alive`: "så konen er glad", "så benene er stærke"
    are reasons) and a verb of state_verbs, no feeling after it ("så modtagerne er glade").
    Such a clause is part of the sign, no reason."""
    if cues is None or not cues.state_verbs or start + 2 >= len(words):
        return False
    noun, verb = words[start + 1], words[start + 2]
    if not noun.isalpha() or len(noun) <= _SHOWN_NOUN or alive(start + 1):
        return False
    feeling = start + 3 < len(words) and words[start + 3] in cues.state_feelings
    return noun.endswith(cues.state_endings) and verb in cues.state_verbs and not feeling


def _sentence_sign(start, words, lemmas, stops, texts, cues, negations, breaks, cut, taken):
    """The sign a sentence of the answer opens with: a verb ("at han går hele vejen derhen og
    hjem igen") or a way to go ("hele vejen ned og hjem igen"); None for anything else."""
    n, lead = len(words), start
    while lead < n and words[lead] in cues.between:
        lead += 1
    if lead >= n or words[lead] in negations or words[lead] in _SENTENCE_END:
        return None
    verb = _verb(words[lead], lemmas[lead], stops[lead], cues)
    opened = set(words[start:lead])
    if verb is not None and (verb == words[lead] or opened & cues.present_after):
        return _phrase(lead, verb, words, stops, texts, cues, breaks, cut, lemmas)
    if words[lead] in cues.directions and not {lead, lead + 1} & taken:
        return _phrase(
            lead, _opening(lead, words, texts, cues), words, stops, texts, cues, breaks, cut
        )
    return None


def _amount_sign(lead, words, stops, texts, cues, breaks, cut, amounts) -> str | None:
    """ "alle tre etager op til min dør uden at sætte mig på trappen": an amount said with how it
    is done, from the answer's start; None for a bare amount ("tre etager")."""
    k = skip_ahead(words, lead, cues.amount_leads)
    if k >= len(words) or k not in amounts:
        return None
    phrase = _phrase(
        lead, _opening(lead, words, texts, cues), words, stops, texts, cues, breaks, cut
    )
    said = (phrase or "").split()
    low = [w.lower() for w in said]
    # "… ned til havnen og jeg vil gerne gå hele vejen uden at …": a new clause, not the amount's
    new = next(
        (
            j
            for j in range(1, len(low) - 1)
            if low[j] in cues.joins and low[j + 1] in cues.clause_subjects
        ),
        len(said),
    )
    # "15 kort med en lille hilsen som folk kan læse": how the result looks to anyone, too
    shown = any(shown_to_others(words, j, cues) for j in range(k + 1, min(lead + new, len(words))))
    if not set(low[k - lead + 1 : new]) & cues.amount_manners and not shown:
        return None
    return " ".join(said[:new])


def _restated(words, lemmas, stops, k: int, cues: CriterionCues, amounts=frozenset()) -> bool:
    """True at a comma before one of restating and a verb ("…, altså skrælle kartoflerne"): the
    sign's steps told again; not before anything else ("…, altså uden at stoppe"), nor before a
    number word in -e ("…, altså tredive minutter, og …": the amount said again)."""
    if k + 2 >= len(words) or words[k] != "," or words[k + 1] not in cues.restating:
        return False
    if k + 2 in amounts:
        return False
    lemma = lemmas[k + 2] if lemmas is not None else words[k + 2]
    return _verb(words[k + 2], lemma, stops[k + 2], cues) is not None


def _phrase(
    v, verb, words, stops, texts, cues, breaks, cut, lemmas=None, amounts=frozenset()
) -> str | None:
    end = v + 1
    n = len(words)
    goes_on = lambda k: (  # noqa: E731
        k + 2 < n
        and words[k] == "."
        and words[k + 1] in cues.additions
        and words[k + 2] not in cues.clause_subjects  # "også jeg vil …": a new clause
    )
    fragment = lambda k: _fragment_join(words, k, cues) if k > v + 1 else None  # noqa: E731
    stops_at = lambda k: (  # noqa: E731
        (
            (words[k] in _SENTENCE_END or words[k] in breaks)
            and not goes_on(k)
            and fragment(k) is None
        )
        or k == cut
        or (k > v + 1 and _restated(words, lemmas, stops, k, cues, amounts))
    )
    while end < len(words) and end - v < cues.max_words and not stops_at(end):
        end += 1
    if end < len(words) and not stops_at(end) and (whole := whole_end(words, v, end, cues)):
        end = whole  # "…, uden at hjemmeplejen har hjulpet": the point of the sign, kept
    if end < len(words) and not stops_at(end) and (point := near_point_end(words, end, cues)):
        end = point  # "… og gå en tur med hende på gangen uden at blive svimmel": its point
    if end < len(words) and not stops_at(end) and (span := _span_end(words, v, end, cues)):
        end = span  # "…, hver morgen i en uge": how long the sign holds, kept
    if end < len(words) and not stops_at(end) and (rel := _relative_end(words, v, end, cues)):
        end = rel  # "… mere ilt end den, jeg går med": the pronoun's clause ends the sentence
    if (
        end < len(words)
        and not stops_at(end)
        and (par := _parallel_end(words, v, end, cues, lemmas))
    ):
        end = par  # "…, og at jeg kan høre, hvad de siger": a second sign, kept
    deed = end < len(words) and verb != words[v] and lemmas is not None and not stops_at(end)
    if deed and (last := _deed_end(words, lemmas, stops, v, end, cues)):
        end = last  # "tænder radioen, finder frekvensen …, og skriver den i logbogen": a deed
    listed = end < len(words) and verb == words[v] and lemmas is not None and not stops_at(end)
    if listed:  # "gå ned …, stille teleskopet op, finde Jupiter …, og så komme ind igen"
        stop = next((k for k in range(end, len(words)) if stops_at(k)), len(words))
        stop = amount_aside_at(words, v, stop, cues)  # "…, det er 300 meter": the last deed's
        is_verb = lambda k: _verb(words[k], lemmas[k], stops[k], cues) is not None  # noqa: E731
        end = infinitive_list_end(words, lemmas, v, stop, cues, is_verb) or end
    if end < len(words) and not stops_at(end):  # too long: end before its last clause
        cutting = next(
            (
                k
                for k in range(end, v + _MIN_WORDS, -1)
                if words[k] in cues.clause_cuts
                and not _inside_whole(words, v, k, cues)
                and not _paired_particles(words, k, cues)  # never "… komme i"
                and not _relative_comma(words, k, cues)  # never "… end den."
            ),
            end,
        )
        stop = next((k for k in range(end, len(words)) if stops_at(k)), len(words))
        if listed:  # an amount aside after the list's last deed is no deed's clause to keep
            stop = amount_aside_at(words, v, stop, cues)
        # "… og padle en time, det er cirka fem kilometer, med en pause": the amount is said
        # with its deed; cut off, it would be read as the wish's own
        end = measure_end(words, v, cutting, stop, amounts, cues) or cutting
        # "… og sige noget, når det er vores sag, uden at blive så træt, at jeg mister tråden":
        # the clause kept whole that ends the sentence is the sign's point, never cut off
        end = point_end(words, v, end, stop, cues) or end
    while end > v + 1 and words[end - 1] in cues.trailing:
        if " ".join(words[end - 2 : end]) in cues.trailing_kept:
            break  # "… og hjem igen"
        end -= 1
    rest = range(v + 1, end)
    if not any(words[k].isalpha() and not stops[k] and words[k] not in cues.vague for k in rest):
        return None
    said = [
        "," if goes_on(k) else fragment(k) if fragment(k) is not None else texts[k]
        for k in range(v + 1, end)
    ]  # "hele ansigtet. også under hagen": "hele ansigtet, også under hagen"
    said = [w for w in said if w]  # "hele vejen. en pause. på bænken": one sign
    if verb != words[v] and lemmas is not None:  # "går ud og fylder …": "gå ud og fylde …"
        present = lambda k: (  # noqa: E731
            _verb(words[k], lemmas[k], stops[k], cues) not in (None, words[k])
            or _unknown_present(words, lemmas, k, cues) is not None
        )
        for join in rest:
            if words[join] not in cues.joins:
                continue
            k = join + 1  # "… og selv kommer op af stolen": an adverb before the verb
            while k < end - 1 and words[k] in cues.join_adverbs:
                k += 1
            if k >= end or not present(k):
                continue
            if _inside_whole(words, v, join, cues):
                continue  # "… uden at hun er faldet eller har ringet": that clause's own tense
            if _listed_thing(words, lemmas, k, cues):
                continue  # "med håndklæder og viskestykker og …": a list of things, no verb
            # "finder bukser, bluser og strømper": the "og" closing a list joins its items, verbs
            # only when each item is a present tense with more words ("går i bad, vasker mig og
            # tørrer mig"); a list of single words names things
            items = _list_items(words, v, join, cues)
            if items and not all(
                present(j) and words[j + 1] not in {",", *cues.joins} for j in items
            ):
                continue
            for j in (*items, k):
                infinitive = _unknown_present(words, lemmas, j, cues) or lemmas[j]
                said[j - v - 1] = infinitive if present(j) else said[j - v - 1]
    text = " ".join([verb, *said]).replace(" ,", ",")
    return text.strip(" ,") or None


def _unknown_present(words, lemmas, k: int, cues: CriterionCues) -> str | None:
    """The infinitive of a present tense the lemma table does not know, said with its object
    ("… og kaster mine bolde": "kaste", "… og rører sovsen": "røre"): a word in -er read as
    itself, before one of object_openers or a definite noun; None otherwise ("… og
    viskestykker i skuffen" names things)."""
    word = words[k]
    if not cues.object_openers or k + 1 >= len(words) or lemmas[k] != word:
        return None
    ending = cues.unknown_present_endings
    unknown = word.isalpha() and bool(ending) and word.endswith(ending)
    unknown = unknown and len(word) > _UNKNOWN_SHORTEST
    after = words[k + 1]
    definite = after.isalpha() and len(after) > _SHOWN_NOUN and after.endswith(cues.state_endings)
    return word[:-1] if unknown and (after in cues.object_openers or definite) else None


def _listed_thing(words, lemmas, k: int, cues: CriterionCues) -> bool:
    """True for a word right after a join that ends a list of things ("håndklæder og
    viskestykker og lægger …": "viskestykker"): the item before the join is a plural said as
    its lemma and a present ending, and the word ends the sign or a join follows it."""
    if k < 1 or words[k - 1] not in cues.joins:
        return False
    before = k - 2
    if before < 0:
        return False
    lemma, said = lemmas[before], words[before]
    plural = said != lemma and said.startswith(lemma) and said[len(lemma) :] in cues.plural_endings
    return plural and (k + 1 >= len(words) or words[k + 1] in cues.joins)


_UNKNOWN_SHORTEST = 4  # letters of such a word at least ("leger"; "der", "over" are none)


def _list_items(words, v: int, join: int, cues: CriterionCues) -> list[int]:
    """The first words of a list's items before the join that closes it: each after a comma
    ("bukser, bluse og strømper": "bluse"), back to the verb or an earlier join; empty when
    no comma comes before the join."""
    items = []
    for j in range(join - 1, v, -1):
        if words[j] in cues.joins:
            break
        if words[j] == "," and j + 1 < join:
            items.append(j + 1)  # the item's words run to the next comma or the join
    return items[::-1]


_MIN_WORDS = 2  # words a criterion keeps at least when it is cut before its last clause


def _paired_particles(words, k: int, cues: CriterionCues) -> bool:
    """True when words[k], a join, stands between two particles of one verb ("komme i og ud af
    kajakken", "gå op og ned ad trappen")."""
    if words[k] not in cues.joins or not 0 < k < len(words) - 1:
        return False
    return {words[k - 1], words[k + 1]} <= cues.paired_particles


def _inside_whole(words, v: int, k: int, cues: CriterionCues) -> bool:
    """True when words[k], a join ("og", "eller"), belongs to a clause kept whole: the last
    clause cut before it opens one of whole_clauses ("uden at stå og hvile")."""
    if words[k] not in cues.joins:
        return False
    last = next((j for j in range(k - 1, v, -1) if words[j] in cues.clause_cuts), None)
    return last is not None and words[last] in cues.whole_clauses
