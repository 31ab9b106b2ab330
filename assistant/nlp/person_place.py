"""A person word that is only a place: the doctor one goes to ("gå ned til lægen", "flextrafik
til lægen", "min søn kører mig til lægen") is where, no person in the citizen's network; the
doctor spoken to ("ringe til lægen", "sagt det til lægen") or quoted ("lægen siger") is named,
unless only rung to book a time ("ringe til lægen og bestille tid": the practice called) or
the time booked there ("bestille tid hos lægen"), or gone to for a check ("til kontrol hos
lægen"), or where a course of treatment began ("startet hos psykologen"); a person one goes
to for a service ("aftaler hos frisøren og fodterapeuten") is where; a group said as where
something is among ("den eneste i familien") and the children of a care job told ("har været
dagplejemor og savner børnene") name no one, nor do those a group is for ("en samtalegruppe for
pårørende")."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.clauses import SENTENCE_ENDS

REACH = 12  # words before the destination searched for a verb that speaks to the person
BOOK_REACH = 5  # words after the person searched for a verb of booking
BOOK_THING_REACH = 2  # words after that verb searched for the appointment
ERRAND_GAP = 2  # words between "til" and the errand ("til sin årlige kontrol hos lægen")
COURSE_GAP = 2  # words between "hos" and the professional ("startet hos en ny psykolog")
COMPOUND_LEAD = 3  # letters before a destination word ending a compound ("hjerte" + "lægen")


def gone_to(words: Sequence[str], lemmas: Sequence[str], i: int, lex) -> bool:
    """True for a person word of destination_people right after a destination lead ("til
    lægen") with no verb of destination_addressed before it in the same clause: the place one
    goes, rides or is taken to."""
    if not destination_word(words[i], lex) or i == 0:
        return False
    if words[i - 1] not in lex.destination_person_leads:
        return False
    for k in range(i - 2, max(-1, i - 2 - REACH), -1):
        if words[k] in lex.clause_breaks or words[k] in SENTENCE_ENDS:
            break
        if lemmas[k] in lex.destination_addressed or words[k] in lex.destination_addressed:
            # "ringe til lægen": the doctor spoken to, unless only to book a time
            return _booked(words, lemmas, i, lex)
    return True


def destination_word(word: str, lex) -> bool:
    """True for a word of destination_people or a compound ending in one ("hjertelægen",
    "til kontrol hos øjenlægen")."""
    if word in lex.destination_people:
        return True
    return word.isalpha() and any(
        word.endswith(d) and len(word) - len(d) >= COMPOUND_LEAD for d in lex.destination_people
    )


def _booked(words: Sequence[str], lemmas: Sequence[str], i: int, lex) -> bool:
    """True when a verb of booking_verbs follows the person within BOOK_REACH words in the same
    sentence, with a word of booking_things right after it ("ringe til lægen og bestille tid",
    "for at få en tid"): the practice called to book, no person spoken to."""
    end = min(len(words), i + 1 + BOOK_REACH)
    for k in range(i + 1, end):
        if words[k] in SENTENCE_ENDS:
            return False
        if words[k] in lex.booking_verbs or lemmas[k] in lex.booking_verbs:
            after = words[k + 1 : k + 1 + BOOK_THING_REACH]
            if any(w in lex.booking_things for w in after):
                return True
    return False


def booked_at(words: Sequence[str], i: int, lex) -> bool:
    """True for a person word of destination_people after one of visited_leads, the
    appointment there just before ("bestille tid hos lægen", "flytte sin tid hos lægen", "jeg
    glemmer tider hos lægen", "mine aftaler hos tandlægen"), also second in a list ("booke tid
    hos tandlægen og lægen"): the practice, whatever is done with the appointment."""
    k = _visited_lead(words, i, lex)
    return k is not None and k >= 1 and words[k - 1] in lex.booking_things


def _visited_lead(words: Sequence[str], i: int, lex) -> int | None:
    """Where the visited lead stands before a person word of destination_people ("hos" in "tid
    hos lægen"), also when the person is second in a list ("hos tandlægen og lægen"); None when
    the person word is none of them or no such lead stands there."""
    if not destination_word(words[i], lex):
        return None
    k = i - 1
    if k >= 1 and words[k] in lex.visited_list_joins and words[k - 1] in lex.visited_places:
        k -= 2  # "hos tandlægen og lægen"
    return k if k >= 0 and words[k] in lex.visited_leads else None


def errand_at(words: Sequence[str], i: int, lex) -> bool:
    """True for a person word of destination_people after one of visited_leads, with a visit
    errand said before it after one of errand_leads ("gå til kontrol hos lægen", "til en
    blodprøve hos lægen", "på tjek hos tandlægen"): the practice one goes to, no person; not
    something brought to show there ("har tallene med til kontrollen hos lægen": for her)."""
    k = _visited_lead(words, i, lex)
    if k is None or k < 2 or words[k - 1] not in lex.visit_errands:
        return False
    j = k - 2
    while j >= 0 and k - 1 - j <= ERRAND_GAP and words[j] in lex.errand_gap:
        j -= 1  # "til en kontrol", "til sin årlige kontrol"
    if j < 0 or words[j] not in lex.errand_leads:
        return False
    return not (j and words[j - 1] in lex.errand_brought)  # "tallene med til kontrollen …"


def course_at(words: Sequence[str], i: int, lex) -> bool:
    """True for a professional after one of visited_leads right after a verb of course_verbs,
    a word or two of course_gap between ("er startet hos psykologen", "begyndt hos en ny
    fysioterapeut"): the course of treatment begun or ended there, a place, no person."""
    if words[i] not in lex.classes.get("professional", ()):
        return False
    k = i - 1
    while k >= 0 and i - 1 - k < COURSE_GAP and words[k] in lex.course_gap:
        k -= 1
    return k >= 1 and words[k] in lex.visited_leads and words[k - 1] in lex.course_verbs


def job_charges(words: Sequence[str], i: int, lex) -> bool:
    """True for a word of job_charges with no owner before it ("savner børnene") after a care
    job told after one of job_leads ("hun har været dagplejemor", "jeg arbejdede som pædagog"):
    the job's children, no one of the citizen's network."""
    if words[i] not in lex.job_charges or (i and words[i - 1] in lex.owners):
        return False
    return any(
        w in lex.care_jobs and k and words[k - 1] in lex.job_leads for k, w in enumerate(words[:i])
    )


def among(words: Sequence[str], i: int, person: str, lex) -> bool:
    """True for a person of within_kinds right after one of within_leads, an owner between or
    not ("fødselsdagene i familien", "den sjove i vores familie"): where, no one named."""
    if person not in lex.within_kinds:
        return False
    k = i - 1 if i > 0 and words[i - 1] in lex.owners else i
    return k > 0 and words[k - 1] in lex.within_leads


def audience_of(words: Sequence[str], i: int, lex) -> bool:
    """True for a person word right after one of audience_leads after a group, course or
    meeting ("en samtalegruppe for pårørende", "kursus for demente"): whom it is for, no one
    named; "et kursus for min kone" (an owner between) names her."""
    if i < 2 or words[i - 1] not in lex.audience_leads or not lex.audience_groups:
        return False
    return words[i - 2].endswith(lex.audience_groups)


def visited_only(words: Sequence[str], i: int, lex) -> bool:
    """True for a word of visited_people said as where one goes or has an appointment: right
    after a visited_leads word, or after another place of visited_places in a list after one
    ("aftaler hos frisøren og fodterapeuten"), or alone as a sentence of its own
    ("fodterapeuten. hver 14. dag."). Said as the one who acts ("fodterapeuten kommer kun hver
    sjette uge") she is named."""
    if words[i] not in lex.visited_people:
        return False
    if i > 0 and words[i - 1] in lex.visited_leads:
        return True
    if i > 2 and words[i - 1] in lex.visited_list_joins and words[i - 3] in lex.visited_leads:
        return words[i - 2] in lex.visited_places  # "hos frisøren og fodterapeuten"
    alone_before = i == 0 or words[i - 1] in SENTENCE_ENDS
    return alone_before and (i + 1 == len(words) or words[i + 1] in SENTENCE_ENDS)
