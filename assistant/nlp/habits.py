"""Whose doing a frequency tells: the citizen's, or a helper's habit (no goal frequency)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.clauses import SENTENCE_ENDS, tail_person
from assistant.nlp.wordscan import skip_back

HABIT_REACH = 12  # words before a frequency searched for the subject of its clause
PRESCRIBER_GAP = 2  # words ("har", "jo") between a person and the verb of saying
_SUBORDINATE = "subordinate"
RELATIVE_HEAD_REACH = 3  # words before an owned person searched for a relative head ("de øvelser")


def helper_habit(
    words: Sequence[str],
    start: int,
    mentions: Sequence[tuple[str, int]],
    about: str | None,
    perspective: str,
    lex,
    company: bool = False,
    trouble: bool = False,
    g: Grammar | None = None,
) -> bool:
    """True when the nearest subject before the frequency at `start` is someone other than the
    citizen: a person named ("min nevø kommer en gang om måneden", "så må min mand gøre det hver
    morgen", "det er min søn der gør det hver lørdag"), or, told by a relative, the speaker
    ("jeg står op med hende to tre gange hver nat"). "jeg" in the citizen's own words, the
    citizen a relative speaks of, and what someone wants or offers keep the goal's frequency.
    With `company` (the activity is being with others) a visit told as a clause of its own
    ("… og naboen kommer over til kaffe hver søndag") is the citizen's own habit too. With
    `trouble` (a difficulty is told) a service's visits after "når" are the service's. With
    the grammar `g`, a person said right before a finite verb is that verb's subject, also in
    speech run on without a stop ("… når jeg går i seng min datter ringer hver aften")."""
    named = {i: p for p, i in mentions}
    selves = lex.couple_self  # "jeg": the one speaking
    for k in range(start - 1, max(-1, start - 1 - HABIT_REACH), -1):
        w = words[k]
        if w in SENTENCE_ENDS or prescribed_at(words, k, lex):
            return False  # "lægen siger 3000 skridt hver dag": the citizen's routine, told
        if w in selves or _cleft_self(words, k, lex):
            return perspective == "other" and not _intended(words, k, start, lex)
        if w in lex.speaker_group and perspective == "other" and _done_to(words, k, start, lex):
            return not _intended(words, k, start, lex)  # "selvom vi spørger hende hver dag"
        if w in lex.third_person_subjects and perspective == "other":
            return False  # "hun vil gerne have at han kommer hver dag": the citizen
        if w in lex.third_person_subjects and not company and _opens_clause(words, k, lex):
            # the citizen speaking: "min datter … hun kommer jo hver torsdag" is her habit
            return not _intended(words, k, start, lex)
        if company and k in named and _visit_said(words, k, start, lex):
            return False  # "besøg? min datter hver søndag": the citizen's company, in short
        subject = _subject_at(words, k, lex, company, g) if k in named else False
        if subject and _wished_someone(words, k, lex):
            return False  # "jeg vil gerne have en besøgsven der kommer en gang om ugen"
        if subject == _SUBORDINATE:
            # "når præsten kommer hver onsdag", "have at min veninde kommer …": when the citizen
            # does it; beside a trouble, a service's visits are its rhythm ("gulvene bliver kun
            # vasket når hjemmehjælpen kommer hver 3. uge")
            return trouble and named[k] in lex.service_people
        if subject:
            if perspective == "other" and about is None:
                # whom the relative speaks of is not known: the citizen, maybe; never a service
                # ("… og hjemmehjælpen kommer kun hver 14. dag")
                return named[k] in lex.service_people and not _intended(words, k, start, lex)
            return named[k] != about and not _intended(words, k, start, lex)
    return False


def existential_habit(words: Sequence[str], start: int, lex) -> bool:
    """True for a frequency at `start` in a clause opened by "der", its verb and one of
    existential_others after it ("…, der kommer en ny næsten hver uge"): others come or are there
    so often, no goal frequency. A relative "der" after a noun opens no such clause."""
    ends = lex.clause_breaks | lex.soft_clause_breaks | SENTENCE_ENDS | {","}
    for k in range(start - 1, max(-1, start - 1 - HABIT_REACH), -1):
        if words[k] in ends:
            return False
        if (
            words[k] in lex.existential_subjects
            and (k == 0 or words[k - 1] in ends | lex.existential_opens)
            and k + 2 <= start  # "en" may open the frequency: "en ny hver uge"
            and words[k + 2] in lex.existential_others
        ):
            return True
    return False


LIFE_HABIT_REACH = 10  # words before a frequency searched for "har altid"
LIFE_HABIT_GAP = 2  # words (a subject, "jo") between the auxiliary and "altid"


def life_habit(words: Sequence[str], start: int, lex) -> bool:
    """True for a frequency in the clause of a life's habit told as a perfect with "altid" ("mor
    har altid gået til line dance hver onsdag men …", "har hun altid gjort hver morgen"): the
    story's rhythm, no goal's. A wish verb or a clause break before it ends the search."""
    stops = lex.clause_breaks | lex.wish_verbs | frozenset(lex.classes.get("modal", ()))
    for k in range(start - 1, max(-1, start - 1 - LIFE_HABIT_REACH), -1):
        w = words[k]
        if w in stops or w in SENTENCE_ENDS or w == ",":
            return False
        if w in lex.life_habit_marks:
            lead = words[max(0, k - LIFE_HABIT_GAP) : k]
            return any(a in lex.life_habit_aux for a in lead) and _given_up(words, start, lex)
    return False


def _given_up(words: Sequence[str], start: int, lex) -> bool:
    """True when the first clause break after a life's habit is one of life_habit_ends ("…
    hver onsdag men efter hun fik ny hofte …"): the habit set against today; "… om søndagen og
    det vil han gerne igen" wishes the habit itself."""
    ends = lex.clause_breaks | SENTENCE_ENDS
    k = next((j for j in range(start, len(words)) if words[j] in ends), None)
    return k is not None and words[k] in lex.life_habit_ends


def prescribed(words: Sequence[str], lo: int, start: int, lex) -> bool:
    """True when the frequency at `start` is said in a person's prescription between lo and it
    ("lægen siger 6 glas hver dag", "fysioterapeuten har sagt tyve minutter om dagen"): a verb
    of saying after a person, and no other subject than the citizen's between them ("min
    datter siger hun kommer hver dag" is her own habit)."""
    others = lex.story_subjects - lex.prescribed_subjects
    for k in range(start - 1, lo - 1, -1):
        if words[k] in SENTENCE_ENDS or words[k] in others:
            return False
        if prescribed_at(words, k, lex):
            return True
    return False


def routine_taken_over(words: Sequence[str], lo: int, hi: int, lex) -> bool:
    """True when the wish part lo..hi ends its first clause on a word pointing back at what was
    told before ("vil gerne selv holde øje med det og skrive det i et skema", "vil gerne klare
    det selv"): the wished doing is that routine (frequency.yaml routine_back_ends)."""
    ends = lex.routine_back_ends
    for k in range(lo + 1, hi):
        if words[k] in lex.clause_breaks or words[k] in lex.soft_clause_breaks:
            return False
        if words[k] in lex.pointing_back and words[k - 1] not in lex.wish_verbs:
            return k + 1 == hi or words[k + 1] in ends
    return False


def served_routine(words: Sequence[str], lo: int, hi: int, lex) -> bool:
    """True when the words lo..hi name a service that does the routine for the citizen ("æ
    hjemmepleje kommer tre gang om æ dag å drypper mi øjn", "får lagt sin medicin op af
    hjemmesygeplejersken hver fjortende dag"): frequency.yaml service_people."""
    return any(lex.people.get(words[k]) in lex.service_people for k in range(lo, hi))


def service_taken_over(words: Sequence[str], freq, parts, lex) -> bool:
    """True when the frequency's part names a service doing the routine for the citizen and
    the next part takes it over ("æ hjemmepleje kommer tre gang om æ dag å drypper mi øjn …
    men a vil så gjan ku gør det selv"): routine_taken_over after served_routine."""
    if freq is None:
        return False
    told = next(((a, b) for a, b in parts if a <= freq.start < b), None)
    nxt = told and next(((a, b) for a, b in parts if a >= told[1]), None)
    return bool(nxt) and (
        served_routine(words, told[0], freq.end, lex) and routine_taken_over(words, *nxt, lex)
    )


def trip_told(words: Sequence[str], lo: int, start: int, lex) -> bool:
    """True when the words from lo up to the frequency at `start` tell a habit of going
    somewhere ("min mand skal til dialyse tre gange om ugen", "hun kører til genoptræning …"):
    a lead to where right after a verb of going (frequency.yaml trip_leads, trip_verbs)."""
    return any(
        words[k] in lex.freq_trip_leads and words[k - 1] in lex.freq_trip_verbs
        for k in range(lo + 1, start)
    )


def prescribed_at(words: Sequence[str], k: int, lex) -> bool:
    """True for a verb of saying at k right after a person word ("lægen siger", "min
    fysioterapeut har sagt", "sygeplejersken hun siger", "hjertelægen siger")."""
    if words[k] not in lex.advice_verbs:
        return False
    skip = lex.fillers | lex.perfect_aux | lex.third_person_subjects
    for j in range(k - 1, max(-1, k - 2 - PRESCRIBER_GAP), -1):
        # a compound ending in a person of compound_heads ("hjertelægen"), not an exception's
        if words[j] in lex.people or tail_person(words[j], lex.people_tails):
            return True
        if words[j] not in skip:
            return False
    return False


def _done_to(words: Sequence[str], k: int, start: int, lex) -> bool:
    """True when the citizen is the object between the subject at k and the frequency ("vi
    spørger hende hver dag", "vi kører ham derhen hver tirsdag"): the speaker's side doing it."""
    return any(w in lex.third_person_objects for w in words[k + 1 : start])


def _cleft_self(words: Sequence[str], k: int, lex) -> bool:
    """True for the speaker as the doer of a cleft: "mig" in "nu er det mig der gør det"."""
    if words[k] not in lex.cleft_self or not 0 < k < len(words) - 1:
        return False
    verb = k - 2 if words[k - 1] in lex.cleft_pronouns else k - 1  # "er det mig", "det er mig"
    return verb >= 0 and words[verb] in lex.cleft_verbs and words[k + 1] in lex.cleft_relatives


def _wished_someone(words: Sequence[str], i: int, lex) -> bool:
    """True for a person the citizen wishes for, not one who helps now: said with an indefinite
    article after a wish verb in the same sentence ("vil gerne have en besøgsven der kommer …");
    what that person is to do is the goal's own rhythm."""
    if i == 0 or words[i - 1] not in lex.numbers.articles:
        return False
    for k in range(i - 2, max(-1, i - 2 - HABIT_REACH), -1):
        if words[k] in SENTENCE_ENDS:
            return False
        if words[k] in lex.wish_verbs:
            return True
    return False


def _visit_said(words: Sequence[str], i: int, start: int, lex) -> bool:
    """True when only a visiting verb or fillers stand between the person at i and the
    frequency at `start` ("min datter hver søndag", "naboen kommer jo hver fredag"), the verb
    also in a relative clause ("en besøgsven som kommer hver uge")."""
    between = words[i + 1 : start]
    if (
        between
        and between[0] in lex.relative_pronouns
        and any(w in lex.visit_verbs for w in between)
    ):
        between = between[1:]
    return all(w in lex.fillers or w in lex.visit_verbs for w in between)


def _opens_clause(words: Sequence[str], k: int, lex) -> bool:
    """True for a subject pronoun at k that opens a main clause (not after "når", "at" …)."""
    return k == 0 or words[k - 1] not in lex.subordinators


def _intended(words: Sequence[str], subject: int, start: int, lex) -> bool:
    """True when the subject wants or offers it rather than does it ("min bror har tilbudt at
    tage ham med …", "jeg vil gerne lære hende at …"): a wish verb or "at" before the frequency."""
    between = set(words[subject + 1 : start])
    return bool(between & (lex.wish_verbs | lex.subject_leads))


def _subject_at(
    words: Sequence[str], i: int, lex, company: bool = False, g: Grammar | None = None
) -> bool | str:
    """True for a person mention that opens a main clause: at a clause start, after "så"/"nu" or
    a modal verb ("så må min mand"), followed by "der"/"han" ("min søn der kommer") or, with
    the grammar `g`, by its finite verb ("… bøje mig ned min svigerdatter gør det"); but for a
    visit beside `company`; `_SUBORDINATE` after "når", "at" …; else False ("… til mig og min
    bror hver aften")."""
    k = i
    while k > 0 and i - k < 2 and words[k - 1] in lex.owners:
        k -= 1
    before = words[k - 1] if k > 0 else ""
    if before in lex.subordinators:
        return _SUBORDINATE
    if i + 1 < len(words) and (
        words[i + 1] in lex.relative_pronouns or words[i + 1] in lex.third_person_subjects
    ):
        return True
    if k == 0:
        return True
    if before in lex.story_clause_joins and not company and _verb_after(words, i, lex):
        return True  # "… og min datter kommer jo hver søndag": a clause of her own
    if g is not None and not company and k < i and _run_on_verb(words, k, i, lex, g):
        return True  # "… når jeg går i seng min datter ringer hver aften": said run on
    opens = (
        lex.clause_breaks
        | lex.soft_break_subjects
        | lex.fillers
        | frozenset(lex.classes.get("modal", ()))
    )
    return before in opens or not before.isalpha()


def _verb_after(words: Sequence[str], i: int, lex) -> bool:
    """True when a visiting verb follows the person mention at i ("min datter kommer …", "mine
    børnebørn de kommer …")."""
    k = i + 1
    while k < len(words) and (words[k] in lex.fillers or words[k] in lex.story_subjects):
        k += 1
    return k < len(words) and words[k] in lex.visit_verbs


VISIT_SUBJECT_REACH = 2  # words of a subject before the visit's verb ("min datter kommer")


def visit_length(
    words: Sequence[str],
    start: int,
    mentions: Sequence[tuple[str, int]],
    about: str | None,
    perspective: str,
    lex,
) -> bool:
    """True for a duration at `start` that is how long a helper's visit lasts ("vi er der kun
    ti minutter om morgenen" told of him, "hjemmeplejen er her bare et kvarter", "min datter
    kommer en time om søndagen"): right after one of stay_verbs and stay_gap words, its
    subject the speaker's group told of another, a service or a person who is not the citizen."""
    k = skip_back(words, start - 1, lex.stay_gap)
    if k < 1 or words[k] not in lex.stay_verbs:
        return False
    named = {i: p for p, i in mentions}
    for j in range(k - 1, max(-1, k - 1 - VISIT_SUBJECT_REACH), -1):
        if words[j] in lex.speaker_group:
            return perspective == "other"
        if j in named:
            person = named[j]
            other = perspective == "self" or (about is not None and person != about)
            return person in lex.service_people or other
    return False


def _finite(word: str, g: Grammar) -> bool:
    """A finite verb ("ringer", "gør", "kom", "kan"); a noun ("datter", "naboer") is none."""
    if _b(word) in g.modals | g.past_words or g.is_past(word):
        return True
    return g.is_present(word) and g.noun_kind(word) is None


def _run_on_verb(words: Sequence[str], k: int, i: int, lex, g: Grammar) -> bool:
    """True for an owned person (from k to i) right before a finite verb of their own doing
    ("… ned min svigerdatter gør det hver fredag"), not an auxiliary ("hvor min søn har
    overtaget …", "hvor vores søn er chef") and not after a relative head ("de øvelser min
    fysioterapeut viser mig": a relative clause without "som")."""
    if i + 1 >= len(words) or words[i + 1] in lex.perfect_aux or not _finite(words[i + 1], g):
        return False
    return not set(words[max(0, k - RELATIVE_HEAD_REACH) : k]) & g.run_on_relative_heads
