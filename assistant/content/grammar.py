"""The grammar data of generated text (content/<lang>/goals/_grammar.yaml), parsed once.

Matching folds æøå ("saa" = "så"), so words typed without Danish letters are recognised.
The repairs that use this data live in assistant.nlp.grammar.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from assistant.content.body_parts import body_parts
from assistant.content.files import Problems, as_str_list, longest_first, nfc, read_yaml
from assistant.content.nouns import noun_table

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
EDGE = ",.;:!?"
NOUN_TAIL_MIN = 5  # the last part of a compound that tells its thing ("øjen|dråber"), not "s|pille"
NOUN_HEAD_MIN = 3  # … of a counted compound ("hjemme|sko": "hjemmeskoene")
SYNCOPE = "~"  # nlp/nouns.json: a letter the definite form drops before the last ("cyklen")
NOUN_PART = 3  # a compound's first part read by nlp/nouns.json ("vaske|kælder"), as built
NOUN_LAST_PART = 4  # … and its last part: "udlån|et" is no "udlå|net"
_CONSONANTS = "bcdfghjklmnpqrstvwxz"  # before the "t" of a participle ("købt")
_NOT_PRETERITE_ENDINGS = ("r", "s", "t", "nde")  # a present, passive, participle: no past form
_PREFIX_MIN = 2  # a verb's prefix before a participle of the table ("be|skåret", "op|givet")
_PARTICIPLE_TAIL_MIN = 4  # … and that participle ("skåret"); "sat", "set" alone too short to tell
_UNIT_AFTER = 2  # words after an article up to its unit ("en hel time")


def genitive(noun: str) -> str:
    """Return the Danish genitive of a noun or name: "Grethes", "Lars'" (after s, x, z only an
    apostrophe)."""
    return noun + ("'" if noun[-1:].lower() in ("s", "x", "z") else "s")


def fold(text: str) -> str:
    """Return text lower-cased with æ/ø/å written as ae/oe/aa (how it is typed without them)."""
    found = _FOLDED.get(text)
    if found is None:
        found = nfc(text).lower().translate(_FOLD)
        if len(text) <= _FOLD_KEPT_LEN:  # a word (asked of most words by many rules): kept
            if len(_FOLDED) >= _SAID_MAX:
                _FOLDED.clear()
            _FOLDED[text] = found
    return found


_SAID_MAX = 50_000  # words a per-word memo keeps before it starts afresh
_FOLD_KEPT_LEN = 40  # longer texts (phrases, whole answers) are folded afresh, not kept
_FOLDED: dict[str, str] = {}  # fold's memo: text → folded


@lru_cache(maxsize=1 << 14)
def bare(word: str) -> str:
    """A word as matched against the data: its edge marks stripped, folded ("Så," → "saa").
    Asked for every word of every utterance, so it is cached."""
    return fold(word.strip(EDGE))


def _phrases(values: Any) -> tuple[str, ...]:
    """Folded phrases, their words one space apart ("uden hjælp" → "uden hjaelp")."""
    return tuple(" ".join(fold(x) for x in str(p).split()) for p in values or ())


def _phrase_map(data) -> dict[tuple[str, ...], tuple[str, ...]]:
    """{said words (folded): written words} of a phrase table ("vildt meget": "meget")."""
    return {
        tuple(fold(str(k)).split()): tuple(nfc(str(v or "")).split())
        for k, v in (data or {}).items()
    }


def _folds(values: Any, path: Path, key: str, problems: Problems) -> frozenset[str]:
    return frozenset(fold(w) for w in as_str_list(values, path, key, problems))


@dataclass(frozen=True)
class MeasureKind:
    """How a measure of one kind of unit joins a verb phrase ("gå 500 meter", "i 20 minutter")."""

    name: str
    units: frozenset[str]
    after_verbs: frozenset[str] = frozenset()
    insert: str = ""
    append: str = ""
    after_tur: str = ""
    tur_words: frozenset[str] = frozenset()  # "tur": after_tur goes right after this noun
    not_before: frozenset[str] = frozenset()  # no insert when the verb is followed by these
    insert_not_before: str = ""  # then this instead: "gå {tre etager} ned ad trapperne"
    # a phrase that names its own way to a floor ("gå hele trappen op til første sal") holds
    # the measure already: one of these with one of not_before later in it takes no insert
    own_way: frozenset[str] = frozenset()
    append_verbs: frozenset[str] = frozenset()  # when given, append only after these verbs
    only_before: frozenset[str] = frozenset()  # when given, insert only before these (or at end)
    # a last resort before the sign sentence: "komme de 800 meter ned i klubben"
    motion_verbs: frozenset[str] = frozenset()
    motion_before: frozenset[str] = frozenset()  # ... when the verb is followed by one of these
    insert_motion: str = ""  # "de {measure}"
    insert_motion_one: str = ""  # "{measure}": one of the unit ("en kilometer")
    sign: str = ""  # a sign of its own when no phrase takes it: "klare {measure}"
    # … unless the wish names the thing weighed as its verb's bare object ("pille rejer"): the
    # measure before it with the wish's verb ("pille et kilo rejer"; nlp/weighed_object.py)
    object_sign: str = ""
    # a sign that names the count's number ("syv aftener i træk") says the measure itself
    said_by_number: bool = False
    # the destination said after a distance ("300 meter ned til stoppestedet"): it opens with one
    # of way_leads, names a place after one of way_places, ends at one of way_ends or way_max words
    way_leads: frozenset[str] = frozenset()
    way_places: frozenset[str] = frozenset()
    way_ends: frozenset[str] = frozenset()
    way_max: int = 0


@dataclass(frozen=True)
class Grammar:
    """The grammar data of one language (folded word sets, tables keyed by folded words)."""

    modals: frozenset[str] = frozenset()
    can_forms: frozenset[str] = frozenset()
    able_verbs: frozenset[str] = frozenset()  # "turde": no "kunne" before it
    negations: frozenset[str] = frozenset()
    said_twice: frozenset[str] = frozenset()  # "om, om": kept when a comma parts them
    compared_past_leads: frozenset[str] = frozenset()  # "ligesom sidste år": a story
    fillers: frozenset[str] = frozenset()
    independence_words: frozenset[str] = frozenset()
    once_in_wish: frozenset[str] = frozenset()  # "selv": said once in the wish clause
    alone_words: frozenset[str] = frozenset()  # "alene": kept as said, stands for "selv"
    alone_not_after: frozenset[str] = frozenset()  # "sidde alene": lonely, not on one's own
    yearly_events: frozenset[str] = frozenset()  # "generalforsamling": no frequency after it
    yearly_event_endings: frozenset[str] = frozenset()  # "-et" of "sølvbrylluppet"
    self_objects: frozenset[str] = frozenset()  # "mig" in "klare mig selv": that "selv" stays
    modal_hedges: frozenset[str] = frozenset()  # "vel" in "skulle vel komme ud": no goal word
    unchanged_plurals: frozenset[str] = frozenset()  # "kort": "mine julekort" stays plural
    # ("c", ("en",)): a noun's definite and plural endings by gender ("koret", "konen")
    noun_endings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    possessives: tuple[tuple[str, str, str], ...] = ()  # (common, neuter, plural)
    possessive_words: frozenset[str] = frozenset()  # every form of those rows, folded
    agreeing_words: frozenset[str] = frozenset()  # "egen", "eget", "egne": number said, folded
    nouns: dict[str, str] = field(default_factory=dict)  # folded noun → c | n | pl
    present: dict[str, str] = field(default_factory=dict)
    infinitives: dict[str, str] = field(default_factory=dict)  # folded "er" → "være", as written
    short_infinitives: frozenset[str] = frozenset()
    motion_adverbs: frozenset[str] = frozenset()
    motion_verb: str = ""
    # "tage … på" + a sign "helt op": the verb a sign's own particle takes ("få … helt op")
    particle_get_verb: str = ""
    # "i", "på": a wish said as a place without its verb ("i torsdagscaféen") gets motion_verb
    place_leads: frozenset[str] = frozenset()
    # a place said alone ("svømmehallen igen") → its preposition, by the word or its last part
    place_prepositions: dict[str, str] = field(default_factory=dict)
    # "ha", "ta": spoken short forms of infinitives, written out in the goal ("have", "tage")
    spoken_infinitives: dict[str, str] = field(default_factory=dict)
    noun_verbs: dict[str, str] = field(default_factory=dict)  # "piller" → "tage" (folded)
    # "marmelade. appelsin.": a kind said beside a thing of noun_verbs → the compound's first
    # part ("appelsin" → "appelsin": "appelsinmarmelade"; folded keys)
    thing_kinds: dict[str, str] = field(default_factory=dict)
    # "Smykker.", "Trælegetøj.": a thing one makes said alone, in no row of noun_verbs, gets
    # made_verb ("lave smykker") and its wish made_activity; folded words, materials as written
    made_verb: str = ""
    made_activity: str = ""
    made_things: frozenset[str] = frozenset()
    made_materials: frozenset[str] = frozenset()
    pastime_verbs: frozenset[str] = frozenset()  # "fodre", "vande": a thing's deed, a pastime
    # "solgt" → "sælge": participles read by no rule (see infinitive_of_participle)
    participle_infinitives: dict[str, str] = field(default_factory=dict)
    # "være gået derned": the verbs "være" makes a perfect of; "godt", "ondt": no participle
    perfect_be_verbs: frozenset[str] = frozenset()
    comment_feelings: frozenset[str] = frozenset()  # "… det er flovt": how it feels
    takeover_leads: tuple[tuple[str, ...], ...] = ()  # "det er mig der skriver nu"
    tail_subjects: frozenset[str] = frozenset()  # "… og så møder man nogen"
    reciprocal_words: frozenset[str] = frozenset()  # "hinanden": a doing of several
    state_verbs: frozenset[str] = frozenset()  # "bliver" in "…, han bliver så stille"
    not_participles: frozenset[str] = frozenset()
    # "æsken tom", "ingen glemt": a state said without its verb ("er" goes in)
    state_subjects: frozenset[str] = frozenset()  # "ingen", "alt": a subject without a noun
    # "frisør. læge. ingen glemt": the things listed before "ingen" are its subject, said as
    # "hverken frisøren eller lægen" ({state subject: (first word, last join)})
    listed_state_subjects: dict[str, tuple[str, str]] = field(default_factory=dict)
    state_words: frozenset[str] = frozenset()  # "tom", "væk": a thing's state, no participle
    self_states: frozenset[str] = frozenset()  # "påklædt": the citizen's own state ("jeg er …")
    state_particles: frozenset[str] = frozenset()  # "på" ending "tæppet på": a state
    without_verb: str = ""
    without: str = "{verb} {phrase}"
    death_words: frozenset[str] = frozenset()
    past_words: frozenset[str] = frozenset()
    past_said: frozenset[str] = frozenset()  # past_words as written, with their æ/ø/å
    not_past: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    # "se" in "når jeg kan se, at rummet er tomt": a verb whose that-clause gets a comma
    that_verbs: frozenset[str] = frozenset()
    citizen_pronouns: frozenset[str] = frozenset()
    first_person_words: frozenset[str] = frozenset()
    first_person: dict[str, str] = field(default_factory=dict)  # folded word → first person
    # (folded lead words, kind), longest first
    reason_leads: tuple[tuple[tuple[str, ...], str], ...] = ()
    measure_kinds: tuple[MeasureKind, ...] = ()
    help_words: frozenset[str] = frozenset()
    # "ikke duer til noget": a judgement of the person's worth, never a goal's reason (folded)
    self_judgements: tuple[str, ...] = ()
    condition_leads: frozenset[str] = frozenset()  # "hvis": a reason told as a condition
    so_word: str = ""  # "så": the lead of an outcome made a reason
    fact_lead: str = ""  # "fordi": a second "og at" clause of a fact after a purpose
    result_verbs: frozenset[str] = frozenset()  # "og så er jeg …": a state, not the story
    so_degree_words: frozenset[str] = frozenset()  # "så længe", "så snart": no purpose "så"
    so_as_words: frozenset[str] = frozenset()  # "så godt (jeg kan)": a comparison's "så"
    past_when_leads: frozenset[str] = frozenset()  # "da hun var lille": a past "when"
    sake_leads: frozenset[str] = frozenset()  # "for hoften": whose or what's sake a reason is
    sake_not: frozenset[str] = frozenset()  # "for tiden", "for resten": no sake
    sake_troubles: frozenset[str] = frozenset()  # "Smerterne.": an ailment, no sake
    sake_phrase: str = "{owner}"  # "{owner} skyld"
    state_phrase: str = ""  # "at der er {noun}": a bare noun said alone as the reason ("Orden.")
    # "Mormors sølv. Arvestykker.": a thing of a relative's as the reason, "det er {thing}"
    owned_thing_phrase: str = ""
    gained_phrase: str = ""  # "det giver mig {things}": "Tålmodighed. Ro i hovedet."
    gained_words: frozenset[str] = frozenset()  # "ro", "motion": what a wish gives (folded)
    owned_thing_owners: frozenset[str] = frozenset()  # "mormor": said without a possessive
    helped_words: frozenset[str] = frozenset()  # "med hjælp fra …" said in the own phrase
    attribution_verbs: frozenset[str] = frozenset()  # "… siger Inger": who said the reason
    attribution_subjects: frozenset[str] = frozenset()  # "siger lægen", "sagde hun"
    attribution_objects: frozenset[str] = frozenset()  # "det sagde hun selv"
    attribution_tail: int = 4
    alone_marks: tuple[str, ...] = ()  # "uden hjælp", "alene": the goal is to be done alone
    helped_step_marks: tuple[str, ...] = ()  # "med lidt hjælp": a ladder step done with help
    function_words: frozenset[str] = frozenset()
    wish_for_others: frozenset[tuple[str, ...]] = frozenset()  # "have at han kan …"
    doing_pointer: str = ""  # "klare det": "det" points back at a doing told before
    doing_perfect_aux: frozenset[str] = frozenset()  # "skal have målt …": the doing told
    doing_adverbs: frozenset[str] = frozenset()  # "kan ikke længere støvsuge …": the doing
    doing_at_leads: tuple[tuple[str, ...], ...] = ()  # "svært ved at skrælle …": the doing
    memory_pointers: frozenset[str] = frozenset()  # "huske det": "huske at <the doing>"
    visit_verbs: frozenset[str] = frozenset()  # "have at min veninde kommer …": a visit
    visit_tail: tuple[tuple[str, ...], ...] = ()  # "forbi", "på besøg": no more than the visit
    visit_tail_verbs: frozenset[str] = frozenset()  # "kigger": a visit only with a tail word
    visit_host: tuple[tuple[str, ...], ...] = ()  # "… drikker kaffe med mig": the citizen …
    visit_host_said: str = ""  # … in the goal: "sammen"
    visit_said: str = ""  # the citizen's doing: "få besøg af"
    citizen_words: frozenset[str] = frozenset()  # "mor", "far": the citizen, said by family
    self_kin_said: frozenset[str] = frozenset()  # "mormor": the citizen, in her own words
    self_kin_object: str = ""  # "mig": … written so as an object in the goal's reason
    self_kin_verbs: frozenset[str] = frozenset()  # "gide mormor": verbs (lemmas) that do so
    self_kin_own_subjects: frozenset[str] = frozenset()  # "jeg vil drille morfar": another's
    filler_phrases: tuple[tuple[str, ...], ...] = ()  # "i hvert fald", "du ved"
    amount_hedges: tuple[tuple[str, ...], ...] = ()  # "i hvert fald 20 minutter": at least
    hedge_verb_objects: frozenset[str] = frozenset()  # "på" in "tænker jeg ikke på …"
    tag_fronts: frozenset[str] = frozenset()  # "det" in "det ved du godt": no tag "ved du"
    lone_fillers: frozenset[str] = frozenset()  # ", nu," a learner's "well" (nlp/lone_filler.py)
    lone_filler_next: frozenset[str] = frozenset()  # "og" after it: the filler goes
    hedge_verb_negations: frozenset[str] = frozenset()  # "ikke" between them
    object_quantifiers: tuple[tuple[str, ...], ...] = ()  # "begge to" said after …
    quantified_objects: frozenset[str] = frozenset()  # … "os", "dem": the object's, no filler
    narrowing_leads: frozenset[str] = frozenset()  # "altså" before …
    narrowing_words: frozenset[str] = frozenset()  # … "bare": the wish narrowed, kept
    narrowing_not_after: frozenset[str] = frozenset()  # "… nej altså bare": a correction
    joint_subjects: frozenset[str] = frozenset()  # "vi" of a wish two make together …
    joint_company_said: str = ""  # … said in the goal: "sammen med min kone"
    speaker_self: frozenset[str] = frozenset()  # a relative's "jeg", "mig": not the citizen
    staff_self: frozenset[str] = frozenset()  # a staff member's "vi", "os": the team
    staff_us: frozenset[str] = frozenset()  # a staff member's "os" in a clause about the citizen
    staff_us_said: str = ""  # … in the citizen's goal: "hjælpen"
    staff_we_said: str = ""  # the team's "vi" in a clause of the wish: "hjemmeplejen"
    relative_us: frozenset[str] = frozenset()  # a relative's "os" of their household
    relative_us_said: str = ""  # … in the citizen's goal: "min familie"
    relative_household: dict[str, str] = field(default_factory=dict)  # "vi" → "min familie"
    relative_peers: dict[str, str] = field(default_factory=dict)  # a friend's "os": "veninderne"
    citizens_kin_definite: dict[str, str] = field(default_factory=dict)  # "sønnen" → "min søn"
    couple_days: frozenset[str] = frozenset()  # "guldbryllup": "deres …" is the citizen's couple
    couple_possessive: dict[str, str] = field(default_factory=dict)  # "deres" → "vores"
    spouse_roles: frozenset[str] = frozenset()  # a relative who is the citizen's "kone", "mand"
    we_apart_leads: tuple[tuple[str, ...], ...] = ()  # "se på at": a spouse's "vi" after it …
    we_apart_said: str = ""  # … is "de andre", without the citizen
    speaker_company_leads: frozenset[str] = frozenset()  # "med mig": a relative as company
    speaker_company_said: str = ""  # … in the citizen's goal, their role unknown: "familien"
    relative_us_leads: frozenset[str] = frozenset()  # "med os", "hjem til os": their group
    speaker_reflexive: dict[str, str] = field(default_factory=dict)  # a named relative's "mig"
    quote_leads: tuple[tuple[str, ...], ...] = ()  # "han siger": the citizen's words follow
    # "hun siger altid, at", "han mener, at": a quote said otherwise, read as "hun siger, at"
    quote_lead_verbs: tuple[tuple[str, ...], ...] = ()
    quote_lead_adverbs: tuple[tuple[str, ...], ...] = ()
    quote_lead_listeners: frozenset[str] = frozenset()
    reported_verbs: frozenset[str] = frozenset()  # "lederen har sagt, at …": another's words
    quote_that: frozenset[str] = frozenset()  # "hun siger at …": what she said, told about her
    never_capital: frozenset[str] = frozenset()  # "Hver morgen" typed as an answer, inside a goal
    title_verbs: frozenset[str] = frozenset()  # "spille", "synge": a title may follow …
    title_openers: frozenset[str] = frozenset()  # … opening with "Den", "Det": its capital stays
    capital_kept_after: frozenset[str] = frozenset()  # "i Skive": a place's name may be a word
    capital_small_rooms: frozenset[str] = frozenset()  # "i Stuen" typed: "i stuen"
    capital_names: frozenset[str] = frozenset()  # "Guds": a name though a word too
    negated_drop: frozenset[str] = frozenset()
    dangling: frozenset[str] = frozenset()
    relative_leads: frozenset[str] = frozenset()  # "som" in "… som jeg kan skrive i"
    bare_relative_heads: frozenset[str] = frozenset()  # "noget" in "noget, en maskine laver"
    predicate_verbs: frozenset[str] = frozenset()  # "være" in "være en morfar, der kan …"
    clause_only_leads: frozenset[str] = frozenset()  # "hvor" in "… i huset, hvor jeg …"
    # "…, om den vinder, før den er startet": the time of the clause before, never cut apart
    time_tail_leads: frozenset[str] = frozenset()
    subordinate_tail_heads: frozenset[str] = frozenset()
    question_if_leads: frozenset[str] = frozenset()  # "…, om den vinder": an object clause
    owned_subject_leads: frozenset[str] = frozenset()  # "så" in "…, så min søn ikke skal …"
    object_pronouns: frozenset[str] = frozenset()  # the citizen as object: "ham", "hende"
    reflexive_third: frozenset[str] = frozenset()  # "sin", "sig": a relative's, made first person
    generic_subjects: frozenset[str] = frozenset()  # the citizen's "man": "jeg" in the goal
    generic_kept_after: frozenset[str] = frozenset()  # "hvordan man gør": anyone's way
    reason_subclause_leads: frozenset[str] = frozenset()  # "…, når …" goes on with the clause
    reflexive_objects: frozenset[str] = frozenset()  # "klæde mig på": the verb has its object
    want_forms: frozenset[str] = frozenset()  # "fordi jeg gerne vil …" is a purpose
    will_preferring: frozenset[str] = frozenset()  # "vil hellere": a will, no purpose
    wish_particles: frozenset[str] = frozenset()  # "gerne", dropped after "vil"
    wish_correction_noes: frozenset[str] = frozenset()  # "nej" in "hele huset nej stuen"
    # "jeg vil have at de har noget at glæde sig til": what one wants to be so, a purpose
    want_that: tuple[tuple[str, ...], ...] = ()
    subject_quantifiers: frozenset[str] = frozenset()  # "alle" in "alle mine børnebørn har …"
    norm_things: frozenset[str] = frozenset()  # "noget" in "det er noget en morfar skal kunne"
    norm_modals: frozenset[str] = frozenset()  # "skal", "bør": a norm's modal, not "kan"
    partitive_leads: tuple[tuple[str, ...], ...] = ()  # "mange af" in "mange af dem har …"
    partitive_pronouns: frozenset[str] = frozenset()  # "dem" in "mange af dem har …"
    shifted_objects: frozenset[str] = frozenset()  # "mig" in "han hjælper mig ikke"
    generic_verbs: frozenset[str] = frozenset()  # "klare", "gøre": say nothing with "det"
    shown_verbs: frozenset[str] = frozenset()  # "det har hun vist mig": who showed it
    pronoun_objects: frozenset[str] = frozenset()  # "det", "dem", "den"
    citizen_possessives: frozenset[str] = frozenset()  # a relative's "hendes", "hans"
    # when it is known whose goal it is: the possessive → the citizen's own pronouns
    # ("hans": han, ham); the other gender's words are someone else ("hendes fødselsdag")
    citizen_by_possessive: dict[str, frozenset[str]] = field(default_factory=dict)
    own_possessive: str = ""  # "min": agreement is mended by polish()
    # "hans" → the person words of that gender that own it when named before it in the clause
    others_by_possessive: dict[str, frozenset[str]] = field(default_factory=dict)
    owned_in_plural: frozenset[str] = frozenset()  # "tal": a relative's "hans tal" is "mine tal"
    aid_pointers: dict[str, str] = field(default_factory=dict)  # "de" → "mine" ("med de gåstave")
    # the definite article (common, neuter, plural) put for a name's genitive before a thing:
    # "med Hannes gamle røremaskine" → "med den gamle røremaskine"
    owner_articles: tuple[str, ...] = ()
    help_leads: frozenset[str] = frozenset()  # "med", "uden" before an aid or help
    infinitive_markers: frozenset[str] = frozenset()  # "at"
    # "i" of "øve mig i at slå kegler": after these "at" marks an infinitive, never a clause
    infinitive_marker_leads: frozenset[str] = frozenset()
    # "min rollator at støtte mig til": the preposition that ends an infinitive clause
    stranded_prepositions: frozenset[str] = frozenset()
    phrase_end_adverbs: frozenset[str] = frozenset()  # "igen": closes a verb phrase
    # "have fremmede til at vaske ham", "få hjemmeplejen til at …": what the clause's subject
    # has another do; "ham"/"sig" after the "at" is the subject again
    causative_verbs: frozenset[str] = frozenset()
    # "se børnene spille fodbold": an object and then an infinitive, no list of two verb phrases
    object_infinitive_verbs: frozenset[str] = frozenset()
    degree_words: frozenset[str] = frozenset()  # "lidt længere": a comparative after one
    degree_fillers: frozenset[str] = frozenset()  # "gerne" in "så gerne": how much, kept
    degree_filler_leads: frozenset[str] = frozenset()  # "rigtig" gerne, beside degree_words
    # "have mere overskud", "drikke mere": an amount that says more than the activity's label
    comparative_amounts: frozenset[str] = frozenset()
    others_way_leads: frozenset[str] = frozenset()  # "…, som fysioterapeuten viste mig"
    articles: frozenset[str] = frozenset()  # "en hel maskine": a noun phrase goes on after one
    referring_pronouns: frozenset[str] = frozenset()  # "de", "dem": someone named before
    self_subject: str = ""  # folded "jeg"
    negation_word: str = ""  # "ikke", as written in a reason
    must_word: str = ""  # "skal" in "så jeg ikke skal …"
    # "forfalde", "rådne": what befalls a thing, never the citizen; a bare "ikke forfalde"
    # is the thing's ("så de ikke forfalder"), by the object pronoun said before it
    thing_subject_verbs: frozenset[str] = frozenset()
    thing_pronouns: dict[str, str] = field(default_factory=dict)  # "dem" → "de"
    thing_subject_default: str = ""  # "det": no pronoun said before
    can_word: str = ""  # "kan" in "så min kone kan …"
    goal_modal_run: str = ""  # "vil kunne" of the goal sentence, said once
    and_word: str = ""  # "og" in "komme og drikke kaffe"
    habit_adverbs: frozenset[str] = frozenset()  # "altid" in "har altid gjort det selv"
    # (folded lead, mark before it) of a clause inside the wish ("uden at …", ", når …"),
    # longest first
    clause_leads: tuple[tuple[tuple[str, ...], str], ...] = ()
    when_leads: frozenset[str] = frozenset()  # "når jeg går rundt i huset" says where/when
    not_verbs: frozenset[str] = frozenset()  # "hele" in "hele vejen op": looks like a verb
    time_of_day_leads: frozenset[str] = frozenset()  # "om" in "om morgenen"
    time_of_day_joins: frozenset[str] = frozenset()  # "og" in "hver morgen og hver aften"
    time_of_day_every: frozenset[str] = frozenset()  # "hver" in "hver morgen"
    time_of_day_counted: frozenset[str] = frozenset()  # "gang" in "en gang om dagen"
    # "i", "på" in "tre gange i uge": a frequency's period said with a second language's lead
    period_leads_said: frozenset[str] = frozenset()
    periods_said: frozenset[str] = frozenset()  # "uge", "måned": "tre gange om ugen"
    time_of_day_spans: frozenset[str] = frozenset()  # "nat": "om natten" stays
    # "…, to nætter, og …": spans of time counted in a sign (lemmas), no finite verb after a number
    counted_spans: frozenset[str] = frozenset()
    # "gå rundt mellem borde og hjælpe børn": a bare plural after a motion adverb and one of
    # these is the scene's ("mellem bordene"), and then the people of scene_people (lemmas)
    scene_plural_leads: frozenset[str] = frozenset()
    scene_people: frozenset[str] = frozenset()
    scene_plural_endings: tuple[str, ...] = ()  # "ne", "ene": a plural's definite endings
    time_of_day_bare: frozenset[str] = frozenset()  # "fredag" said bare for "hver fredag"
    # "Mandage." said alone as how often: each day of time_of_day_bare in its plural (the day
    # with this ending) is written "hver mandag" (nlp/plural_days.py)
    day_plural_ending: str = ""
    day_plural_every: str = ""
    month_day_ordinals: frozenset[str] = frozenset()  # "første" in "første torsdag i måneden"
    time_of_day_pointed: frozenset[str] = frozenset()  # "næste" in "næste fredag": one of them
    # a noun subject's attribute ("pigerne i koret"): the prepositions it may begin with
    attribute_leads: frozenset[str] = frozenset()
    # "i vandet (der) ryster han …": a place or time phrase said before the verb, and the word
    # that may say it again
    fronted_phrase_leads: frozenset[str] = frozenset()
    second_clause_fronted_leads: frozenset[str] = frozenset()  # "og at uden kortene bliver"
    fronted_resumptive: frozenset[str] = frozenset()
    # "klodser under lænestolen": where an aid is put; the thing is said before it
    placement_leads: frozenset[str] = frozenset()
    # "Lone fra hjemmeplejen": a name with the place the person comes from, the role they have
    name_role_leads: frozenset[str] = frozenset()
    carer_words: frozenset[str] = frozenset()  # "pigerne" in "pigerne fra hjemmeplejen"
    aid_sources: frozenset[str] = frozenset()  # "kommunen" in "rollatoren fra kommunen"
    neighbour_places: frozenset[str] = frozenset()  # "opgangen" in "Ruth fra opgangen"
    negated_list_item: str = ""  # "uden at" for "…, ikke ringe" in a list of verb phrases
    neighbour_written: str = ""  # "naboen": one named from where they live beside the citizen
    # "min søster birthe": a word after one of these and a possessive may be a name in lower case
    kin_before_names: frozenset[str] = frozenset()
    definite_genitive_endings: tuple[str, ...] = ()  # "ens": "bilens", a definite genitive
    # nlp/spelling.json `person_names`: a first name in lower case → as written ("karen" →
    # "Karen"); none is a word of the dictionary
    person_names: dict[str, str] = field(default_factory=dict)
    # nlp/spelling.json `noun_names`: nouns that are first names too ("bo", "rose", "sten")
    noun_names: frozenset[str] = frozenset()
    # nlp/spelling.json `places`: the place names known, folded ("aarhus", "praestoe")
    place_names: frozenset[str] = frozenset()
    first_name_leads: frozenset[str] = frozenset()  # "med" in "med ole": a name after it
    not_finite: frozenset[str] = frozenset()  # "hver", "over": end in -r, yet no verb
    since_leads: frozenset[str] = frozenset()  # "siden": a past after it is the reason's past
    # "kun da", "undtagen da": a past exception aside after a comma, left out of a reason
    exception_leads: tuple[tuple[str, ...], ...] = ()
    # where a clause begins inside a reason ("og", "men", "at", "når"): its own subject follows
    clause_joins: frozenset[str] = frozenset()
    comment_subjects: frozenset[str] = frozenset()  # "det" in "… det er en km": a comment
    comment_kept_after: frozenset[str] = frozenset()  # "til" in "…, til den er færdig": the sign's
    cleft_verbs: frozenset[str] = frozenset()  # "er" in "det er mig han skal gå med"
    cleft_perfect_verbs: frozenset[str] = frozenset()  # "været" in "det har været mig, der …"
    since_clause_leads: frozenset[str] = frozenset()  # "fra" in "lige fra de blev født"
    cleft_focus: frozenset[str] = frozenset()  # "mig" there: the clause after it is the cleft's
    cleft_particles: frozenset[str] = frozenset()  # "bare" in "det er bare der, man ser …"
    independence_degrees: frozenset[str] = frozenset()  # "helt" in "helt selv"
    run_on_subjects: frozenset[str] = frozenset()  # "hun" in "… Ellas fødselsdag hun bliver fire"
    run_on_there: frozenset[str] = frozenset()  # "der" in "… igen der kommer mejser"
    run_on_there_after: frozenset[str] = frozenset()  # "igen": "der" after it is a subject
    run_on_relative_heads: frozenset[str] = frozenset()  # "den" in "den mad jeg kan lide"
    pronoun_relative_heads: frozenset[str] = frozenset()  # "ham" in "ham der fik en blodprop"
    relative_head_words: frozenset[str] = frozenset()  # "første" in "det første han læser"
    # "nogle" in "… til de kommer nogle dage er de der først": a fronted phrase before V2
    run_on_fronted_openers: frozenset[str] = frozenset()
    # a definite noun's gender → the pronoun it is said again with ("musikken den gør …")
    subject_said_again: dict[str, str] = field(default_factory=dict)
    # a noun's gender → the object pronoun that points back at it ("passe den igen")
    object_said_again: dict[str, str] = field(default_factory=dict)
    # "for" in "læse højt for dem igen": the plural pronoun after it points at people said
    # before (nlp/pointed_people.py)
    pointed_people_leads: frozenset[str] = frozenset()
    pointed_owner_words: frozenset[str] = frozenset()  # "hendes" in "til hendes konfirmation"
    pointed_owner_possessives: frozenset[str] = frozenset()  # "mit" in "mit barnebarn"
    pointed_people_endings: tuple[str, ...] = ()  # "-ne" of "børnene": the definite plural
    # "hele korprøven, den varer to timer": "hele korprøven på to timer" (nlp/length_said.py)
    length_verbs: frozenset[str] = frozenset()
    length_lead: str = ""
    length_kind: str = ""
    length_whole_leads: frozenset[str] = frozenset()
    body_parts: dict[str, str] = field(default_factory=dict)  # "øjne" → "i": "i begge øjne"
    # "lægen siger, svømning er godt for …": who gives advice the citizen passes on as why
    reason_advisers: frozenset[str] = frozenset()
    # "godt for sukker og for knæ": the citizen's own body or illness, with its possessive
    reason_own_body: dict[str, str] = field(default_factory=dict)
    reason_own_body_leads: frozenset[str] = frozenset()  # "for": "godt for knæ"
    object_clause_verbs: frozenset[str] = frozenset()  # "synes": "… jeg synes det er …"
    comparative_adverbs: frozenset[str] = frozenset()  # "bedre" in "fordi fanger bedre"

    @property
    def comparisons(self) -> frozenset[str]:
        """ "som", "ligesom": a clause after one compares ("ligesom vi har gjort i 50 år")."""
        return self.comparison_fillers | self.third_comparisons

    unit_short: dict[str, frozenset[str]] = field(default_factory=dict)  # "km": kilometer
    question_words: frozenset[str] = frozenset()  # "hvilken dag det er": no comment
    citizen_kin: frozenset[str] = frozenset()  # a relative's "min kone hun …": the citizen
    main_joins: frozenset[str] = frozenset()  # "og", "men": a new main clause may follow
    contrast_joins: frozenset[str] = frozenset()  # "men": a clause set against the one before
    finished_words: frozenset[str] = frozenset()  # "færdig": a phrase with an end point
    finished_plurals: dict[str, str] = field(default_factory=dict)  # "færdig" → "færdige"
    # "lære at" in "lære at støvsuge": a sign takes the verb after these ("støvsuge stuen")
    sign_lead_verbs: frozenset[str] = frozenset()
    practice_verbs: frozenset[str] = frozenset()  # "øve det tre gange om ugen": how often practised
    practice_objects: frozenset[str] = frozenset()
    practice_deed_verbs: frozenset[str] = frozenset()  # "og gå en tur hver dag": a training deed
    practice_deed_objects: frozenset[str] = frozenset()  # "en tur" of that deed
    # "op" in "hænge vasketøj op": the wish verb's particle goes with it into the sign
    sign_particles: frozenset[str] = frozenset()
    # "tage mine strømper på": a phrase of one of these verbs may end on its particle
    particle_verbs: frozenset[str] = frozenset()
    # "selv" in "så jeg selv kan handle": an adverb between the subject and "kan"
    pre_modal_adverbs: frozenset[str] = frozenset()
    # "hele" in "hele familien spiser sammen": a word before a noun subject
    noun_quantifiers: frozenset[str] = frozenset()
    # "styre" in "min krop, jeg vil selv styre": the topic thing is its left-out object
    topic_gap_verbs: frozenset[str] = frozenset()
    # "æg ind" typed as a fragment of a sign: a thing and its way, carried ("tage æg med ind")
    carried_ways: frozenset[str] = frozenset()
    carried_thing: str = ""
    made_so: str = ""  # "bur rent": "gøre buret rent"
    # "frimærker. albummet.": the things put in the place said beside them ("sætte … i albummet")
    put_in_places: dict[str, str] = field(default_factory=dict)  # folded place → preposition
    put_in_verb: str = ""
    # "metaldetektor. marken.": a thing used at the place said beside it ("bruge min … på marken")
    used_at_verb: str = ""
    # "dagene. lange.", "samlet. 80 år.": a reason typed as fragments, said as a clause
    state_adjectives: frozenset[str] = frozenset()
    reason_state: str = ""  # "fordi {thing} er {state}"
    reason_deed_span: str = ""  # "fordi jeg har {deed} {span}"
    span_lead: str = ""  # "i" in "i 80 år"
    whole_spans: frozenset[str] = frozenset()  # "hele livet": how long, said as it is
    fed_things: frozenset[str] = frozenset()  # "frø. vand.": given to the animal of the wish
    fed_thing: str = ""  # "give den frø og vand"
    fed_pronouns: tuple[str, str] = ("", "")  # the animal: one, many ("den", "dem")
    fed_animals: frozenset[str] = frozenset()  # "får" of "fodre fårene": an animal fed
    fed_counted: str = ""  # "de {count} {animals}": "tre får." beside fed things
    end_particles: frozenset[str] = frozenset()
    not_past_endings: tuple[str, ...] = ()  # "glaede" typed without æ: no "-ede" past
    filler_kept_before: frozenset[str] = frozenset()  # "ligesom før": no filler
    filler_kept_after: frozenset[str] = frozenset()  # "ikke bare": "not only", no filler
    way_prepositions: frozenset[str] = frozenset()  # "og over i kørestolen": a way's preposition
    comparison_fillers: frozenset[str] = frozenset()  # "ligesom jeg …": no filler
    comparison_kept_before: frozenset[str] = frozenset()  # "ligesom altid": no filler
    # "som" in "… miste en tå som min bror": another person's story compared at a reason's end
    third_comparisons: frozenset[str] = frozenset()
    past_relative_leads: frozenset[str] = frozenset()  # "som vi gjorde": how, not the past
    past_run_on_leads: frozenset[str] = frozenset()  # "efter" in "… til, efter Ragnhild kom …"
    story_spans: frozenset[str] = frozenset()  # "jeg har gået der i 50 år": a story
    story_objects: frozenset[str] = frozenset()  # "jeg har vundet en …": no relative clause
    head_infinitives: frozenset[str] = frozenset()  # "så mine kartofler": a verb as a head
    dish_participle_verbs: frozenset[str] = frozenset()  # "stege": "stegt flæsk", a dish
    dish_verb: str = ""  # "lave" before a dish said alone as the wish ("kogte kartofler")
    filler_particle_phrases: tuple[tuple[str, ...], ...] = ()  # "ved lige": no filler
    # "ellers" in "så jeg kommer ud ellers sidder jeg her og glor": the story without the goal
    reason_otherwise: frozenset[str] = frozenset()
    # "for" in "… i bageriet ikk for ellers ser jeg …": the join that leads the story, cut with it
    reason_otherwise_leads: frozenset[str] = frozenset()
    progressive_verbs: frozenset[str] = frozenset()  # "gå" in "gå og være bange for mig"
    after_leads: frozenset[str] = frozenset()  # "efter" in "… efter hans kone kom på plejehjem"
    person_objects: frozenset[str] = frozenset()  # "ham" in "hun savner ham siden han døde"
    reason_openers: frozenset[str] = frozenset()  # "ja", "jamen" before a reason's lead
    # "det ved jeg ikke det er …": a hedge opening a reason, not part of it
    reason_open_hedges: tuple[tuple[str, ...], ...] = ()
    # "det er sådan jeg følger med …": a filler that is the focus of a cleft, kept
    cleft_focus_fillers: frozenset[str] = frozenset()
    cleft_focus_heads: tuple[tuple[str, ...], ...] = ()
    cleft_focus_subjects: frozenset[str] = frozenset()
    reason_hedge_noes: frozenset[str] = frozenset()  # "nej" in "nej, det ved jeg ikke. det er …"
    # "… nogle andre at snakke med end mig": a helper compares with themself
    speaker_comparisons: frozenset[str] = frozenset()
    others_words: frozenset[str] = frozenset()  # "andre" before it: "other than me"
    reason_end_hedges: frozenset[str] = frozenset()  # "vel" in "… ro dernede vel": no reason
    # "oppe" in "har holdt mig oppe ikke og så …": a clause-final "ikke" after it is a tag
    tag_after_words: frozenset[str] = frozenset()
    tag_after_amounts: frozenset[str] = frozenset()  # "lidt" in "griner lidt ikke"
    tag_phrase_verbs: frozenset[str] = frozenset()  # "er" in "det er min anden familie ikke"
    tag_adjective_endings: tuple[str, ...] = ()  # "-ligt" in "det er hyggeligt ikke"
    # "der" in "den sidste der kommer": a relative clause set off (nlp/reason_commas.py)
    relative_comma_leads: frozenset[str] = frozenset()
    relative_antecedents: frozenset[str] = frozenset()  # "det" in "det er det der holder …"
    relative_comma_not_after: frozenset[str] = frozenset()  # "samme" in "den samme som …"
    list_tail_phrases: tuple[tuple[str, ...], ...] = ()  # "og det hele": nlp/list_tail.py
    tag_chain_verbs: frozenset[str] = frozenset()  # "kunne" in "skal kunne ikke": the tag
    tag_chain_objects: frozenset[str] = frozenset()  # "det" in "skal kunne det ikke": the tag
    run_on_fronted: frozenset[str] = frozenset()  # "det" in "… det har hun gjort": a run-on
    predicate_adjectives: frozenset[str] = frozenset()  # "træt" in "træt af rugbrød"
    be_word: str = ""  # "er" in "fordi jeg er træt af …"
    been_word: str = ""  # "været" of a fragment "Altid været."
    have_word: str = ""  # "har" of "fordi jeg altid har været pæn i tøjet"
    be_states: frozenset[str] = frozenset()  # "alene" of a learner's "jeg alene hjemme"
    bare_verb_subjects: dict[str, str] = field(default_factory=dict)  # "de" → "pl"
    bare_kin_subjects: dict[str, str] = field(default_factory=dict)  # "familie" → "min familie"
    # "barnebarn" → "børnebørn": one of several after a plural possessive ("mine barnebarn")
    possessed_plurals: dict[str, str] = field(default_factory=dict)
    kin_objects: dict[str, str] = field(default_factory=dict)  # "følge barnebarn": "mit …"
    reflexive_only_verbs: frozenset[str] = frozenset()  # "bekymre" said without "sig"
    reflexive_by_subject: dict[str, str] = field(default_factory=dict)  # "jeg" → "mig"
    reflexive_default: str = ""  # "sig"
    reflexive_next: frozenset[str] = frozenset()  # "for" in "bekymre for Abdi"
    kin_object_leads: frozenset[str] = frozenset()  # "med" in "lege med barnebarn"
    kin_bare_verbs: frozenset[str] = frozenset()  # "have" in "have familie": stays bare
    owning_verbs: frozenset[str] = frozenset()  # "have" in "jeg har en bil … vaske den": owned
    naming_leads: frozenset[str] = frozenset()  # "der" in "en puddel der hedder Molly"
    naming_verbs: frozenset[str] = frozenset()  # "hedder" in "en puddel der hedder Molly"
    clause_adverbs: frozenset[str] = frozenset()  # "altid" before the verb after "fordi"
    negation_focus: frozenset[str] = frozenset()  # "kun" in "fordi det ikke kun er kaffe"
    # "mere end": a focus word before one of these compares ("ikke mere end en time"), no focus
    focus_compared_before: frozenset[str] = frozenset()
    thing_leads: frozenset[str] = frozenset()  # "med" in "med Protesen": "med protesen"
    stance_adverbs: frozenset[str] = frozenset()  # "rent faktisk" in "at jeg rent faktisk går"
    perfect_auxiliaries: frozenset[str] = frozenset()  # "har" in "har gået derhen …"
    reason_cuts: frozenset[str] = frozenset()  # where a relative's own words may begin
    spoken_fillers: frozenset[str] = frozenset()  # "øh", "altså": never in a written goal
    # slang said -> its plain written words ("vildt meget" → "meget", "sgu" → nothing)
    spoken_slang: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # "en selv": "mig selv", said in a reason whose generic "man" is the citizen
    generic_object_phrases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # a relative's "for mig" said without the relative ("en byrde for mig" → "en byrde")
    speaker_object_unsaid: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # spoken pointing word -> the words it points through ("sådan" before "en"): dropped there
    spoken_pointers: dict[str, frozenset[str]] = field(default_factory=dict)
    example_articles: frozenset[str] = frozenset()  # "mad sådan nogle frikadeller": examples
    way_past_verbs: frozenset[str] = frozenset()  # "som han gjorde før": how, no story
    pointing_there_after: frozenset[str] = frozenset()  # "de" in "de der seks hundrede meter"
    pointing_there: str = ""  # "der"
    pointing_articles: dict[str, str] = field(default_factory=dict)  # "det" (der) → "et"
    pointing_fixed: frozenset[str] = frozenset()  # "den slags": a fixed phrase, never "slagsen"
    # "når kommer gæster": after a lead, a verb of coming or being before an indefinite subject
    # takes the empty subject ("når der kommer gæster")
    empty_subject: str = ""  # "der"
    # "roede kors butikken": an organisation's name of several words, written with its capitals,
    # and a definite noun after it joined as a compound with a hyphen ("Røde Kors-butikken")
    org_names: tuple[tuple[str, ...], ...] = ()
    org_compound_endings: tuple[str, ...] = ()  # "en" of "butikken"
    org_not_compounds: frozenset[str] = frozenset()  # "igen": no noun
    empty_subject_leads: frozenset[str] = frozenset()  # "når", "hvis"
    empty_subject_verbs: frozenset[str] = frozenset()  # "kommer", "er"
    empty_subject_before: frozenset[str] = frozenset()  # "en", "nogen", "gæster"
    article_genders: dict[str, str] = field(default_factory=dict)  # "et" → n ("mit et og alt")
    # "… igen den er hver anden onsdag": a spoken sentence of its own run on without a join
    spoken_sentence_starts: frozenset[tuple[str, ...]] = frozenset()
    spoken_aside_times: frozenset[str] = frozenset()  # "hver", "om": the aside says a time
    clause_verbs: frozenset[str] = frozenset()  # "synes", "tror": "det er" is their object
    amount_words: frozenset[str] = frozenset()  # "seks", "hundrede": an amount follows
    age_verbs: frozenset[str] = frozenset()  # "er" of "han er 13 nu": an age told, no reason
    age_tails: frozenset[str] = frozenset()  # "år", "nu" after the age
    named_self_verbs: frozenset[str] = frozenset()  # "er" of "der er jeg bare Bjarne"
    named_self_adverbs: frozenset[str] = frozenset()  # "bare" of "der er jeg bare Bjarne"
    # "kalder" of "de kalder mig pølse Bjarne", "råber" of "de råber Allan" (both rules' one table)
    calling_verbs: frozenset[str] = frozenset()
    called_self_objects: frozenset[str] = frozenset()  # "mig" of "de kalder mig pølse Bjarne"
    called_self_links: frozenset[str] = frozenset()  # "for" of "de kalder mig for Bjarne"
    called_by_name: str = ""  # "ved mit navn": a relative clause's name said so
    headcount_nouns: frozenset[str] = frozenset()  # "piger" in "…, tre piger, …": an aside
    listed_tail_leads: frozenset[str] = frozenset()  # "i", "med" before "…, cykel og …"
    listed_tail_joins: frozenset[str] = frozenset()  # "eller" in "…, cykel eller løbebånd"
    do_it: str = ""  # "gøre det": a sign's words that repeat the wish's verb phrase
    #: "bøje" → {"ned", …}: a body verb whose reflexive a second language leaves out
    reflexive_particle_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    destination_preposition: str = ""  # "til": a destination the sign says after the wish
    #: "til" → "derhen", "ned" → "derned": the wish's destination said again in the sign
    destination_ways: dict[str, str] = field(default_factory=dict)
    sign_without: str = ""  # "uden": a sign's fragment of what is not there ("ingen pauser")
    sign_attendant: str = ""  # "med": a sign's fragment of a thing and its state ("masterne rejst")
    none_words: frozenset[str] = frozenset()  # "ingen", "intet"
    approximate_said: frozenset[str] = frozenset()  # spoken "en" in "en tredive meter"
    approximate_written: str = ""  # "ca.": how the goal writes it
    approximate_not_before: frozenset[str] = frozenset()  # "par": "et par" is no approximation
    cut_ends: frozenset[str] = frozenset()  # "og", "men": a clause never ends on them
    static_adverbs: frozenset[str] = frozenset()  # "oppe", "hjemme": where one is, no verb
    place_adverbs: frozenset[str] = frozenset()  # "derude", "herinde": where, never a thing
    fronted_time_adverbs: frozenset[str] = frozenset()  # "nu", "bagefter": open a main clause
    placing_verbs: frozenset[str] = frozenset()  # "sætter": "sætter fad på bordet" → "fadet"
    placing_leads: frozenset[str] = frozenset()  # "på", "fra": where the thing goes
    placed_idiom_nouns: frozenset[str] = frozenset()  # "pris": "sætte pris på" stays
    weekday_link: str = ""  # "s": "fredag couscous" → "fredagscouscous"
    explained_places: frozenset[str] = frozenset()  # "bydel": "brabrand, det er en bydel"
    number_labels: frozenset[str] = frozenset()  # "nummer" in "pinde nummer fem": no thing
    subordinators: frozenset[str] = frozenset()  # "at", "når": a clause with its own subject
    # a spoken reason ("fordi så er jeg oppe og jeg kender …"): nlp/spoken_reason.py
    reason_clause_leads: frozenset[str] = frozenset()
    inverted_adverbs: frozenset[str] = frozenset()
    inverted_not_subjects: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()  # "kl": its full stop ends no sentence
    abbreviations_with_stop: frozenset[str] = frozenset()  # "kl 19" written "kl. 19"
    range_numbers: tuple[str, ...] = ()  # "to", "tre", …: two in a row say a range ("3-4")
    late_degrees: frozenset[str] = frozenset()  # "helt" said after "færdig": written before it
    fragment_parts: frozenset[str] = frozenset()  # "rollator. sæde.": "en rollator med sæde"
    fragment_parts_spelled: dict[str, str] = field(default_factory=dict)  # "saede": "sæde"
    fragment_part_adjectives: frozenset[str] = frozenset()  # "tyk" of "piskeris. tykt. greb."
    fragment_worn: frozenset[str] = frozenset()  # "sløjfe. på.": "med sløjfe på"
    fragment_part_lead: str = ""  # "med" before such a part
    route_leads: frozenset[str] = frozenset()  # "fra": a way told before "er det 200 meter"
    route_verb: str = ""  # "gå": the verb of a way told with its distance
    subject_clause_leads: frozenset[str] = frozenset()
    # the lemma table (word form → lemma, content/<lang>/nlp/lemmas.json): plural and definite
    # forms of a noun said bare, and whether a word is a verb's infinitive
    lemma_forms: dict[str, str] = field(default_factory=dict)
    plural_endings: tuple[str, ...] = ()  # "e", "er": "gang" → "gange", "uge" → "uger"
    definite_endings: tuple[str, ...] = ()  # "en", "et": "uge" → "ugen", "år" → "året"
    participle_endings: tuple[str, ...] = ()  # "ende": "bærende", a verb's
    counted_verb_nouns: frozenset[str] = frozenset()  # "time": a noun, though "timende" is known
    count_leads: frozenset[str] = frozenset()  # "kl": a number after it is no count
    units_written_out: dict[str, tuple[str, str]] = field(default_factory=dict)  # "min"
    every_counted: frozenset[str] = frozenset()  # "hver": "hver 14 dage" → "hver 14. dag"
    # "at", "uden at", a modal: the verb after them is an infinitive ("uden at taber" → "tabe")
    infinitive_after: frozenset[str] = frozenset()  # "inden": "inden bussen kører"
    others_subjects: frozenset[str] = frozenset()  # a citizen's "hun", "han": someone else
    clause_subordinators: frozenset[str] = frozenset()  # "om", "når": a clause of the reason
    fronted_clause_leads: frozenset[str] = frozenset()  # "når" in "når jeg står der, er jeg …"
    own_words: frozenset[str] = frozenset()  # "jeg", "mig", "vi": the citizen is in the clause
    comment_particles: frozenset[str] = frozenset()  # "hun har jo …": a main clause, a comment
    concession_particles: frozenset[str] = frozenset()  # "hun er sød nok": a comment
    # asides a reason is told with (assistant/nlp/asides.py)
    reason_laughter: frozenset[str] = frozenset()  # "haha": the clause before is a joke
    concessive_leads: tuple[tuple[str, ...], ...] = ()  # "selv om hun …": a concession
    comment_leads: tuple[tuple[str, ...], ...] = ()  # "det er sådan en tradition": a comment
    comment_heads: frozenset[str] = frozenset()  # "en", "noget": what the comment says it is
    resumptive_pronouns: frozenset[str] = frozenset()  # "en flue, det er …": the thing again
    place_pointers: frozenset[str] = frozenset()  # "i skoven, det er der jeg …": the place again
    resumptive_people: frozenset[str] = frozenset()  # "min kone, hun skal …": the person again
    resumptive_persons: frozenset[str] = frozenset()  # "man", "jeg": a person, no thing
    resigned_comments: tuple[tuple[str, ...], ...] = ()  # "men sådan er det jo"
    shame_leads: tuple[tuple[str, ...], ...] = ()  # "uden at skamme mig"
    shame_words: frozenset[str] = frozenset()
    shame_reach: int = 0
    opinion_verbs: frozenset[str] = frozenset()  # "jeg synes det er lidt ulækkert"
    vouching_verbs: frozenset[str] = frozenset()  # "siger" in "…, lægen siger også det"
    vouching_objects: frozenset[str] = frozenset()  # "det" there
    # learner_body_parts (content/body_parts.py): "hoved" of "holder hoved i gang", mended as an
    # object; every part → its definite ("fingre" → "fingrene" in "uden at fingre gør ondt")
    learner_body_objects: frozenset[str] = frozenset()
    body_sides: frozenset[str] = frozenset()  # "højre" in "med højre arm": the part stays bare
    learner_body_definites: dict[str, str] = field(default_factory=dict)
    object_particles: frozenset[str] = frozenset()  # "ind" of "rulle snor ind": "snoren"
    object_particle_closers: frozenset[str] = frozenset()  # "igen" after such a particle
    object_particle_plurals: frozenset[str] = frozenset()  # "folk" of "hjælpe folk ind": people
    we_pair_subjects: dict[str, str] = field(default_factory=dict)  # "ham" → "han"
    we_pair_owners: frozenset[str] = frozenset()  # "vores" in "vores ting ham og mig"
    learner_fronted_adverbs: frozenset[str] = frozenset()  # "der" in "fordi der jeg er"
    learner_described_adjectives: frozenset[str] = frozenset()  # "syg" in "er syg gammel mand"
    # "min mor sin opskrift": the owner's genitive said with "sin" (learner_genitives)
    learner_genitive_pronouns: frozenset[str] = frozenset()
    learner_genitive_owners: frozenset[str] = frozenset()
    learner_genitive_not_after: frozenset[str] = frozenset()
    learner_genitive_bare_after: frozenset[str] = frozenset()  # "det er mormor sin kunst"
    # "lære den til mine børnebørn": the person taught said first (learner_taught)
    learner_taught_verbs: frozenset[str] = frozenset()
    learner_taught_objects: frozenset[str] = frozenset()
    learner_taught_to: frozenset[str] = frozenset()
    opinion_leads: frozenset[str] = frozenset()  # "når jeg synes …": the lead goes too
    opinion_objects: tuple[tuple[str, ...], ...] = ()  # "det", "at det"
    scene_leads: frozenset[str] = frozenset()  # "der sidder de gamle fiskere …": a scene
    scene_verbs: frozenset[str] = frozenset()
    # a reason told only as nouns ("kammeraterne. kaffe"): a thing's doing, with whom
    reason_thing_doings: dict[str, str] = field(default_factory=dict)
    reason_company: str = ""  # "{doing} med {people}"
    reason_company_only: str = ""  # "være sammen med {people}"
    reason_company_leads: frozenset[str] = frozenset()  # "med" in "kaffe med kammeraterne"
    reason_people_ends: tuple[str, ...] = ()  # "kammeraterne": people, a definite plural
    reason_people_plurals: frozenset[str] = frozenset()  # "mine venner": people
    # … of them, those that said bare with their verb are people in general ("fordi børn må ikke
    # glemme deres sprog"): no possessive of the citizen's is put before them
    reason_generic_plurals: frozenset[str] = frozenset()
    # "fordi børn må ikke glemme sit sprog": after a plural subject (these pronouns, or a plural
    # of reason_people_plurals) the reflexive possessive of reflexive_owners is plural_owner
    plural_subject_pronouns: frozenset[str] = frozenset()
    # a relative's "os børn": the citizen's kin in the citizen's goal ("mine børn")
    relative_we: frozenset[str] = frozenset()
    relative_us_kin: dict[str, str] = field(default_factory=dict)
    reflexive_owners: frozenset[str] = frozenset()
    plural_owner: str = ""
    # a reason typed as single words around a person or an occasion (nlp/kin_reason.py)
    reason_kin_deed: str = ""  # "så jeg kan {deed}"
    reason_kin_state: str = ""  # "så jeg er {state} til {occasion}"
    reason_kin_age: str = ""  # "{n}-års "
    reason_kin_age_units: frozenset[str] = frozenset()  # "år" in "96 år"
    reason_kin_occasion_lead: str = ""  # "til"
    reason_kin_place_lead: str = ""  # "i"
    reason_kin_pronouns: frozenset[str] = frozenset()  # "hende" in "se hende"
    reason_kin_deed_leads: frozenset[str] = frozenset()  # "til" in "ringe til hende"
    reason_kin_occasions: dict[str, str] = field(default_factory=dict)  # "jul" → "jul"
    reason_kin_verbs: dict[str, str] = field(default_factory=dict)  # "bage" → "til"
    together_words: frozenset[str] = frozenset()  # "hinanden": a relative's "de" is "vi"
    they_word: str = ""  # "de"
    we_word: str = ""  # "vi": the citizen and the other one, in the citizen's goal
    # second-language and spoken shapes of a noun phrase (grammar.bare_nouns_written)
    noun_classes: dict[str, str] = field(default_factory=dict)  # nlp/nouns.json: "trappe" → "n+"
    definite_after: frozenset[str] = frozenset()  # "til bager" → "til bageren"
    abbreviations_apart: frozenset[str] = frozenset()  # "ok" in "OK tak": no compound's part
    abbreviation_not_heads: frozenset[str] = frozenset()  # "søndag" in "kørte MC søndag"
    from_word: str = ""  # "fra" of "fra dej til ovn": a pair said bare
    to_word: str = ""  # "til"
    bare_after_prepositions: frozenset[str] = frozenset()  # "i seng", "til fods": stay bare
    subject_verbs: frozenset[str] = frozenset()  # "undervise i ikebana": the subject stays bare
    subject_preps: frozenset[str] = frozenset()  # "i" after such a verb
    bare_only_after: dict[str, frozenset[str]] = field(default_factory=dict)  # "på café" only
    # "på" → nouns said bare after it that take their definite form ("på gulv": "på gulvet")
    definite_after_on: dict[str, frozenset[str]] = field(default_factory=dict)
    bare_part_not: frozenset[str] = frozenset()  # "forening" ends in "ning" but is a place
    no_noun_endings: tuple[str, ...] = ()  # "efter" in "bagefter": no noun
    e_plural_endings: tuple[str, ...] = ()  # "er" in "curler": its plural adds "e" ("curlere")
    form_definite_ends: tuple[str, ...] = ()  # "en", "et": a definite singular's endings
    form_definite_forms: tuple[str, ...] = ()  # "erne", "en": a definite's last letters
    form_plural_ends: tuple[str, ...] = ()  # "erne", "er", "e": a plural's, definite or not
    way_leads_said: frozenset[str] = frozenset()  # "ned" in "ned af trappen"
    way_said: str = ""  # "af"
    way_written: str = ""  # "ad"
    to_leads_said: frozenset[str] = frozenset()  # "tilbage" in "komme tilbage sprogskole"
    to_verbs: frozenset[str] = frozenset()  # "komme": a verb of going before it
    to_written: str = ""  # "til"
    way_nouns: frozenset[str] = frozenset()  # "trappe", "vej"
    way_quantifiers: frozenset[str] = frozenset()  # "alle" in "gå ned alle trapper"
    whole_said: str = ""  # "hel" in "lave hel aftensmad"
    whole_written: str = ""  # "hele"
    be_verbs: frozenset[str] = frozenset()  # "være" in "være byrde"
    article_nouns_after_be: frozenset[str] = frozenset()  # "byrde": "være en byrde"
    indefinite_articles: dict[str, str] = field(default_factory=dict)  # c / n → "en" / "et"
    # "høj" → "højt": an adjective said bare before a bare noun, and its form after "et"
    bare_adjectives: dict[str, str] = field(default_factory=dict)
    # "gummi" in "raflebæger. stort. gummi.": what a thing is made of, no thing of its own
    thing_materials: frozenset[str] = frozenset()
    article_after_verb: dict[str, str] = field(default_factory=dict)  # "tur": "gå en tur"
    # "gå Bazar Vest" → "gå til Bazar Vest": a verb of going said straight before a place's name
    name_direction_verbs: frozenset[str] = frozenset()
    name_direction: str = ""  # "til"
    place_direction_between: frozenset[str] = frozenset()  # "selv" in "gå selv kaffehus"
    short_noun_parts: tuple[str, ...] = ()  # "hus": "kaffehus" read by it
    short_noun_leads: tuple[str, ...] = ()  # "el": "elstarter" read by "starter"
    reason_tail_prepositions: frozenset[str] = frozenset()  # "på" of "Fisk. På mine fluer."
    # "snakke damerne" → "snakke med damerne": a verb's preposition before the people
    people_verb_prepositions: dict[str, str] = field(default_factory=dict)
    # "spille yatzy og damerne" → "spille yatzy med damerne": the company of a game or a dance
    company_verbs: dict[str, str] = field(default_factory=dict)
    role_definite_after: frozenset[str] = frozenset()  # "på" in "vente på sygeplejerske"
    role_nouns: frozenset[str] = frozenset()  # "sygeplejerske": "på sygeplejersken"
    plural_quantifiers: frozenset[str] = frozenset()  # "alle" in "alle pille": "alle piller"
    adjective_article_after: frozenset[str] = frozenset()  # "fra" in "fra høj skab"
    described_leads: frozenset[str] = frozenset()  # "med" in "med trappestige med bøjle"
    taking_verbs: frozenset[str] = frozenset()  # "tage" in "tage bus"
    taken_nouns: dict[str, str] = field(default_factory=dict)  # "bus" → "bussen"
    route_words: frozenset[str] = frozenset()  # "nummer" in "tage bus nummer 5"
    definite_adjectives: dict[str, str] = field(default_factory=dict)  # "rigtig" → "rigtige"
    origin_adjectives: dict[str, str] = field(default_factory=dict)  # "syrisk" → "syriske"
    definite_articles: dict[str, str] = field(default_factory=dict)  # c / n → "den" / "det"
    call_verbs: frozenset[str] = frozenset()  # "ringe" in "ringe søn"
    call_preposition: str = ""  # "til"
    call_possessive: str = ""  # "min"
    contracted_nouns: dict[str, str] = field(default_factory=dict)  # "tempel" → "templet"
    noun_phrase_closers: frozenset[str] = frozenset()  # "hver" in "til bager hver fredag"
    described_list_joins: frozenset[str] = frozenset()  # "og" in "med stok og kniv med …"
    # "svimmel" in "…, ikke svimmel": a state said bare, written "uden at blive svimmel"
    bare_states: frozenset[str] = frozenset()
    # "lægge alle piller rigtig i boksen" → "rigtigt": a manner said bare takes its adverb form
    manner_adverbs: dict[str, str] = field(default_factory=dict)
    manner_not_after: frozenset[str] = frozenset()  # "være sikker på": a state
    manner_before: frozenset[str] = frozenset()  # words after the manner that end its phrase
    state_written: str = ""  # "uden at blive"
    # "uden" in "uden sidde ned": a bare infinitive after it takes infinitive_mark ("at")
    marked_infinitive_after: frozenset[str] = frozenset()
    infinitive_mark: str = ""
    name_adjectives: frozenset[str] = frozenset()  # "lille" in "lille Asta"
    joined_adverbs: frozenset[str] = frozenset()  # "selv" in "og selv melder"
    participle_objects: frozenset[str] = frozenset()  # "dem" in "og taget dem ud": a verb's
    preposition_presents: frozenset[str] = frozenset()  # "ved": a present form and a preposition
    comment_way_leads: frozenset[str] = frozenset()  # "med" after "det er 300 meter"
    comment_resume_leads: frozenset[str] = frozenset()  # "…, det er seks trapper, på en …"
    preposition_phrase_nouns: frozenset[str] = frozenset()  # "hjælp" in "ved hjælp af"
    plural_adjectives: dict[str, str] = field(default_factory=dict)  # "tyk" → "tykke"
    definite_as_said: frozenset[str] = frozenset()  # "lille" in "min lille hund"
    adjective_definite_leads: frozenset[str] = frozenset()  # "den" in "den tunge dør"
    infinitive_subject_leads: frozenset[str] = frozenset()  # "fordi" in "fordi strikke er …"
    noun_subject_leads: frozenset[str] = frozenset()  # "fordi" in "fordi sælger kender mig"
    own_people_after: frozenset[str] = frozenset()  # "med" in "spille tavla med venner"
    own_people_words: frozenset[str] = frozenset()  # "venner" in "spille tavla med venner"
    own_people_possessive: str = ""  # "mine" in "med mine venner"
    plural_adjective_leads: frozenset[str] = frozenset()  # "med" in "med nye høreapparat"
    infinitive_subject: str = ""  # "det at"
    # second-language word order (nlp/verb_second.py): "der jeg kan" → "der kan jeg"
    verb_second_adverbs: frozenset[str] = frozenset()  # "der", "nu", "hjemme" fronted
    verb_second_clause_leads: frozenset[str] = frozenset()  # "når" of "når jeg læser, …"
    verb_second_prepositions: frozenset[str] = frozenset()  # "i" of "i café jeg snakker"
    verb_second_clause_after: frozenset[str] = frozenset()  # "fordi" of "fordi når jeg …, …"
    verb_second_middle: frozenset[str] = frozenset()  # "kun" between the subject and its verb
    verb_second_objects: frozenset[str] = frozenset()  # "mig" of "føler jeg mig ikke"
    verb_last_leads: frozenset[str] = frozenset()  # "når" of "når jeg musikken hører"
    pointed_noun_after: frozenset[str] = frozenset()  # "på" of "på computer der"
    pointed_noun_adverbs: frozenset[str] = frozenset()  # "der" of "på computer der"
    complaint_verbs: frozenset[str] = frozenset()  # "bliver" of "og bliver sur på Svend"
    complaint_states: frozenset[str] = frozenset()  # "sur"
    complaint_prepositions: frozenset[str] = frozenset()  # "på"
    swear_words: frozenset[str] = frozenset()  # "lort" of "og så ligner det lort derude"
    swear_intensifiers: frozenset[str] = frozenset()  # "fandens" of "det er fandens svært"
    swear_prefixes: tuple[str, ...] = ()  # "lorte" of "den lortetrailer"

    def noun_class(self, word: str) -> str | None:
        """The definite ending of a bare noun by nlp/nouns.json ("trappe" → "n+", "+" for a
        count noun), a compound by its last part ("vaskekælder" → "en"); None for no noun."""
        w = nfc(word.strip(EDGE)).lower()
        part = self._noun_part(w)
        return None if part is None else self._resolved(w, part, self.noun_classes[part])

    def _noun_part(self, w: str) -> str | None:
        """The entry of nlp/nouns.json a lower-case noun is read by: itself, else a compound's
        last part ("vaskekælder" by "kælder", "kaffehus" by "hus"); None for none."""
        if not w.isalpha():
            return None
        if w in self.noun_classes:
            return w
        for k in range(NOUN_PART, len(w) - NOUN_LAST_PART + 1):
            if w[k:] in self.noun_classes:
                return w[k:]
        for part in self.short_noun_parts:  # "kaffehus" by "hus"
            if w.endswith(part) and len(w) - len(part) >= NOUN_PART and part in self.noun_classes:
                return part
        for lead in self.short_noun_leads:  # "elstarter" by "starter"
            rest = w[len(lead) :]
            if w.startswith(lead) and len(rest) >= NOUN_LAST_PART and rest in self.noun_classes:
                return rest
        return None

    def of_one_gender(self, word: str) -> bool:
        """True for a count noun nlp/nouns.json gives one gender ("stativ": et+), not two ("lift":
        en or et), no place name, and no entry without a plural ("ske": "t", the verb's "sket")."""
        part = self._noun_part(nfc(word.strip(EDGE)).lower())
        ending = self.noun_classes.get(part or "", "-")
        return ending.endswith("+") and "|" not in ending

    def _resolved(self, word: str, part: str, ending: str) -> str | None:
        """One ending of a class: "-" (a place's name) is none; of "en|et" the one the lemma
        table gives as a form of the word or its last part ("bordet"), else none. A form the
        table's ending makes that the lemma table does not give as the word's, while it gives
        one definite with the last consonant doubled, is another word's: that one ("væg" +
        "en" is the wick's "vægen", the wall's is "væggen"; "trinnet", "bussen")."""
        if ending == "-":
            return None
        counted = "+" if ending.endswith("+") else ""
        ends = ending.rstrip("+").split("|")
        doubled = [part[-1:] + e for e in ("en", "et")]
        own = [
            e
            for e in (*ends, *doubled)
            if self.lemma_forms.get(part + e) == part or self.lemma_forms.get(word + e) == word
        ]
        # "kurv": "kurvet" is a verb's too; the noun list's gender chooses ("kurven"), also
        # of two forms the lemma table gives ("arbejdet", not "arbejden"), and over the one form
        # the lemma table gives of two endings the class allows ("bælte": "bæltet", not "bælten"),
        # unless its own form of that gender has the consonant doubled ("spil": "spillet")
        kind = self.nouns.get(bare(part)) or self.nouns.get(bare(word))
        mark = {"c": "n", "n": "t"}.get(kind or "")
        chosen = [e for e in (own or ends) if mark and e in ends and e.endswith(mark)]
        if not chosen and mark and not any(e.endswith(mark) for e in own):
            chosen = [e for e in ends if len(ends) > 1 and e.endswith(mark)]
        if len(chosen) == 1 and (len(own) > 1 or len(ends) > 1):
            return chosen[0] + counted
        if own and own[0] in ends:
            return own[0] + counted
        if len(own) == 1:
            return own[0] + counted
        return ending if len(ends) == 1 else None

    def definite_singular(self, word: str) -> str | None:
        """The definite singular of a bare noun ("bager" → "bageren", "stok" → "stokken",
        "gelænder" → "gelænderet"), as said; None for a word of no known noun."""
        ending = self.noun_class(word)
        if ending is None:
            return None
        said, ending = nfc(word.strip(EDGE)), ending.rstrip("+")
        dropped = len(ending) - len(ending.lstrip(SYNCOPE))  # "cykel" + "~en" → "cyklen"
        if dropped:
            return said[: -1 - dropped] + said[-1] + ending[dropped:]
        return said + ending

    def indefinite_article(self, word: str) -> str | None:
        """ "en" or "et" for a bare noun by its definite ending ("byrde" → "en"), else by its
        gender in `nouns` ("tavle": its ending is "n" or "t" by nouns.json); a gender the hand
        list `nouns` gives the word itself comes first ("ske": en, not the verb's "sket"); a
        plural of its own takes none ("pincetter", "stole": no "en lange pincetter")."""
        own = self.nouns.get(bare(word))
        if own in ("c", "n"):
            return self.indefinite_articles.get(own)
        if self.is_own_plural(word):
            return None
        ending = self.noun_class(word)
        if ending is None:
            kind = self.noun_kind(word)
            return self.indefinite_articles.get(kind) if kind in ("c", "n") else None
        return self.indefinite_articles.get("n" if ending.rstrip("+").endswith("t") else "c")

    def definite_article(self, word: str) -> str | None:
        """ "den" or "det" before an adjective and a bare noun ("den syriske forening", "det
        rigtige stoppested") by the noun's gender (see indefinite_article); None when unknown."""
        article = self.indefinite_article(word)
        if not article:
            return None
        return self.definite_articles.get("n" if self.is_neuter_article(article) else "c")

    def is_neuter_article(self, article: str | None) -> bool:
        """True for the neuter indefinite article ("et"), False for "en" and None."""
        return bool(article) and article == self.indefinite_articles.get("n")

    def is_neuter(self, word: str) -> bool:
        """True for a bare noun that takes "et" ("marsvin"), by indefinite_article."""
        return self.is_neuter_article(self.indefinite_article(word))

    def own_possessive_agreeing(self, neuter: bool) -> list[str]:
        """The citizen's possessive for a noun of that gender ("min", "mit"); [] when the
        grammar has none."""
        row = next((r for r in self.possessives if r[0] == self.own_possessive), None)
        return [] if row is None else [row[1] if neuter else row[0]]

    def infinitive_of(self, word: str) -> str | None:
        """Return the infinitive of a present-tense verb ("går" → "gå", "er" → "være")."""
        w = bare(word)
        if w in self.infinitives:
            return self.infinitives[w]
        if w.endswith("r") and self.is_infinitive(w[:-1]):
            return nfc(word.strip(EDGE))[:-1]
        return None

    def is_finite(self, word: str) -> bool:
        """True for a finite verb form ("er", "kommer", "kan", "sad"), edges stripped."""
        w = bare(word)
        return self.is_present(w) or self.is_past(w) or w in self.modals

    def is_present(self, word: str) -> bool:
        """True for a present-tense verb ("bliver", "er", "spørger"), not "hver" or "over"."""
        w = bare(word)
        if not w.isalpha() or w in self.never_present:
            return False
        if w in self.present_forms:
            return True
        if self.nouns.get(w) == "pl" and w not in self.infinitives:
            return False  # "damer", "naboer": a listed plural noun, no "dame"/"naboe" verb
        return w.endswith("r") and self.infinitive_of(word) is not None

    def noun_kind(self, word: str) -> str | None:
        """Return c / n / pl for a known noun or a compound ending in one ("sommerhus" → n)."""
        w = bare(word)
        if w not in self.nouns and w.endswith("s") and w[:-1] in self.nouns:
            w = w[:-1]  # a genitive: "mit barnebarns fødselsdag"
        if w in self.nouns:
            return self.nouns[w]
        for k in range(3, len(w) - 2):
            if w[k:] in self.nouns:
                return self._dictionary_kind(word, k) or self.nouns[w[k:]]
        return None

    def _dictionary_kind(self, word: str, k: int) -> str | None:
        """c / n of a word the noun list reads by a short last part ("kop" of "teleskop") that
        nlp/nouns.json (the dictionary) reads by a longer one ("skop", et: "teleskopet"); None
        when the dictionary lists the word as its own (it then differs from its last part:
        "menstruationskop", "albuerum"; the noun list decides), knows no longer part, or gives
        it both genders."""
        said = nfc(word.strip(EDGE)).lower()
        if said in self.noun_classes:
            return None
        tail = fold(said)[k:]  # the noun list's part, where it starts in the word as said
        at = next((m for m in range(len(said)) if fold(said[m:]) == tail), 0)
        longer = (said[j:] for j in range(NOUN_PART, at))
        part = next((p for p in longer if p in self.noun_classes), "")
        ending = self._resolved(said, part, self.noun_classes[part]) if part else None
        if ending is None or "|" in ending:
            return None
        return "n" if ending.rstrip("+").endswith("t") else "c"

    def is_noun_form(self, word: str) -> bool:
        """True when the word itself is a known noun or its definite or plural form ("koret",
        "konen"), not a compound ending in one: a capitalised "Koret" is no name."""
        w = bare(word)
        if w in self.nouns:
            return True
        for kind, ends in self.noun_endings:
            for end in ends:
                stem = w[: len(w) - len(end)] if w.endswith(end) else ""
                if stem not in self.nouns and stem + end[:1] in self.nouns and end[:1] == "e":
                    stem += end[:1]  # "konen": "kone" + "en" with one e
                if stem in self.nouns and kind in (self.nouns[stem], "pl"):
                    return True
        return False

    def place_preposition(self, word: str) -> str | None:
        """The preposition a place said alone takes ("svømmehallen" → "i", "biblioteket" →
        "på"), by the word itself or its last part; None for no known place. Asked for many
        words of every utterance, so kept per word."""
        said = self._place_prepositions_said
        if word in said:
            return said[word]
        if len(said) >= _SAID_MAX:
            said.clear()
        w = bare(word)
        places, found = self.place_prepositions, None
        for k in range(len(w) - 2):
            if w[k:] in places:
                found = places[w[k:]]
                break
        said[word] = found
        return found

    @cached_property
    def singular_noun_endings(self) -> tuple[str, ...]:
        """The endings of noun_endings but the plural's ("-en", "-et"): a definite singular."""
        return tuple(e for kind, forms in self.noun_endings if kind != "pl" for e in forms)

    @cached_property
    def _place_prepositions_said(self) -> dict[str, str | None]:
        """place_preposition's results by word (a memo, emptied at _SAID_MAX words)."""
        return {}

    def dish_at(self, words: Sequence[str], k: int) -> bool:
        """True for a participle said as a dish's adjective before a bare noun at k ("stegt
        flæsk", "kogte kartofler", "røget laks"): a verb of dish_participle_verbs, a noun of the
        noun table right after it."""
        w = nfc(words[k].strip(EDGE)).lower()
        verb = self.infinitive_of_participle(w) or self.lemma_forms.get(w)
        if verb is None or fold(verb) not in self._dish_verbs_folded:
            return False
        nxt = nfc(words[k + 1].strip(EDGE)).lower() if k + 1 < len(words) else ""
        return nxt.isalpha() and self.lemma_forms.get(nxt, nxt) in self.noun_classes

    @cached_property
    def _dish_verbs_folded(self) -> frozenset[str]:
        return frozenset(fold(v) for v in self.dish_participle_verbs)

    def noun_verb(self, words: Sequence[str]) -> str | None:
        """The verb a thing said alone as the wish goes with ("øjendråber" → "tage", "styr på
        mine piller" → "have"), the thing after a possessive at most ("mine piller"); None when
        the words open with no such thing."""
        said = [bare(w) for w in words[:2]]
        if len(said) > 1 and any(said[0] in row for row in self.possessives):
            said = said[1:]
        w = said[0] if said else ""
        # a counted thing of the lemma table tells its thing by a short last part too
        # ("hjemme|sko": "hjemmeskoene"; not "lege|tøj"), another word by a long one only
        # ("øjen|dråber", not "s|pille")
        listed = bool(w) and self.has_definite_plural(words[len(words[:2]) - len(said)].strip(EDGE))
        for k in range(len(w)):
            tail = w[k:]
            long_enough = len(tail) >= NOUN_TAIL_MIN or (listed and len(tail) >= NOUN_HEAD_MIN)
            if tail in self.noun_verbs and (k == 0 or (k >= NOUN_PART and long_enough)):
                return self.noun_verbs[tail]
        # a thing one makes, said without an owner ("mine smykker" are worn, not made)
        made = len(said) == len(words[:2]) and self.made_verb and self.made_thing(words[0])
        return self.made_verb if made else None

    def made_thing(self, word: str) -> bool:
        """True for a thing one makes said as a bare noun: one of made_things or a compound
        ending in one ("perlesmykker", "trælegetøj"), or a material of made_materials before a
        plural noun ("lerkrukker", "træskåle", "sølvringe"); a definite ("smykkerne") or a name
        of no such class is none."""
        w = bare(word)
        if not w.isalpha():
            return False
        tails = (w[k:] for k in range(len(w)) if k == 0 or k >= NOUN_PART)
        if any(t in self.made_things and len(t) >= NOUN_LAST_PART for t in tails):
            return True
        said = nfc(word.strip(EDGE)).lower()
        for m in self.made_materials:
            rest = said[len(m) :]
            if said.startswith(m) and len(rest) >= NOUN_LAST_PART:
                return self._indefinite_plural(rest)
        return False

    def _indefinite_plural(self, word: str) -> bool:
        """True for a noun's indefinite plural ("krukker" of "krukke", "skåle", "perler")."""
        lemma = self.lemma_forms.get(word)
        if lemma and lemma != word and any(word == lemma + e for e in (*self.plural_endings, "r")):
            return True
        return self.is_dictionary_plural(word) or self.noun_kind(word) == "pl"

    def put_in_place(self, word: str) -> str | None:
        """The preposition of a place things are put in ("albummet" → "i"), by the word or its
        last part ("frimærkealbummet"); None for no such place."""
        w, places = bare(word), self.put_in_places
        tails = (w[k:] for k in range(len(w)) if k == 0 or k >= NOUN_PART)
        return next((places[t] for t in tails if t in places), None)

    def is_infinitive(self, word: str) -> bool:
        """True when the word looks like a Danish infinitive ("danse", "gå")."""
        w = bare(word)
        return w in self.short_infinitives or (
            w.endswith("e") and len(w) > 2 and w not in self.negations
        )

    def infinitive_of_participle(self, word: str) -> str | None:
        """Return the infinitive of a past participle ("lavet" → "lave", "købt" → "købe",
        "stået" → "stå", "solgt" → "sælge" from the table), or None for a word of no such
        ending."""
        w = nfc(word.strip(EDGE)).lower()
        if fold(w) in self.participle_infinitives:
            return self.participle_infinitives[fold(w)]
        if found := self._prefixed_participle(w):
            return found  # "beskåret" → "beskære", "opgivet" → "opgive"
        if w.endswith("et") and fold(w[:-2]) in self.short_infinitives:
            return w[:-2]  # "stået"
        if w.endswith("et") and len(w) > 4:
            return w[:-1]  # "lavet", "strikket"
        if w.endswith("t") and len(w) > 3 and w[-2] in _CONSONANTS:
            single, double = w[:-1] + "e", w[:-1] + w[-2] + "e"
            if single not in self.lemmas and double in self.lemmas:
                return double  # "tømt", "glemt": the stem's consonant doubled ("tømme")
            return single  # "købt", "spist", "bagt"
        return None

    def _prefixed_participle(self, w: str) -> str | None:
        """The infinitive of a participle of the table with a prefix before it ("be" +
        "skåret": beskære, "op" + "givet": opgive), else None: the rule by ending would make a
        non-word of it ("beskåre")."""
        for k in range(_PREFIX_MIN, len(w) - _PARTICIPLE_TAIL_MIN + 1):
            if (verb := self.participle_infinitives.get(fold(w[k:]))) and w[:k].isalpha():
                return w[:k] + verb
        return None

    def infinitive_of_preterite(self, word: str) -> str | None:
        """The infinitive of a finite past verb by the lemma table ("vaskede" → "vaske",
        "underviste" → "undervise", "gik" → "gå", "kørte" → "køre"); None for any other form:
        an infinitive, a present, a participle ("solgt"), a passive, an imperative ("vask") or
        a word whose lemma is no verb."""
        w = nfc(word.strip(EDGE)).lower()
        lemma = self.lemma_forms.get(w)
        if not lemma or lemma == w or not w.isalpha() or not self.has_participle(lemma):
            return None
        imperatives = (lemma[:-1], lemma[:-2])  # "vask", "frem" of "fremme"
        if w.endswith(_NOT_PRETERITE_ENDINGS) or w in (self.present_of(lemma), *imperatives):
            return None
        return lemma

    def present_of(self, verb: str) -> str:
        """Return the present tense of an infinitive ("falde" → "falder", "være" → "er")."""
        return self.present.get(fold(verb), verb + "r")

    def _forms_of(self, lemma: str, endings: Sequence[str]) -> str | None:
        """The first form lemma + ending the lemma table gives as a form of that lemma, a short
        stem's last consonant doubled too ("minut" + "er" → "minutter")."""
        for end in endings:
            for form in (lemma + end, lemma + lemma[-1:] + end):
                if self.lemma_forms.get(form) == lemma:
                    return form
        return None

    @cached_property
    def never_present(self) -> frozenset[str]:
        """Words is_present never reads as a present verb: not finite, function words, motion
        adverbs ("hver", "over")."""
        return frozenset(self.not_finite | self.function_words | self.motion_adverbs)

    @cached_property
    def present_forms(self) -> frozenset[str]:
        """The present forms of the present table, folded ("er", "gaar")."""
        return frozenset(fold(v) for v in self.present.values())

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """The lemmas of the lemma table ("trappe", "læge")."""
        return frozenset(self.lemma_forms.values())

    def has_participle(self, lemma: str) -> bool:
        """True for a lemma with a present participle in the lemma table ("bage": "bagende"):
        a verb's."""
        return self._forms_of(nfc(lemma).lower(), self.participle_endings) is not None

    def has_definite_plural(self, lemma: str) -> bool:
        """True for a lemma with a definite plural in the lemma table ("flaske": "flaskerne"):
        a noun's, even when a verb has the same lemma."""
        return self._forms_of(nfc(lemma).lower(), ("rne", "erne", "ene", "ne")) is not None

    def is_dictionary_plural(self, word: str) -> bool:
        """True for a plural in -er of a dictionary noun the lemma table does not know as a verb
        ("strækninger", "boliger", "ruter", "busser"); False for "ringer", "spiser", "glæder"
        (verbs too)."""
        w = nfc(word.strip(EDGE)).lower()
        ending = max(self.plural_endings, key=len, default="")  # "er"
        if not (w.isalpha() and ending and w.endswith(ending)):
            return False
        if w in self.present_forms or w in self.infinitives:
            return False
        if lemma := self.lemma_forms.get(w):  # "ruter" → "rute", with "ruterne" and no "rutende"
            verb = self.has_participle(w[: -len(ending[-1:])]) or self.has_participle(lemma)
            return self.has_definite_plural(lemma) and not verb
        return w[: len(w) - len(ending)] in self.noun_classes

    def plural_of(self, word: str) -> str | None:
        """The indefinite plural of a noun said in its bare singular ("gang" → "gange", "dag" →
        "dage", "uge" → "uger"); None for an unknown word, a verb or a plural like the singular
        (`unchanged_plurals`: "100 gram", "to dyr", though the lemma table has "gramme")."""
        w = nfc(word.strip(EDGE)).lower()
        if not w.isalpha() or self.lemma_forms.get(w, w) != w or fold(w) in self.unchanged_plurals:
            return None
        plural = self._forms_of(w, self.plural_endings)
        if plural is None or self._forms_of(w, self.definite_endings) is None:
            return None  # "meter", "stop": no plural form of its own
        if self._forms_of(w, self.participle_endings) and fold(w) not in self.counted_verb_nouns:
            return None  # "lave": "lavende", a verb ("laver" is its present tense)
        return plural

    def is_own_plural(self, word: str) -> bool:
        """True for a noun's indefinite plural that differs from its singular by the lemma table
        ("pincetter" of pincet, "stole" of stol); False for a singular and a plural like it
        ("kort")."""
        w = nfc(word.strip(EDGE)).lower()
        lemma = self.lemma_forms.get(w, w)
        return lemma != w and w.isalpha() and self.plural_of(lemma) == w

    def is_indefinite_plural(self, word: str) -> bool:
        """True for a noun's indefinite plural by the lemma table: a plural of its own
        ("strømper", "vinduer") or one like the singular, which has a definite plural but no
        other plural ("snørebånd": "snørebåndene"); False for a singular ("bord": "borde")."""
        w = nfc(word.strip(EDGE)).lower()
        if not w.isalpha():
            return False
        lemma = self.lemma_forms.get(w, w)
        if lemma != w:
            return self.plural_of(lemma) == w
        own = self._forms_of(w, self.plural_endings)
        return own is None and self._forms_of(w, ("ene",)) is not None

    def definite_of(self, word: str) -> str | None:
        """The definite singular of a noun said bare ("uge" → "ugen", "hånd" → "hånden"). Kept
        per word: the place rules ask it of many words of every utterance."""
        said = self._definites_said
        if word in said:
            return said[word]
        if len(said) >= _SAID_MAX:
            said.clear()
        found = said[word] = self._definite_of(word)
        return found

    @cached_property
    def _definites_said(self) -> dict[str, str | None]:
        """definite_of's results by word (a grammar's own: replace() makes a new one)."""
        return {}

    def _definite_of(self, word: str) -> str | None:
        w = nfc(word.strip(EDGE)).lower()
        if not w.isalpha() or self.lemma_forms.get(w, w) != w:
            return None
        return self._forms_of(w, self.definite_endings)

    def is_bare_infinitive(self, word: str) -> bool:
        """True for a verb's infinitive by the lemma table ("bære": "bærer" is its present),
        not a noun ("uge": "uger", "ugen"). Kept per word: the speller asks it of most pairs
        of words it may join."""
        found = self._bare_infinitives.get(word)
        if found is None:
            if len(self._bare_infinitives) >= _SAID_MAX:
                self._bare_infinitives.clear()
            found = self._bare_infinitives[word] = self._is_bare_infinitive(word)
        return found

    @cached_property
    def _bare_infinitives(self) -> dict[str, bool]:
        """is_bare_infinitive's answers by word (a grammar's own: replace() makes a new one)."""
        return {}

    def _is_bare_infinitive(self, word: str) -> bool:
        w = nfc(word.strip(EDGE)).lower()
        return (
            w.isalpha()
            and self.lemma_forms.get(w + "r") == w
            and self._forms_of(w, self.participle_endings) is not None
            and fold(w) not in self.nouns
            and fold(w) not in self.counted_verb_nouns
        )

    def is_past(self, word: str) -> bool:
        """True for a past-tense form (from the list, or a regular -ede form)."""
        w = nfc(word.strip(EDGE)).lower()  # unfolded: "glæde" is no "-ede" form
        if fold(w) in self.past_words and (w.isascii() or w in self.past_said):
            return True  # "bøde" (mend) typed with its ø is no "boede" (lived)
        return (
            w.endswith("ede")
            and len(w) > 5
            and fold(w) not in self.not_past
            and not w.endswith(self.not_past_endings)
        )

    def says_alone(self, words: list[str]) -> bool:
        """True when the words say "alene" of doing it on one's own ("tage toget alene"), not
        of being alone ("sidde alene")."""
        bare = [fold(w.strip(",.;:!?")).lower() for w in words]
        return any(
            " ".join(bare[k : k + len(said.split())]) == said
            and (k == 0 or bare[k - 1] not in self.alone_not_after)
            for said in self.alone_words
            for k in range(len(bare))
        )

    def kind_of_unit(self, unit: str | None) -> MeasureKind | None:
        """Return the measure kind of a unit id ("meter" → distance)."""
        return next((k for k in self.measure_kinds if unit in k.units), None)

    def counts_units(self, words: Sequence[str]) -> bool:
        """True when the words open with a unit of measure, one word before it at most ("hel
        time …", "time …", "kilo"): an amount after an article, no title ("spille En hel time
        uden pause", not the song "En …")."""
        for word in words[:_UNIT_AFTER]:
            low = nfc(word.strip(EDGE)).lower()
            if self.kind_of_unit(self.lemma_forms.get(low, low)) is not None:
                return True
            if word[-1:] in EDGE:
                return False
        return False


def load_grammar(path: Path, lang: str, problems: Problems) -> Grammar:
    """Read the grammar file of a language; every problem is reported with the file."""
    if not path.exists():
        problems.add(path, "grammar for generated text is missing")
        return Grammar()
    data = read_yaml(path, lang, problems)
    w = lambda key: _folds(data.get(key), path, key, problems)  # noqa: E731
    empty = data.get("empty_subject") or {}
    way = data.get("way_of_motion") or {}
    to = data.get("to_left_out") or {}
    orgs = data.get("organisations") or {}
    body_objects, body_definites = body_parts(data.get("learner_body_parts"), path, problems, fold)

    def agreeing_rows(key: str) -> list[tuple[str, ...]]:
        rows = []
        for row in data.get(key) or []:
            if not (isinstance(row, list) and len(row) == 3):
                problems.add(path, f"possessive row needs common, neuter and plural form: {row!r}")
                continue
            rows.append(tuple(nfc(str(x)) for x in row))
        return rows

    owning = agreeing_rows("possessives") + agreeing_rows("agreeing")
    # "anden": agrees after a possessive ("mit andet hjem") but owns nothing
    possessives = owning + agreeing_rows("agreeing_after_possessive")
    nouns = {}
    for noun, kind in (data.get("nouns") or {}).items():
        if kind not in ("c", "n", "pl"):
            problems.add(path, f"noun '{noun}' has gender '{kind}', not c, n or pl")
        nouns[fold(str(noun))] = str(kind)
    leads = []
    for lead, kind in (data.get("reason_leads") or {}).items():
        if kind not in ("so", "purpose", "purpose_not", "because"):
            problems.add(path, f"reason lead '{lead}' has unknown kind '{kind}'")
        leads.append((tuple(fold(str(lead)).split()), str(kind)))
    leads.sort(key=lambda item: len(item[0]), reverse=True)
    kinds = []
    for name, raw in (data.get("measure_kinds") or {}).items():
        if not isinstance(raw, dict) or not raw.get("units"):
            problems.add(path, f"measure kind '{name}' needs units")
            continue
        if not (raw.get("insert") or raw.get("append")):
            problems.add(path, f"measure kind '{name}' needs insert or append")
        kinds.append(
            MeasureKind(
                name=str(name),
                units=frozenset(str(u) for u in raw["units"]),
                after_verbs=_folds(raw.get("after_verbs"), path, f"{name}.after_verbs", problems),
                insert=nfc(str(raw.get("insert") or "")),
                append=nfc(str(raw.get("append") or "")),
                after_tur=nfc(str(raw.get("after_tur") or "")),
                tur_words=_folds(raw.get("tur_words"), path, f"{name}.tur_words", problems),
                not_before=_folds(raw.get("not_before"), path, f"{name}.not_before", problems),
                insert_not_before=nfc(str(raw.get("insert_not_before") or "")),
                own_way=_folds(raw.get("own_way"), path, f"{name}.own_way", problems),
                append_verbs=_folds(raw.get("append_verbs"), path, f"{name}.append", problems),
                only_before=_folds(raw.get("only_before"), path, f"{name}.only", problems),
                motion_verbs=_folds(raw.get("motion_verbs"), path, f"{name}.motion", problems),
                motion_before=_folds(raw.get("motion_before"), path, f"{name}.motion", problems),
                insert_motion=nfc(str(raw.get("insert_motion") or "")),
                insert_motion_one=nfc(str(raw.get("insert_motion_one") or "")),
                sign=nfc(str(raw.get("sign") or "")),
                object_sign=nfc(str(raw.get("object_sign") or "")),
                said_by_number=bool(raw.get("said_by_number")),
                way_leads=_folds(raw.get("way_leads"), path, f"{name}.way_leads", problems),
                way_places=_folds(raw.get("way_places"), path, f"{name}.way_places", problems),
                way_ends=_folds(raw.get("way_ends"), path, f"{name}.way_ends", problems),
                way_max=int(raw.get("way_max") or 0),
            )
        )
    table = lambda key: {fold(str(k)): nfc(str(v)) for k, v in (data.get(key) or {}).items()}  # noqa: E731
    return Grammar(
        modals=w("modals"),
        can_forms=w("can_forms"),
        able_verbs=w("able_verbs"),
        negations=w("negations"),
        said_twice=w("said_twice"),
        compared_past_leads=w("compared_past_leads"),
        fillers=w("fillers"),
        independence_words=w("independence_words"),
        once_in_wish=w("once_in_wish"),
        alone_words=w("alone_words"),
        yearly_events=w("yearly_events"),
        yearly_event_endings=w("yearly_event_endings"),
        alone_not_after=w("alone_not_after"),
        self_objects=w("self_objects"),
        modal_hedges=w("modal_hedges"),
        unchanged_plurals=w("unchanged_plurals"),
        noun_endings=tuple(
            (str(kind), tuple(fold(str(e)) for e in ends or ()))
            for kind, ends in (data.get("noun_endings") or {}).items()
        ),
        possessives=tuple(possessives),
        possessive_words=frozenset(fold(f) for row in owning for f in row),
        agreeing_words=frozenset(fold(f) for row in agreeing_rows("agreeing") for f in row),
        nouns=nouns,
        present=table("present"),
        infinitives={
            fold(str(v)): nfc(str(k)) for k, v in reversed((data.get("present") or {}).items())
        },
        short_infinitives=w("short_infinitives"),
        motion_adverbs=w("motion_adverbs"),
        motion_verb=nfc(str(data.get("motion_verb") or "")),
        particle_get_verb=nfc(str(data.get("particle_get_verb") or "")),
        place_leads=w("place_leads"),
        place_prepositions={
            fold(str(place)): nfc(str(lead))
            for lead, places in (data.get("place_prepositions") or {}).items()
            for place in as_str_list(places, path, f"place_prepositions {lead}", problems)
        },
        spoken_infinitives=table("spoken_infinitives"),
        noun_verbs={
            fold(str(noun)): nfc(str(verb))
            for verb, nouns in (data.get("noun_verbs") or {}).items()
            for noun in as_str_list(nouns, path, f"noun_verbs {verb}", problems)
        },
        participle_infinitives=table("participle_infinitives"),
        thing_kinds=table("thing_kinds"),
        made_verb=nfc(str(data.get("made_verb") or "")),
        made_activity=str(data.get("made_activity") or ""),
        made_things=w("made_things"),
        pastime_verbs=frozenset(nfc(str(v)) for v in data.get("pastime_verbs") or ()),
        made_materials=frozenset(nfc(str(m)).lower() for m in data.get("made_materials") or ()),
        perfect_be_verbs=w("perfect_be_verbs"),
        comment_feelings=w("comment_feelings"),
        takeover_leads=longest_first(w("takeover_leads")),
        tail_subjects=w("tail_subjects"),
        reciprocal_words=w("reciprocal_words"),
        state_verbs=w("state_verbs"),
        not_participles=w("not_participles"),
        state_subjects=w("state_subjects"),
        listed_state_subjects={
            fold(str(k)): (nfc(str(v[0])), nfc(str(v[1])))
            for k, v in (data.get("listed_state_subjects") or {}).items()
        },
        state_words=w("state_words"),
        self_states=w("self_states"),
        state_particles=w("state_particles"),
        without_verb=nfc(str(data.get("without_verb") or "")),
        without=nfc(str(data.get("without") or "{verb} {phrase}")),
        death_words=w("death_words"),
        past_words=w("past_words"),
        past_said=frozenset(nfc(str(x)).lower() for x in data.get("past_words") or ()),
        not_past=w("not_past"),
        subject_pronouns=w("subject_pronouns"),
        that_verbs=w("that_verbs"),
        citizen_pronouns=w("citizen_pronouns"),
        first_person_words=w("first_person_words"),
        first_person=table("first_person"),
        reason_leads=tuple(leads),
        clause_leads=_clause_leads(data.get("clause_leads"), path, problems),
        when_leads=w("when_leads"),
        not_verbs=w("not_verbs"),
        time_of_day_leads=w("time_of_day_leads"),
        time_of_day_joins=w("time_of_day_joins"),
        time_of_day_every=w("time_of_day_every"),
        time_of_day_counted=w("time_of_day_counted"),
        period_leads_said=w("period_leads_said"),
        periods_said=w("periods_said"),
        time_of_day_spans=w("time_of_day_spans"),
        counted_spans=w("counted_spans"),
        scene_plural_leads=w("scene_plural_leads"),
        scene_people=w("scene_people"),
        scene_plural_endings=tuple(data.get("scene_plural_endings") or ()),
        form_definite_ends=tuple(data.get("form_definite_ends") or ()),
        form_definite_forms=tuple(data.get("form_definite_forms") or ()),
        form_plural_ends=tuple(data.get("form_plural_ends") or ()),
        time_of_day_bare=w("time_of_day_bare"),
        day_plural_ending=str(data.get("day_plural_ending", "")),
        day_plural_every=str(data.get("day_plural_every", "")),
        month_day_ordinals=w("month_day_ordinals"),
        time_of_day_pointed=w("time_of_day_pointed"),
        measure_kinds=tuple(kinds),
        help_words=w("help_words"),
        condition_leads=w("condition_leads"),
        so_word=nfc(str(data.get("so_word") or "")),
        fact_lead=nfc(str(data.get("fact_lead") or "")),
        past_when_leads=w("past_when_leads"),
        result_verbs=w("result_verbs"),
        so_degree_words=w("so_degree_words"),
        so_as_words=w("so_as_words"),
        sake_leads=w("sake_leads"),
        sake_not=w("sake_not"),
        sake_troubles=w("sake_troubles"),
        sake_phrase=nfc(str(data.get("sake_phrase") or "{owner}")),
        state_phrase=nfc(str(data.get("state_phrase") or "")),
        owned_thing_phrase=nfc(str(data.get("owned_thing_phrase") or "")),
        gained_phrase=nfc(str(data.get("gained_phrase") or "")),
        gained_words=w("gained_words"),
        owned_thing_owners=w("owned_thing_owners"),
        self_judgements=tuple(
            " ".join(fold(x) for x in str(p).split()) for p in data.get("self_judgements") or ()
        ),
        helped_words=w("helped_words"),
        attribution_verbs=w("attribution_verbs"),
        attribution_subjects=w("attribution_subjects"),
        attribution_objects=w("attribution_objects"),
        attribution_tail=int(data.get("attribution_tail") or 4),
        alone_marks=_phrases(data.get("alone_marks")),
        helped_step_marks=_phrases(data.get("helped_step_marks")),
        function_words=w("function_words"),
        wish_for_others=frozenset(tuple(p.split()) for p in w("wish_for_others")),
        doing_pointer=fold(str(data.get("doing_pointer") or "")),
        doing_perfect_aux=w("doing_perfect_aux"),
        doing_adverbs=w("doing_adverbs"),
        doing_at_leads=longest_first(w("doing_at_leads")),
        memory_pointers=w("memory_pointers"),
        visit_verbs=w("visit_verbs"),
        visit_tail=longest_first(w("visit_tail")),
        visit_tail_verbs=w("visit_tail_verbs"),
        visit_host=longest_first(w("visit_host")),
        visit_host_said=nfc(str(data.get("visit_host_said") or "")),
        visit_said=nfc(str(data.get("visit_said") or "")),
        citizen_words=w("citizen_words"),
        self_kin_said=w("self_kin_said"),
        self_kin_object=nfc(str(data.get("self_kin_object") or "")),
        self_kin_verbs=w("self_kin_verbs"),
        self_kin_own_subjects=w("self_kin_own_subjects"),
        speaker_self=w("speaker_self"),
        staff_self=w("staff_self"),
        staff_us=w("staff_us"),
        staff_us_said=nfc(str(data.get("staff_us_said") or "")),
        staff_we_said=nfc(str(data.get("staff_we_said") or "")),
        quote_leads=longest_first(w("quote_leads")),
        quote_lead_verbs=longest_first(w("quote_lead_verbs")),
        quote_lead_adverbs=longest_first(w("quote_lead_adverbs")),
        quote_lead_listeners=w("quote_lead_listeners"),
        quote_that=w("quote_that"),
        reported_verbs=w("reported_verbs"),
        never_capital=w("never_capital"),
        title_verbs=w("title_verbs"),
        title_openers=w("title_openers"),
        capital_kept_after=w("capital_kept_after"),
        capital_small_rooms=w("capital_small_rooms"),
        capital_names=w("capital_names"),
        filler_phrases=longest_first(w("filler_phrases") | w("foreign_fillers")),
        amount_hedges=longest_first(w("amount_hedges")),
        hedge_verb_objects=w("hedge_verb_objects"),
        tag_fronts=w("tag_fronts"),
        lone_fillers=w("lone_fillers"),
        lone_filler_next=w("lone_filler_next"),
        hedge_verb_negations=w("hedge_verb_negations"),
        object_quantifiers=longest_first(w("object_quantifiers")),
        quantified_objects=w("quantified_objects"),
        narrowing_leads=w("narrowing_leads"),
        narrowing_words=w("narrowing_words"),
        narrowing_not_after=w("narrowing_not_after"),
        joint_subjects=w("joint_subjects"),
        joint_company_said=nfc(str(data.get("joint_company_said") or "")),
        negated_drop=w("negated_drop"),
        dangling=w("dangling"),
        relative_leads=w("relative_leads"),
        bare_relative_heads=w("bare_relative_heads"),
        predicate_verbs=w("predicate_verbs"),
        clause_only_leads=w("clause_only_leads"),
        time_tail_leads=w("time_tail_leads"),
        subordinate_tail_heads=w("subordinate_tail_heads"),
        question_if_leads=w("question_if_leads"),
        owned_subject_leads=w("owned_subject_leads"),
        object_pronouns=w("object_pronouns"),
        reflexive_third=w("reflexive_third"),
        generic_subjects=w("generic_subjects"),
        generic_kept_after=w("generic_kept_after"),
        reason_subclause_leads=w("reason_subclause_leads"),
        reflexive_objects=w("reflexive_objects"),
        want_forms=w("want_forms"),
        will_preferring=w("will_preferring"),
        wish_particles=w("wish_particles"),
        wish_correction_noes=w("wish_correction_noes"),
        want_that=longest_first(w("want_that")),
        subject_quantifiers=w("subject_quantifiers"),
        norm_things=w("norm_things"),
        norm_modals=w("norm_modals"),
        partitive_leads=longest_first(w("partitive_leads")),
        partitive_pronouns=w("partitive_pronouns"),
        shifted_objects=w("shifted_objects"),
        help_leads=w("help_leads"),
        generic_verbs=w("generic_verbs"),
        shown_verbs=w("shown_verbs"),
        pronoun_objects=w("pronoun_objects"),
        citizen_possessives=w("citizen_possessives"),
        citizen_by_possessive={
            fold(str(k)): frozenset(fold(str(x)) for x in (v or ()))
            for k, v in (data.get("citizen_by_possessive") or {}).items()
        },
        own_possessive=nfc(str(data.get("own_possessive") or "")),
        others_by_possessive={
            fold(str(k)): frozenset(fold(str(x)) for x in (v or ()))
            for k, v in (data.get("others_by_possessive") or {}).items()
        },
        owned_in_plural=w("owned_in_plural"),
        aid_pointers=table("aid_pointers"),
        owner_articles=tuple(nfc(str(x)) for x in (data.get("owner_articles") or ())),
        relative_us=w("relative_us"),
        relative_us_said=nfc(str(data.get("relative_us_said") or "")),
        relative_household=table("relative_household"),
        relative_peers=table("relative_peers"),
        citizens_kin_definite=table("citizens_kin_definite"),
        couple_days=w("couple_days"),
        couple_possessive=table("couple_possessive"),
        spouse_roles=w("spouse_roles"),
        we_apart_leads=longest_first(w("we_apart_leads")),
        we_apart_said=nfc(str(data.get("we_apart_said") or "")),
        speaker_company_leads=w("speaker_company_leads"),
        speaker_company_said=nfc(str(data.get("speaker_company_said") or "")),
        relative_us_leads=w("relative_us_leads"),
        speaker_reflexive=table("speaker_reflexive"),
        infinitive_markers=w("infinitive_markers"),
        infinitive_marker_leads=w("infinitive_marker_leads"),
        stranded_prepositions=w("stranded_prepositions"),
        phrase_end_adverbs=w("phrase_end_adverbs"),
        causative_verbs=w("causative_verbs"),
        object_infinitive_verbs=w("object_infinitive_verbs"),
        articles=w("articles"),
        others_way_leads=w("others_way_leads"),
        degree_words=w("degree_words"),
        degree_fillers=w("degree_fillers"),
        degree_filler_leads=w("degree_filler_leads"),
        comparative_amounts=w("comparative_amounts"),
        referring_pronouns=w("referring_pronouns"),
        self_subject=fold(str(data.get("self_subject") or "")),
        negation_word=nfc(str(data.get("negation_word") or "")),
        must_word=nfc(str(data.get("must_word") or "")),
        thing_subject_verbs=w("thing_subject_verbs"),
        thing_pronouns=table("thing_pronouns"),
        thing_subject_default=nfc(str(data.get("thing_subject_default") or "")),
        can_word=nfc(str(data.get("can_word") or "")),
        goal_modal_run=nfc(str(data.get("goal_modal_run") or "")),
        and_word=nfc(str(data.get("and_word") or "")),
        habit_adverbs=w("habit_adverbs"),
        attribute_leads=w("attribute_leads"),
        fronted_phrase_leads=w("fronted_phrase_leads"),
        second_clause_fronted_leads=w("second_clause_fronted_leads"),
        fronted_resumptive=w("fronted_resumptive"),
        placement_leads=w("placement_leads"),
        name_role_leads=w("name_role_leads"),
        carer_words=w("carer_words"),
        aid_sources=w("aid_sources"),
        neighbour_places=w("neighbour_places"),
        negated_list_item=nfc(str(data.get("negated_list_item") or "")),
        neighbour_written=nfc(str(data.get("neighbour_written") or "")),
        kin_before_names=w("kin_before_names"),
        definite_genitive_endings=tuple(
            str(x) for x in data.get("definite_genitive_endings") or ()
        ),
        first_name_leads=w("first_name_leads"),
        not_finite=w("not_finite"),
        since_leads=w("since_leads"),
        exception_leads=longest_first(w("exception_leads")),
        clause_joins=w("clause_joins"),
        comment_subjects=w("comment_subjects"),
        comment_kept_after=w("comment_kept_after"),
        cleft_verbs=w("cleft_verbs"),
        cleft_perfect_verbs=w("cleft_perfect_verbs"),
        since_clause_leads=w("since_clause_leads"),
        cleft_focus=w("cleft_focus"),
        cleft_particles=w("cleft_particles"),
        independence_degrees=w("independence_degrees"),
        run_on_subjects=w("run_on_subjects"),
        run_on_there=w("run_on_there"),
        run_on_there_after=w("run_on_there_after"),
        run_on_relative_heads=w("run_on_relative_heads"),
        pronoun_relative_heads=w("pronoun_relative_heads"),
        relative_head_words=w("relative_head_words"),
        run_on_fronted_openers=w("run_on_fronted_openers"),
        subject_said_again={
            str(k): fold(str(v)) for k, v in (data.get("subject_said_again") or {}).items()
        },
        body_parts={fold(str(k)): str(v) for k, v in (data.get("body_parts") or {}).items()},
        reason_advisers=w("reason_advisers"),
        reason_own_body_leads=w("reason_own_body_leads"),
        reason_own_body={
            fold(str(k)): str(v) for k, v in (data.get("reason_own_body") or {}).items()
        },
        object_said_again={
            str(k): fold(str(v)) for k, v in (data.get("object_said_again") or {}).items()
        },
        object_clause_verbs=w("object_clause_verbs"),
        pointed_people_leads=w("pointed_people_leads"),
        pointed_owner_words=w("pointed_owner_words"),
        pointed_owner_possessives=w("pointed_owner_possessives"),
        pointed_people_endings=tuple(sorted(w("pointed_people_endings"))),
        length_verbs=w("length_verbs"),
        length_lead=str(data.get("length_lead") or ""),
        length_kind=str(data.get("length_kind") or ""),
        length_whole_leads=w("length_whole_leads"),
        comparative_adverbs=w("comparative_adverbs"),
        main_joins=w("main_joins"),
        contrast_joins=w("contrast_joins"),
        citizen_kin=w("citizen_kin"),
        question_words=w("question_words"),
        unit_short={
            str(k): frozenset(fold(str(x)) for x in (v or ()))
            for k, v in (data.get("unit_short") or {}).items()
        },
        finished_words=w("finished_words"),
        finished_plurals={
            fold(str(k)): nfc(str(v)) for k, v in (data.get("finished_plurals") or {}).items()
        },
        sign_lead_verbs=w("sign_lead_verbs"),
        practice_verbs=w("practice_verbs"),
        practice_objects=w("practice_objects"),
        practice_deed_verbs=w("practice_deed_verbs"),
        practice_deed_objects=w("practice_deed_objects"),
        sign_particles=w("sign_particles"),
        particle_verbs=w("particle_verbs"),
        pre_modal_adverbs=w("pre_modal_adverbs"),
        topic_gap_verbs=w("topic_gap_verbs"),
        noun_quantifiers=w("noun_quantifiers"),
        carried_ways=w("carried_ways"),
        carried_thing=str(data.get("carried_thing", "")),
        made_so=str(data.get("made_so", "")),
        put_in_places={
            fold(str(place)): nfc(str(lead))
            for lead, places in (data.get("put_in_places") or {}).items()
            for place in as_str_list(places, path, f"put_in_places {lead}", problems)
        },
        put_in_verb=nfc(str(data.get("put_in_verb") or "")),
        used_at_verb=nfc(str(data.get("used_at_verb") or "")),
        state_adjectives=w("state_adjectives"),
        reason_state=nfc(str(data.get("reason_state") or "")),
        reason_deed_span=nfc(str(data.get("reason_deed_span") or "")),
        span_lead=nfc(str(data.get("span_lead") or "")),
        whole_spans=w("whole_spans"),
        fed_things=w("fed_things"),
        fed_thing=str(data.get("fed_thing", "")),
        fed_pronouns=tuple(str(x) for x in data.get("fed_pronouns") or ("", "")),  # type: ignore[arg-type]
        fed_animals=w("fed_animals"),
        fed_counted=str(data.get("fed_counted", "")),
        end_particles=w("end_particles"),
        not_past_endings=tuple(sorted(w("not_past_endings"))),
        filler_kept_before=w("filler_kept_before"),
        filler_kept_after=w("filler_kept_after"),
        way_prepositions=w("way_prepositions"),
        comparison_fillers=w("comparison_fillers"),
        comparison_kept_before=w("comparison_kept_before"),
        third_comparisons=w("third_comparisons"),
        past_relative_leads=w("past_relative_leads"),
        past_run_on_leads=w("past_run_on_leads"),
        story_spans=w("story_spans"),
        story_objects=w("story_objects"),
        head_infinitives=w("head_infinitives"),
        dish_participle_verbs=_nlp_words(
            path.parent.parent / "nlp" / "stance.yaml", lang, "dish_participle_verbs", problems
        ),
        dish_verb=nfc(str(data.get("dish_verb") or "")),
        filler_particle_phrases=longest_first(w("filler_particle_phrases")),
        reason_otherwise=w("reason_otherwise"),
        reason_otherwise_leads=w("reason_otherwise_leads"),
        person_objects=w("person_objects"),
        after_leads=w("after_leads"),
        progressive_verbs=w("progressive_verbs"),
        reason_openers=w("reason_openers"),
        speaker_comparisons=w("speaker_comparisons"),
        others_words=w("others_words"),
        reason_open_hedges=longest_first(w("reason_open_hedges")),
        cleft_focus_fillers=w("cleft_focus_fillers"),
        cleft_focus_heads=longest_first(w("cleft_focus_heads")),
        cleft_focus_subjects=w("cleft_focus_subjects"),
        reason_hedge_noes=w("reason_hedge_noes"),
        reason_end_hedges=w("reason_end_hedges"),
        tag_after_words=w("tag_after_words"),
        tag_after_amounts=w("tag_after_amounts"),
        tag_phrase_verbs=w("tag_phrase_verbs"),
        tag_adjective_endings=tuple(sorted(w("tag_adjective_endings"))),
        relative_comma_leads=w("relative_comma_leads"),
        relative_antecedents=w("relative_antecedents"),
        relative_comma_not_after=w("relative_comma_not_after"),
        list_tail_phrases=longest_first(w("list_tail_phrases")),
        tag_chain_verbs=w("tag_chain_verbs"),
        tag_chain_objects=w("tag_chain_objects"),
        run_on_fronted=w("run_on_fronted"),
        predicate_adjectives=w("predicate_adjectives"),
        be_word=nfc(str(data.get("be_word") or "")),
        been_word=nfc(str(data.get("been_word") or "")),
        have_word=nfc(str(data.get("have_word") or "")),
        be_states=w("be_states"),
        possessed_plurals={
            fold(str(k)): str(v) for k, v in (data.get("possessed_plurals") or {}).items()
        },
        bare_kin_subjects={
            fold(str(k)): str(v) for k, v in (data.get("bare_kin_subjects") or {}).items()
        },
        kin_objects={fold(str(k)): str(v) for k, v in (data.get("kin_objects") or {}).items()},
        kin_object_leads=w("kin_object_leads"),
        reflexive_only_verbs=w("reflexive_only_verbs"),
        reflexive_by_subject={
            fold(str(k)): str(v) for k, v in (data.get("reflexive_by_subject") or {}).items()
        },
        reflexive_default=nfc(str(data.get("reflexive_default") or "")),
        reflexive_next=w("reflexive_next"),
        kin_bare_verbs=w("kin_bare_verbs"),
        owning_verbs=w("owning_verbs"),
        naming_leads=w("naming_leads"),
        naming_verbs=w("naming_verbs"),
        bare_verb_subjects={
            fold(str(k)): str(v) for k, v in (data.get("bare_verb_subjects") or {}).items()
        },
        reason_cuts=w("reason_cuts"),
        others_subjects=w("others_subjects"),
        clause_subordinators=w("clause_subordinators"),
        fronted_clause_leads=w("fronted_clause_leads"),
        own_words=w("own_words"),
        comment_particles=w("comment_particles"),
        concession_particles=w("concession_particles"),
        reason_laughter=w("reason_laughter"),
        concessive_leads=longest_first(w("concessive_leads")),
        comment_leads=longest_first(w("comment_leads")),
        comment_heads=w("comment_heads"),
        resumptive_pronouns=w("resumptive_pronouns"),
        place_pointers=w("place_pointers"),
        resumptive_people=w("resumptive_people"),
        resumptive_persons=w("resumptive_persons"),
        resigned_comments=longest_first(w("resigned_comments")),
        shame_leads=longest_first(w("shame_leads")),
        shame_words=w("shame_words"),
        shame_reach=int(data.get("shame_reach") or 0),
        opinion_verbs=w("opinion_verbs"),
        vouching_verbs=w("vouching_verbs"),
        vouching_objects=w("vouching_objects"),
        object_particles=w("object_particles"),
        object_particle_closers=w("object_particle_closers"),
        object_particle_plurals=w("object_particle_plurals"),
        learner_body_objects=body_objects,
        body_sides=w("body_sides"),
        learner_body_definites=body_definites,
        we_pair_subjects={
            fold(str(k)): nfc(str(v)) for k, v in (data.get("we_pair_subjects") or {}).items()
        },
        we_pair_owners=w("we_pair_owners"),
        learner_fronted_adverbs=w("learner_fronted_adverbs"),
        learner_described_adjectives=w("learner_described_adjectives"),
        learner_genitive_pronouns=w("learner_genitive_pronouns"),
        learner_genitive_owners=w("learner_genitive_owners"),
        learner_genitive_not_after=w("learner_genitive_not_after"),
        learner_genitive_bare_after=w("learner_genitive_bare_after"),
        learner_taught_verbs=w("learner_taught_verbs"),
        learner_taught_objects=w("learner_taught_objects"),
        learner_taught_to=w("learner_taught_to"),
        opinion_leads=w("opinion_leads"),
        opinion_objects=longest_first(w("opinion_objects")),
        scene_leads=w("scene_leads"),
        scene_verbs=w("scene_verbs"),
        reason_thing_doings={
            " ".join(fold(x) for x in str(k).split()): nfc(str(v))
            for k, v in (data.get("reason_thing_doings") or {}).items()
        },
        reason_company=nfc(str(data.get("reason_company") or "")),
        reason_company_only=nfc(str(data.get("reason_company_only") or "")),
        reason_company_leads=w("reason_company_leads"),
        reason_people_ends=tuple(fold(str(x)) for x in data.get("reason_people_ends") or ()),
        reason_people_plurals=w("reason_people_plurals"),
        reason_generic_plurals=w("reason_generic_plurals"),
        plural_subject_pronouns=w("plural_subject_pronouns"),
        relative_we=w("relative_we"),
        relative_us_kin={
            fold(str(k)): str(v) for k, v in (data.get("relative_us_kin") or {}).items()
        },
        reflexive_owners=w("reflexive_owners"),
        plural_owner=str(data.get("plural_owner", "")),
        reason_kin_deed=nfc(str(data.get("reason_kin_deed") or "")),
        reason_kin_state=nfc(str(data.get("reason_kin_state") or "")),
        reason_kin_age=nfc(str(data.get("reason_kin_age") or "")),
        reason_kin_age_units=w("reason_kin_age_units"),
        reason_kin_occasion_lead=nfc(str(data.get("reason_kin_occasion_lead") or "")),
        reason_kin_place_lead=nfc(str(data.get("reason_kin_place_lead") or "")),
        reason_kin_pronouns=w("reason_kin_pronouns"),
        reason_kin_deed_leads=w("reason_kin_deed_leads"),
        reason_kin_occasions={
            fold(str(k)): nfc(str(v)) for k, v in (data.get("reason_kin_occasions") or {}).items()
        },
        reason_kin_verbs={
            fold(str(k)): nfc(str(v or "")) for k, v in (data.get("reason_kin_verbs") or {}).items()
        },
        together_words=w("together_words"),
        they_word=fold(str(data.get("they_word") or "")),
        we_word=nfc(str(data.get("we_word") or "")),
        perfect_auxiliaries=w("perfect_auxiliaries"),
        clause_adverbs=w("clause_adverbs"),
        negation_focus=w("negation_focus"),
        focus_compared_before=w("focus_compared_before"),
        thing_leads=w("thing_leads"),
        stance_adverbs=w("stance_adverbs"),
        spoken_fillers=w("spoken_fillers") | {f for f in w("foreign_fillers") if " " not in f},
        example_articles=w("example_articles"),
        way_past_verbs=w("way_past_verbs"),
        spoken_slang=_phrase_map(data.get("spoken_slang")),
        generic_object_phrases=_phrase_map(data.get("generic_object_phrases")),
        speaker_object_unsaid=_phrase_map(data.get("speaker_object_unsaid")),
        pointing_there_after=frozenset(
            fold(x) for x in (data.get("pointing_there") or {}).get("after") or ()
        ),
        pointing_there=fold(str((data.get("pointing_there") or {}).get("word") or "")),
        empty_subject=nfc(str(empty.get("word") or "")),
        org_names=tuple(
            tuple(nfc(n).split())
            for n in as_str_list(orgs.get("written"), path, "organisations.written", problems)
        ),
        org_compound_endings=tuple(
            as_str_list(orgs.get("compound_endings"), path, "organisations", problems)
        ),
        org_not_compounds=_folds(orgs.get("not_compounds"), path, "organisations", problems),
        empty_subject_leads=_folds(empty.get("leads"), path, "empty_subject.leads", problems),
        empty_subject_verbs=_folds(empty.get("verbs"), path, "empty_subject.verbs", problems),
        empty_subject_before=_folds(empty.get("before"), path, "empty_subject.before", problems),
        amount_words=w("amount_words"),
        age_verbs=w("age_verbs"),
        age_tails=w("age_tails"),
        named_self_verbs=w("named_self_verbs"),
        named_self_adverbs=w("named_self_adverbs"),
        calling_verbs=w("calling_verbs"),
        called_self_objects=w("called_self_objects"),
        called_self_links=w("called_self_links"),
        called_by_name=nfc(str(data.get("called_by_name") or "")),
        headcount_nouns=w("headcount_nouns"),
        listed_tail_leads=w("listed_tail_leads"),
        listed_tail_joins=w("listed_tail_joins"),
        pointing_fixed=w("pointing_fixed"),
        pointing_articles={
            fold(str(k)): nfc(str(v)) for k, v in (data.get("pointing_articles") or {}).items()
        },
        spoken_sentence_starts=frozenset(
            tuple(fold(str(w)) for w in row) for row in data.get("spoken_sentence_starts") or []
        ),
        spoken_aside_times=w("spoken_aside_times"),
        clause_verbs=w("clause_verbs"),
        article_genders={
            fold(str(k)): str(v) for k, v in (data.get("article_genders") or {}).items()
        },
        do_it=nfc(str(data.get("do_it") or "")),
        reflexive_particle_verbs={
            fold(str(k)): frozenset(nfc(str(p)).lower() for p in (v or ()))
            for k, v in (data.get("reflexive_particle_verbs") or {}).items()
        },
        destination_preposition=nfc(str(data.get("destination_preposition") or "")),
        destination_ways={
            fold(str(k)): nfc(str(v)) for k, v in (data.get("destination_ways") or {}).items()
        },
        sign_without=nfc(str(data.get("sign_without") or "")),
        sign_attendant=nfc(str(data.get("sign_attendant") or "")),
        none_words=w("none_words"),
        approximate_said=frozenset(
            fold(x) for x in (data.get("approximation") or {}).get("said") or ()
        ),
        approximate_written=nfc(str((data.get("approximation") or {}).get("written") or "")),
        approximate_not_before=frozenset(
            fold(x) for x in (data.get("approximation") or {}).get("not_before") or ()
        ),
        spoken_pointers={
            fold(k): frozenset(fold(x) for x in v or ())
            for k, v in (data.get("spoken_pointers") or {}).items()
        },
        cut_ends=w("cut_ends"),
        static_adverbs=w("static_adverbs"),
        place_adverbs=w("place_adverbs"),
        fronted_time_adverbs=w("fronted_time_adverbs"),
        placing_verbs=w("placing_verbs"),
        placing_leads=w("placing_leads"),
        placed_idiom_nouns=w("placed_idiom_nouns"),
        weekday_link=nfc(str(data.get("weekday_link") or "")),
        explained_places=w("explained_places"),
        number_labels=w("number_labels"),
        subordinators=w("subordinators"),
        reason_clause_leads=w("reason_clause_leads"),
        inverted_adverbs=w("inverted_adverbs"),
        inverted_not_subjects=w("inverted_not_subjects"),
        abbreviations=w("abbreviations"),
        abbreviations_with_stop=w("abbreviations_with_stop"),
        range_numbers=tuple(fold(str(x)) for x in data.get("range_numbers") or ()),
        late_degrees=w("late_degrees"),
        fragment_parts=w("fragment_parts"),
        fragment_parts_spelled={
            fold(str(p)): nfc(str(p)) for p in data.get("fragment_parts") or []
        },
        fragment_part_adjectives=w("fragment_part_adjectives"),
        fragment_worn=w("fragment_worn"),
        fragment_part_lead=nfc(str(data.get("fragment_part_lead") or "")),
        route_leads=w("route_leads"),
        route_verb=nfc(str(data.get("route_verb") or "")),
        subject_clause_leads=w("subject_clause_leads"),
        lemma_forms=_lemma_forms(path.parent.parent / "nlp" / "lemmas.json", problems),
        plural_endings=tuple(str(x) for x in data.get("plural_endings") or ()),
        definite_endings=tuple(str(x) for x in data.get("definite_endings") or ()),
        count_leads=w("count_leads"),
        units_written_out={
            fold(str(k)): (nfc(str(v[0])), nfc(str(v[1])))
            for k, v in (data.get("units_written_out") or {}).items()
            if isinstance(v, list) and len(v) == 2
        },
        every_counted=w("every_counted"),
        participle_endings=tuple(str(x) for x in data.get("participle_endings") or ()),
        counted_verb_nouns=w("counted_verb_nouns"),
        infinitive_after=w("infinitive_after"),
        noun_classes=_noun_classes(path.parent.parent / "nlp" / "nouns.json", problems),
        **_spelling_names(path.parent.parent / "nlp" / "spelling.json", problems),
        definite_after=w("definite_after"),
        abbreviations_apart=w("abbreviations_apart"),
        abbreviation_not_heads=w("abbreviation_not_heads"),
        from_word=fold(str((data.get("from_to") or ["", ""])[0])),
        to_word=fold(str((data.get("from_to") or ["", ""])[-1])),
        bare_after_prepositions=w("bare_after_prepositions"),
        subject_verbs=w("subject_verbs"),
        subject_preps=w("subject_preps"),
        bare_only_after={
            fold(str(k)): frozenset(fold(str(p)) for p in (v or ()))
            for k, v in (data.get("bare_only_after") or {}).items()
        },
        definite_after_on={
            fold(str(k)): frozenset(fold(str(p)) for p in (v or ()))
            for k, v in (data.get("definite_after_on") or {}).items()
        },
        bare_part_not=w("bare_part_not"),
        no_noun_endings=tuple(sorted(w("no_noun_endings"))),
        e_plural_endings=tuple(sorted(w("e_plural_endings"))),
        way_leads_said=_folds(way.get("leads"), path, "way_of_motion.leads", problems),
        way_said=fold(str(way.get("said") or "")),
        way_written=nfc(str(way.get("written") or "")),
        to_leads_said=_folds(to.get("leads"), path, "to_left_out.leads", problems),
        to_verbs=_folds(to.get("verbs"), path, "to_left_out.verbs", problems),
        to_written=nfc(str(to.get("written") or "")),
        way_nouns=_folds(way.get("ways"), path, "way_of_motion.ways", problems),
        way_quantifiers=_folds(way.get("quantifiers"), path, "way_of_motion.quantifiers", problems),
        whole_said=fold(str(data.get("whole_said") or "")),
        whole_written=nfc(str(data.get("whole_written") or "")),
        be_verbs=w("be_verbs"),
        article_nouns_after_be=w("article_nouns_after_be"),
        indefinite_articles={
            str(k): nfc(str(v)) for k, v in (data.get("indefinite_articles") or {}).items()
        },
        name_adjectives=w("name_adjectives"),
        joined_adverbs=w("joined_adverbs"),
        participle_objects=w("participle_objects"),
        preposition_presents=w("preposition_presents"),
        comment_way_leads=w("comment_way_leads"),
        comment_resume_leads=w("comment_resume_leads"),
        preposition_phrase_nouns=w("preposition_phrase_nouns"),
        thing_materials=w("thing_materials"),
        bare_adjectives={
            fold(str(k)): nfc(str(v)) for k, v in (data.get("bare_adjectives") or {}).items()
        },
        article_after_verb={
            fold(str(k)): nfc(str(v)) for k, v in (data.get("article_after_verb") or {}).items()
        },
        name_direction_verbs=w("name_direction_verbs"),
        name_direction=nfc(str(data.get("name_direction") or "")),
        place_direction_between=w("place_direction_between"),
        short_noun_parts=tuple(sorted(w("short_noun_parts"))),
        short_noun_leads=tuple(sorted(w("short_noun_leads"))),
        reason_tail_prepositions=w("reason_tail_prepositions"),
        people_verb_prepositions={
            fold(str(k)): nfc(str(v))
            for k, v in (data.get("people_verb_prepositions") or {}).items()
        },
        company_verbs={
            fold(str(k)): nfc(str(v)) for k, v in (data.get("company_verbs") or {}).items()
        },
        role_definite_after=w("role_definite_after"),
        role_nouns=w("role_nouns"),
        plural_quantifiers=w("plural_quantifiers"),
        adjective_article_after=w("adjective_article_after"),
        taking_verbs=w("taking_verbs"),
        taken_nouns={fold(str(k)): nfc(str(v)) for k, v in (data.get("taken_nouns") or {}).items()},
        route_words=w("route_words"),
        definite_adjectives={
            fold(str(k)): nfc(str(v)) for k, v in (data.get("definite_adjectives") or {}).items()
        },
        origin_adjectives={
            fold(str(k)): nfc(str(v)) for k, v in (data.get("origin_adjectives") or {}).items()
        },
        definite_articles={
            str(k): nfc(str(v)) for k, v in (data.get("definite_articles") or {}).items()
        },
        call_verbs=w("call_verbs"),
        call_preposition=nfc(str(data.get("call_preposition") or "")),
        call_possessive=nfc(str(data.get("call_possessive") or "")),
        contracted_nouns={
            fold(str(k)): nfc(str(v)) for k, v in (data.get("contracted_nouns") or {}).items()
        },
        noun_phrase_closers=w("noun_phrase_closers"),
        described_leads=w("described_leads"),
        described_list_joins=w("described_list_joins"),
        bare_states=w("bare_states"),
        manner_adverbs=table("manner_adverbs"),
        manner_not_after=w("manner_not_after"),
        manner_before=w("manner_before"),
        state_written=nfc(str(data.get("state_written") or "")),
        marked_infinitive_after=w("marked_infinitive_after"),
        infinitive_mark=nfc(str(data.get("infinitive_mark") or "")),
        plural_adjectives={
            fold(str(k)): nfc(str(v)) for k, v in (data.get("plural_adjectives") or {}).items()
        },
        definite_as_said=w("definite_as_said"),
        adjective_definite_leads=w("adjective_definite_leads"),
        infinitive_subject_leads=w("infinitive_subject_leads"),
        noun_subject_leads=w("noun_subject_leads"),
        own_people_after=w("own_people_after"),
        own_people_words=w("own_people_words"),
        plural_adjective_leads=w("plural_adjective_leads"),
        own_people_possessive=nfc(str(data.get("own_people_possessive") or "")),
        infinitive_subject=nfc(str(data.get("infinitive_subject") or "")),
        verb_second_adverbs=w("verb_second_adverbs"),
        verb_second_clause_leads=w("verb_second_clause_leads"),
        verb_second_prepositions=w("verb_second_prepositions"),
        verb_second_clause_after=w("verb_second_clause_after"),
        verb_second_middle=w("verb_second_middle"),
        verb_second_objects=w("verb_second_objects"),
        verb_last_leads=w("verb_last_leads"),
        pointed_noun_after=w("pointed_noun_after"),
        pointed_noun_adverbs=w("pointed_noun_adverbs"),
        complaint_verbs=w("complaint_verbs"),
        complaint_states=w("complaint_states"),
        complaint_prepositions=w("complaint_prepositions"),
        swear_words=w("swear_words"),
        swear_intensifiers=w("swear_intensifiers"),
        swear_prefixes=tuple(sorted(w("swear_prefixes"))),
    )


def _nlp_words(path: Path, lang: str, key: str, problems: Problems) -> frozenset[str]:
    """One word list of an NLP content file the goal grammar shares (its words stay in the
    lemma table, which is built from nlp/)."""
    if not path.exists():
        return frozenset()
    data = read_yaml(path, lang, problems)
    return frozenset(nfc(w).lower() for w in as_str_list(data.get(key), path, key, problems))


def _lemma_forms(table: Path, problems: Problems) -> dict[str, str]:
    """The lemma table's word forms (none when the language has no table)."""
    if not table.exists():
        return {}
    try:
        return dict(json.loads(table.read_text(encoding="utf-8")).get("forms") or {})
    except (OSError, ValueError) as exc:
        problems.add(table, f"cannot be read: {exc}")
        return {}


def _noun_classes(table: Path, problems: Problems) -> dict[str, str]:
    """The noun table's classes (none when the language has no table)."""
    if not table.exists():
        return {}
    try:
        return noun_table(table)
    except (OSError, ValueError) as exc:
        problems.add(table, f"cannot be read: {exc}")
        return {}


def _spelling_names(table: Path, problems: Problems) -> dict[str, Any]:
    """The spelling table's `person_names`, `noun_names` and `places` (none without a table)."""
    if not table.exists():
        return {}
    try:
        data = json.loads(table.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        problems.add(table, f"cannot be read: {exc}")
        return {}
    return {
        "person_names": {
            nfc(str(k)): nfc(str(v)) for k, v in (data.get("person_names") or {}).items()
        },
        "noun_names": frozenset(nfc(str(n)) for n in data.get("noun_names") or ()),
        "place_names": frozenset(fold(str(v)) for v in (data.get("places") or {}).values()),
    }


def _clause_leads(raw: Any, path: Path, problems: Problems) -> tuple:
    """Clause leads with the mark written before them ("" or ","), longest lead first."""
    if not isinstance(raw, dict):
        if raw is not None:
            problems.add(path, "clause_leads must map each lead to the mark before it")
        return ()
    leads = [(tuple(fold(str(k)).split()), str(v or "")) for k, v in raw.items()]
    return tuple(sorted(leads, key=lambda item: len(item[0]), reverse=True))


def for_citizen_speaking(g: Grammar) -> Grammar:
    """The grammar of the citizen's own answers: they never call themself "hans"/"hendes", so
    such a word is always someone else's ("en ring med hendes navn", the granddaughter's)."""
    return replace(g, citizen_possessives=frozenset())


def for_citizen(g: Grammar, possessive: str | None) -> Grammar:
    """The grammar when the citizen is known to be "han" (possessive "hans") or "hun" ("hendes"):
    only their own words turn into "jeg", "mig", "min"."""
    own = g.citizen_by_possessive.get(fold(possessive or ""))
    if own is None:
        return g
    others = set().union(
        *(v | {k} for k, v in g.citizen_by_possessive.items() if k != fold(possessive))
    )
    others -= own | {fold(possessive)}
    return replace(
        g,
        citizen_possessives=g.citizen_possessives - others,
        citizen_pronouns=g.citizen_pronouns - others,
        object_pronouns=g.object_pronouns - others,
        first_person={k: v for k, v in g.first_person.items() if k not in others},
    )
