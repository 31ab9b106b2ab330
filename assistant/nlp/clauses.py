"""Clause-level facts: motivation, "uden …" scopes, perspective, independence, aids, people."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import repeat

from assistant.content.lexicon import IndependenceCues, Lexicon, MotivationCues
from assistant.nlp.described_aid import purpose_before
from assistant.nlp.kin_helper import helps_speaker
from assistant.nlp.kin_topic import presented_kin
from assistant.nlp.memo import MISSING, LastCall, Memo, once
from assistant.nlp.numbers import number_at
from assistant.nlp.others_wish import wished_for_speaker
from assistant.nlp.proposed_aid import proposed_and_refused
from assistant.nlp.refusal_scope import fronted_need, refused_by_pointer, refused_in_scope
from assistant.nlp.refused_consequence import (
    advised_before,
    after_refusal,
    might_as_well_at,
    refusal_end,
)
from assistant.nlp.relative_wish import (
    WishPeople,
    asked_clause_at,
    later_wish,
    named_subject,
    past_relative,
    subject_owner,
)
from assistant.nlp.reported_wish import past_reported_question
from assistant.nlp.speaker_intro import gives_help, intro_end, titled_person
from assistant.nlp.story_wish import without_story
from assistant.nlp.tool_fragment import tool_typed_alone
from assistant.nlp.trouble_consequence import trouble_consequences
from assistant.nlp.ways import only_when_today
from assistant.nlp.word_flags import register, word_bits
from assistant.nlp.wordscan import skip_ahead, skip_back

# independence.yaml pattern labels: an aid unused / not there / not wanted (said after it,
# said before it); help; help unless "selv"
REFUSED, ABSENT = "aid_refused", "aid_absent"
REJECTED, DECLINED = "aid_rejected", "aid_declined"
REJECTED_NEXT = "aid_rejected_next"  # "stokken slet ikke, …": only right after the aid
UNFIT = "aid_unfit"
REFUSED_BEFORE = "aid_refused_before"  # "min mand vil ikke tage rollatoren med"
HELP, HELP_UNLESS_SELV = "med_hjaelp", "help_unless_selv"
HELP_NEEDED = "help_needed"  # "jeg tør ikke alene": help beside it beats a named aid

Span = tuple[int, int]

TASK_LIST_REACH = 5  # words after a comma's verb in which "og" and a verb make a task list
WORN_REACH = 2  # words from "få"/"tage" to the aid put on ("få protesen på")
WHEN_REACH = 3  # words after "da" in which a past verb makes it "when"
TIME_CLAUSE_REACH = 5  # words after its past verb a clause that tells when may go on


@dataclass(frozen=True)
class Clauses:
    """Spans that change how cues count: the purpose clause and the "uden …" scopes."""

    motivation: Span | None
    motivation_skip: int  # tokens of the lead-in inside the motivation span
    without: tuple[Span, ...]
    told: tuple[Span, ...] = ()  # "siden jeg stoppede på arbejdet …": when, before the main clause
    background: tuple[Span, ...] = ()  # "fordi …", "selvom …": why or in spite of what
    hosts: tuple[Span, ...] = ()  # the part (up to "men" or a stop) each background clause is in
    refused: int = 0  # where the words after the last sentence that refuses begin, else 0

    def in_motivation(self, i: int) -> bool:
        """True when token i lies in the purpose clause (lead-in included)."""
        return self.motivation is not None and self.motivation[0] <= i < self.motivation[1]

    def in_without(self, i: int) -> bool:
        """True when token i lies in an "uden …" scope."""
        return bool(self.without) and any(s <= i < e for s, e in self.without)

    def in_background(self, i: int) -> bool:
        """True when token i lies in a clause of cause or concession ("selvom hun ikke kan se")."""
        return bool(self.background) and any(s <= i < e for s, e in self.background)

    def background_host(self, i: int) -> Span | None:
        """The part that holds the background clause token i lies in, else None."""
        if not self.background:
            return None
        for (s, e), host in zip(self.background, self.hosts, strict=True):
            if s <= i < e:
                return host
        return None

    def in_told(self, i: int) -> bool:
        """True when token i lies in a clause that tells when ("siden jeg stoppede …")."""
        return bool(self.told) and any(s <= i < e for s, e in self.told)


def _clause_end(words: Sequence[str], start: int, stops: frozenset[str]) -> int:
    for k in range(start, len(words)):
        if words[k] in stops:
            return k
        if words[k] == "," and k + 1 < len(words) and words[k + 1] in ("men", "og", "eller"):
            return k
    return len(words)


def find_clauses(
    words: Sequence[str],
    lex: Lexicon,
    wish: bool,
    wishes: Sequence[int] = (),
    troubles: Sequence[int] = (),
    lemmas: Sequence[str] = (),
    difficulties: Sequence[int] = (),
) -> Clauses:
    """Find the purpose clause (motivation) and the "uden …" scopes; `wishes` are where wish
    cues start (a because-clause before the wish explains what was told, not the goal),
    `troubles` where trouble cues start (a "så jeg har …" after one tells a consequence),
    `difficulties` where difficulty cues start (a "så" clause right after one is its
    consequence); `lemmas` tell a verb of the present after a wish ("så jeg husker …")."""
    m = lex.motivation
    background = _background(words, lex)
    wish_at = min(
        (k for k in wishes if not any(s <= k < e for s, e in background)),
        default=0,  # "… fordi hun gerne vil være stærk": a wish inside a cause is none
    )
    told = min(troubles, default=len(words))  # where a trouble is first told
    lemmas = tuple(lemmas) or tuple(words)
    led = trouble_consequences(words, difficulties, wishes, m)  # "har så ondt, så jeg ikke …"
    span, skip = _purpose(words, m, wish, lex.people, wish_at, told, lemmas, led)
    if span is not None:  # "… for at få tjekket blodtrykket jeg vil hellere selv måle det …"
        end = _before_new_wish(words, span[0] + skip, span[1], lex)
        wished_after = any(words[k] in lex.wish_verbs for k in range(span[1], len(words)))
        # "… fordi jeg var flov over posen, men jeg vil gerne træne igen, så jeg bliver stærk":
        # a reason told before the wish gives way to the wish's own
        later, later_skip = (
            _purpose(
                words[end:],
                m,
                wish,
                lex.people,
                max(0, wish_at - end),
                max(0, told - end),
                lemmas[end:],
                frozenset(k - end for k in led if k >= end),
            )
            if end < span[1] or wished_after
            else (None, 0)
        )
        if later is not None:  # "… for at komme ind i bilen og han vil gerne …, så han kan …":
            span, skip = (later[0] + end, later[1] + end), later_skip  # the wish's own reason
        else:
            span = (span[0], end)
    ind = lex.independence
    without = (
        ()
        if ind.without_words.isdisjoint(words)  # most utterances: no generator made
        else tuple(
            (i, min(_clause_end(words, i + 1, m.stops | {","}), i + 1 + ind.without_scope))
            for i, w in enumerate(words)
            if w in ind.without_words
        )
    )
    told = _time_clauses(words, m, m.so_subjects)
    hosts = tuple(_host(words, s, lex) for s, _e in background)
    return Clauses(span, skip, without, told, background, hosts, refusal_end(words, m))


def _host(words: Sequence[str], i: int, lex: Lexicon) -> Span:
    """The part around token i, between clause breaks ("men", a sentence end)."""
    lo = next((k + 1 for k in range(i - 1, -1, -1) if words[k] in lex.clause_breaks), 0)
    hi = next((k for k in range(i, len(words)) if words[k] in lex.clause_breaks), len(words))
    return lo, hi


def _background(words: Sequence[str], lex: Lexicon) -> tuple[Span, ...]:
    """Clauses of cause or concession ("fordi jeg ikke kan se kanten", "selvom hun ikke kan se
    ret meget mere"): from the lead to a stop, a comma, "så" or a wish verb ("… fordi jeg ikke
    kan mærke mine fødder vil gerne …")."""
    m, out = lex.motivation, []
    leads = lex.background_leads
    # a lead's first word, to pass the other words with one lookup (an empty lead: none)
    firsts = None if () in leads else frozenset(ld[0] for ld in leads)
    ends = degree = adverbs = None  # made at the first lead found (most utterances have none)
    if firsts is not None and firsts.isdisjoint(words):
        return ()  # no lead's first word said (most utterances): one test in C, no loop
    for i in range(len(words)):
        if firsts is not None and words[i] not in firsts:
            continue
        lead = next((ld for ld in leads if _starts(words, i, ld)), None)
        if lead is None or (i > 0 and words[i - 1] in m.negations | m.not_because_after):
            continue  # "det er ikke fordi …": no cause told
        start = i + len(lead)
        if len(lead) > 1 and not _lead_opens(words, i, start, lex):
            continue  # "selv om natten": "selv", no concession
        if ends is None:
            ends = m.stops | {","}
            degree = lex.action.degree_after if lex.action else {}
            adverbs = frozenset(lex.classes.get("adv", ()))
        end = len(words)
        for k in range(start + 1, len(words)):
            nxt = words[k + 1] if k + 1 < len(words) else ""
            so = words[k] in m.so_words and nxt not in degree.get(words[k], ())
            own = words[k - 1] in adverbs  # "fordi jeg gerne vil": the clause's own verb
            if words[k] in ends or so or (words[k] in lex.wish_verbs and not own):
                end = k
                break
        out.append((i, end))
    return tuple(out)


def _lead_opens(words: Sequence[str], i: int, start: int, lex: Lexicon) -> bool:
    """True when the words lead at i..start open a clause: a subject follows ("selv om jeg …"),
    or, for "selv om", a noun subject with no time or number after "om" ("selv om hånden
    ryster lidt"), as independence reads it; "selv om natten", "selv om to uger" are times."""
    if start >= len(words):
        return False
    if words[start] in lex.background_subjects:
        return True
    return _concessive_selv(words, i, lex) and number_at(words, start, lex.numbers) is None


def _starts(words: Sequence[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(words[i : i + len(phrase)]) == phrase


def _time_clauses(words: Sequence[str], m: MotivationCues, subjects) -> tuple[Span, ...]:
    """Clauses of the past that say when ("siden jeg stoppede på arbejdet har jeg …", "efter
    min kone døde, …"): from the lead to the main clause's inverted verb, a comma or a stop."""
    out = []
    if m.time_leads.isdisjoint(words):
        return ()  # no lead said (most utterances): one test in C, no loop
    for i, w in enumerate(words):
        if w in m.time_leads and (event := _event_at(words, i + 1, m)) is not None:
            out.append((i, _event_end(words, event, m)))
            continue
        if w not in m.time_leads or not _past_follows(words, i + 1, m):
            continue
        past = next(k for k in range(i + 1, len(words)) if _is_past(words[k], m))
        end = min(len(words), past + 1 + TIME_CLAUSE_REACH)
        for k in range(past + 1, end):
            inverted = k + 1 < len(words) and words[k + 1] in subjects and words[k] not in subjects
            if words[k] in m.stops or words[k] in m.so_words or words[k] == "," or inverted:
                end = k  # "… har jeg", "efter de tog mit ben så er det svært …"
                break
        out.append((i, end))
    return tuple(out)


def _subject_place(words: Sequence[str], lemmas: Sequence[str], j: int, m) -> bool:
    """True when a place word pair at j ("i Aarhus", "på Fyn") stands between a named subject
    and its verb (an adverb, a negation, a modal or a verb of the present after it)."""
    if j + 2 >= len(words) or words[j] not in m.so_subject_places or not words[j + 1].isalpha():
        return False
    nxt = words[j + 2]
    verb = nxt in m.so_modals or _present(nxt, lemmas[j + 2], m)
    return verb or nxt in m.so_adverbs or nxt in m.negations


def _event_at(words: Sequence[str], k: int, m: MotivationCues) -> int | None:
    """Where an event noun stands right after a time lead ("efter faldet", "siden min
    operation"), or None."""
    if k < len(words) and words[k] in m.so_possessives:
        k += 1
    return k if k < len(words) and words[k] in m.event_nouns else None


def _event_end(words: Sequence[str], event: int, m: MotivationCues) -> int:
    """The end of "efter faldet i badet": the next clause break, a few words on at most."""
    end = min(len(words), event + 1 + TIME_CLAUSE_REACH)
    for k in range(event + 1, end):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if words[k] in m.stops or words[k] in m.clause_joins:
            return k
        if words[k] in m.so_subjects or nxt in m.so_subjects:
            return k  # "siden ulykken han vil …", "… har jeg": the main clause
    return end


def modifier_spans(
    words: Sequence[str], lemmas: Sequence[str], lex: Lexicon, wish: bool
) -> tuple[Span, ...]:
    """Clauses that only modify what their part told before them: a condition or time after
    the main clause ("… hvis jeg husker høreapparatet", "… inden han tager på arbejde") and,
    outside a wish, a consequence ("… og så kan han ikke høre …"), a reaction ("… hun
    bliver så ked af det") or someone's advice ("… præsten har sagt jeg skulle prøve …").
    Each runs from its lead to the next comma, "og" + subject or clause break; one that opens
    its part modifies nothing before it. Also the question a
    memory verb asks ("glemmer hvornår min søster kommer på besøg"): what is forgotten there
    is a time or a fact, not the activity in it."""
    subjects = lex.background_subjects
    owners = lex.owners
    skip = once(lex, "told_skip", _told_skip)
    out: list[Span] = [
        (k, modifier_end(words, k, lex)) for k in _memory_questions(words, lemmas, lex)
    ]
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if w in lex.modifier_leads and (nxt in subjects or nxt in owners):
            start = i
        elif wish:
            continue
        elif w in lex.consequence_leads and i + 2 < len(words) and words[i + 2] in subjects:
            start = i if nxt not in subjects and _finite(nxt, lex) else -1
        elif w in subjects and nxt in lex.reaction_verbs:
            start = i
        elif w in lex.advice_verbs and any(
            x in lex.advice_modals for x in words[i + 1 : i + 1 + lex.advice_reach]
        ):
            start = i  # "… præsten har sagt jeg skulle prøve en sorggruppe": advice reported
        else:
            continue
        # "… og hvis jeg ikke holder pauser går jeg helt ned": a condition that opens its own
        # sentence after "og" modifies the main clause after it
        joined = w in lex.modifier_leads and _prev_word(words, i, lex) in lex.soft_clause_breaks
        if start < 0 or joined or not _told_before(words, start, skip, lex):
            continue
        out.append((start, modifier_end(words, start, lex)))
    return tuple(out)


def occasion_spans(words: Sequence[str], lex: Lexicon) -> tuple[Span, ...]:
    """An occasion told by another person after the point ("… det er pinligt når mine børn er
    på besøg", "… når han sover her"): an occasion lead with an owner or "han"/"hun" after it,
    to the clause's end, when something
    was told before it in its part (a modifier as in modifier_spans; the caller keeps it only
    when the rest names a task, not a state such as "bliver så glad")."""
    skip = once(lex, "told_skip", _told_skip)
    out: list[Span] = []
    if lex.occasion_leads.isdisjoint(words):
        return ()  # no lead said (most utterances): one test in C, no loop
    for i, w in enumerate(words[:-1]):
        # "… når mine børn er på besøg", "jeg vil … når han sover her fredag aften": another's
        # doing; "han" is another only after the speaker's own "jeg" ("han glemmer at låse
        # kørestolen når han skal over i sengen" tells of the citizen)
        other = (
            words[i + 1] in lex.owners
            or (words[i + 1] in lex.third_person_subjects and _self_told(words, i, lex))
            # "mor vil gerne gå i sandet … når vi er i sommerhuset": the family's stay
            or (words[i + 1] in lex.speaker_group and _told_of_other(words, i, lex))
        )
        if w not in lex.occasion_leads or not other:
            continue
        if _prev_word(words, i, lex) in lex.soft_clause_breaks or not _told_before(
            words, i, skip, lex
        ):
            continue
        out.append((i, modifier_end(words, i, lex)))
    return tuple(out)


def _told_of_other(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when a third person or a kin word is said before word i ("mor vil gerne …"): the
    "vi" after it is the family, not the wish's subject."""
    return any(w in lex.third_person_subjects or w in lex.people for w in words[:i])


def _self_told(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when the speaker's own subject ("jeg") is said before word i."""
    own = lex.action.own_subjects if lex.action is not None else frozenset()
    return not own.isdisjoint(words[:i])


def fear_spans(words: Sequence[str], lex: Lexicon, phrases: frozenset[int]) -> tuple[Span, ...]:
    """A fear word with what it is of after it ("bange for at falde", "utryg ved at gå i bad"):
    the word and its leads, which weigh as side words beside the activity feared or given up.
    `phrases`: where an activity phrase starts; a fear phrase of its own stays whole."""
    out: list[Span] = []
    if lex.fear_words.isdisjoint(words):
        return ()  # no fear word said (most utterances)
    for i, w in enumerate(words[:-1]):
        if w not in lex.fear_words or words[i + 1] not in lex.fear_leads or i in phrases:
            continue
        k = skip_ahead(words, i + 1, lex.fear_leads)
        out.append((i, k))
    return tuple(out)


def _memory_questions(words: Sequence[str], lemmas: Sequence[str], lex: Lexicon) -> list[int]:
    """Where a question word follows a memory verb, past adverbs, negations and fillers
    ("kan ikke huske hvor hun har lagt pungen", "glemmer tit hvornår …")."""
    skip = once(lex, "memory_skip", _memory_skip)
    out = []
    if lex.memory_question_leads.isdisjoint(words):
        return out  # no question word said: nothing asked (one test in C, no loop)
    for i, w in enumerate(words):
        if w not in lex.object_led_verbs and lemmas[i] not in lex.object_led_verbs:
            continue
        k = skip_ahead(words, i + 1, skip)
        if k < len(words) and words[k] in lex.memory_question_leads:
            out.append(k)
    return out


def _told_skip(lex: Lexicon) -> frozenset[str]:
    """Fillers, clause breaks and the comma: passed looking for something told before."""
    return frozenset(lex.fillers | lex.clause_breaks | {","})


def _memory_skip(lex: Lexicon) -> frozenset[str]:
    """Fillers, adverbs and negations: passed from a memory verb to its question word."""
    return frozenset(lex.fillers | frozenset(lex.classes.get("adv", ())) | lex.negations)


def _prev_word(words: Sequence[str], i: int, lex: Lexicon) -> str:
    """The word before token i, fillers aside ("" at the start)."""
    return next((words[k] for k in range(i - 1, -1, -1) if words[k] not in lex.fillers), "")


def _told_before(words: Sequence[str], start: int, skip, lex: Lexicon) -> bool:
    """True when the part holding token start has a word before it (fillers aside)."""
    for k in range(start - 1, -1, -1):
        if words[k] in lex.clause_breaks:
            return False
        if words[k] not in skip and words[k] not in lex.soft_clause_breaks:
            return True
    return False


def modifier_end(words: Sequence[str], start: int, lex: Lexicon) -> int:
    """Where a modifying clause from start ends: a comma, a clause break, "og" + subject, a new
    wish ("… jeg vil gerne …") or the main clause's inverted verb ("hvis …, går jeg")."""
    subjects = lex.background_subjects
    for k in range(start + 2, len(words)):
        w = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if w in lex.clause_breaks or w == ",":
            return k
        if w in lex.soft_clause_breaks and nxt in subjects:
            return k
        if w in lex.run_on_subjects and nxt in lex.wish_verbs:
            return k
        if k > start + 2 and nxt in subjects and w not in subjects and _finite(w, lex):
            return k
    return len(words)


def _is_past(word: str, m: MotivationCues) -> bool:
    return word in m.past_verbs or (len(word) > 4 and word.endswith(m.past_endings))


def is_past_verb(word: str, lex: Lexicon) -> bool:
    """True for a verb in the past tense, listed or with a past ending ("nåede", "faldt")."""
    return _is_past(word, lex.motivation)


def _before_new_wish(words: Sequence[str], start: int, end: int, lex: Lexicon) -> int:
    """Where a run-on wish ("jeg vil hellere …", "… og han vil gerne …") begins inside a
    reason, else its end."""
    for k in range(start + 1, end - 1):
        before = words[k - 1]
        if _so_wish_at(words, k, lex):
            return k - 1  # "… så de sidder bare foran fjernsynet så jeg vil gerne kunne gå …"
        if before == "," and words[k] in lex.wish_verbs and words[k + 1] not in lex.negations:
            return k - 1  # "… for at få luft, vil gerne kunne klare de to etager"
        if (
            words[k] in lex.run_on_subjects
            and words[k + 1] in lex.wish_verbs
            and (before not in lex.run_on_not_after or before in lex.soft_clause_breaks)
        ):
            return k - 1 if before in lex.soft_clause_breaks else k
    return end


def _so_wish_at(words: Sequence[str], k: int, lex: Lexicon) -> bool:
    """True when "så" before k opens a run-on wish ("så jeg vil gerne kunne …"): a subject, a
    wish verb and a wish mark ("gerne", "hellere") within two words after it."""
    m = lex.motivation
    return (
        k > 0
        and words[k - 1] in m.so_words
        and words[k] in lex.run_on_subjects
        and k + 2 < len(words)
        and words[k + 1] in lex.wish_verbs
        and any(w in m.so_wish_marks for w in words[k + 2 : k + 4])
    )


def _fronted_adverb(words: Sequence[str], j: int, m: MotivationCues) -> bool:
    """True when the word after "så" at j is an adverb fronted before a verb and a subject
    pronoun ("så der har jeg …"), no subject of a purpose ("så der er plads"); before a wish it
    tells what is so (after one, "så der kan jeg sidde …" is what the wish gives)."""
    return (
        words[j] in m.so_fronted
        and j + 2 < len(words)
        and words[j + 1] not in m.so_subjects
        and words[j + 2] in m.so_subjects
    )


def _story_purpose(words: Sequence[str], i: int, wish_at: int, m) -> bool:
    """True for a purpose "så de …" (a subject of m.story_purpose_subjects) joined to a clause
    of the story, a sentence before the wish at wish_at ("vi danser for de unge, så de ikke
    glemmer. … Jeg vil gerne danse …"): what the story's deed is for, not the wish's reason. A
    purpose that opens its sentence ("Så de ikke skal vente. Jeg vil gerne …") is said as one."""
    if i >= wish_at or words[i + 1] not in m.story_purpose_subjects:
        return False
    opens = i == 0 or words[i - 1] in SENTENCE_ENDS
    return not opens and any(w in SENTENCE_ENDS for w in words[i:wish_at])


def _purpose(
    words: Sequence[str],
    m: MotivationCues,
    wish: bool,
    persons=(),
    wish_at: int = 0,
    told_at: int | None = None,
    lemmas: Sequence[str] = (),
    led: frozenset[int] = frozenset(),
):
    """The purpose clause's span and lead-in length, or (None, 0); `told_at` is where a trouble
    is first told (a "så" of fact after it, before any wish, tells a consequence); `led` are
    the "så" that open a trouble's consequence (trouble_consequence.py)."""
    n = len(words)
    lemmas = lemmas or words
    told_at = n if told_at is None else told_at
    so, subjects, inverted, openers = (
        m.so_words,
        m.so_subjects,
        m.so_modals_inverted,
        m.then_openers,
    )
    adverbs, modals, negs, stops = m.so_adverbs, m.so_modals, m.negations, m.stops
    for i, w in enumerate(words):
        if w in so and i + 2 < n:
            if i in led:
                continue  # "…, men jeg har så ondt, så jeg ikke kan sove": what the pain brings
            if wish and _story_purpose(words, i, wish_at, m):
                continue  # "vi danser for de unge, så de ikke glemmer. … Jeg vil gerne …"
            if i > 0 and words[i - 1] in negs:
                continue  # "ikke så jeg kan vinde, men så jeg kan …": a purpose denied
            j = i + 1
            if words[j] in inverted and words[j + 1] in subjects:  # "så kan jeg …"
                if any(x in openers for x in words[:i]):
                    continue  # "når det bliver forår, så kan jeg …": "så" means "then"
                if i > 0 and words[i - 1] in m.then_before:
                    continue  # "… og så bliver hun inde" is what follows
                j += 2
                if j < n and words[j] in negs:
                    continue
                if might_as_well_at(words, j, m):
                    continue  # "så kunne jeg lige så godt flytte": a counterfactual, no purpose
                if wish and i < wish_at and after_refusal(words, i, m):
                    continue  # "nej, det gider jeg ikke, så kan jeg …": what refusing brings
                return (i, _clause_end(words, j, stops)), j - i
            if wish and advised_before(words, i, m, persons, wish_at, lemmas):
                continue  # "min datter synes, jeg skal synge med, så jeg ikke skal stå foran"
            named = False  # a subject with content ("mine knæ", "hjemmeplejen") stays in the text
            after_wish = wish and i > wish_at
            if after_wish and words[j] in m.wish_subjects:  # "så den smager af noget"
                j, named = j + 1, True
            elif words[j] in m.so_possessives and j + 2 < n:
                j, named = j + 2, True  # "så mine knæ får det bedre"
            elif words[j] in subjects or words[j] in persons or _definite_noun(words[j], m):
                if not after_wish and _fronted_adverb(words, j, m):
                    continue  # "så der har jeg børnebørnene": main-clause order, what is so
                named = words[j] not in subjects
                j += 1  # "så jeg kan …", "så hjemmeplejen ikke skal …", "så knæet bliver …"
            else:
                continue
            if named and _subject_place(words, lemmas, j, m):
                j += 2  # "så min søster i Aarhus stadig får et kort": where the person lives
            while j < n and words[j] in adverbs:
                j += 1
            if j < n and words[j] in negs:  # "så jeg ikke skal …" keeps "ikke skal"
                return (i, _clause_end(words, j, stops)), 1 if named else j - i
            if j + 1 < n and words[j] in m.so_limits and words[j + 1] in modals:
                return (i, _clause_end(words, j, stops)), 1 if named else j - i  # "kun skal"
            if j < n and words[j] in modals:
                if j + 1 < n and words[j + 1] in negs:  # "så jeg kan ikke" is a consequence
                    continue
                if might_as_well_at(words, j + 1, m):
                    continue  # "så jeg kunne lige så godt sidde hjemme": no purpose either
                if _none_follows(words, j + 1, m):  # "så jeg får næsten ingen søvn": too
                    continue
                fact = told_at < i and (not wish or i < wish_at)
                if _consequence(words, j, m, fact):
                    continue  # "så jeg har en lup med", "så vi har fået en trappelift"
                if wish and told_at < i < wish_at and _in_trouble_clause(words, told_at, i, m):
                    continue  # "kan ikke skrive så man kan læse det, vil gerne …": how, lacked
                drop = 1 if words[j] in ("kan", "kunne", "skal", "må", "vil") else 0
                return (i, _clause_end(words, j, stops)), 1 if named else j - i + drop
            if after_wish and j + 1 < n and _present(words[j], lemmas[j], m):
                if words[j + 1] in negs or _told_since_wish(words, lemmas, i, wish_at, told_at, m):
                    continue  # "så jeg husker ikke …", "men fingrene ryster så jeg taber …"
                return (i, _clause_end(words, j, stops)), 1 if named else j - i
        if w in m.purpose_words and i + 1 < n:
            if i > 0 and words[i - 1] in m.not_purpose_after:
                continue
            if i > 0 and words[i - 1] in negs:
                continue  # "det er ikke for at vinde": a purpose denied is no reason
            if 0 < i < wish_at:
                continue  # "må stoppe på hver afsats for at få luft, vil gerne …": what for, told
            if not wish and _inside_without(words, i, m):
                # a sign's "uden at skulle stoppe midt i for at få luft": why not to stop (after
                # a wish, "… uden at have ondt for at komme ud" may be the wish's purpose)
                continue
            j = i + 1
            sake = _sake_end(words, j, m) if wish and i > wish_at else None
            if sake is not None:  # "… vil gerne lære at lave mad for hjertets skyld"
                return (i, sake), 1
            if words[j] in negs and j + 1 < n and words[j + 1] == m.purpose_marker:
                return (i, _clause_end(words, j, stops)), 1
            if words[j] == m.purpose_marker:
                return (i, _clause_end(words, j + 1, stops)), 2
            if wish and i > wish_at and _because_for(words, lemmas, j, m):
                return (i, _clause_end(words, j, stops)), 1  # "for det hjælper på trangen"
        if wish and w in m.because_words and i > 0 and i + 1 < n:
            if words[i - 1] in negs or words[i - 1] in m.not_because_after:
                continue  # "det er ikke fordi …", "ligesom da min kone levede": no reason
            if w in m.when_words and _past_follows(words, i + 1, m):
                continue  # "… efter hun faldt da den bremsede": when, not why
            if i < wish_at or _cause(words, i + 1, m):
                continue  # "bange for at sove fordi …, jeg vil gerne …": why that, not the goal
            return (i, _clause_end(words, i + 1, stops)), 1
    return None, 0


def _inside_without(words: Sequence[str], i: int, m: MotivationCues) -> bool:
    """True when the purpose lead at i stands in a clause opened by one of purpose_inside and
    "at" ("uden at stoppe for at få luft"), no comma or stop between: that clause's own purpose;
    "gå en tur uden stok for at få luft" has no such clause."""
    for k in range(i - 1, 0, -1):
        if words[k] in m.stops or words[k] == ",":
            return False
        if words[k] == m.purpose_marker and words[k - 1] in m.purpose_inside:
            return True
    return False


def _in_trouble_clause(words: Sequence[str], told_at: int, i: int, m: MotivationCues) -> bool:
    """True when the "så" at i stands in the clause of the trouble told at `told_at` (no stop or
    comma between): with the wish still to come, it says how the lacked doing should be ("kan
    ikke længere skrive så man kan læse det"), not what the goal is for."""
    return not any(w in m.stops or w == "," for w in words[told_at:i])


def _present(word: str, lemma: str, m: MotivationCues) -> bool:
    """True for "husker", "smager", "går": a verb of the present (by its ending, or its lemma
    and "r")."""
    if word in m.not_present or word in m.negations or not word.isalpha():
        return False
    return word.endswith(m.present_endings) or (lemma != word and lemma + "r" == word)


def _told_since_wish(
    words: Sequence[str], lemmas: Sequence[str], i: int, wish_at: int, told_at: int, m
) -> bool:
    """True when "så" at i follows a trouble or a new part told after the wish ("… men mine
    fingre ryster så jeg taber …"), or a verb of change whose "så" tells the wished state
    itself ("det vil jeg gerne ændre så jeg står op klokken otte")."""
    if wish_at < told_at < i or any(w in m.stops for w in words[wish_at:i]):
        return True
    return i > 0 and lemmas[i - 1] in m.so_result_verbs


def _because_for(words: Sequence[str], lemmas: Sequence[str], j: int, m: MotivationCues) -> bool:
    """True when "for" before j means "because": a subject and its verb follow ("for det
    hjælper", "for jeg kan lide det"), and no lack is told ("for jeg kan ikke …")."""
    if j + 1 >= len(words) or words[j] not in m.so_subjects | m.wish_subjects:
        return False
    verb = words[j + 1]
    if verb not in m.so_modals and not _present(verb, lemmas[j + 1], m):
        return False
    if j + 2 < len(words) and words[j + 2] in m.negations:
        return False  # "for jeg kan ikke få fat i lynlåsen": the lack, a cause
    return not _cause(words, j, m)


def _consequence(words: Sequence[str], j: int, m: MotivationCues, fact: bool) -> bool:
    """True when the "så" clause whose verb is at j tells a consequence, not what for: a
    perfect ("så vi har fået en trappelift"), a fact or duty of today after a trouble told and
    no wish (`fact`: "… kan ikke læse priserne så jeg har en lup med", "så min kone må skubbe
    sædet") or a coming that goes nowhere ("så de kommer om torsdagen")."""
    k = skip_ahead(words, j + 1, m.so_perfect_adverbs)
    after = words[k] if k < len(words) else ""
    if words[j] in m.so_perfect_aux and _participle(after, m):
        return True
    if fact and words[j] in m.so_fact_verbs:
        return True
    return words[j] in m.so_motion_verbs and after not in m.so_motion_particles


def _participle(word: str, m: MotivationCues) -> bool:
    """True for "fået", "købt", "sat": a past participle, by its ending ("noget" excepted)."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.endswith(m.participle_endings)
        and word not in m.not_participles
    )


def _sake_end(words: Sequence[str], j: int, m: MotivationCues) -> int | None:
    """The end of "(for) hjertets skyld", "(for) min egen skyld" from j: after the sake word
    within a few words, else None (also for an oath: "for guds skyld")."""
    if not m.sake_word or j >= len(words) or words[j] in m.sake_oaths:
        return None
    for k in range(j + 1, min(len(words), j + 1 + m.sake_reach)):
        if words[k] == m.sake_word:
            return k + 1
        if words[k] in m.stops or words[k] == ",":
            return None
    return None


def _none_follows(words: Sequence[str], k: int, m: MotivationCues) -> bool:
    """True when "ingen"/"intet" follows at k, past degree words ("næsten ingen søvn")."""
    while k < len(words) and words[k] in m.so_degree:
        k += 1
    return k < len(words) and words[k] in m.so_none


def _cause(words: Sequence[str], start: int, m: MotivationCues) -> bool:
    """True for "(fordi) jeg ikke har kræfterne", "(fordi) hun ikke kan se", spoken "(for) jeg
    kan jo ikke gå", "(fordi) jeg har svært ved at gå": what one cannot do or lacks, the cause
    of a difficulty ("har set", "kan lide" excepted)."""
    k = start + 1  # past the subject
    while k < len(words) and words[k] not in m.negations and k < start + 3:
        k += 1
    if k + 1 < len(words) and words[k] in m.negations and words[k + 1] in m.cause_verbs:
        after = words[k + 2] if k + 2 < len(words) else ""
        participle = words[k + 1] in m.cause_perfect_aux and after.endswith(m.participle_endings)
        return not participle and not _not_a_lack(words, k + 2, m)
    k = start + 2  # past the subject and its verb: "jeg kan jo ikke", "jeg har så svært ved"
    if k > len(words) or words[start + 1] not in m.cause_verbs:
        return False
    while k < len(words) and words[k] in m.cause_particles | m.so_degree:
        k += 1
    if any(tuple(words[k : k + len(lack)]) == lack for lack in m.cause_lacks):
        return True
    if k + 1 >= len(words) or words[k] not in m.negations:
        return False
    verb = words[start + 1]
    participle = verb in m.cause_perfect_aux and words[k + 1].endswith(m.participle_endings)
    return not participle and not _not_a_lack(words, k + 1, m)


def _not_a_lack(words: Sequence[str], k: int, m: MotivationCues) -> bool:
    """True when the verb at k makes "ikke kan …" a feeling, no lack ("kan ikke lide", "kan
    ikke holde ud at sidde inde")."""
    return any(tuple(words[k : k + len(p)]) == p for p in m.cause_not_before)


def _past_follows(words: Sequence[str], start: int, m: MotivationCues) -> bool:
    """True when a past verb comes within the next three words ("da den bremsede")."""
    return any(_is_past(w, m) for w in words[start : start + WHEN_REACH])


def _definite_noun(word: str, m: MotivationCues) -> bool:
    """True for "knæet", "benene", "ryggen": a thing named as the subject of a purpose."""
    return (
        len(word) > 4
        and word.isalpha()
        and word.endswith(m.definite_endings)
        and word not in m.not_definite
    )


def motivation_text(
    tokens: Sequence[str], clauses: Clauses, cut: Sequence[Span], m: MotivationCues | None = None
) -> str | None:
    """Return the purpose clause's words without its lead-in, cut before dates/frequencies."""
    if clauses.motivation is None:
        return None
    kept = _purpose_tokens(tokens, clauses, cut, clauses.motivation_skip, m)
    while kept and tokens[kept[-1]] in {",", "og", "helst", "gerne"}:
        kept.pop()
    text = " ".join(tokens[k] for k in kept).replace(" ,", ",").strip(" ,")
    return text or None


def perspective(
    words: Sequence[str],
    lemmas: Sequence[str],
    lex: Lexicon,
    cl: Clauses,
    is_name: Callable[[str], bool] | None = None,
) -> str:
    """Return "other" when the utterance speaks about the citizen in the third person.

    `is_name` tells a first name in lower case ("vores datter mette hun …": kin_topic)."""
    n = len(words)
    first: str | None = None
    later_self = later_subject = False
    mot_lo, mot_hi = cl.motivation or (0, 0)  # cl.in_motivation, read here for every word
    ends, fillers = lex.sentence_ends, lex.fillers
    told_of = not lex.third_person_subjects.isdisjoint(words)  # han/hun said
    i = 0
    while i < n:
        w = words[i]
        if mot_lo <= i < mot_hi:
            i += 1
            continue
        if w in lex.self_words and i + 1 < n and words[i + 1] in lex.framing_words:
            i += 2  # "jeg synes, at …" frames a statement about someone else
            continue
        # both tests below ask for a sentence's first word (after fillers): most words are not
        opens = first is None and (i == 0 or words[i - 1] in ends or words[i - 1] in fillers)
        if opens and _neighbour_named(words, i, lex):
            first = "other"  # "aksel nedenunder vil ikke med …": named by where they live
        if opens and first is None and elided_self(words, lemmas, i, lex):
            first = "self"  # "kan ikke skære kød. … kone skærer": the note's dropped "jeg"
        if opens and first is None and titled_person(words, lemmas, i, lex):
            first = "other"  # "Hr. Jensen kan selv …": someone told of by their title
        if w in lex.possessives and i + 1 < n and lemmas[i + 1] in lex.third_person_nouns:
            # "min kone vil gerne …" names whose goal it is; "min mand hjælper mig" does not
            cleft = _cleft(words, i, i + 2, lex)
            # "min mand må hjælpe mig": the helper, no citizen named
            modal = modal_next(words, i + 1, lex) and not helps_speaker(words, i + 2, lex)
            named = modal or (cleft and not _doing_cleft(words, i + 3, lex))
            # "min mor hun ringer til mig …": the person as the topic, then a pronoun for her;
            # only the speaker as a later subject ("… nu vil jeg gerne …") makes it theirs, as
            # after a cleft of what one does ("det er min søster der holder styr på pillerne
            # for jeg kan ikke se": she helps)
            topic = cleft or (i + 2 < n and words[i + 2] in lex.third_person_subjects)
            first = first or ("other" if named else "other_topic" if topic else "other_noun")
            i += 2
            continue
        if w in lex.possessives and _kin_own_matter(words, lemmas, i, lex):
            first = first or "other"  # "vores søn vil gerne tage sin svendeprøve": his own
            i += 2
            continue
        if w in lex.self_words:
            if first is None and (end := intro_end(words, i, lex)):
                i = end  # "Jeg er hjemmehjælper. …": who speaks, not whose matter it is
                continue
            if first is None:
                # "jeg vil gerne have at mor kan …": the speaker wishes for the citizen
                first = "other" if _speaker_wishes_for(words, lemmas, i, lex) else "self"
            elif w in ("mig", "jeg"):
                # "Min mor … Hun sidder … Jeg laver mad til hende": the help given to her
                main = (i == 0 or words[i - 1] not in lex.subordinators) and not (
                    told_of and gives_help(words, i, lex)
                )
                # "min mand … men han kan godt selv barbere sig når jeg har sat den i stikket":
                # the speaker only in a side clause does not take the statement from him
                later_self = later_self or main
                later_subject = later_subject or (main and w in lex.classes.get("subj_self", ()))
        elif w in lex.third_person_subjects and _gone(words, i + 1, lex):
            pass  # "… siden hun døde": someone gone is not the citizen
        elif (
            lemmas[i] in lex.needs_owner
            and lemmas[i] in lex.third_person_nouns
            and w != lemmas[i]  # definite ("konen"): a bare "kone" is anyone's
            and (i == 0 or words[i - 1] in lex.sentence_ends or words[i - 1] == ",")
            and not modal_next(words, i, lex)
            and not _cleft(words, i, i + 1, lex)
        ):
            # "konen tog sig altid af vasken, nu står jeg med …": the speaker's own spouse told
            # of, like "min kone"; only the speaker as a later subject makes it theirs
            first = first or "other_topic"
        elif w in lex.third_person_subjects and presented_kin(
            words, lemmas, i, lex, is_name or _no_name
        ):
            first = first or "other_topic"  # "vores datter hun bor i …": she is the topic
        elif (
            w in lex.third_person_subjects
            or (w in lex.third_person_objects and _for_them(words, i, lex))
        ) or (
            lemmas[i] in lex.third_person_nouns
            and (
                i == 0
                or words[i - 1] in {".", ",", "!", "at"}
                # "øh mor glemmer at fodre katten": a bare kin word ("ja konen hun døde …" is
                # the speaker's own spouse told of)
                or (w == lemmas[i] and _opens_after_fillers(words, i, lex))
                or modal_next(words, i, lex)
                or _cleft(words, i, i + 1, lex)
                or _for_them(words, i, lex)
            )
        ):
            first = first or "other"
        i += 1
    # "min mand han … og jeg bliver ked af det og han vil gerne …": the wish is his
    theirs = first == "other_topic" and _third_person_wishes(words, lex, cl, lemmas)
    if _couple(words, lemmas, lex, cl):
        # "min kone og jeg har boet … og hun står og puster": the couple is told about, then
        # han/hun says whose life it is, unless the speaker's own wish follows ("jeg vil …")
        return "other" if not _self_wishes(words, lex, cl) else "self"
    if (first == "other_noun" and later_self) or (
        first == "other_topic" and later_subject and not theirs
    ):
        return "self"
    return "other" if first in ("other", "other_noun", "other_topic") else "self"


#: Words after the modal searched for the kin's own "sin"/"sit"/"sine" (_kin_own_matter): the
#: clause's length ("vores datter vil gerne have en fast rytme sammen med sin kontaktperson").
OWN_MATTER_REACH = 10


def _kin_own_matter(words: Sequence[str], lemmas: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for an owned person opening the sentence with a modal and their own "sin"/"sine"
    in that clause ("min søn vil gerne tage sin svendeprøve", "vores datter skal have sine
    sting taget"), or an ability wished with no speaker in the clause ("min søn vil så gerne
    kunne løbe fem kilometer igen"): the matter is theirs, though a child helping ("min søn vil
    gerne køre mig", "… kunne hente mig") is no citizen told of."""
    if i + 2 >= len(words) or lemmas[i + 1] not in lex.people or not modal_next(words, i + 1, lex):
        return False
    if not (i == 0 or words[i - 1] in lex.sentence_ends or _opens_after_fillers(words, i, lex)):
        return False
    ability = _kin_motion(words, i + 3, lex)
    k = i + 3
    for k in range(i + 3, min(len(words), i + 3 + OWN_MATTER_REACH)):
        if words[k] in lex.sentence_ends or words[k] == ",":
            break
        if words[k] in lex.self_words or (ability and words[k] in lex.kin_motion_speaker):
            return False
        if words[k] in lex.reflexive_owners:
            return True
        ability = ability or words[k] in lex.kin_ability_words
    # "min søn vil gerne hjem til jul, og jeg vil gerne kunne lave julemad til ham": the
    # speaker's own wish after the kin's clause keeps the matter the speaker's
    return ability and not _speaker_subject_after(words, k, lex)


def _speaker_subject_after(words: Sequence[str], k: int, lex: Lexicon) -> bool:
    """True for the speaker as a main clause's subject wishing something of their own from k on
    ("…, jeg vil gerne kunne gå tur med hunden"): "jeg" not after a subordinator, no
    introduction like "jeg er hans mor.", a wish lead after it (people.yaml
    kin_speaker_wish_leads) and no third person spoken of in its clause ("jeg vil gerne hjælpe
    hende", "jeg tror han kan klare det": the relative speaks of the kin's wish)."""
    subjects = lex.classes.get("subj_self", ())
    for j in range(k, len(words)):
        if (
            words[j] in subjects
            and words[j - 1] not in lex.subordinators
            and not intro_end(words, j, lex)
        ):
            lead = skip_ahead(words, j + 1, lex.kin_motion_skip)
            if lead >= len(words) or words[lead] not in lex.kin_speaker_wish_leads:
                continue
            ends = lex.clause_breaks | {","}
            end = next((e for e in range(lead, len(words)) if words[e] in ends), len(words))
            if not any(_kin_spoken_of(words, e, lex) for e in range(lead, end)):
                return True
    return False


def _kin_spoken_of(words: Sequence[str], e: int, lex: Lexicon) -> bool:
    """True for a third person at e in the speaker's clause who is not just who the wish is for
    or with: "han" in "jeg tror han kan", "hende" in "hjælpe hende" (not "til ham", "med ham")."""
    if words[e] in lex.third_person_subjects:
        return True
    return words[e] in lex.third_person_objects and words[e - 1] not in lex.kin_speaker_with_preps


def _kin_motion(words: Sequence[str], k: int, lex: Lexicon) -> bool:
    """True when the modal's first word at k after its adverbs says where to, no infinitive
    ("vil gerne i praktik", "vil så gerne tilbage i skole"): a wish to go somewhere."""
    k = skip_ahead(words, k, lex.kin_motion_skip)
    return k < len(words) and words[k] in lex.kin_motion_words


def _opens_after_fillers(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for a word at i that opens its sentence after fillers only ("øh mor glemmer …")."""
    k = i - 1
    while k >= 0 and words[k] in lex.fillers:
        k -= 1
    return k < i - 1 and (k < 0 or words[k] in lex.sentence_ends)


def _no_name(_word: str) -> bool:
    return False


def _neighbour_named(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for a person named by where they live at a sentence's start, then a modal or
    han/hun ("aksel nedenunder vil ikke …", "ellen ovenpå hun kan ikke …"): someone told of."""
    k = skip_back(words, i - 1, lex.fillers)
    opens = k < 0 or words[k] in lex.sentence_ends
    if not opens or i + 2 >= len(words) or words[i + 1] not in lex.neighbour_places:
        return False
    return words[i].isalpha() and (
        modal_next(words, i + 1, lex) or words[i + 2] in lex.third_person_subjects
    )


def _gone(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when one of gone_words starts at i ("døde", "gik bort")."""
    return any(tuple(words[i : i + len(g)]) == g for g in lex.gone_words)


def _couple(words: Sequence[str], lemmas: Sequence[str], lex: Lexicon, cl: Clauses) -> bool:
    """True for "min kone og jeg …" / "vi …" and then han/hun as a subject of a verb."""
    if lex.third_person_subjects.isdisjoint(words):
        return False  # no han/hun at all (most utterances): the couple need not be looked for
    n = len(words)
    partners = {
        i + 1
        for i, w in enumerate(words)
        if w in lex.possessives
        and i + 3 < n
        and lemmas[i + 1] in lex.third_person_nouns
        and words[i + 2] in lex.couple_joins
        and words[i + 3] in lex.couple_self
    }
    told = bool(partners) or any(
        w in lex.couple_words and not cl.in_motivation(i) for i, w in enumerate(words)
    )
    if not told:
        return False
    modals = lex.classes.get("modal", ())
    return any(
        w in lex.third_person_subjects
        and not cl.in_motivation(i)
        and ((i + 1 < n and _finite(words[i + 1], lex)) or (i > 0 and words[i - 1] in modals))
        and not _pronoun_of_other(words, i, partners, lex)
        for i, w in enumerate(words)
    )


#: Words back from han/hun searched for the person it stands for (_pronoun_of_other).
PRONOUN_REACH = 8


def _pronoun_of_other(words: Sequence[str], i: int, partners: set[int], lex: Lexicon) -> bool:
    """True for han/hun at i said of the person named last before it in its sentence, one who is
    no partner of the couple ("vi bor på fjerde sal … kun når min søn går bag mig, men han
    kommer kun i weekenden": the son), not the couple's other half."""
    pronoun_of = lex.people_roles.pronoun_of if lex.people_roles else {}
    for k in range(i - 1, max(-1, i - 1 - PRONOUN_REACH), -1):
        if words[k] in lex.sentence_ends:
            return False
        person = lex.people.get(words[k])
        if person is not None:
            return k not in partners and pronoun_of.get(person) == words[i]
    return False


def elided_self(words: Sequence[str], lemmas: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for a sentence that opens with a verb and no subject ("kan ikke skære kød", "vil
    ringe bror", "skriver kort"): a note whose dropped subject is the one writing."""
    k = skip_back(words, i - 1, lex.fillers)
    if (k >= 0 and words[k] not in lex.sentence_ends) or i + 1 >= len(words):
        return False
    w, nxt = words[i], words[i + 1]
    modals = lex.classes.get("modal", ())
    person = lemmas[i] in lex.people or lemmas[i] in lex.third_person_nouns
    verb = w in modals or w in lex.elided_self_verbs or _present(w, lemmas[i], lex.motivation)
    if person or not verb or not nxt.isalpha():
        return False
    subject = (
        nxt in lex.self_words
        or nxt in lex.third_person_subjects
        or nxt in lex.classes.get("subj_any", ())
        or lemmas[i + 1] in lex.people
        or lemmas[i + 1] in lex.third_person_nouns
    )
    # "smerter er værst": a noun and its verb, no verb and its words
    if subject or nxt in modals or _present(nxt, lemmas[i + 1], lex.motivation):
        return False
    return not _wish_for_other(words, lemmas, i + 1, lex)


def _wish_for_other(words: Sequence[str], lemmas: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when the sentence from `i` wishes for someone else ("vil gerne (have) at mormor
    kan …"): the clause after "at" is that person's."""
    for k in range(i, min(len(words) - 1, i + 4)):
        if words[k] in lex.sentence_ends:
            return False
        if words[k] in lex.subject_leads:
            nxt = k + 1  # "at mormor …", "at min mor …"
            nxt += nxt + 1 < len(words) and words[nxt] in lex.possessives
            return words[nxt] in lex.third_person_subjects or lemmas[nxt] in lex.third_person_nouns
    return False


def _speaker_wishes_for(words: Sequence[str], lemmas: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when the speaker's "jeg" at `i` opens a wish for someone else: "jeg vil (gerne)
    have at mor/hun/min far …" (a wish verb, "have", "at" and a third person as the subject);
    "jeg vil ikke have at min mand …" refuses a helper, "… at min veninde kommer" is a visit."""
    if words[i] not in lex.couple_self or i + 1 >= len(words) or words[i + 1] not in lex.wish_verbs:
        return False
    for k in range(i + 2, min(len(words) - 1, i + 5)):
        if words[k] in lex.negations or words[k] in lex.sentence_ends:
            return False
        if words[k] in lex.wish_for_leads:
            return _wish_for_other(words, lemmas, k + 1, lex)
    return False


def bare_subject(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for a bare noun opening a sentence before its verb ("kone skærer", "bror
    hjælper"): a note's way of saying "min kone", "min bror"."""
    opens = i == 0 or words[i - 1] in lex.sentence_ends
    return opens and i + 1 < len(words) and _finite(words[i + 1], lex)


def _finite(word: str, lex: Lexicon) -> bool:
    modals = lex.classes.get("modal", ())
    return word in modals or (len(word) > 2 and word.endswith("r")) or word in lex.couple_verbs


def _self_wishes(words: Sequence[str], lex: Lexicon, cl: Clauses) -> bool:
    """True when the speaker says "jeg vil …" / "vil jeg …" (their own wish)."""
    wish = lex.wish_verbs
    for i, w in enumerate(words):
        if w not in lex.couple_self or cl.in_motivation(i):
            continue
        verb = i + 1 if i + 1 < len(words) and words[i + 1] in wish else None
        verb = verb if verb is not None else (i - 1 if i > 0 and words[i - 1] in wish else None)
        if verb is None:
            continue
        after = words[verb + 1 : verb + 5]  # "jeg vil gerne have at hun …" is a wish for her
        for_them = any(
            a in lex.wish_for_leads
            and b == lex.motivation.purpose_marker
            and c in lex.third_person_subjects
            for a, b, c in zip(after, after[1:], after[2:], strict=False)
        )
        if not for_them:
            return True
    return False


def _third_person_wishes(
    words: Sequence[str], lex: Lexicon, cl: Clauses, lemmas: Sequence[str] = ()
) -> bool:
    """True when han/hun (or "far", "mor") is the subject of a wish ("han vil gerne", "nu vil
    hun gerne", "og far vil gerne"), or the wish is for them ("vi vil gerne have at hun …")."""
    wish = lex.wish_verbs
    for i, w in enumerate(words):
        if cl.in_motivation(i):
            continue
        noun = bool(lemmas) and lemmas[i] in lex.third_person_nouns
        noun = noun and (i == 0 or words[i - 1] not in lex.possessives)
        if w not in lex.third_person_subjects and not noun:
            continue
        if i + 1 < len(words) and words[i + 1] in wish:
            return True
        if i > 0 and words[i - 1] in wish and not noun:
            return True
        marker = words[i - 1] == lex.motivation.purpose_marker if i > 1 else False
        if marker and words[i - 2] in lex.wish_for_leads and not noun:
            return True  # "min søster og jeg vil gerne have at hun begynder at male igen"
    return False


def _for_them(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when word i stands in "svært for <hende/min mor> at …": whom it is hard for."""
    m = lex.motivation
    return (
        0 < i < len(words) - 1
        and words[i - 1] in m.purpose_words
        and words[i + 1] == m.purpose_marker
    )


def _cleft(words: Sequence[str], start: int, end: int, lex: Lexicon) -> bool:
    """True for "det er <min far> der …": words[start:end] is the person a cleft names."""
    k = len(lex.cleft_leads)
    return (
        k > 0
        and tuple(words[max(0, start - k) : start]) == lex.cleft_leads
        and end < len(words)
        and words[end] in lex.relative_pronouns
    )


def _doing_cleft(words: Sequence[str], k: int, lex: Lexicon) -> bool:
    """True when a cleft's clause from k says what its person does, not what they cannot ("der
    ikke kan …"), and no one is helped as him or her later ("og jeg passer hende"): the person
    may be the one who helps the speaker."""
    if k >= len(words) or words[k] in lex.negations:
        return False
    return not any(w in lex.third_person_objects for w in words[k:])


def modal_next(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when a modal verb follows: the word before it is a subject ("at mor kan …")."""
    return i + 1 < len(words) and words[i + 1] in lex.classes.get("modal", ())


def _lives_alone(words: Sequence[str], i: int, ind: IndependenceCues) -> bool:
    """True for "bor alene", "sidder mest alene": how one lives or feels, not how one manages."""
    k = skip_back(words, i - 1, ind.alone_skip)
    return k >= 0 and words[k] in ind.alone_not_after


def missed_company(words: Sequence[str], s: int, ind: IndependenceCues) -> bool:
    """True for a without word at s right after how it feels ("det er kedeligt uden ham", "ikke
    det samme uden hende"): the company one misses, not a way of managing on one's own."""
    if words[s] not in ind.without_words:
        return False
    k = skip_back(words, s - 1, ind.missed_company_skip)
    return k >= 0 and words[k] in ind.missed_company_words


def _is_reflexive_selv(words: Sequence[str], i: int, ind: IndependenceCues) -> bool:
    if i > 0 and words[i - 1] in ind.selv_not_after:
        return True
    if i > 1 and words[i - 1] in ind.subjects and words[i - 2] in ind.said_verbs:
        return True  # "det siger hun selv": who says it
    said_clause = ind.said_clause_leads | ind.subjects
    if 0 < i < len(words) - 1 and words[i - 1] in ind.said_verbs and words[i + 1] in said_clause:
        return True  # "mor siger selv at …": who says it ("jeg skriver selv mails": how)
    if i > 1 and words[i - 1] in ind.reflexive_pronouns and words[i - 2] in ind.comparison_leads:
        return True  # "værre end ham selv": a comparison
    if i > 1 and words[i - 1] in ind.reflexive_pronouns:
        return words[i - 2] in ind.reflexive_after and not _other_than_subject(words, i - 1, ind)
    if i + 2 < len(words) and words[i + 1] in ind.selv_not_before_subject:
        return words[i + 2] in ind.subjects
    return False


def _other_than_subject(words: Sequence[str], k: int, ind: IndependenceCues) -> bool:
    """True when "ham"/"hende"/"dem" at k is someone other than the clause's subject ("jeg vil
    ringe til hende selv": "selv" is how one does it), by the nearest subject before it."""
    owner = ind.reflexive_owner.get(words[k])
    if owner is None:
        return False
    for j in range(k - 1, max(-1, k - 1 - ind.owner_window), -1):
        if words[j] in ind.subjects:
            return words[j] != owner
    return False


def _concessive_selv(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for "selv om …" (although: "selv om svimmelheden driller"); "selv om natten",
    "selv om vinteren", "selv om to måneder" is "selv" and a time."""
    if i + 2 >= len(words) or words[i + 1] not in lex.independence.concessive_leads:
        return False
    after = words[i + 2]
    period = after in lex.periods or lex.lemmas.get(after) in lex.periods  # "om morgnen"
    timed = period or after in lex.weekdays or after in lex.time.triggers
    return not (timed or after[:1].isdigit())


def _unspecific_company(words: Sequence[str], s: int, ind: IndependenceCues) -> bool:
    """True for "sammen med de andre", "sammen med en flok …": people no one is named by,
    not "sammen med min datter", "sammen med en fra hjemmeplejen" or "… en frivillig"."""
    after = words[s + 2 : s + 4]
    specific = ind.company_specific_after | ind.company_help_roles
    return (
        bool(after)
        and after[0] in ind.company_unspecific
        and not (len(after) > 1 and after[1] in specific)
    )


def _peer_company(words: Sequence[str], s: int, lex: Lexicon) -> bool:
    """True for "sammen med min veninde Grethe", "sammen med de gamle kammerater": friends one
    does it with, company and no help (a neighbour, family or staff "sammen med" stay help)."""
    ind = lex.independence
    k = skip_ahead(words, s + 2, ind.company_peer_leads)
    return k < len(words) and (
        words[k] in ind.company_peers or lex.lemma(words[k]) in ind.company_peers
    )


def independence(
    words: Sequence[str],
    matches: Sequence[tuple[str, int, int]],
    aids: Sequence[tuple[str, int]],
    people: Sequence[tuple[str, int]],
    lex: Lexicon,
    cl: Clauses,
) -> str | None:
    """Return selv / hjaelpemiddel / med_hjaelp: an aid in use beats help, help beats selv."""
    ind = lex.independence
    in_use = [
        i
        for _name, i in aids
        if (i == 0 or words[i - 1] not in ind.absent_before)
        and not handled(words, i, lex)
        and not moved_from(words, i, lex)
    ]
    now = _aid_now_start(words, matches, lex)
    in_use = [i for i in in_use if now is None or i < now]  # "…, lige nu holder han i …"
    if any(
        (not cl.in_without(i) or _needed_without(words, i, cl, lex)) and not cl.in_motivation(i)
        for i in in_use
    ):
        return "hjaelpemiddel"  # "Uden rollatoren kan jeg slet ikke": needed, not done without
    help_found = selv_found = company = purpose_selv = practised = False
    for label, s, e in matches:
        if cl.in_motivation(s):
            # "… have maskinen op i køkkenet så jeg selv kan vaske mit tøj": the purpose says
            # how one will manage when nothing else does
            purpose_selv = purpose_selv or (label == "selv" and plain_selv(words, s, lex))
            continue
        if label in (HELP, HELP_UNLESS_SELV) and not cl.in_without(s):
            if s > 0 and words[s - 1] in ind.help_not_after:
                continue  # "være sammen med" is company, "af med hjemmeplejen" no help
            if s > 0 and words[s - 1] in ind.thing_subjects and words[s] in ind.thing_help_verbs:
                continue  # "det hjælper mig til ikke at tænke på en øl": a thing, no helper
            if s > 0 and words[s - 1] in ind.crowd_subjects:
                continue  # "og folk står bag ham": a queue, no helper
            if e < len(words) and words[e] in ind.help_now_words:
                continue  # "min mand hjælper ham nu": how it is today
            if _habit_help(words, s, lex):
                continue  # "han bliver så vred når jeg hjælper ham": how it is today
            if only_when_today(words, s, lex):
                continue  # "kan ikke gå på trappen mere, kun når min søn går bag mig"
            if _says_after(words, s, e, lex):
                continue  # "… med de andre lægen siger det er godt": the doctor's clause
            if _genitive_thing(words, e, lex):
                continue  # "med logopædens stemmeøvelser": the exercises, no helper
            if label == HELP_UNLESS_SELV or words[s] in ind.company_words:
                if label != HELP_UNLESS_SELV and (
                    _unspecific_company(words, s, ind) or _peer_company(words, s, lex)
                ):
                    continue  # "sammen med de andre", "… min veninde": company, no help
                if _practised_with(words, s, ind):
                    practised = True  # "øve med fysioterapeuten": the means of learning
                    continue
                company = True  # "sammen med mig", "med min fysioterapeut": help unless selv
                continue
            help_found = True
        elif label == "selv" and plain_selv(words, s, lex):
            selv_found = True
    if help_found or (company and not selv_found):
        return "med_hjaelp"
    if practised and not selv_found and not purpose_selv:
        return "med_hjaelp"  # "vil gerne træne med fysioterapeuten": no purpose says selv
    gap = ind.without_person_gap
    # "det er ensomt uden min kone": the company missed, no helper absent
    without_starts = [s for s, _e in cl.without if not missed_company(words, s, ind)]
    helper_absent = any(0 < i - s <= gap + 1 for _n, i in people for s in without_starts)
    if selv_found or helper_absent or any(cl.in_without(i) for _name, i in aids):
        return "selv"
    return "selv" if purpose_selv and not in_use else None


def _needed_without(words: Sequence[str], i: int, cl, lex: Lexicon) -> bool:
    """True for the aid at i in a without phrase that opens its clause before one of not
    managing ("Uden rollatoren kan jeg slet ikke"): needed (refusal_scope.fronted_need)."""
    return any(s <= i < e and fronted_need(words, s, i, lex) for s, e in cl.without)


def _practised_with(words: Sequence[str], s: int, ind) -> bool:
    """True for company at s right after a verb of practising ("øve med fysioterapeuten",
    "træne sig lidt sammen med mig"), up to two practice_skip words between."""
    k = s - 1
    while k >= 0 and s - k <= 2 and words[k] in ind.practice_skip:
        k -= 1
    return k >= 0 and words[k] in ind.practice_verbs


def _says_after(words: Sequence[str], s: int, e: int, lex: Lexicon) -> bool:
    """True when the person a help match ends with opens a clause of their own: a saying verb
    right after, the person in its definite form and no owner right before it ("med de andre
    lægen siger"; not "med min læge siger hun", "med den nye læge siger hun")."""
    ind = lex.independence
    if e >= len(words) or words[e] not in ind.help_saying_verbs or e - s < 3:
        return False
    person = words[e - 1]
    return words[e - 2] not in lex.owners and lex.lemma(person) != person


def help_needed(words: Sequence[str], matches, cl: Clauses, lex: Lexicon) -> bool:
    """True when help is said as what one cannot do without ("jeg tør ikke alene endnu") and
    help, not just company with peers, is said in the same utterance ("grethe hun går ved
    siden af mig"): that help is the way, though an aid is named too."""
    said = [(lab, s) for lab, s, _e in matches if not cl.in_motivation(s) and not cl.in_without(s)]
    if not any(lab == HELP_NEEDED for lab, _s in said):
        return False
    ind = lex.independence
    return any(
        lab in (HELP, HELP_UNLESS_SELV)
        and not (s > 0 and words[s - 1] in ind.help_not_after)
        and not (words[s] in ind.company_words and _unspecific_company(words, s, ind))
        for lab, s in said
    )


def _aid_now_start(words: Sequence[str], matches, lex: Lexicon) -> int | None:
    """The start of a clause that tells how it is today ("…, lige nu holder han fast i
    gelænderet") after a wish said with a plain "selv" before it, else None."""
    ind = lex.independence
    for k in range(1, len(words)):
        if words[k - 1] not in ind.aid_now_breaks:
            continue
        if not any(" ".join(words[k : k + n]) in ind.aid_now_leads for n in (1, 2, 3)):
            continue
        wished = any(lab == "wish" and s < k for lab, s, _e in matches)
        selv = any(lab == "selv" and s < k and plain_selv(words, s, lex) for lab, s, _e in matches)
        if wished and selv:
            return k
    return None


def _habit_help(words: Sequence[str], s: int, lex: Lexicon) -> bool:
    """True for the speaker's help verb at s in a clause of habit ("når jeg hjælper ham")."""
    ind = lex.independence
    return (
        s > 1
        and words[s] in ind.thing_help_verbs
        and words[s - 1] in lex.classes.get("subj_self", ())
        and words[s - 2] in ind.habit_help_leads
    )


def idle_selv(words: Sequence[str], s: int, lex: Lexicon) -> bool:
    """True for a "selv" at s that says nothing of how one manages: reflexive ("til mig selv",
    "end ham selv"), of who says it ("mor siger selv", "hun siger selv tre gange"), concessive
    ("selv om …"), before an ailment ("selv med min dårlige ryg", "han har selv ondt i ryggen")
    or an age ("hun er selv 91")."""
    return words[s] == "selv" and (
        _is_reflexive_selv(words, s, lex.independence)
        or _said_amount(words, s, lex)
        or _concessive_selv(words, s, lex)
        or _before_ailment(words, s, lex)
        or _before_age(words, s, lex)
        or _even_selv(words, s, lex)
    )


def _said_amount(words: Sequence[str], s: int, lex: Lexicon) -> bool:
    """True for the "selv" of "… men nej, hun siger selv tre gange om ugen": a verb only of
    saying (help_saying_verbs; "jeg skriver selv tre breve" is how one writes) right before it
    and an amount right after it: what the sayer said, no way of managing."""
    if s < 1 or s + 1 >= len(words) or words[s - 1] not in lex.independence.help_saying_verbs:
        return False
    return number_at(words, s + 1, lex.numbers, articles=False) is not None


def _even_selv(words: Sequence[str], s: int, lex: Lexicon) -> bool:
    """True for the "selv" of "… kan ikke høre hvad de siger selv med høreapparatet": "even
    with", the thing after "med" failing too (even_with), no way of managing."""
    ind = lex.independence
    i = skip_ahead(words, s + 2, ind.even_skip)
    return i < len(words) and even_with(words, i, lex)


AGE_SKIP_REACH = 2  # words ("jo", "over") between "selv" and an age


def _before_age(words: Sequence[str], s: int, lex: Lexicon) -> bool:
    """True for "hun er selv 91", "han er jo selv over 80": one's own age after "selv"."""
    ind = lex.independence
    j = s - 1
    while j >= 0 and s - j <= AGE_SKIP_REACH and words[j] in ind.selv_age_skip:
        j -= 1  # "er jo selv"
    if j < 0 or words[j] not in ind.selv_age_leads:
        return False
    k = s + 1
    while k < len(words) and k - s <= AGE_SKIP_REACH and words[k] in ind.selv_age_skip:
        k += 1
    return k < len(words) and number_at(words, k, lex.numbers, articles=False) is not None


def _before_ailment(words: Sequence[str], s: int, lex: Lexicon) -> bool:
    """True for "selv (med min dårlige) ryg", "selv ondt i …": an ailment right after "selv"."""
    ind = lex.independence
    for k in range(s + 1, min(len(words), s + 2 + ind.selv_ailment_reach)):
        if words[k] in ind.selv_ailments:
            return True
        if words[k] not in ind.selv_ailment_skip:
            return False
    return False


def plain_selv(words: Sequence[str], s: int, lex: Lexicon) -> bool:
    """True for a "selv" match at s that says one manages: not idle (idle_selv), how one lives
    ("bor alene") or negated ("kan ikke selv")."""
    ind = lex.independence
    if idle_selv(words, s, lex):
        return False
    if words[s] in ind.alone_words and _lives_alone(words, s, ind):
        return False
    if missed_company(words, s, ind):
        return False  # "det er kedeligt uden ham": company missed
    return not negated_selv(words, s, lex)


def unused_aid(words: Sequence[str], i: int, matches, lex: Lexicon) -> bool:
    """True for an aid refused, of no use or not there ("en trappelift vil jeg ikke have", "…
    men den bruger han ikke", "hvor der ikke er håndtag", "kan ikke holde fast i gelænderet",
    "rollatoren kan ikke køre på græsset"): named, but not how one manages (the aid_refused /
    aid_absent / aid_refused_before / aid_unfit patterns of independence.yaml)."""
    if unwanted_aid(words, i, matches, lex) or moved_into(words, i, lex):
        return True  # "… og over i kørestolen": the place moved into
    if any(label == UNFIT and s == i + 1 for label, s, _e in matches):
        return True  # "rollatoren kan ikke køre på græsset": said of no use where it counts
    if even_with(words, i, lex):
        return True  # "kan ikke høre hvad de siger selv med høreapparatet": it fails too
    if _contrast_opening(words, i, lex):
        return True  # "ikke rollatoren, men stokken": the first said no to, no verb of its own
    before = (ABSENT, REFUSED_BEFORE)  # "hvor der ikke er håndtag", "vil ikke bruge stokken"
    keeps = lex.independence.declined_keeps  # "…, ikke kun stokken": not only, so kept
    # "aldrig haft en rollator før": not had until now, so had now
    ind = lex.independence
    until_now = (
        i + 1 < len(words)
        and words[i + 1] in ind.absent_until_now
        and any(w in ind.absent_now for w in words[i + 2 : i + 2 + ind.absent_now_reach])
    )
    return any(
        label in before
        and i - 1 <= e <= i
        and (e == i or words[e] not in keeps)
        and not (label == ABSENT and until_now)
        for label, _s, e in matches
    ) or _said_after(words, i, matches, REFUSED, lex)


def _genitive_thing(words: Sequence[str], e: int, lex: Lexicon) -> bool:
    """True when a help match ends on a person's genitive that a noun follows ("med logopædens
    stemmeøvelser", "med fysioterapeutens program"): the person owns the thing, no helper at
    one's side; "med min søns hjælp" (independence.yaml genitive_help_nouns) is help."""
    if e < 1 or e >= len(words) or not words[e].isalpha():
        return False
    owner = words[e - 1]
    if not owner.endswith("s") or owner in lex.people:
        return False
    if words[e] in lex.independence.genitive_help_nouns:
        return False
    return any(owner[: -len(end)] in lex.people for end in ("s", "es") if len(owner) > len(end))


def even_with(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for an aid at i said "selv med" after a negation in its clause ("kan ikke høre hvad
    de siger selv med høreapparatet", "kan ikke gå langt selv med sin rollator"): even with it
    the task fails (independence.yaml even_leads)."""
    ind = lex.independence
    k = skip_back(words, i - 1, ind.even_skip)
    if k < 1 or words[k] not in ind.feature_leads or words[k - 1] not in ind.even_leads:
        return False
    stops = lex.clause_breaks | lex.soft_clause_breaks | {","}
    for j in range(k - 2, max(-1, k - 2 - ind.even_reach), -1):
        if words[j] in lex.negations:
            return True
        if words[j] in stops or words[j] in ind.even_stops:
            return False  # "… han vil gerne selv med rollatoren": a statement of its own
    return False


def unwanted_aid(words: Sequence[str], i: int, matches, lex: Lexicon) -> bool:
    """True for an aid the person will not have ("jeg skal ikke ha rollator", "en trappelift vil
    jeg ikke have", "nej ikke en badebænk") or would only fall back on ("helt selv ellers kan
    jeg lige så godt trykke på nødkaldet"): no aid of the goal (aid_rejected / aid_declined of
    independence.yaml, alternative_leads)."""
    if any(label == DECLINED and i - 1 <= e <= i for label, _s, e in matches):
        return True
    if proposed_and_refused(words, i, lex):
        return True  # "min svigersøn snakker om en elmotor. Nej, …": proposed, turned down
    if refused_in_scope(words, i, lex, lambda k: proposed_and_refused(words, k, lex)):
        return True  # "Nej tak, jeg kan ikke holde døre … med en rollator": the decline's
    if refused_by_pointer(words, i, lex):
        return True  # "… albuestokke. Nej, dem kan jeg ikke bruge": pointed back at
    if _said_next(words, i, matches, lex):
        return True
    return _said_after(words, i, matches, REJECTED, lex) or _fallback(words, i, lex)


def _contrast_opening(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for an aid right after an "ikke" that opens the answer or its sentence, a mark or
    the answer's end right after the aid ("Ikke rollatoren, men stokken", "Ikke rollatoren.
    Stokken."): said no to, with no verb of its own (aid_refused_before's contrast after a
    mark)."""
    k = i - 1
    if k >= 0 and words[k] in lex.classes.get("det", ()):
        k -= 1  # "ikke den røde stok"
    if k < 0 or words[k] not in lex.negations:
        return False
    gap = lex.independence.rejected_next_gap  # "øh ikke rollatoren", "nej, ikke …"
    if any(words[m] not in gap for m in range(_sentence_start(words, k), k)):
        return False
    return i + 1 >= len(words) or words[i + 1] in lex.clause_breaks or words[i + 1] == ","


def _sentence_start(words: Sequence[str], k: int) -> int:
    """The first word of the sentence word k stands in."""
    while k > 0 and words[k - 1] not in _SENTENCE_MARKS:
        k -= 1
    return k


#: Marks a contrast "ikke" may open a sentence after.
_SENTENCE_MARKS = frozenset(".!?;:")


def _said_next(words: Sequence[str], i: int, matches, lex: Lexicon) -> bool:
    """True when an aid_rejected_next pattern starts right after the aid at i, nothing but
    rejected_next_gap words between ("stokken, nej, slet ikke"; not "uden stokken kan jeg slet
    ikke", where a verb stands between: a need)."""
    gap = lex.independence.rejected_next_gap
    return any(
        label == REJECTED_NEXT
        and i < s <= i + lex.independence.refused_window
        and all(words[k] in gap for k in range(i + 1, s))
        for label, s, _e in matches
    )


def avoided_aid(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for an aid inside a clause of what one wants to be without ("uden at de skal hente
    mig i kørestol", "så han slipper for trappeliften", "undgå liften"): a without word with a
    clause lead after it (without_clause_leads), or a without phrase, within
    without_clause_scope words before the aid, no clause end between; no means."""
    ind = lex.independence
    stops, phrases_ending = once(lex, "avoided_aid", _avoided_aid_words)
    # the clause ends by their first word (all of them where one is empty: it ends anywhere)
    ends_first = once(ind, "without_clause_ends_first", _without_clause_ends_first)
    for k in range(i - 1, max(-1, i - 1 - ind.without_clause_scope), -1):
        w = words[k]
        if w in stops or w in lex.clause_breaks:
            return False
        ends = ind.without_clause_ends if ends_first is None else ends_first.get(w)
        if ends and any(tuple(words[k : k + len(p)]) == p for p in ends):
            return False  # "uden at bøje hoften og så min stok": the stick is in use
        if w in ind.without_words and k + 1 < i and words[k + 1] in ind.without_clause_leads:
            return True  # a without word and its clause lead
        ending = phrases_ending.get(w)
        if ending and any(
            k + 1 >= len(p) and tuple(words[k - len(p) + 1 : k + 1]) == p for p in ending
        ):
            return True  # a without phrase
    return False


def _without_clause_ends_first(ind) -> dict[str, list[tuple[str, ...]]] | None:
    """ind.without_clause_ends by their first word, in their order; None when one is empty."""
    if () in ind.without_clause_ends:
        return None
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in ind.without_clause_ends:
        out.setdefault(p[0], []).append(p)
    return out


def _avoided_aid_words(lex: Lexicon) -> tuple[frozenset[str], dict[str, list[tuple[str, ...]]]]:
    """avoided_aid's clause ends (motivation stops and a comma) and its without phrases by
    their last word, made once per lexicon."""
    ending: dict[str, list[tuple[str, ...]]] = {}
    for p in lex.independence.without_phrases:
        if p:
            ending.setdefault(p[-1], []).append(p)
    return frozenset(lex.motivation.stops | {","}), ending


def _said_after(words: Sequence[str], i: int, matches, wanted: str, lex: Lexicon) -> bool:
    """True when a `wanted` pattern starts within refused_window words after the aid at i, with
    no sentence end between (after one, it is another claim)."""
    reach = lex.independence.refused_window
    ends = lex.clause_breaks
    for label, s, _e in matches:
        if label != wanted or not i < s <= i + reach:
            continue
        # "jeg tager stokken, rollatoren skal blive hjemme": the nearer aid is the one said no to
        if any(
            (words[k] in ends and not words[k].isalpha()) or words[k] in lex.aids
            for k in range(i + 1, s)
        ):
            continue
        return True
    return False


def _fallback(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for an aid said within alternative_window words after "ellers" in the same clause."""
    ind = lex.independence
    for k in range(i - 1, max(-1, i - 1 - ind.alternative_window), -1):
        if words[k] in lex.clause_breaks:
            return False
        if words[k] in ind.alternative_leads:
            return True
    return False


def handled(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for an aid that is the thing handled, not the means ("skifte iltflasken", "bære
    iltflasken", "få protesen på", "skifte batterier i høreapparatet"): named, but no sign of
    how one manages."""
    ind = lex.independence
    if i >= 2 and words[i - 1] in lex.aid_use_words and words[i - 2] in ind.aid_parts:
        return True  # "batterierne i høreapparatet": its part is handled, the aid is no means
    for k in range(i - 1, max(-1, i - 1 - ind.handled_window), -1):
        if words[k] in lex.aid_use_words or words[k] in lex.clause_breaks:
            return False
        if words[k] in ind.handled_verbs:
            return True
        if words[k] in ind.worn_verbs:  # "få protesen på", "tage sin protese på"; not "tage
            # den lille indkøbsvogn på hjul med", where "på" says what the cart is on
            worn = i + 1 < len(words) and words[i + 1] in ind.worn_particles
            return worn and i - k <= WORN_REACH
    return False


#: Words after a place moved from within which the way on is said ("fra kørestolen og over").
MOVED_REACH = 2


def moved_from(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for an aid that is the place one moves from ("fra kørestolen over i sengen", "fra
    min kørestol og over på forsædet"): named, but no sign of how one manages. "plante
    kartofler fra kørestolen" (no way on) keeps its aid, and so does the place one moves to
    ("fra kørestolen over på badebænken": the bench one bathes on)."""
    ind = lex.independence
    k = i - 1
    if k > 0 and words[k] in ind.feature_owners:  # "fra min kørestol"
        k -= 1
    if k < 0 or words[k] not in ind.moved_from_leads:
        return False
    on = [w for w in words[i + 1 : i + 1 + MOVED_REACH] if w not in ind.moved_skip]
    return bool(on) and on[0] in ind.moved_on_words


_MOVED_INTO_GAP = 2  # words between "i" and the aid moved into ("i den nye kørestol")


def moved_into(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for an aid that is the place one moves into ("over i kørestolen", "ind i min
    kørestol"): where one ends up, the goal's place, no means. "over på badebænken" (onto a
    seat used there) keeps its aid."""
    ind = lex.independence
    k = i - 1
    while k > i - 1 - _MOVED_INTO_GAP and k > 0:
        if words[k] not in ind.feature_owners and words[k] not in lex.aid_target_gap:
            break
        k -= 1  # "i min kørestol", "i den nye kørestol"
    return k > 0 and words[k] in ind.moved_into_leads and words[k - 1] in ind.moved_into_on


def negated_selv(words: Sequence[str], s: int, lex: Lexicon) -> bool:
    """True for "selv" said under a negation: "kan ikke selv komme op" is no independence."""
    ind = lex.independence
    for k in range(s - 1, max(-1, s - 1 - ind.negated_selv_window), -1):
        if words[k] in ind.negated_selv_breaks or words[k] in lex.clause_breaks:
            return False
        if words[k] in lex.wish_verbs or (
            words[k] in lex.run_on_subjects and words[k + 1] in lex.wish_verbs
        ):
            # "… det gider jeg ikke … jeg vil hellere selv", "har aldrig lavet mad vil gerne
            # lære selv at koge": a wish after the negation is a new statement
            return False
        if words[k] in lex.negations:
            return True
        if words[k] in ind.hard_words:  # "har svært ved at … selv"; not "ikke (så) svært"
            return not any(words[j] in lex.negations for j in range(max(0, k - 2), k))
    return False


def tool_compounds(words: Sequence[str], lex: Lexicon) -> list[tuple[str, int]]:
    """(name, token index) for every compound of a tool the aid lexicon does not know, said as
    what one uses or needs ("med sådan et skærebræt", "på min lille malerskammel", "skal have
    en skruetvinge"): its name is the compound with its last part's lemma ("skærebrættet" →
    skærebræt); the bare tool ("en kniv") and a compound said of something else are none."""
    heads = lex.tool_heads
    cuts = once(lex, "tool_cuts", lambda _lex: Memo())
    # every word's kept cut read in one pass in C (most words are no tool's compound: None)
    cut_of = list(map(cuts.get, words, repeat(MISSING, len(words))))
    if MISSING in cut_of:
        for i, cut in enumerate(cut_of):
            if cut is MISSING:
                cut_of[i] = cuts.get_or(words[i], _tool_cut, words[i], lex)
    if cut_of.count(None) == len(cut_of):
        return []
    out = []
    for i, (w, cut) in enumerate(zip(words, cut_of, strict=True)):
        if cut is None or tool_phrase_start(words, i, lex, w[cut:]) is None:
            continue
        if heads[w[cut:]] in lex.tool_made_only and not _made_lead(words, i, lex):
            continue  # "en kolonihave med højbede": the garden's, not made for one
        out.append((w[:cut] + heads[w[cut:]], i))
    return out


def _made_lead(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when the tool at i is said made for the person ("lavet et højbed til mig")."""
    k = tool_lead(words, i, lex)
    return k is not None and words[k] in lex.tool_made_leads


def tool_phrase_start(words: Sequence[str], i: int, lex: Lexicon, head: str = "") -> int | None:
    """Where the noun phrase of the tool compound at i begins, said after its lead ("på min
    lille malerskammel": "min") or joined to a phrase with a lead before it (_tool_joined);
    None for a compound said of something else. A head of means_heads ("stativ") takes only
    a lead of means_leads ("med et enbensstativ"; not "på kogepladen")."""
    lead = tool_lead(words, i, lex)
    if lead and words[lead] in lex.tool_at_leads and words[lead - 1] in lex.tool_at_verbs:
        return None  # "hun kan ikke stå ved strygebrættet": where she stands
    if lead is not None and head in lex.means_heads and words[lead] not in lex.means_leads:
        return None  # "lave mad på kogepladen": the place, no means
    if lead is None:  # "og nogle store dyneklemmer"; "Gummihandsker. Svamp med skaft."
        joined = _tool_joined(words, i, lex)
        return tool_typed_alone(words, i, lex) if joined is None else joined
    return phrase_after_lead(words, lead, i, lex)


def phrase_after_lead(words: Sequence[str], lead: int, i: int, lex: Lexicon) -> int:
    """Where the noun phrase of the thing at i begins after its lead at `lead`: right after it,
    past the one it was given or got for ("har skaffet mig et skærebræt", "har givet mig kniv
    med tyk håndtag": no "mig kniv")."""
    start = lead + 1
    return start + 1 if start < i and words[start] in lex.tool_self_words else start


def _tool_joined(words: Sequence[str], i: int, lex: Lexicon) -> int | None:
    """The start of the noun phrase of the tool compound at i when it has no lead of its own
    but is joined by "og" or a comma to a phrase after a tool_and_leads word earlier in the
    same sentence ("med klodser under sengen, og nogle store dyneklemmer", "med en lettere
    harmonika … og så en bred skulderrem"): the phrase opens with a word of
    tool_and_articles, at most tool_and_reach words before the compound, or is the bare
    compound right after the join ("med store noder og varmehandsker på inden"); else None."""
    reach = range(i - 1, max(-1, i - 1 - lex.tool_and_reach), -1)
    start = next((k for k in reach if words[k] in lex.tool_and_articles), None)
    bare = not words[i].endswith(lex.motivation.definite_endings)  # not "og kaffekoppen"
    if start is None and bare and i > 0 and words[i - 1] in lex.tool_and_words | lex.tool_and_skip:
        start = i  # a bare plural joined on: "og varmehandsker", "og så dyneklemmer"
    if start is None or any(not w.isalpha() or w in lex.aids for w in words[start:i]):
        return None
    k = start - 1
    if k >= 0 and words[k] in lex.tool_and_skip:
        k -= 1
    if k < 0 or words[k] not in lex.tool_and_words:
        return None
    for j in range(k - 1, -1, -1):
        if words[j] in lex.clause_breaks or words[j] in lex.sentence_ends:
            return None
        if words[j] in lex.tool_and_leads:
            return start
    return None


def tool_name(word: str, lex: Lexicon) -> str | None:
    """The name of the tool a compound the aid lexicon does not know names, its last part by
    its lemma ("dyneklemmer": dyneklemme); None for any other word."""
    w = word.lower()
    cut = _tool_cut(w, lex)
    return None if cut is None else w[:cut] + lex.tool_heads[w[cut:]]


def _tool_cut(w: str, lex: Lexicon) -> int | None:
    """Where the longest tool head of a word the aid lexicon does not know starts, leaving a
    first part of at least compound_min_part letters; None for no tool compound. Asked for
    every word, so tool_compounds keeps it per word."""
    if w in lex.aids or w in lex.not_aids or not w.isalpha():
        return None
    heads = lex.tool_heads
    return next((k for k in range(lex.compound_min_part, len(w)) if w[k:] in heads), None)


def loose_aids(words: Sequence[str], lex: Lexicon) -> list[tuple[str, int]]:
    """(aid, token index) for every aid named loosely by what it is for and a word for "thing",
    said as what one uses or needs: "med den strømpe ting fra kommunen", "med strømpetingen",
    "med tingen til strømperne" (aids.yaml loose_things, loose_purposes)."""
    if not word_bits(words, lex) & _LOOSE_BIT:
        return []  # no thing word said, alone or in a compound (most utterances)
    out = []
    purposes = lex.loose_purposes
    heads = once(lex, "loose_heads", lambda _lex: Memo())
    for i, w in enumerate(words):
        if w in lex.described_things and (told := _described_purpose(words, i, lex)) is not None:
            out.append((told, i))  # "et bræt man lægger hen over badekarret og sidder på"
            continue
        if w in lex.loose_things:
            before = purposes.get(words[i - 1]) if i else None
            if before and tool_lead(words, i - 1, lex) is not None:
                out.append((before, i - 1))  # "den strømpe ting"
                continue
            apart = i > 1 and _loose_middle(words[i - 1], lex)
            split = purposes.get(words[i - 2]) if apart else None
            if split and tool_lead(words, i - 2, lex) is not None:
                out.append((split, i - 2))  # "en strømpe påtager ting": a compound said apart
                continue
            after = [k for k in (i + 2, i + 3) if k < len(words) and words[k] in purposes]
            joined = i + 1 < len(words) and words[i + 1] in lex.loose_joins
            if joined and after and tool_lead(words, i, lex) is not None:
                out.append((purposes[words[after[0]]], i))  # "tingen til (de) strømper"
            elif (told := _loose_clause_purpose(words, i, lex)) is not None:
                out.append((told, i))  # "den der plastik ting man sætter strømpen på"
            continue
        head = heads.get(w, MISSING)
        if head is MISSING:
            head = heads.get_or(w, _loose_head, w, lex)
        if head and tool_lead(words, i, lex) is not None:
            out.append((head, i))
    return out


def _may_be_loose(w: str, _lemma: str, lex: Lexicon) -> bool:
    """loose_aids' word test (word_flags): a thing word, or a word it names an aid as."""
    return w in lex.described_things or w in lex.loose_things or bool(_loose_head(w, lex))


_LOOSE_BIT = register("loose_aid", _may_be_loose)


def _loose_head(w: str, lex: Lexicon) -> str | None:
    """The aid one word names as a purpose and a thing word joined ("strømpe-tingen",
    "strømpetingen"), or None. Asked for every word, so loose_aids keeps it per word."""
    purposes = lex.loose_purposes
    parts = w.split("-")
    if len(parts) == 2 and parts[0] in purposes and parts[1] in lex.loose_things:
        return purposes[parts[0]]  # "strømpe-tingen"
    things = lex.loose_things
    return next(
        (purposes[w[:k]] for k in range(1, len(w)) if w[k:] in things and w[:k] in purposes),
        None,
    )  # "strømpetingen"


def _described_tool_firsts(lex: Lexicon) -> frozenset[str]:
    """The first word of every describing lead (described_tools reads a lead only there)."""
    return frozenset(lead.split(" ")[0] for lead in lex.described_tool_leads)


def described_tools(words: Sequence[str], lex: Lexicon) -> list[tuple[str, int]]:
    """("", index of the thing) for every tool not named but described by a part it has, after
    a describing lead ("sådan en stol med en spand under", "med den der trehjulede vogn med kurv
    på", "med den der med hjul": the index of the join then). Its name is unsure: no aid named,
    but the means of the task (aids.yaml described_tool_*)."""
    out = []
    leads = lex.described_tool_leads
    firsts = once(lex, "described_tool_firsts", _described_tool_firsts)
    if firsts.isdisjoint(words):
        return out  # no lead's first word said (most utterances): one test in C, no loop
    for k in range(len(words)):
        if words[k] not in firsts:
            continue  # opens no lead (most words)
        for n in (2, 1):
            lead = " ".join(words[k : k + n])
            if len(words[k : k + n]) == n and lead in leads:
                break
        else:
            continue
        start = k + n
        for j in range(start, min(len(words), start + lex.described_tool_reach + 1)):
            w = words[j]
            if w in lex.described_tool_joins:
                if j == start and lead not in lex.described_tool_bare_leads:
                    break
                if j > start and words[j - 1] in lex.described_tool_not_things:
                    break
                if _described_part(words, j, lex):
                    out.append(("", j - 1 if j > start else j))
                break
            if (
                not w.isalpha()
                or w in lex.clause_breaks
                or w in lex.people
                or w in lex.aids
                or w in lex.described_tool_not_parts
            ):
                break
    return out


def shaped_tools(words: Sequence[str], lex: Lexicon) -> list[tuple[str, int]]:
    """("", index of the thing) for every tool not named but said by its shape right after
    "med" and a describing lead ("med sådan en lang børste", "med den lange saks"; "lille" only
    after a kind lead: "med sådan en lille vogn", not "med den lille hund"). Its name is unsure:
    no aid named, but the means of the task (aids.yaml shaped_tool_*)."""
    if not word_bits(words, lex) & _SHAPE_BIT:
        return []  # no shape word said (most utterances)
    out = []
    leads = lex.shaped_tool_leads | lex.shaped_tool_kind_leads
    for k, w in enumerate(words):
        if w not in lex.shaped_tool_joins:
            continue
        for n in (2, 1):
            lead = " ".join(words[k + 1 : k + 1 + n])
            if len(words[k + 1 : k + 1 + n]) == n and lead in leads:
                break
        else:
            continue
        j = k + 1 + n
        if j + 1 >= len(words):
            continue
        shape, thing = words[j], words[j + 1]
        if not (
            shape in lex.shaped_tool_shapes
            or (shape in lex.shaped_tool_kind_shapes and lead in lex.shaped_tool_kind_leads)
        ):
            continue
        if (
            thing.isalpha()
            and thing not in lex.clause_breaks
            and thing not in lex.people
            and thing not in lex.possessives
            and thing not in lex.aids
            and thing not in lex.described_tool_not_parts
            and thing not in lex.described_tool_not_things
        ):
            out.append(("", j + 1))
    return out


def _may_be_shape(w: str, _lemma: str, lex: Lexicon) -> bool:
    """shaped_tools' word test (word_flags): a shape word ("lang", "lille")."""
    return w in lex.shaped_tool_shapes or w in lex.shaped_tool_kind_shapes


_SHAPE_BIT = register("tool_shape", _may_be_shape)


def _described_part(words: Sequence[str], j: int, lex: Lexicon) -> bool:
    """True when a part of a thing follows the join at j ("med en spand", "med langt skaft"):
    past articles and counts, a word that is no person, pronoun, owner or unit ("sådan en stejl
    trappe med en tolv trin": steps counted, no part)."""
    for k in range(j + 1, min(len(words), j + 1 + lex.described_tool_part_reach)):
        w = words[k]
        if w in lex.described_tool_part_skip or number_at(words, k, lex.numbers, articles=False):
            continue
        return (
            w.isalpha()
            and w not in lex.clause_breaks
            and w not in lex.people
            and w not in lex.possessives
            and w not in lex.described_tool_not_parts
            and w not in lex.units
        )
    return False


def _aid_handled(words: Sequence[str], i: int, aid: str, lex: Lexicon) -> bool:
    """True for an aid of hand_tools said right after a verb of tool_handled, past target_gap
    words ("kan ikke holde pincetten mere", "taber luppen"): the thing handled, no means."""
    if aid not in lex.hand_tools:
        return False
    k = skip_back(words, i - 1, lex.aid_target_gap)
    return k >= 0 and words[k] in lex.tool_handled


def _craft_tool(words: Sequence[str], aid: str, lex: Lexicon) -> bool:
    """True for an aid of craft_tools in an utterance that names its craft ("dreje skåle på
    drejeskiven", "leret på skiven"): the craft's own tool, no aid."""
    craft = lex.craft_tools.get(aid)
    return bool(craft) and not craft.isdisjoint(words)


def aid_as_target(words: Sequence[str], i: int, aid: str, lex: Lexicon) -> bool:
    """True for an aid of target_aids said as where the thing handled is put, right after a
    target lead ("hænge vasketøjet op på tørrestativet"): the place, no aid; not one said made
    to fit ("på et lavt tørrestativ"), nor one said otherwise ("et lavt tørrestativ jeg kan nå"),
    nor one said bare ("på tørrestativ").
    A hand tool handled is none either ("kan ikke holde pincetten": _aid_handled), nor a
    craft's own tool where the craft is named (_craft_tool)."""
    if _aid_handled(words, i, aid, lex) or _craft_tool(words, aid, lex):
        return True
    if aid not in lex.target_aids:
        return False
    for k in range(i - 1, -1, -1):
        if words[k] in lex.adapted_words:
            return False
        if words[k] in lex.aid_target_leads:
            # "hænge tøj på tørrestativ" (no article nor definite ending, second language):
            # the kind of thing used, an aid
            return k < i - 1 or words[i].endswith(lex.motivation.definite_endings)
        if words[k] not in lex.aid_target_gap:
            return False
    return False


def _loose_clause_purpose(words: Sequence[str], i: int, lex: Lexicon) -> str | None:
    """The aid a loose thing word at i names by the clause right after it, said as what one
    uses ("med den der plastik ting man sætter strømpen på": strømpepåtager); None without a
    lead within loose_lead_reach words, a clause lead right after it, or a purpose word in
    the clause's loose_clause_reach words before a clause break."""
    if i + 1 >= len(words) or words[i + 1] not in lex.loose_clause_leads:
        return None
    if tool_lead(words, i, lex, lex.loose_lead_reach) is None:
        return None
    for k in range(i + 2, min(len(words), i + 2 + lex.loose_clause_reach)):
        if not words[k].isalpha() or words[k] in lex.clause_breaks:
            return None
        if words[k] in lex.loose_purposes:
            return lex.loose_purposes[words[k]]
    return None


def _described_purpose(words: Sequence[str], i: int, lex: Lexicon) -> str | None:
    """The aid a plain thing word at i (described_things: "bræt", "plade") names by the clause
    right after it, said as what one uses ("med sådan et bræt man lægger hen over badekarret og
    sidder på": badekarsbræt), or by a place said right after it ("et bræt hen over æ kar"), or
    by what is done on it said before its lead ("glide over selv på sådan et bræt":
    described_aid.purpose_before); None without a lead within loose_lead_reach words or a
    purpose word of described_purposes within described_reach words, in the same clause."""
    lead = tool_lead(words, i, lex, lex.loose_lead_reach)
    if lead is None:
        return None
    if i + 1 < len(words) and words[i + 1] in lex.loose_clause_leads | lex.described_place_leads:
        for k in range(i + 2, min(len(words), i + 2 + lex.described_reach)):
            if not words[k].isalpha() or words[k] in lex.clause_breaks:
                break
            if words[k] in lex.described_purposes:
                return lex.described_purposes[words[k]]
    return purpose_before(words, lead, lex)


def _loose_middle(word: str, lex: Lexicon) -> bool:
    """True for a word that may stand between what a loose aid is for and its thing word, the
    rest of a compound said apart ("strømpe påtager ting", "knappe hjælpe dims"): a word of
    its own, no join, lead, clause break or thing."""
    return (
        word.isalpha()
        and word not in lex.clause_breaks
        and word not in lex.soft_clause_breaks
        and word not in lex.loose_joins
        and word not in lex.tool_leads
        and word not in lex.loose_things
        and word not in lex.loose_purposes
    )


def tool_lead(words: Sequence[str], i: int, lex: Lexicon, reach: int = 0) -> int | None:
    """The index of the tool_leads word within tool_lead_reach words before word i, with no
    stop, clause break or other aid between ("med den der rullekniv"); None without one, or
    when the lead is the particle of a verb handling the thing ("holde på kaffekoppen",
    "skåret sig på brødkniven")."""
    reach = max(reach, lex.tool_lead_reach)  # a loose thing's own reach may be longer
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if words[k] in lex.tool_leads:
            if words[k] in lex.tool_made_leads and not _made_for(words, i, lex):
                return None  # "han har lavet et fuglebræt til haven": made, no aid
            j = k - 1 if k and words[k - 1] not in lex.tool_self_words else k - 2
            if j >= 0 and words[j] in lex.tool_handled or _put_on(words, k, lex):
                return None
            return k
        if not words[k].isalpha() or words[k] in lex.clause_breaks or words[k] in lex.aids:
            return None
    return None


def _made_for(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when the thing at i is said made for the person ("et højbed til mig")."""
    return " ".join(words[i + 1 : i + 3]) in lex.tool_made_for


_PUT_REACH = 4  # words from a verb of putting to the lead of where ("lægge puslespil igen på")


def _put_on(words: Sequence[str], k: int, lex: Lexicon) -> bool:
    """True when the lead at k ("på") says where a thing is put by a verb of tool_put_verbs
    before it ("lægge puslespil igen på sit puslespilsbræt"), not where oneself is ("sætte mig
    på skamlen")."""
    if words[k] not in lex.aid_target_leads:
        return False
    return any(
        words[v] in lex.tool_put_verbs and words[v + 1] not in lex.tool_self_words
        for v in range(max(0, k - _PUT_REACH), k - 1)
    )


def thing_feature(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for an aid word that names a part of the thing said right before it ("en skræller
    med tykt håndtag", "en lille skammel med gelænder"): no aid of its own."""
    ind = lex.independence
    if words[i] not in ind.aid_features:
        return False
    for k in (i - 1, i - 2):
        if k < 1 or words[k] not in ind.feature_leads:
            continue
        if k == i - 2 and words[i - 1] in ind.feature_owners:
            return False  # "en tur med min gelænder": owned, a thing of its own
        if k == i - 1 and words[k - 1] in ind.feature_pointers and words[k - 2] == ",":
            return True  # "kalenderen på mobilen, den med alarm": the thing said before it
        end = k - 1
        while end >= 2 and words[end] in ind.aid_features and words[end - 1] in ind.feature_joins:
            end -= 2  # "en spand på hjul med håndtag": the wheels are the bucket's too
        return any(words[h] in ind.feature_owners for h in range(max(0, end - 2), end))
    return False


def handle_of_a_thing(words: Sequence[str], i: int, aids, lex: Lexicon) -> bool:
    """True for a handle word that names a part of another thing, no grab rail: said with the
    shape of a grip ("bestik med tykke håndtag"), said of an aid ("håndtaget på rollatoren", "en
    trappestige med håndtag at holde i"), or
    in its definite form after an aid of `aids` ((lemma, index) pairs) was named ("med
    rollatoren, snoren kan sidde fast i håndtaget"). One said where a grab rail is put up ("et
    håndtag på væggen", "håndtaget ved toilettet") is a grab rail."""
    ind = lex.independence
    if words[i] not in ind.aid_handles:
        return False
    reach = ind.rail_place_window
    if any(w in ind.rail_places for w in words[max(0, i - reach) : i + reach + 1]):
        return False
    own = lex.aids.get(words[i])
    if shaped_grip(words, i, lex):
        return True  # "med tykke håndtag"
    if any(w in ind.handle_practised for w in words[max(0, i - 2) : i]):
        return True  # "træner greb og bevægelser", "øve det gode greb": the hand's grip
    for k in range(max(1, i - 3), i):
        if words[k] in ind.feature_leads and lex.aids.get(words[k - 1]) not in (None, own):
            return True  # "en trappestige med (et) håndtag": the aid's own handle
    after = words[i + 1 : i + 4]
    if (  # "håndtaget på (den gamle) rollator"
        after
        and after[0] in lex.aid_use_words
        and any(lex.aids.get(w) not in (None, own) for w in after[1:])
    ):
        return True
    if words[i] not in ind.aid_handles_definite:
        return False
    # "med rollatoren, snoren kan sidde fast i håndtaget"; also a thing that is an aid's, named
    # before as where one stands ("står på trappestigen og holder i håndtaget")
    return any(a != own and k < i for a, k in aids) or any(
        lex.aids.get(w) not in (None, own) for w in words[:i]
    )


def shaped_thing(words: Sequence[str], i: int, lex: Lexicon) -> tuple[str, int] | None:
    """(aid, index of the thing) for a shaped grip at word i said of a thing that is an aid
    with it ("bestik med tykke håndtag", "en ske med et tykt greb": specialbestik; aids.yaml
    shaped_things); None for any other thing ("en skræller med tykt håndtag")."""
    if not shaped_grip(words, i, lex):
        return None
    ind = lex.independence
    for k in (i - 2, i - 3):
        if k >= 1 and words[k] in ind.feature_leads:
            aid = lex.shaped_things.get(words[k - 1])
            return (aid, k - 1) if aid else None
    return None


def placed_aid(words: Sequence[str], i: int, lex: Lexicon) -> str | None:
    """The aid a bare raiser word at i is by the furniture it is said under or on ("en
    forhøjer under sengen": sengeforhøjer, "forhøjere under benene på stolen": stoleforhøjer);
    None when no such furniture follows (aids.yaml placed_aids)."""
    if words[i] not in lex.placed_words or lex.placed_reach < 1:
        return None
    after = words[i + 1 : i + 1 + lex.placed_reach]
    if not after or after[0] not in lex.placed_leads:
        return None
    return next((lex.placed_aids[w] for w in after[1:] if w in lex.placed_aids), None)


def shaped_grip(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for a handle word said with the shape of a grip ("tykke håndtag", "det bløde greb")."""
    ind = lex.independence
    return words[i] in ind.aid_handles and i > 0 and words[i - 1] in ind.handle_shapes


def without_lost(words: Sequence[str], aids, lex: Lexicon):
    """Drop aids that are things lost or put somewhere ("hvor han har stillet rollatoren") or
    not had yet ("når jeg har fået protesen", "hvis jeg får en rollator", "venter på …")."""
    ind = lex.independence

    def lost(i: int) -> bool:
        for k in range(max(0, i - ind.lost_window), i):
            if words[k] in ind.lost_before or words[k] in ind.pending_before:
                return True
            if words[k] in ind.pending_get and any(
                words[h] in ind.pending_lead for h in range(max(0, k - 3), k)
            ):
                return True
            if words[k] in ind.put_words and any(
                words[h] in ind.put_lead for h in range(max(0, k - 3), k)
            ):
                return True
        return False

    return [(name, i) for name, i in aids if not lost(i)]


def named(
    words: Sequence[str],
    lemmas: Sequence[str],
    table: dict[str, str],
    compounds: bool = True,
    tails: dict[str, str] | None = None,
    memo: Memo | None = None,
    wholes: frozenset[str] = frozenset(),
):
    """Return (canonical name, token index) for every word in the table (form or lemma).

    With `compounds`, a word ending in a known name counts too ("firehjulsrollatoren"); with
    `tails`, a word ending in one of those ("havenabo"), named by the whole compound when its
    name is one of `wholes` ("hjertesygeplejersken": hjertesygeplejerske). `memo` keeps each
    (word, lemma)'s name for the next call with the same table and options (the caller's own
    memo).
    """
    if memo is not None:
        # every word's kept name read in one pass in C (most words name nothing: None)
        pairs = list(zip(words, lemmas, strict=True))
        names = list(map(memo.get, pairs, repeat(MISSING, len(pairs))))
        if MISSING in names:
            for i, name in enumerate(names):
                if name is MISSING:
                    w, lem = pairs[i]
                    names[i] = memo.get_or(
                        pairs[i], _name_of, w, lem, table, compounds, tails, wholes
                    )
        return [(name, i) for i, name in enumerate(names) if name is not None]
    out = []
    for i, (w, lem) in enumerate(zip(words, lemmas, strict=True)):
        name = _name_of(w, lem, table, compounds, tails, wholes)
        if name is not None:
            out.append((name, i))
    return out


def phrase_index(table: dict[str, str], lemma) -> tuple[tuple[tuple[frozenset, ...], str], ...]:
    """The names of `table` said in more than one word ("skridsikkert underlag"): for each, the
    forms and lemma each of its words may be said in, and the canonical name; longest first."""
    out = []
    for form, name in table.items():
        said = form.split()
        if len(said) > 1:
            out.append((tuple(frozenset({w, lemma(w)}) for w in said), name))
    return tuple(sorted(out, key=lambda p: -len(p[0])))


def named_phrases(words: Sequence[str], lemmas: Sequence[str], phrases) -> list:
    """(canonical name, first word, end) for every phrase of `phrases` (phrase_index) said,
    each word in any form of its lemma ("et skridsikkert underlag", "det skridsikre underlag",
    "skridsikre underlag", typed without æøå and repaired)."""
    out = []
    first = once(phrases, "phrase_firsts", _phrase_firsts)
    if first.keys().isdisjoint(words) and first.keys().isdisjoint(lemmas):
        return out  # no phrase's first word said (most utterances): one test in C, no loop
    n = len(words)
    i = 0
    while i < n:
        # only the phrases whose first word is said here are tried (most words start none)
        by_form, by_lemma = first.get(words[i]), first.get(lemmas[i])
        if by_form is None and by_lemma is None:
            i += 1
            continue
        if by_form is None or by_lemma is None or by_form is by_lemma:
            tried = by_form or by_lemma
        else:
            tried = sorted({*by_form, *by_lemma})
        found = next(
            (
                (name, i, i + len(said))
                for said, name in (phrases[p] for p in tried)
                if i + len(said) <= n
                and all(words[i + k] in ok or lemmas[i + k] in ok for k, ok in enumerate(said))
            ),
            None,
        )
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found[2]
    return out


def _phrase_firsts(phrases) -> dict[str, tuple[int, ...]]:
    """A form or lemma → the positions in `phrases` (phrase_index) of the phrases whose first
    word may be said so, in their order."""
    firsts: dict[str, list[int]] = {}
    for p, (said, _name) in enumerate(phrases):
        for form in said[0]:
            firsts.setdefault(form, []).append(p)
    return {form: tuple(ps) for form, ps in firsts.items()}


def with_phrases(named_words: list, phrases: list) -> list:
    """The names of single words (named()) and of phrases (named_phrases()) together, in the
    order said; a word inside a phrase ("hvilestol med løft") is the phrase's."""
    if not phrases:
        return named_words
    inside = {k for _name, start, end in phrases for k in range(start, end)}
    kept = [(n, i) for n, i in named_words if i not in inside]
    return sorted([*kept, *((n, i) for n, i, _end in phrases)], key=lambda p: p[1])


def _name_of(
    w: str, lem: str, table: dict[str, str], compounds: bool, tails, wholes=frozenset()
) -> str | None:
    """The canonical name one word (form or lemma) gives in named(), or None."""
    name = table.get(w) or table.get(lem) or table.get(w.rstrip("."))
    if name is None and (compounds or tails) and len(w) > 6 and w.isalpha():
        parts = table if compounds else tails
        name = tail_person(w, parts)
        if name in wholes:  # "hjertesygeplejersken": the whole compound, said as its lemma
            head = next(k for k in range(3, len(w) - 3) if w[k:] in parts)
            name = w[:head] + name
    return name


def tail_person(word: str, table: dict[str, str]) -> str | None:
    """The name a word gives by `table` as a whole word or by its compound's last part
    ("havenabo": nabo), else None; a whole word the table lists as "" names no one
    ("spisevenner": a dining club)."""
    return table.get(word, compound_tail(word, table)) or None


def compound_tail(word: str, table: dict[str, str]) -> str | None:
    """The name of the longest known last part of a compound ("firehjulsrollatoren")."""
    for k in range(3, len(word) - 3):
        tail = word[k:]
        if tail in table:
            return table[tail]
    return None


def own_action(
    words: Sequence[str],
    cues,
    cl: Clauses,
    cut: Sequence[Span],
    punct: Sequence[bool],
    text: Sequence[str] | None = None,
    new_statement: Callable[[int], bool] = lambda _i: False,
    negations: frozenset[str] = frozenset(),
    tail: Callable[[list[int]], list[int]] | None = None,
    bare_start: Callable[[Sequence[str], int], bool] = lambda _ws, _i: False,
    sentence_join: str = ",",
    own_first: bool = False,
    who: WishPeople | None = None,
) -> str | None:
    """The wish's own verb phrase ("vil gerne bage en kage til min søns fødselsdag"), or None.

    It starts after a wish verb and its particles, at a word that looks like an infinitive or
    a direction ("ud at danse"), and ends before punctuation, a new clause, a new statement
    ("… jeg vil …", `new_statement`), a purpose clause, a date or a frequency. Of several
    wishes the first one not negated counts ("vil ikke bruge bleer, han vil gerne kunne gå på
    toilettet"). With `text` (the tokens as written) the phrase keeps their spelling; `tail`
    gives the words said beside it that belong to it (a place: wish_place.place_tail); a verb
    phrase told in the next sentence is joined with `sentence_join` ("… ved kirken og lave …").
    """
    kept = own_action_tokens(
        words, cues, cl, cut, punct, new_statement, negations, bare_start, own_first, who
    )
    if kept and _missed_object(words, kept[0], cues):
        return None  # "savner drengene": a thing or person missed is no verb phrase for a goal
    if kept and tail is not None:
        kept = _before_occasion(words, kept, tail(kept), cues)
    last = _last_list_commas(words, kept, punct, cues, negations)
    said = " ".join(
        _sentence_join(words, kept, n, cues, sentence_join)
        if words[k] in SENTENCE_ENDS or k in last
        else _as_said(words, text or words, k, punct)
        for n, k in enumerate(kept)
    )
    return said.replace(" ,", ",") or None  # a task list's comma sits on its word


def _before_occasion(words: Sequence[str], kept: list[int], more: list[int], cues) -> list[int]:
    """The phrase with the words said beside it (`more`); company said after a comma that
    follows an occasion clause ("smøre smørrebrødet igen når det er min tur, med sild og æg")
    goes with the deed, before the clause ("… igen med sild og æg når det er min tur")."""
    if not more or words[more[0]] not in cues.object_company:
        return kept + more
    lead = next((n for n, k in enumerate(kept) if n and words[k] in cues.occasion_leads), None)
    if lead is None or more[0] <= kept[-1]:
        return kept + more
    return kept[:lead] + more + kept[lead:]


def _last_list_commas(words, kept: list[int], punct, cues, negations) -> set[int]:
    """The last comma of each list of things kept without "og" ("købe grøntsager, frugt,
    ost"): the phrase says it with the join word ("… frugt og ost")."""
    out: set[int] = set()
    for k in kept:
        end = _thing_list_end(words, punct, k, cues, negations) if words[k] == "," else None
        if end is None or any(words[j] in cues.joins for j in range(k, end)):
            continue
        commas = [j for j in range(k, end) if words[j] == "," and j in kept]
        if commas and commas[-1] > k:
            out.add(commas[-1])
    return out


def _sentence_join(words, kept: list[int], n: int, cues, join: str) -> str:
    """How the kept sentence end kept[n] reads inside the phrase: `join` before a last verb
    phrase ("… ved kirken og lave noget med hænderne igen"), a comma before a list that has its
    own "og" ("… igen, stå op klokken 8 og klæde mig på")."""
    return "," if any(words[k] in cues.joins for k in kept[n + 1 :]) else join


def _as_said(words: Sequence[str], text: Sequence[str], k: int, punct: Sequence[bool]) -> str:
    """Token k as the phrase says it: a mark inside the phrase is its comma ("…, især …"), and a
    word that opened a new sentence is no longer its start ("… igen. Til gudstjenesten")."""
    if punct[k]:
        return ","
    if k and words[k - 1] in SENTENCE_ENDS and text[k][:1].isupper() and text[k][1:].islower():
        return words[k]
    return text[k]


def _thing_wont(words: Sequence[str], i: int, cues, negations: frozenset[str]) -> bool:
    """True for a wish verb after a relative and a negation: what a thing will not do ("et sår
    der ikke vil hele"), no wish."""
    return i >= 2 and words[i - 1] in negations and words[i - 2] in cues.thing_relatives


def own_action_tokens(
    words: Sequence[str],
    cues,
    cl: Clauses,
    cut: Sequence[Span],
    punct: Sequence[bool],
    new_statement: Callable[[int], bool] = lambda _i: False,
    negations: frozenset[str] = frozenset(),
    bare_start: Callable[[Sequence[str], int], bool] = lambda _ws, _i: False,
    own_first: bool = False,
    who: WishPeople | None = None,
) -> list[int]:
    """The token indices of the wish's own verb phrase (see own_action); empty when none.

    `bare_start` tells where a verbless short answer may open ("svømmehallen igen", "mine
    piller selv"); with `own_first` (the speaker talks of themself) a wish of their own wins
    over someone else's told before it ("hun vil så gerne snakke med mig …, så jeg vil gerne
    selv kunne ringe til hende"); with `who` (who may own a wish: WishPeople) a wish whose
    subject is an owned person ("Mit barnebarn vil gerne køre med i løbet") gives way to a later
    one of the one the answer is about: "jeg" of a speaker talking of themself, else "han"/"hun"
    ("… Han vil gerne bygge en sæbekassebil med sit barnebarn")."""
    if cues is None:
        return []
    verbs = _LAST_VERBS.get_or((words, cues, cl, negations), _wish_verbs)
    dated = {s for s, _e in cut}  # "vil gerne i weekenden …": a date, no place
    found = [_phrase_start(words, i, cues, dated) for i in verbs]
    starts = [i for i in found if i is not None]
    back = [k for v in verbs[:1] for k in range(max(0, v - 4), v) if words[k] in cues.cleft_opens]
    if not starts and back:
        # "jeg kan jo ikke komme op i min lejlighed …, det er det jeg vil kunne igen": the lack
        # is the phrase, up to the words that point back at it
        lack = _lack_start(words, cues, negations, back[0])
        if lack is not None:
            kept = [k for k in _phrase_at(words, lack, cues, cl, cut, punct, new_statement)
                    if k < back[0]]  # fmt: skip
            linked = {w for link in cues.cleft_links for w in link} | cues.cleft_opens
            # "… om morgenen og det er det han vil", "… bage mere, det vil hun": no link, no
            # "mere" of the lack
            while kept and words[kept[-1]] in cues.trailing | linked | cues.lack_skip:
                kept.pop()
            return kept
    if not starts or all(
        s is None or (s < cl.refused and _refusable(words, v, s, cues, negations))
        for v, s in zip(verbs, found, strict=True)
    ):
        # "hun mener jeg burde på dagcenter. det vil jeg ikke. hellere selv gå ned og handle",
        # "min datter siger jeg skal gå til banko. det gider jeg ikke. hellere ud at fiske":
        # after a refusal of one's own "vil" or of what others say one should, the wish
        # without its verb in the sentence after it
        after = _after_refusal(words, cues, cl, punct, negations, bare_start)
        if after or not starts:
            return after or _bare_phrase(words, cues, punct, negations, bare_start)
    i = next((k for k in starts if words[k] not in negations), starts[0])
    # "han savner hestene og staldfolkene. han vil så gerne ud og se travløb …": what is missed
    # is no verb phrase; a later wish with its own verb ("ud og se", "spille kort")
    # is the wish; "… og vil gerne derhen igen" points back at what is missed, no deed of its own
    i = next((k for k in starts if k >= i and _wished_deed(words, k, cues, negations)
              and (k == i or _deed_ahead(words, k, cues))), i)  # fmt: skip
    i = past_relative(words, verbs, found, i, cues, negations)  # "… som vil øve deres …"
    i = past_reported_question(words, verbs, found, i, cues, negations)  # "om jeg vil …"
    if own_first:
        i = _own_wish_start(words, verbs, found, i, cues, negations)
    if who is not None:
        i = _past_named_wish(words, verbs, found, i, cues, negations, own_first, who)
    if words[i] in negations and found[-1] is None:
        return []  # "det vil jeg ikke blive ved med, jeg vil gerne selv": the wish says no verb
    kept = _phrase_at(words, i, cues, cl, cut, punct, new_statement, negations)
    # "hun vil så gerne hjælpe til. hun vil gerne dække bord til aftensmaden": a first wish of
    # only a verb and its particle says less than a later one that names what
    later = [k for k in starts if k > i and words[k] not in negations]
    if later and _only_verb(words, kept, cues):
        more = _phrase_at(words, later[0], cues, cl, cut, punct, new_statement, negations)
        if not _only_verb(words, more, cues):
            return more
    return kept


def _refusable(words: Sequence[str], v: int, start: int, cues, negations) -> bool:
    """True for a wish verb at v (its phrase at `start`) that a refusal after it takes back: a
    will denied ("det vil jeg ikke"), what one should ("jeg skal gå til banko") or another
    person's will ("min kone vil have en robot")."""
    near = {words[k] for k in (v - 1, v + 1) if 0 <= k < len(words)}
    if v >= 2 and words[v - 2] in cues.others_owners and words[v - 1] not in cues.own_subjects:
        return True  # "min kone vil have en robotplæneklipper"
    return (
        words[start] in negations or words[v] in cues.obliged or bool(near & cues.others_subjects)
    )


def _after_refusal(words, cues, cl: Clauses, punct, negations, bare_start) -> list[int]:
    """The token indices of a verbless wish said in the sentences after the last one that
    refuses (`cl.refused`: "nej det gider jeg ikke. hellere ud at fiske"); empty when none."""
    at = cl.refused
    if not at:
        return []
    found = _bare_phrase(words[at:], cues, punct[at:], negations, bare_start)
    return [k + at for k in found]


# the wish verbs of the utterance last asked for: own_action_tokens runs twice per utterance
_LAST_VERBS = LastCall()


def _wish_verbs(words: Sequence[str], cues, cl: Clauses, negations: frozenset[str]) -> tuple:
    """The wish verbs (or modals) whose phrase may be the wish's own, in order: what
    own_action_tokens reads the same whatever it cuts (see there)."""
    verbs = [
        i
        for i, w in enumerate(words)
        if w in cues.wish_verbs
        and not cl.in_motivation(i)
        and not _thing_wont(words, i, cues, negations)
    ]
    if words and words[0] in cues.answer_leads:  # "at hun igen kan finde vej …"
        reach = range(1, min(len(words), cues.answer_reach + 1))
        # before any "skal" later: "at hun selv kan huske … uden at vi skal ringe"; the answer's
        # own wish comes before a "vil" told after it ("… det vil han ikke give op")
        lead = [i for i in reach if words[i] in cues.answer_modals][:1]
        verbs = sorted({*lead, *verbs})
    verbs = sorted({*verbs, *_asking_subjects(words, cues)})  # "kan man lære at ringe …?"
    # "han ville vende sig i graven, hvis …, men det jeg ønsker mig, det er at kunne …"
    verbs = without_story(words, verbs, cues, _cleft_answer)
    if not verbs:  # "så det skulle da være det, at jeg selv kan bage mit rugbrød igen"
        verbs = _cleft_answer(words, cues)
    if not verbs:  # "hun skal drikke mere": what she must do is the phrase
        verbs = [i for i, w in enumerate(words) if w in cues.obliged and not cl.in_motivation(i)]
    fixed = last_correction(words, cues)  # "… nej vent, jeg vil hellere …": the later wish
    if fixed is not None and any(i > fixed for i in verbs):
        verbs = [i for i in verbs if i > fixed]
    return tuple(verbs)


def _own_wish_start(
    words: Sequence[str], verbs: list[int], found: list, i: int, cues, negations
) -> int:
    """The start of the speaker's own later wish when the wish at `i` is someone else's ("hun
    vil så gerne …" before "så jeg vil gerne selv kunne …"); else `i`."""

    def subjects(v: int) -> set[str]:
        return {words[k] for k in (v - 1, v + 1) if 0 <= k < len(words)}

    def others(v: int) -> bool:
        # "min datter vil have mig med i …": the speaker is the one wished for
        if subjects(v) & cues.others_subjects:
            return True
        if v > 0 and words[v - 1] in cues.own_subjects:
            return False
        on = (cues.for_fillers, cues.for_verbs, cues.for_links, cues.for_targets)
        return wished_for_speaker(words, v + 1, *on) is not None

    verb = next((v for v, start in zip(verbs, found, strict=True) if start == i), None)
    if verb is None or not others(verb):
        return i

    def own(v: int) -> bool:
        return bool(subjects(v) & cues.own_subjects) and not subjects(v) & cues.others_subjects

    return later_wish(words, verbs, found, i, negations, own)


def _past_named_wish(words, verbs, found, i: int, cues, negations, own_first, who) -> int:
    """The start of a later wish of the one the answer is about ("jeg" when the speaker talks
    of themself, else "han"/"hun" or the citizen's bare kin word, "far") when the wish at `i`
    has an owned person as its subject ("hans barnebarn Oliver vil så gerne køre med i
    sæbekasseløbet … Han vil gerne bygge en sæbekassebil med sit barnebarn"); else `i`."""
    verb = next((v for v, start in zip(verbs, found, strict=True) if start == i), None)
    # told of the citizen, "min mor vil gerne …" is the citizen; "hans barnebarn …" is not
    owners = cues.others_owners if own_first else cues.citizens_owners
    owner = None if verb is None else subject_owner(words, verb, owners, cues, who)
    if owner is None:
        return i
    subjects = cues.own_subjects if own_first else cues.others_subjects
    # "Hendes barnebarn Oliver … Han vil gerne have hende med ud": only "hun" is the citizen
    # after "hendes", and a clause with "hende" in it is someone else's wish for her
    citizen = frozenset() if own_first else cues.owner_pronouns.get(owner, frozenset())
    others = subjects - citizen if citizen else frozenset()

    def own(v: int) -> bool:
        near = [k for k in (v - 1, v + 1) if 0 <= k < len(words)]
        if any(words[k] in others for k in near) or _holds_any(words, v + 1, citizen - subjects):
            return False
        said = any(words[k] in subjects or (not own_first and who.citizen_at(k)) for k in near)
        return said and not named_subject(words, v, owners, cues, who)

    return later_wish(words, verbs, found, i, negations, own)


def _holds_any(words: Sequence[str], k: int, wanted: frozenset[str]) -> bool:
    """True when one of `wanted` comes from k to the end of its clause ("," or a sentence's
    end)."""
    for j in range(k, len(words)):
        if words[j] == "," or words[j] in SENTENCE_ENDS:
            return False
        if words[j] in wanted:
            return True
    return False


def _asking_subjects(words: Sequence[str], cues) -> list[int]:
    """The subjects of wish questions ("kan man lære at ringe …?", "kunne jeg lære …"): a modal
    opening a sentence (after an opener such as "øh" at most) and a subject after it."""
    found = []
    if cues.question_modals.isdisjoint(words) or cues.question_subjects.isdisjoint(words):
        return found  # no modal or no subject said: no question (one test in C, no loop)
    for k in range(len(words) - 1):
        if words[k] not in cues.question_modals or words[k + 1] not in cues.question_subjects:
            continue
        j = skip_back(words, k - 1, cues.question_openers)
        if j < 0 or words[j] in SENTENCE_ENDS:
            found.append(k + 1)
    return found


def _cleft_answer(words: Sequence[str], cues) -> list[int]:
    """The modal of an answer clause a few words after a pointing word ("det skulle være det, at
    jeg selv kan bage …", "det vigtigste er at hun kan klæde sig på"): the phrase begins after
    it."""
    for k in range(1, len(words)):
        if (
            words[k] not in cues.answer_leads
            or not set(words[max(0, k - 4) : k]) & cues.cleft_opens
        ):
            continue
        reach = range(k + 1, min(len(words), k + 1 + cues.answer_reach))
        modal = next((j for j in reach if words[j] in cues.answer_modals), None)
        if modal is not None:
            return [modal]
    return []


def _lack_start(words: Sequence[str], cues, negations: frozenset[str], before: int) -> int | None:
    """Where the verb of a lack told before word `before` starts ("jeg kan jo ikke komme op …"),
    or None when none is told."""
    for k in range(before):
        if words[k] not in cues.lack_modals:
            continue
        j, negated = k + 1, False
        while j < before and (
            words[j] in cues.after or words[j] in negations or words[j] in cues.lack_skip
        ):
            negated |= words[j] in negations
            j += 1
        if negated and j < before and _infinitive_like(words[j], cues):
            return j
    return None


def _only_verb(words: Sequence[str], kept: list[int], cues) -> bool:
    """True for a phrase of a verb and particles only ("hjælpe til", "komme ud"), maybe with
    the occasion told after them ("hjælpe til når børnebørnene kommer")."""
    for k in kept[1:]:
        if words[k] in cues.occasion_leads:
            return True
        if not (words[k] in cues.motion or words[k] in cues.trailing or words[k] in cues.after):
            return False
    return bool(kept)


def _phrase_at(
    words: Sequence[str],
    i: int,
    cues,
    cl: Clauses,
    cut: Sequence[Span],
    punct: Sequence[bool],
    new_statement: Callable[[int], bool],
    negations: frozenset[str] = frozenset(),
) -> list[int]:
    """The token indices of the verb phrase that starts at word i (see own_action)."""
    n = len(words)
    spans = {s: e for s, e in cut}
    motive = cl.motivation[0] if cl.motivation else None
    verbless = (
        words[i] in cues.verbless_place_leads
        or words[i] in cues.motion
        or not _infinitive_like(words[i], cues)
    )
    kept: list[int] = []
    end = begin = i  # begin: where the words of the sentence now read are counted from
    while end < n and end != motive and end - begin < cues.max_words:
        if punct[end] and end > i and asked_clause_at(words, end, cues):
            kept.append(end)  # "… og høre, hvad folk siger": the question is the verb's object
            end += 1
            continue
        if punct[end]:
            told_more = end > i and _verb_sentence_after(
                words, punct, end, cues, new_statement, negations
            )
            things = _thing_list_end(words, punct, end, cues, negations) if end > i else None
            if things is not None and not told_more:
                kept.extend(range(end, things))  # "… købe grøntsager, frugt, ost."
                end = things
                continue
            named = _apposed_before_tasks(words, punct, end, cues) if end > i else None
            if named is not None and not told_more:
                kept.extend(range(end, named))  # "… kaniner igen, Trofast og Snehvide, muge …"
                begin += named - end  # the names are not counted in the phrase's words
                end = named
                continue
            verb_after = _verb_after_extent(words, punct, end, cues, negations) if end > i else None
            if verb_after is not None and not told_more:
                # "… om søndagen. Hele messen, en time, og gå selv op til kommunion": the extent
                # is no verb phrase (the measure's, if any); the deed after it is the wish's
                kept.append(end)
                end = begin = verb_after
                continue
            if not (end > i and _task_list_after(words, punct, end, cues)) and not told_more:
                break
            kept.append(end)  # "passe min kat igen, give hende mad og gøre kattebakken ren"
            end += 1
            begin = end if told_more else begin  # "… igen. stå op klokken 8 og …"
            continue
        if end in spans:  # a date or frequency: the phrase goes on only with "og <verb> …"
            after = spans[end]
            join = after
            while join < n and words[join] in cues.span_again:
                join += 1  # "… om lørdagen igen og købe …"
            verb_goes_on = join + 1 < n and words[join] in cues.joins and verb_like(words[join + 1])
            # "til det lille oldebarn der kommer til maj": the time of a relative clause is its own
            timed = _relative_verb_before(words, kept, end, cues)
            way_goes_on = after < n and words[after] in cues.span_goes_on
            extent = _verb_after_extent(words, punct, after, cues, negations) if after < n else None
            if extent is not None and not (verb_goes_on or way_goes_on):
                # "… om lørdagen. Hele filmen, to timer, og købe popcorn": the deed after the extent
                kept.append(after)
                end = begin = extent
                continue
            if not (verb_goes_on or way_goes_on or _span_clause_at(words, after, cues)):
                if timed:
                    kept.extend(range(end, after))
                break  # "… hver aften med et spejl": the means goes on; a new clause does not
            if timed:
                kept.extend(range(end, after))
            end = after
            continue
        degree = end + 1 < n and words[end + 1] in cues.degree_after.get(words[end], ())
        if end > i and ((words[end] in cues.stops and not degree) or new_statement(end)):
            break
        if end > i and words[end] in cues.correction_firsts and _correction_at(words, end, cues):
            break  # "gå en tur hver dag nej ikke hver dag …": the correction is no part of it
        if verbless and _restated_at(words, end, cues):
            # "i svømmehallen igen altså svømme i det varme bassin": said again with its verb
            return _phrase_at(words, end + 1, cues, cl, cut, punct, new_statement, negations)
        kept.append(end)
        end += 1
    if kept and end - begin >= cues.max_words:  # cut short: no half relative clause at its end
        tail = [k for k in kept[-_HALF_CLAUSE:] if words[k] in cues.cut_leads]
        clause = _clause_cut(words, kept, cues, punct)
        if clause is not None:
            kept = kept[:clause]
        elif tail:
            kept = kept[: kept.index(tail[-1])]
    return _without_trailing(words, kept, cues)


def _span_clause_at(words: Sequence[str], k: int, cues) -> bool:
    """True when a clause of the wish's own way opens at k, after a date or frequency ("… hver
    dag uden at få ondt i knæet"): the phrase goes on with it."""
    return any(tuple(words[k : k + len(lead)]) == lead for lead in cues.span_clause_leads)


def _without_trailing(words: Sequence[str], kept: list[int], cues) -> list[int]:
    """The phrase without the words and spoken tags that end it saying nothing ("… igen ikke
    også": "… igen"; `trailing`, `trailing_tags`)."""
    while kept:
        said = tuple(words[k] for k in kept)
        tag = next((t for t in cues.trailing_tags if said[-len(t) :] == t), None)
        if tag is not None:
            del kept[-len(tag) :]
        elif words[kept[-1]] in cues.trailing:
            kept.pop()
        else:
            break
    return kept


_RELATIVE_REACH = 3  # words of a relative clause before its date ("der bliver født")


def _relative_verb_before(words: Sequence[str], kept: list[int], k: int, cues) -> bool:
    """True when the kept words just before `k` are a relative clause, a relative and a verb of
    the present and at most a word or two more ("… oldebarn der kommer", "… søn som fylder 50",
    "… barnebarn der bliver født"): a date at `k` says when that happens."""
    for j in range(k - 2, max(k - 2 - _RELATIVE_REACH, 0), -1):
        if j not in kept or words[j] in SENTENCE_ENDS:
            return False
        if words[j] in cues.thing_relatives:
            verb = words[j + 1]
            return verb not in cues.thing_relatives and verb.endswith(cues.present_endings)
    return False


def _clause_cut(words: Sequence[str], kept: list[int], cues, punct) -> int | None:
    """Where a phrase cut short ends when a clause begun in its last sentence part runs to the
    cut ("… uden at naboen skal sidde og råbe det hele | op for mig"): before that clause's lead
    (cut_clause_leads), so the clause is left out rather than cut in its middle; None when no
    such clause was begun. Never at the phrase's first word."""
    for p in range(len(kept) - 1, 0, -1):
        if punct[kept[p]]:
            return None
        for lead in cues.cut_clause_leads:
            if tuple(words[k] for k in kept[p : p + len(lead)]) == lead:
                return p
    return None


def _verb_sentence_after(words, punct, k: int, cues, new_statement, negations) -> bool:
    """True at a sentence end followed by a sentence of a bare verb phrase, no subject and not
    negated ("komme ned i mandeværkstedet ved kirken. lave noget med hænderne igen"): the wish
    goes on; "… ikke bare ligge der" does not."""
    if words[k] not in SENTENCE_ENDS or k + 2 >= len(words) or punct[k + 1]:
        return False
    verb = words[k + 1]
    if verb in cues.stops or verb in cues.after or verb in negations or verb in cues.fragment_leads:
        return False
    if verb in cues.place_leads:  # "hente posten. ude ved vejen": where, no verb of its own
        return False
    if verb in cues.object_determiners:  # "… om søndagen. hele messen": a thing, no verb
        return False
    if not _infinitive_like(verb, cues):
        return False
    return not new_statement(k + 1) and not new_statement(k + 2)


#: Most words of an extent said between the wish and its next deed ("hele messen, en time").
_EXTENT_MAX = 6


def _verb_after_extent(words, punct, k: int, cues, negations) -> int | None:
    """Where the verb after a sentence end at k opens, when the next sentence opens with a short
    extent without a verb (one of object_determiners first: "hele messen, en time") and then a
    join and a bare verb phrase ("…, og gå selv op til kommunion"); None otherwise."""
    if words[k] not in SENTENCE_ENDS or k + 1 >= len(words):
        return None
    if words[k + 1] not in cues.object_determiners:
        return None
    for j in range(k + 2, min(len(words) - 1, k + 2 + _EXTENT_MAX)):
        if words[j] in SENTENCE_ENDS:
            return None
        if words[j] not in cues.joins or not punct[j - 1]:
            continue
        verb = words[j + 1]
        if verb in cues.stops or verb in negations or not _infinitive_like(verb, cues):
            return None
        return j + 1
    return None


def _restated_at(words: Sequence[str], k: int, cues) -> bool:
    """True when a restating word at k ("altså") is followed by a verb."""
    return (
        words[k] in cues.restate
        and k + 1 < len(words)
        and _infinitive_like(words[k + 1], cues)
        and words[k + 1] not in cues.after
    )


def _task_list_after(words, punct, k: int, cues) -> bool:
    """True at a comma that goes on with a list of tasks: a verb, and "og" and a verb within a
    few words ("…, give hende mad og gøre kattebakken ren")."""
    if words[k] != "," or k + 1 >= len(words) or not _infinitive_like(words[k + 1], cues):
        return False
    if words[k + 1] in cues.stops or words[k + 1] in cues.after:
        return False
    ahead = range(k + 2, min(len(words) - 1, k + 2 + TASK_LIST_REACH))
    return any(
        words[j] in cues.joins and _infinitive_like(words[j + 1], cues) and not punct[j]
        for j in ahead
    )


APPOSED_WORDS = 3  # words of the names set beside a thing ("Trofast og Snehvide")


def _apposed_before_tasks(words, punct, k: int, cues) -> int | None:
    """The comma that ends names set beside the thing before the comma at k, when a list of
    tasks goes on after it ("passe mine to kaniner igen, Trofast og Snehvide, muge ud i buret og
    give dem vand"): one name, or two joined by "og"; None else."""
    if words[k] != ",":
        return None
    for m in range(k + 2, min(len(words), k + 2 + APPOSED_WORDS)):
        if punct[m]:
            between = words[k + 1 : m]  # a name, or two joined (a name may look like a verb)
            named = len(between) == 1 or (len(between) == 3 and between[1] in cues.joins)
            named = named and all(w.isalpha() for w in between)
            return m if named and _task_list_after(words, punct, m, cues) else None
    return None


THING_LIST_ITEM = 2  # words of one thing in a list told without a verb ("frugt, ost")


def _thing_list_end(words, punct, k: int, cues, negations) -> int | None:
    """Where a list of things after the comma at k ends, at the sentence's end: at least two,
    of a word or two each, said with commas only ("købe grøntsager, frugt, ost."), the
    verb's objects as second-language Danish and speech list them; None for none ("…,
    alene", a verb after the comma)."""
    if words[k] != "," or k + 1 >= len(words) or _infinitive_like(words[k + 1], cues):
        return None  # "gå Bazar Vest, købe kød og grøntsag": a task list, not things
    items, size, j = 0, 0, k + 1
    while j < len(words) and words[j] not in SENTENCE_ENDS:
        w = words[j]
        j += 1
        if w in cues.joins:
            return None  # "…, mælk og brød og sådan noget": a list with "og" is read as said
        if w == ",":
            items, size = items + (size > 0), 0
            continue
        if w in cues.stops or w in negations or w in cues.trailing:
            return None
        if w in cues.place_not_subjects or w in cues.place_leads:
            return None
        size += 1
        if size > THING_LIST_ITEM:
            return None
    return j if items + (size > 0) >= 2 and size else None


def verb_like(word: str) -> bool:
    """True when a word looks like an infinitive (ends in "e")."""
    return word.endswith("e") and len(word) > 2


def _correction_at(words: Sequence[str], k: int, cues) -> bool:
    """True when a self-correction mark ("eller nej", "nej ikke") starts at word k."""
    return _correction_end(words, k, cues) is not None


def _correction_end(words: Sequence[str], k: int, cues) -> int | None:
    """Where a self-correction mark starting at word k ends, or None; a refusing one ("nej
    ikke hver dag …") ends after its first word, so what it repeats reads as refused."""
    found = None
    first = words[k]  # a mark's first word must be this one: the others are not read
    plain, refusing = once(cues, "corrections_by_first", _corrections_by_first)
    for mark in plain.get(first, ()):
        if tuple(words[k : k + len(mark)]) == mark:
            found = k + len(mark)
    for mark in refusing.get(first, ()) if k > 0 else ():
        if tuple(words[k : k + len(mark)]) == mark:
            found = k + 1
    return found


def _corrections_by_first(cues) -> tuple[dict[str, list], dict[str, list]]:
    """The correction marks and the refusing ones by their first word, each in its order."""
    plain: dict[str, list] = {}
    refusing: dict[str, list] = {}
    for marks, by_first in ((cues.corrections, plain), (cues.refusing_corrections, refusing)):
        for mark in marks:
            if mark:
                by_first.setdefault(mark[0], []).append(mark)
    return plain, refusing


def last_correction(words: Sequence[str], cues) -> int | None:
    """Where the last self-correction ("nej vent", "eller nej") ends, or None."""
    found = None
    firsts = cues.correction_firsts
    if firsts.isdisjoint(words):
        return None  # no word starts one (most utterances): one test in C, no loop
    for i, w in enumerate(words):
        if w not in firsts:
            continue  # the hot path: most words start no correction
        end = _correction_end(words, i, cues)
        found = end if end is not None else found
    return found


_HALF_CLAUSE = 5  # words at the end of a phrase cut short that may be a clause begun
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
BARE_MAX = 12  # words of an answer that is only a verb phrase ("gaa tur", "ringe til min søn")


def _bare_phrase(
    words, cues, punct, negations, bare_start=lambda _ws, _i: False, join: bool = True
) -> list[int]:
    """A short answer that is only a verb phrase ("ringe", "gaa en tur") is its own phrase, and
    so is a place or a thing said without its verb (`bare_start`: "svømmehallen igen",
    "oejendraaber selv"); with `join`, a short sentence of a verb phrase told after it goes
    with it ("komme ned i mandeværkstedet ved kirken. lave noget med hænderne igen")."""
    i = skip_ahead(words, 0, cues.after)
    lead = next((p for p in cues.topic_leads if tuple(words[i : i + len(p)]) == p), ())
    i += len(lead)  # "øh det med at komme ud på badeværelset": the topic named first
    while lead and i < len(words) and words[i] in cues.after:
        i += 1
    never = lambda _k: False  # noqa: E731
    told = {
        k
        for k in range(i, len(words))
        if join and _verb_sentence_after(words, punct, k, cues, never, negations)
    }
    # the first sentence, up to a new clause ("gå en tur. det er svært"), with the verb
    # phrases told after it
    ends = (
        k
        for k in range(i, len(words))
        if words[k] in cues.stops
        or (
            words[k] in SENTENCE_ENDS
            and not (k + 1 < len(words) and words[k + 1] in cues.fragment_leads)
            and k not in told
        )
    )
    first = next(ends, len(words))
    rest = [k for k in range(i, first) if not punct[k]]
    if any(k < first for k in told) and len(rest) > BARE_MAX:  # too long: the first alone
        return _bare_phrase(words, cues, punct, negations, bare_start, join=False)
    if len(rest) > BARE_MAX:  # "sætte mit hår op selv. i en knold som jeg altid har gjort":
        # the phrase without the clause told about it
        leads = [k for k in rest[1 : BARE_MAX + 1] if words[k] in cues.cut_leads]
        rest = rest[: rest.index(leads[-1])] if leads else rest
    if not rest or len(rest) > BARE_MAX or words[i] in negations:
        return []
    if (
        not _infinitive_like(words[i], cues)
        and words[i] not in cues.bare_directions
        and not bare_start(words, i)
    ):
        return []  # "ned paa havnen igen" is a phrase too (the goal gives it "gå")
    end = rest[-1] + 1
    while end > i and words[end - 1] in cues.trailing:
        end -= 1
    # a sentence told after it with a verb of its own is kept with its mark (the phrase's comma)
    return [k for k in range(i, end) if words[k] not in SENTENCE_ENDS or k in told]


def _wished_deed(words: Sequence[str], start: int, cues, negations) -> bool:
    """True when the phrase at `start` is neither negated nor the object of "savner"."""
    return words[start] not in negations and not _missed_object(words, start, cues)


def _deed_ahead(words: Sequence[str], start: int, cues, reach: int = 4) -> bool:
    """True when a verb ("ud og se", "spille") opens or follows within `reach` words of the
    phrase at `start`, before the sentence ends."""
    for k in range(start, min(len(words), start + reach)):
        if words[k] in SENTENCE_ENDS:
            return False
        if _infinitive_like(words[k], cues):
            return True
    return False


def _missed_object(words: Sequence[str], start: int, cues) -> bool:
    """True when the phrase at `start` is the object of a verb such as "savner" ("savner
    drengene", "savner mine venner"), not a verb phrase ("savner at synge i kor")."""
    k = start - 1
    while k >= 0 and words[k] in cues.after and words[k] not in cues.object_wish_verbs:
        if words[k] in cues.object_verb_markers:
            return False
        k -= 1
    return k >= 0 and words[k] in cues.object_wish_verbs


_CLEFT_VERB_WORDS = 2  # words of the wish verb's own before a cleft's link ("ønsker mig")


def _phrase_start(
    words: Sequence[str], verb: int, cues, dated: frozenset[int] | set[int] = frozenset()
) -> int | None:
    """Where the phrase after the wish verb at `verb` starts, or None when none starts there
    (`dated`: where a date or frequency starts, no place)."""
    i = verb + 1
    if set(words[max(0, verb - 4) : verb]) & cues.cleft_opens:  # "det jeg vil, det er at …"
        # "det jeg ønsker mig, det er at …", "det jeg drømmer om, er at …": the verb's own
        # words (of action_after) before the link
        j = i
        while j < min(len(words), i + _CLEFT_VERB_WORDS) and words[j] in cues.after:
            j += 1
        for at, link in ((at, link) for at in dict.fromkeys((i, j)) for link in cues.cleft_links):
            if tuple(words[at : at + len(link)]) == link:
                i = at + len(link)
                break
        if i > verb + 1 and i < len(words) and words[i] == ",":
            i += 1  # "det jeg ønsker mig, er, at jeg kan …": the comma after the link
        if i < len(words) and words[i] in cues.answer_leads:  # "… det er at jeg selv kan gå …"
            reach = range(i + 1, min(len(words), i + 1 + cues.answer_reach))
            i = next((k + 1 for k in reach if words[k] in cues.answer_modals), i)
    n = len(words)
    by_first = once(cues, "after_phrases_by_first", _phrases_by_first)
    while i < n and not _verb_after(words, i, cues):
        said = next((len(p) for p in by_first.get(words[i], ()) if _starts(words, i, p)), 0)
        if said:  # "vil i hvert fald gerne kunne gå …"
            i += said
        elif words[i] in cues.after or (
            # "det kunne jeg godt tænke mig, at hjælpe …": the comma before "at"
            words[i] == "," and i + 1 < n and words[i + 1] in cues.object_verb_markers
        ):
            i += 1
        else:
            break
    if i >= n:
        return None
    place = (
        words[i] in cues.verbless_place_leads
        and i not in dated
        and i + 1 < n
        and words[i + 1] not in cues.place_not_before
    )
    if not (words[i] in cues.motion or place or _infinitive_like(words[i], cues)):
        return None
    return i


def _phrases_by_first(cues) -> dict[str, tuple[tuple[str, ...], ...]]:
    """cues.after_phrases by their first word, each word's in their order (a phrase can start
    only at its first word: _phrase_start asks only those)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in cues.after_phrases:
        if not phrase:
            break  # an empty phrase matches anywhere with no words: none after it is asked
        out.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in out.items()}


def _verb_after(words: Sequence[str], i: int, cues) -> bool:
    """True when a word passed after the wish verb is the verb itself ("kunne så mine
    kartofler", "så frø"): the sowing verb before its thing, not "så" of degree ("så gerne")."""
    return (
        words[i] in cues.verb_afters
        and i + 1 < len(words)
        and words[i + 1] in cues.verb_after_objects
    )


def _infinitive_like(word: str, cues) -> bool:
    """A word a verb phrase may start with: a short infinitive ("gå") or one in -e."""
    return word in cues.short_infinitives or word in cues.verb_afters or verb_like(word)


def spelled_text(text: str, tokens: Sequence[str]) -> str:
    """Return the utterance with the spelling step's repairs ("paa" → "på"), else as said."""
    if not any(tokens):
        return text
    out = " ".join(tokens)
    for mark in (",", ".", "!", "?", ";", ":"):
        out = out.replace(" " + mark, mark)
    return out


def reason_text(
    tokens: Sequence[str],
    clauses: Clauses,
    cut: Sequence[Span],
    quotes: Sequence = (),
    m: MotivationCues | None = None,
) -> str | None:
    """Return the purpose clause as said, its lead-in and subject included ("så min kone kan …").

    A relative quoting the citizen just before it ("han siger: så jeg kan …", `quotes`) keeps
    the quote's lead, so the goal sentence knows whose "jeg" it is.
    """
    if clauses.motivation is None:
        return None
    kept = _purpose_tokens(tokens, clauses, cut, 0, m)
    start = kept[0] if kept else clauses.motivation[0]
    before = start
    while before > 0 and not any(c.isalnum() for c in tokens[before - 1]):
        before -= 1  # "han siger: så …"
    low = [t.lower() for t in tokens]
    lead = next(
        (q for q in quotes if before >= len(q) and tuple(low[before - len(q) : before]) == q),
        None,
    )
    if lead:
        kept = [*range(before - len(lead), start), *kept]
    text = " ".join(tokens[k] for k in kept).replace(" ,", ",").replace(" :", ":").strip(" ,")
    return text or None


def _purpose_tokens(
    tokens: Sequence[str], clauses: Clauses, cut: Sequence[Span], skip: int, m
) -> list[int]:
    """The purpose clause's token indices, `skip` lead-in words dropped, cut before a
    date/frequency; a clause joined on after it ("til foråret og mine børnebørn kan komme …")
    is kept, the date left out."""
    start, end = clauses.motivation[0] + skip, clauses.motivation[1]
    kept: list[int] = []
    at = start
    for s, e in sorted(sp for sp in cut if start < sp[0] < end):
        if s < at:
            continue
        kept.extend(range(at, s))
        if not (m and _joined_clause_at(tokens, e, end, m)):
            return kept
        at = e
    return _without_thing_tail(tokens, [*kept, *range(at, end)], m)


_THING_PLACE_WORDS = 2  # words of the place a thing joined on is said at ("i (min) lommen")


def _without_thing_tail(tokens: Sequence[str], kept: list[int], m) -> list[int]:
    """The purpose's tokens without a thing joined on by "og" at its end with no verb of its
    own, only where it is ("så jeg kan sidde ned ind imellem og mobilen i lommen"): a thing at
    hand is an aid or nothing, never a part of the reason. Things joined as the verb's objects
    ("se børnene og børnebørnene i Aarhus": a definite noun before "og") stay."""
    if m is None:
        return kept
    low = [tokens[k].lower() for k in kept]
    joins = [p for p, w in enumerate(low) if w in m.rejoin_joins]
    if not joins or joins[-1] < 1:
        return kept
    p = joins[-1]
    tail = low[p + 1 :]
    place = tail[1:]
    if (
        len(tail) < 3
        or not _definite_noun(tail[0], m)
        or _definite_noun(low[p - 1], m)
        or place[0] not in m.thing_place_leads
        or len(place) - 1 > _THING_PLACE_WORDS
        or not all(w.isalpha() for w in place)
    ):
        return kept
    return kept[:p]


_REJOIN_REACH = 5  # tokens after the join a verb of so_modals may stand at


def _joined_clause_at(tokens: Sequence[str], k: int, end: int, m: MotivationCues) -> bool:
    """True when a clause of its own joined on opens at k ("og mine børnebørn kan …")."""
    if k >= end - 2 or tokens[k].lower() not in m.rejoin_joins:
        return False
    return any(t.lower() in m.so_modals for t in tokens[k + 2 : min(end, k + _REJOIN_REACH)])
