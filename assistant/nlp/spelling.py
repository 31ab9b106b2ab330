"""The spelling step: restore æøå, fix near-misses of domain words, join split compounds.

Runs before the lemma step on the tokens of one utterance. It never changes a word that is
already a known form, a guarded word or a name (a capitalised word inside a sentence), and it
keeps the original text on the doc (`doc.text`); the restored text of each token is stored on
`doc._.hm_spelling` for the lemma step, so quoted phrases ("så jeg kan …") read as Danish.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from spacy.tokens import Doc

from assistant.content import Problems, nfc, read_yaml
from assistant.content.nouns import noun_table
from assistant.errors import ContentError
from assistant.nlp.article_compound import article_compound
from assistant.nlp.chain_tag import after_verb_chain
from assistant.nlp.counted_plural import counted_plural
from assistant.nlp.dialect_verbs import is_infinitive, plain_present
from assistant.nlp.head_compound import (
    first_part_compound,
    head_after,
    head_compound,
    head_lemma,
    place_compound,
)
from assistant.nlp.linked_part import linked_part
from assistant.nlp.memo import MISSING, Memo
from assistant.nlp.noun_run import noun_run
from assistant.nlp.role_compound import role_apart, role_compound
from assistant.nlp.split_join import owner_after, split_joins
from assistant.nlp.typed_near import definite_head, typed_near
from assistant.nlp.typed_slip import typed_slip
from assistant.nlp.voiced_head import voiced_head
from assistant.nlp.voiced_join import restored_slip, voiced_join

MIN_NEAR = 6  # shortest word whose near-misses are fixed (one edit)
MIN_JOIN = 3  # shortest part of a split compound
MIN_SHORT = 2  # shortest part of a split aid's name ("gå vogn", "læse tv")
MAX_MIDDLE = 4  # longest middle part of an aid said in three parts ("stor knap telefon")
MIN_HEAD = 4  # shortest restored head of a compound ("aarhus" is no "år" + "hus")
MIN_GLUED = 7  # shortest word that may be two glued words ("kunnevaske")
MIN_PERIOD = 4  # shortest word read as a near-miss of a period word ("ugn" is left to _slip)
MIN_PRESENT = 4  # shortest present-tense form read after a dialect pronoun ("trykker")
MIN_SLIP = 4  # shortest word read as a slip of an everyday word ("igne" → "igen")
MIN_OWNED_KIN = 5  # shortest word after an owner read as a person word typed with a slip ("dater")
MIN_LONG_SLIP = 7  # shortest word whose one letter too many is a slip ("regningere")
_VERB_CHAIN = 2  # verbs joined by "og" before the one read ("vil save, hugge og kløve")
MAX_MODAL_GAP = 5  # words of modal_gap between a modal verb and a bare infinitive, plus one
MAX_GAP = 3  # words of verb_gap between a verb and its "ik"
MIN_UNDOUBLED = 9  # shortest domain word whose double letter may be typed once besides a slip
MIN_DROPPED = 12  # shortest domain word whose two letters in a row may be left out ("sygeplersken")
MIN_PART = 4  # shortest first part of a compound of two known words ("hjerte" + "træning")
MIN_TAIL = 5  # shortest last part of such a compound
MIN_SLOT = 4  # shortest typed word read as a slip of a verb in a verb's place ("fole" → folde)
MIN_MOVED = 8  # shortest typed word read as an everyday word with a letter moved ("nedserte")
MIN_MOVED_KEPT = 3  # first letters of such a word that stay where they are
MIN_PLAIN_EVERYDAY = 5  # shortest word read as an everyday word typed with a plain a or o
MIN_PLAIN_PART = 5  # shortest part of a compound restored from a plain o or a ("smore" + "kniv")
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_SENTENCE_END = {".", "!", "?", ":"}
_APOSTROPHES = ("'", "’")
_TYPED = ("ae", "oe", "aa")  # how æ, ø, å are typed without them
_PLAIN_FOR = {"æ": "ae", "ø": "o", "å": "a"}  # the one plain letter typed for æ, ø, å
_LINKS = "es"  # linking letters between the parts of a compound ("børn-e-have")
# the letters only a writer with a Danish keyboard types, in either case
_KEYED = frozenset(_PLAIN_FOR) | frozenset(letter.upper() for letter in _PLAIN_FOR)
_VOWELS = "aeiouy"  # and æ, ø, å through fold()
_DOUBLED_LINK = "e"  # the link after a doubled last consonant ("venne" + "linje")
_SCHWA_ENDS = ("n", "l", "r", "nen")  # where a dropped e is put back
_SCHWA_PLURAL = "ne"  # and in a plural's "-ene" after a consonant but r ("fiskne": fiskene)
_SCHWA_LONG_ENDS = ("t",)  # and in a long word: a compound noun's "-et" ("stoppestedt")
RARER = 10  # of two everyday words a slip may be of, the one this many times as common wins
_SENTENCE_ENDS = frozenset(".!?:")  # a capital after one of these opens a sentence
FUNCTION_RANK = 200  # the most common words: one with a letter inside left out is a slip ("efer")
WAY_RARER = 5  # on the way ("med busen"): a word of travel this many times as common wins


_SYNCOPE_END = "el"  # "cykel", "indkørsel": the e dropped before the definite ending


def fold(word: str) -> str:
    """Return the ASCII typing of a Danish word (æ→ae, ø→oe, å→aa)."""
    if word.isascii():
        return word  # most words; str.translate with a table of strings costs ~10x replace
    return word.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def _doubled_link(head: str) -> bool:
    """True for a compound's first part said with its last consonant doubled and a linking e
    ("venne" of "ven", "sønne" of "søn", "katte" of "kat"): "vennelinje", "sønnesøn"."""
    return (
        len(head) > 3
        and head[-1] == _DOUBLED_LINK
        and head[-2] == head[-3]
        and head[-2].isalpha()
        and fold(head[-2]) not in _VOWELS
    )


def undoubled(word: str, vowels: bool = True) -> set[str]:
    """Every form of word with one of its double letters typed once ("aparat" for "apparat");
    with vowels False, only its double consonants ("smorrebroddet" → "smorrebrodet")."""
    return {
        word[:i] + word[i + 1 :]
        for i in range(1, len(word))
        if word[i] == word[i - 1] and (vowels or word[i] not in _VOWELS)
    }


def shapes(word: str) -> set[str]:
    """The ways a domain word is typed that its near-misses are one edit from: itself, its ASCII
    typing and, in a long word, either with one double letter typed once ("hoereaparatet")."""
    out = {word, fold(word)}
    if len(word) >= MIN_UNDOUBLED:
        out |= {u for w in tuple(out) for u in undoubled(w)}
    return out


def dropped(word: str) -> set[str]:
    """Every form of a long domain word with two letters in a row left out inside it, a syllable
    typed in haste ("sygeplersken" for "sygeplejersken"); its first letter and its last two (an
    ending: "-en", "-ne") are kept."""
    if len(word) < MIN_DROPPED:
        return set()
    return {word[:i] + word[i + 2 :] for i in range(1, len(word) - 3)}


def slip_cost(typed: str, word: str) -> int | None:
    """How far a typed word is from a domain word: 0 its ASCII typing, 1 one edit from it or a
    double letter typed once, 2 one edit more from that; None further (see shapes)."""
    plain = {word, fold(word)}
    if typed in plain:
        return 0
    if any(damerau1(typed, w) for w in plain):
        return 1
    single = shapes(word) - plain
    if typed in single:
        return 1
    return 2 if any(damerau1(typed, w) for w in single) else None


def deletes(word: str) -> set[str]:
    """The word and every form of it with one letter deleted."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def slips(word: str, letters: str) -> set[str]:
    """Every form of word with one letter left out, one of `letters` put in, or two neighbours
    swapped; the first letter kept (a slip, not another word: no letter is replaced)."""
    out = set()
    for i in range(1, len(word) + 1):
        head, tail = word[:i], word[i:]
        out.update(head + c + tail for c in letters)
        if tail:
            out.add(head + tail[1:])
        if len(tail) > 1:
            out.add(head + tail[1] + tail[0] + tail[2:])
    if len(word) > 1:
        out.add(word[0] + word[2:])
    return out


def moved2(word: str, kept: int) -> set[str]:
    """Every form of word with one letter moved two places on, or back, after its first `kept`
    letters ("nedserte": "nederste")."""
    out = set()
    for i in range(kept, len(word) - 2):
        a, b, c = word[i : i + 3]
        out |= {word[:i] + b + c + a + word[i + 3 :], word[:i] + c + a + b + word[i + 3 :]}
    return out - {word}


def _plain_slip(typed: str, word: str) -> bool:
    """Whether a slip this plain can be trusted: two letters swapped in a word of MIN_SLIP
    letters, a letter left out from one of MIN_SLIP + 1 ("kasen"), a letter too many in one of
    MIN_LONG_SLIP ("regningere") or a doubled letter anywhere ("sellv"). Shorter words meet
    fragments of split words ("føds dage", "o dense") and real words the tables lack
    ("hekle")."""
    if len(word) == len(typed):
        return True
    if len(word) > len(typed):
        return len(typed) > MIN_SLIP
    doubled = any(
        typed[i] == typed[i + 1] and typed[:i] + typed[i + 1 :] == word
        for i in range(len(typed) - 1)
    )
    return doubled or len(typed) >= MIN_LONG_SLIP


def _hasty(typed: str, word: str, rank: int) -> bool:
    """Whether `typed` is one of the most common words (FUNCTION_RANK: "efter", "deres") with a
    letter inside it left out ("efer", "dres"): trusted in a word shorter than _plain_slip's."""
    return (
        rank < FUNCTION_RANK
        and len(typed) >= MIN_SLIP
        and any(word[:i] + word[i + 1 :] == typed for i in range(1, len(word) - 1))
    )


def damerau1(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        swap = i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
        return swap or a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:] if la > lb else a[i:] == b[i + 1 :]


@dataclass(frozen=True)
class Speller:
    """The spelling tables of one language, read once; `fix_words` repairs one utterance."""

    restore: dict[str, str]
    domain: frozenset[str]
    known: frozenset[str]  # never changed: known forms, guard words, names
    join: frozenset[str]
    variants: dict[str, str]  # misspelled stem → right stem ("rolator" → "rollator")
    names: frozenset[str] = frozenset()  # typings that are names when capitalised ("Aase")
    proper: dict[str, str] = field(default_factory=dict)  # "vejle" → "Vejle": typed small
    # "ekstra bladet" → ("Ekstra", "Bladet"): a name of several words said small
    proper_phrases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    person_names: dict[str, str] = field(default_factory=dict)  # "birthe" → "Birthe"
    name_leads: frozenset[str] = frozenset()  # "søster" in "min søster birthe": a person's word
    no_join: frozenset[str] = frozenset()  # function and number words never joined ("hver dag")
    loose_join: frozenset[str] = frozenset()  # aids: joined from a short part or three parts
    aids: frozenset[str] = frozenset()  # every aid's name ("stok"): "med stok turen" stays
    tool_tails: frozenset[str] = frozenset()  # "skammel": a tool's name ending a compound
    tool_compound_leads: frozenset[str] = frozenset()  # "en" in "en knae skammel"
    run_leads: frozenset[str] = frozenset()  # "en" in "en ny skulder støtte" (noun_run)
    run_lead_genders: dict[str, str] = field(default_factory=dict)  # "et" → "n": its gender
    run_plural_leads: frozenset[str] = frozenset()  # "andre" in "de andre spille mænd"
    run_measures: frozenset[str] = frozenset()  # "kop" in "en kop kaffe": no compound's part
    run_not_parts: frozenset[str] = frozenset()  # "hverdag": a time, no compound's part
    run_adjectives: frozenset[str] = frozenset()  # "godt": an adjective the noun table has
    run_not_after: frozenset[str] = frozenset()  # "giver" in "giver min hund mad": two objects
    voiced_pairs: dict[str, str] = field(default_factory=dict)  # "b" → "p" (voiced_head)
    tool_compound_adjectives: frozenset[str] = frozenset()  # "lille" in "en lille kop"
    # "mobil", "hold": nouns whose form in -t is a word too ("mobilt", "holdt"), read as a noun
    # before a tool's or a role's head ("en mobil holder", "hold kaptajn")
    noun_parts: frozenset[str] = frozenset()
    tool_definite_leads: frozenset[str] = frozenset()  # "den" in "med den vinkel gaffel"
    tool_verb_tails: frozenset[str] = frozenset()  # "holder": a verb too ("den bil holder")
    tool_pointers: frozenset[str] = frozenset()  # "der" in "med den der vinkel gaffel"
    particle_heads: frozenset[str] = frozenset()  # "ind" in "ned ad ind kørslen"
    verb_particles: frozenset[str] = frozenset()  # "ude" in "sidde ude": never a compound's tail
    particle_leads: frozenset[str] = frozenset()  # "ad" in "ned ad ind kørslen"
    possessives: frozenset[str] = frozenset()  # "min" in "min soen"
    owned_kin_between: frozenset[str] = frozenset()  # "bedste" in "mine bedste venider"
    after_possessive: dict[str, str] = field(default_factory=dict)  # "soen" → "søn" after "min"
    state_objects: frozenset[str] = frozenset()  # "hende" in "føne hende toer"
    after_object: dict[str, str] = field(default_factory=dict)  # "toer" → "tør" after "hende"
    glue: frozenset[str] = frozenset()  # "kunne" in "kunnevaske": words speech glues on
    typos: dict[str, str] = field(default_factory=dict)  # "ikk" → "ikke": whole typed words
    old_spellings: dict[str, str] = field(default_factory=dict)  # "tredie" → "tredje"
    neighbour_words: dict[str, str] = field(default_factory=dict)  # "veckan" → "ugen"
    foreign_function_words: frozenset[str] = frozenset()  # "it's", "my" in "it's in my blood"
    verbs: frozenset[str] = frozenset()  # "kan" in "kan ik gå": a finite verb
    after_verb: dict[str, str] = field(default_factory=dict)  # "ik" → "ikke" after a verb
    verb_gap: frozenset[str] = frozenset()  # "jeg", "sgu" in "ka' jeg sgu ik'": between the two
    before_negated: frozenset[str] = frozenset()  # "længere" in "ik længere": a negation's next
    # "af" in "smager ik af noget": after a present-tense verb, a negation's next
    after_present_negated: frozenset[str] = frozenset()
    contractions: dict[str, str] = field(default_factory=dict)  # "ka'" → "kan"
    dialect_pronouns: dict[str, str] = field(default_factory=dict)  # "a" → "jeg" by a verb
    pronoun_yes: frozenset[str] = frozenset()  # "ja": also the yes ("ja kan jeg godt")
    inverted_after_yes: frozenset[str] = frozenset()  # "jeg" in "ja kan jeg": the verb's own
    yes_copulas: frozenset[str] = frozenset()  # "er" in "hvis ja er svaret": the word yes
    said_participles: frozenset[str] = frozenset()  # "sagt" in "at ja bliver sagt"
    yes_speaker_leads: frozenset[str] = frozenset()  # "at" in "at ja ka gå": a clause begins
    present_endings: tuple[str, ...] = ()  # "er" of "trykker": a present-tense form
    pronoun_leads: frozenset[str] = frozenset()  # "når" in "når a trykker": a clause begins
    inversion_leads: frozenset[str] = frozenset()  # "nu" in "nu står a med": verb, then subject
    speaker_next: frozenset[str] = frozenset()  # "en" in "fik a en blodprop": after the subject
    # "it", "altid" in "så a it ska", "ligesom a altid har": between the subject and its verb
    speaker_adverbs: frozenset[str] = frozenset()
    bare_infinitives: dict[str, str] = field(default_factory=dict)  # "fisk" → "fiske"
    modals: frozenset[str] = frozenset()  # "vil" in "a vil gjan ud og fisk"
    modal_gap: frozenset[str] = frozenset()  # "gerne", "ud", "og" between it and the verb
    verb_joins: frozenset[str] = frozenset()  # "og" in "vil hugge og kløve brænde"
    periods: frozenset[str] = frozenset()  # "måneden": read near-misses of after period_leads
    period_leads: frozenset[str] = frozenset()  # "om" in "en gang om månden"
    common: dict[str, int] = field(default_factory=dict)  # everyday words → frequency rank
    slip_guard: frozenset[str] = frozenset()  # real words next to everyday ones: no slips
    letters: str = ""  # the letters of the everyday words: what a slip may have left out
    vocab: frozenset[str] = frozenset()  # the NLP's own words (lemma table, content): never rare
    contexts: tuple[frozenset[str], ...] = ()  # words of one context (an activity's cues)
    travel: frozenset[str] = frozenset()  # the context of getting places ("bussen", "toget")
    way_leads: frozenset[str] = frozenset()  # "med", "til" in "med busen", "hen til busen"
    subjects: frozenset[str] = frozenset()  # "han" in "nr han skriver": a clause's subject
    kin_subjects: frozenset[str] = frozenset()  # "mor" in "mor ser …": never joined to its verb
    before_subject: dict[str, str] = field(default_factory=dict)  # "nr" → "når" before one
    after_modal: dict[str, str] = field(default_factory=dict)  # "sku" → "sgu" after one
    negation_leads: frozenset[str] = frozenset()  # "og" in "og ik bare sidder": ik negates
    main_clause_leads: frozenset[str] = frozenset()  # "så" in "så han åbner ik": a main clause
    subordinate_noun_leads: frozenset[str] = frozenset()  # "hvilken" in "hvilken dag det er ikk"
    relative_leads: frozenset[str] = frozenset()  # "der" in "det er der jeg sidder ik"
    inverted_subjects: frozenset[str] = frozenset()  # "jeg" in "fordi det kan jeg ik": V2 order
    chain_tag_verbs: frozenset[str] = frozenset()  # "kunne" in "skal kunne ikk": the tag
    chain_subject_leads: frozenset[str] = frozenset()  # "en" in "skal en bedstefar kunne ik"
    main_order_leads: frozenset[str] = frozenset()  # "fordi" in "fordi jeg kunne ik": negated
    subordinate_leads: frozenset[str] = frozenset()  # "hvordan" in "hvordan hun har det ik": a tag
    dialect_words: dict[str, str] = field(default_factory=dict)  # "sjæl" → "selv"
    dialect_kept_after: frozenset[str] = frozenset()  # "min" in "min sjæl": the Danish word
    dialect_objects: dict[str, str] = field(default_factory=dict)  # "mæ" → "mig" as an object
    object_next: frozenset[str] = frozenset()  # "sjæl" in "klare mæ sjæl"
    object_leads: frozenset[str] = frozenset()  # "for" in "for mæ"
    object_verbs: frozenset[str] = frozenset()  # "sætte mæ på", "hjælp mæ i weekenden"
    object_verb_not_before: frozenset[str] = frozenset()  # "æ" in "hjælp mæ æ have": "med"
    dialect_prepositions: dict[str, str] = field(default_factory=dict)  # "te" → "til"
    preposition_next: frozenset[str] = frozenset()  # "min" in "te min datter"
    preposition_kept_after: frozenset[str] = frozenset()  # "kop" in "en kop te sommer og vinter"
    dialect_articles: frozenset[str] = frozenset()  # "æ" in "i æ havneklub"
    dialect_markers: frozenset[str] = frozenset()  # "æ", "ett": a sentence said in dialect
    dialect_possessives: dict[str, str] = field(default_factory=dict)  # "mi" → "min"
    dialect_reflexives: dict[str, str] = field(default_factory=dict)  # "mi sæl" → "mig selv"
    reflexive_next: frozenset[str] = frozenset()  # "sæl" in "klaa mi sæl"
    dialect_negations: dict[str, str] = field(default_factory=dict)  # "et" → "ikke" by a modal
    dialect_negation_leads: frozenset[str] = frozenset()  # "heller" in "heller it": ikke
    plain_negations: frozenset[str] = frozenset()  # "it": no article, a negation after "ka"
    skill_modals: frozenset[str] = frozenset()  # "kan" in "hun kan it,": a skill, not ikke
    skill_verbs: dict[str, str] = field(default_factory=dict)  # "li" → "lide" after "kan"
    concessive_slips: dict[str, str] = field(default_factory=dict)  # ", selv hun har": selvom
    dialect_periods: dict[str, str] = field(default_factory=dict)  # "dav" → "dag" after a lead
    dialect_period_leads: frozenset[str] = frozenset()  # "anden" in "hver anden dav"
    # "gång" → ("gang", "gange"): the plural after a count above one ("to gång om æ uge"); a
    # singular None keeps the word unless so counted ("en ganger": a steed, "to ganger": gange)
    counted_times: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    plural_counts: frozenset[str] = frozenset()  # "par" in "et par gånga": above one
    counts: dict[str, float] = field(default_factory=dict)  # number words: "to" → 2
    infinitive_marks: dict[str, str] = field(default_factory=dict)  # "å" → "og" before a verb
    marked_infinitive: str = ""  # "at": "å" after one of infinitive_leads ("lær å betal")
    infinitive_leads: frozenset[str] = frozenset()  # "lære", "til" in "en til å skær"
    lead_objects: frozenset[str] = frozenset()  # "ham" in "lære ham å bøde garn"
    mark_leads: frozenset[str] = frozenset()  # "uden" in "uden å sku sætte mæ": "å" is "at"
    # "ved" in "fiske ved å": the river after it, never "og" before an infinitive
    mark_not_after: frozenset[str] = frozenset()
    # True for a verb's infinitive ("få" in "å få en øl"; the goal grammar's, by the lemma table)
    infinitive: Callable[[str], bool] = lambda _w: False
    definite_endings: dict[str, str] = field(default_factory=dict)  # "et" → "det"
    plural_definite: str = ""  # "ne" of "knuderne"
    plural_ends: tuple[str, ...] = ()  # "ere" of "fiskere": a plural
    plural_shapes: tuple[str, ...] = ()  # "er" of "knuder": a plural whose form is not listed
    # "en" of "foldekorestolen": a noun's ending kept after the restored part, longest first
    compound_endings: tuple[str, ...] = ()
    count_plurals: tuple[str, ...] = ()  # "er" of "køkkener": a count noun's plural ending
    head_compound_leads: frozenset[str] = frozenset()  # "med" in "med kirke klokkerne"
    bare_phrases: frozenset[tuple[str, str]] = frozenset()  # ("på", "tur"): "på tur skoven"
    place_heads: frozenset[str] = frozenset()  # "broen" in "til Svendborgsund broen"
    role_heads: frozenset[str] = frozenset()  # "vært" in "kirke vært": a role ending a compound
    role_leads: frozenset[str] = frozenset()  # "være" in "være hold leder": a role follows
    role_not_next: frozenset[str] = frozenset()  # "hun" in "klub leder hun": the head a verb
    role_link_ends: frozenset[str] = frozenset()  # "else" of "bestyrelses medlem"
    lemma_of: dict[str, str] = field(default_factory=dict)  # "både" → "båd": an inflected form
    # nlp/nouns.json's nouns: "gummi måtte" joins, both nouns and "gummimåtte" one of them
    nouns: dict[str, str] = field(default_factory=dict)
    slot_verbs: frozenset[str] = frozenset()  # "lægge": an everyday verb a typed slip may hide
    verb_slip_subjects: frozenset[str] = frozenset()  # "jeg" in "jeg sider og kigger": a subject
    slot_leads: frozenset[str] = frozenset()  # "og", "at" in "og læge det": a verb follows
    slot_objects: frozenset[str] = frozenset()  # "det", "mit", "på": a verb's object or particle
    memo: Memo = field(default_factory=Memo, compare=False, repr=False)  # word() seen
    slipped: Memo = field(default_factory=Memo, compare=False, repr=False)  # slip() seen
    unglued: Memo = field(default_factory=Memo, compare=False, repr=False)  # unglue() seen
    in_contexts: Memo = field(default_factory=Memo, compare=False, repr=False)  # _context_near
    plain: Memo = field(default_factory=Memo, compare=False, repr=False)  # _read_plain() seen
    joined: Memo = field(default_factory=Memo, compare=False, repr=False)  # _joins_at() seen
    near_joined: Memo = field(default_factory=Memo, compare=False, repr=False)  # _near_join()
    definites: Memo = field(default_factory=Memo, compare=False, repr=False)  # definite() seen
    owned_kins: Memo = field(default_factory=Memo, compare=False, repr=False)  # _owned_kin()
    # every word a rule of fix_words may change before word() does (see fix_words)
    special: frozenset[str] = field(init=False, compare=False, repr=False)
    # the short spoken forms an apostrophe may follow ("ikk'", "ska'"): see clipped_at
    clipped: frozenset[str] = field(init=False, compare=False, repr=False)
    # the everyday words that are in a context (what _context_near may find)
    context_common: frozenset[str] = field(init=False, compare=False, repr=False)
    # a word → the positions in `contexts` of the contexts holding it
    context_of: dict[str, tuple[int, ...]] = field(init=False, compare=False, repr=False)
    # a typed slip ("læge", "fole") → the slot verbs it is one slip from ("lægge", "folde")
    slot_slips: dict[str, frozenset[str]] = field(init=False, compare=False, repr=False)
    # a finite verb with its double letter typed once ("sider") → the verb ("sidder")
    verb_slips: dict[str, str] = field(init=False, compare=False, repr=False)
    # every aid's name and each form of it with one letter deleted (see _near_join_of)
    loose_join_deletes: frozenset[str] = field(init=False, compare=False, repr=False)
    # an everyday verb's typing without æøå that is a real word too ("roere": rowers) → the
    # verb ("røre"), read so in a verb's place ("jeg kan roere dejen")
    typed_verbs: dict[str, str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        tables = (
            self.proper,
            self.contractions,
            self.after_possessive,
            self.after_object,
            self.before_subject,
            self.after_verb,
            self.dialect_pronouns,
            self.bare_infinitives,
            self.skill_verbs,
            self.dialect_words,
            self.dialect_objects,
            self.dialect_prepositions,
            self.dialect_possessives,
            self.dialect_reflexives,
            self.concessive_slips,
            self.dialect_negations,
            self.dialect_periods,
            self.counted_times,
            self.infinitive_marks,
        )
        object.__setattr__(self, "special", frozenset().union(*tables))
        clipped = frozenset().union(self.contractions, self.after_verb, self.typos)
        object.__setattr__(self, "clipped", clipped)
        common = self.common
        found = frozenset(w for g in self.contexts for w in g if w in common)
        object.__setattr__(self, "context_common", found)
        context_of: dict[str, list[int]] = {}
        for k, group in enumerate(self.contexts):
            for w in group:
                context_of.setdefault(w, []).append(k)
        object.__setattr__(self, "context_of", {w: tuple(ks) for w, ks in context_of.items()})
        slot_slips: dict[str, set[str]] = {}
        for verb in self.slot_verbs:
            for typed in slips(verb, self.letters):
                if typed not in self.slot_verbs and len(typed) >= MIN_SLOT:
                    slot_slips.setdefault(typed, set()).add(verb)
        frozen = {typed: frozenset(verbs) for typed, verbs in slot_slips.items()}
        object.__setattr__(self, "slot_slips", frozen)
        verb_slips: dict[str, set[str]] = {}
        for verb in self.verbs:
            # a double consonant typed once ("sider"); "far" for "faar" is "får" typed plainly
            once = {
                verb[:i] + verb[i + 1 :]
                for i in range(1, len(verb))
                if verb[i] == verb[i - 1] and fold(verb[i]) not in _VOWELS
            }
            for typed in once - self.verbs:
                verb_slips.setdefault(typed, set()).add(verb)
        once = {typed: next(iter(v)) for typed, v in verb_slips.items() if len(v) == 1}
        object.__setattr__(self, "verb_slips", once)
        typed = self._typed_verbs()
        object.__setattr__(self, "typed_verbs", typed)
        special = self.special | frozen.keys() | once.keys() | typed.keys()
        object.__setattr__(self, "special", special)
        loose = frozenset().union(*(deletes(w) for w in self.loose_join))
        object.__setattr__(self, "loose_join_deletes", loose)

    def _typed_verbs(self) -> dict[str, str]:
        """The typings without æøå the restore table leaves as they are, a real word's
        ("roere": rowers), of an everyday infinitive with a present form ("røre", "rører") →
        that infinitive."""
        found: dict[str, str] = {}
        for verb in self.common:
            typed = fold(verb)
            if typed == verb or not verb.endswith("e") or typed in self.restore:
                continue
            if verb + "r" in self.common or verb + "r" in self.known:
                found[typed] = verb
        return found

    def unglue(self, lower: str) -> tuple[str, str] | None:
        """Split a word speech recognition glued together ("kunnevaske" → "kunne", "vaske";
        "selvigen" → "selv", "igen"): one part a glue word, the other a known word. Real words
        that look so ("fremmed") are guarded by the table."""
        return self.unglued.get_or(lower, glued_parts, lower, self.glue, self.is_word)

    def is_word(self, lower: str) -> bool:
        """True for a word the tables know (as written or as its ASCII typing)."""
        return lower in self.known or lower in self.restore or fold(lower) in self.restore

    def word(self, lower: str) -> str:
        """Return the repaired lower-case form of one word (the word itself when fine)."""
        found = self._word(lower)
        if found != lower and found.isalpha() and any(pair in lower for pair in _TYPED):
            return restored_slip(self, found)  # "vaegene": vægene, no word; væggene
        return found

    def _neighbour_noun(self, lower: str) -> str | None:
        """The Danish word for a word of neighbour_words said with its capital inside a
        sentence, as German writes every noun ("Meine Tochter", "pro Woche"); None for a Danish
        word or a person's name ("Mina")."""
        found = self.neighbour_words.get(lower)
        if found is None or self.is_word(lower) or lower in self.person_names:
            return None
        return found

    def _word(self, lower: str) -> str:
        if found := self.old_spellings.get(lower):
            return found  # a dictionary word, yet not how the goal is written today
        if found := self._neighbour_noun(lower):
            return found  # "i veckan": a neighbouring language's word ("med mina": a name)
        for bad, good in self.variants.items():  # content's own decision: before any guard
            if lower.startswith(bad) and (fixed := good + lower[len(bad) :]) in self.domain:
                return fixed
            # "barneboernene" typed without ø: the stem's variant as typed in ASCII
            typed = fold(bad)
            if (
                typed != bad
                and lower.startswith(typed)
                and ((fixed := good + lower[len(typed) :]) in self.domain)
            ):
                return fixed
        if lower in self.aids:
            return lower  # an aid's own name ("malestok", a painter's) is no "målestok" typed
        if lower.isalpha() and (found := self.restore.get(lower)):
            return found  # a typing of a real word ("saette"), even one guarded from near-misses
        if lower.isalpha() and lower not in self.common and (found := self._written(lower)):
            return found  # "morgnen": the spoken form of "morgenen", also accepted, is rare
        if "-" in lower and lower not in self.known:
            return self._hyphened(lower)
        if lower in self.known or not lower.isalpha():
            return lower
        if found := self.restore.get(fold(lower)):
            return found  # fold: a half-restored join ("strømpe" + "paatageren")
        if found := self.typos.get(lower):
            return found
        if lower in self.common:
            return lower  # an everyday word ("kontoen", "redde", "sogn") is no slip of another
        if found := self._plain_domain(lower) or self._plain_everyday(lower):
            return found
        if any(pair in lower for pair in _TYPED) and (
            found := typed_near(
                self, lower, slips(lower, self.letters), _plain_slip, self._compound
            )
        ):
            return found  # "indkoerselen": indkørslen, no "indkør" + "selen"
        if found := self._compound(lower) or self._plain_compound(lower):
            return found
        if found := self._tail(lower) or self._head_doubled(lower):
            return found
        if found := voiced_head(self, lower):
            return found  # "teleskobskaft": teleskopskaft
        short = len(lower) < MIN_NEAR
        if (fixed := self._slip(lower, doubled=short)) != lower or short:
            return fixed  # "jull" → "jul", "kalendern" → "kalenderen"; short ones end here
        if found := self._typed_twice(lower):
            return found  # "varrer" is "varer", no domain word one letter away ("varmer")
        near = {w for d in deletes(lower) for w in self.near.get(d, ())}
        # typed in ASCII with a slip too ("hoereaperatet"): one edit from a shape of the word;
        # the nearest when one is nearest ("hoereaparatet": høreapparatet, not høreapparater)
        costs = {w: c for w in near if (c := slip_cost(lower, w)) is not None}
        if costs and self.compound_of_words(lower):
            # "hjertetræning" is a real compound, no slip of "hjernetræning"; but "korestolen"
            # is "kørestolen" typed without ø, "svigerdater" ("dater") "svigerdatter" with its
            # double letter typed once
            costs = {w: c for w, c in costs.items() if _typed_plainly(lower, w)}
        best = sorted(costs.values())
        if not best:
            return self._dropped(lower)
        if len(best) > 1 and best[0] == best[1]:
            return lower
        return next(w for w, c in costs.items() if c == best[0])

    def _plain_domain(self, lower: str) -> str | None:
        """The one domain word an unknown word is with one or two of its ø, å typed as plain
        letters ("oldeborn": oldebørn, "bornebornene": børnebørnene), else None: a keyboard
        without them, which a slip of another vowel ("oldebarn") must not outweigh."""
        if len(lower) < MIN_NEAR or not lower.isascii():
            return None
        return _one_restored(lower, plain_letter_forms, self.domain)

    def _plain_everyday(self, lower: str) -> str | None:
        """The one everyday word an unknown word is with one or two of its æ, ø, å typed as a
        plain a or o ("fardigt": færdigt, "andret": ændret, "abner": åbner), else None: a
        keyboard without them, which a one-letter slip of another word ("farligt", "andres")
        must not outweigh."""
        if len(lower) < MIN_PLAIN_EVERYDAY or not lower.isascii():
            return None
        return _one_restored(lower, vowel_letter_forms, self.common)

    def _plain_own(self, lower: str) -> str | None:
        """The one word of the NLP's own an unknown word is with one or two of its ø, å typed as
        plain letters, its double consonant typed for a single one or not ("smorrebrodet",
        "smorrebroddet": smørrebrødet, a form the lemma table knows), else None."""
        if len(lower) < MIN_NEAR or not lower.isascii():
            return None
        if found := _one_restored(lower, plain_letter_forms, self.vocab):
            return found
        once = undoubled(lower, vowels=False)
        found = {w for typed in once if (w := _one_restored(typed, plain_letter_forms, self.vocab))}
        return found.pop() if len(found) == 1 else None

    def _dropped(self, lower: str) -> str:
        """The one long domain word an unknown word is with two letters in a row left out
        ("sygeplersken" → "sygeplejersken"), else the word itself; a compound of two known
        words is a real word, no such slip."""
        found = self.dropped.get(lower)
        if found is None or len(found) != 1 or self.compound_of_words(lower):
            return lower
        return next(iter(found))

    def compound_of_words(self, lower: str) -> bool:
        """True when an unknown word is a compound of two words the tables or the everyday list
        know ("hjerte" + "træning", "lænestol" + "s" + "puden"): a real word, no slip of a
        domain word one letter away."""
        for k in range(MIN_PART, len(lower) - MIN_TAIL + 1):
            head, tail = lower[:k], lower[k:]
            if not self._known_part(tail):
                continue
            if self._known_part(head) or (head[-1] in _LINKS and self._known_part(head[:-1])):
                return True
            if _doubled_link(head) and self._known_part(head[:-2]) and not self._plain_own(lower):
                # "vennelinje": "ven" + "ne" + "linje", no slip of "venelinje"; never the NLP's
                # own word typed with a plain o ("smorrebroddet": smørrebrødet)
                return True
        return False

    def _known_part(self, part: str) -> bool:
        return len(part) >= MIN_PART - 1 and (part in self.common or self.is_word(part))

    def _slip(self, lower: str, doubled: bool) -> str:
        """Repair an unknown word by the typing slips one edit cannot safely guess: in a short
        word a doubled letter ("jull" → "jul", "badde" → "bade"), in any a dropped e before an
        n, l or r ("morgn" → "morgen", "kalendern" → "kalenderen", "morgnen" → "morgenen");
        only when exactly one known word results."""
        found = set()
        if doubled:
            found = undoubled(lower)
        found |= _schwa_forms(lower)  # "morgn" → "morgen", "morgnen" → "morgenen"
        hits = [w for w in found if len(w) > 2 and self.is_word(w)]
        return self.word(hits[0]) if len(hits) == 1 else lower

    def _typed_twice(self, lower: str) -> str | None:
        """The one known word an unknown word is with a double consonant typed once ("varrer" →
        "varer", "tallerrken" → "tallerken"), else None: a key struck twice is a likelier slip
        than another letter typed for one, so it wins over a domain word one letter away."""
        found = {w for w in undoubled(lower, vowels=False) if len(w) > 2 and self.is_word(w)}
        if (
            not found
            and not self.compound_of_words(lower)
            and not self._plain_own(lower)
            and not self.near.get(lower)
        ):
            # a compound no table knows whole, the double consonant in its last part
            # ("skruemaskinne": "skrue" + "maskine"); never a compound of words as typed, nor
            # the NLP's own word typed with a plain o ("smorrebrodet": smørrebrødet), nor one
            # a domain word is with a letter left out ("hjemmplejen": hjemmeplejen, no "hjem" +
            # "plejen"), nor where the pair is the seam before a known last part as typed
            # ("pulterrummet": "pulter" + "rummet", no "pulterummet")
            found = {
                w
                for w in undoubled(lower, vowels=False)
                if self.compound_of_words(w) and not self._seam_pair(lower, w)
            }
        return self.word(found.pop()) if len(found) == 1 else None

    def _seam_pair(self, lower: str, once: str) -> bool:
        """True when the double consonant `once` typed once begins a known word as typed: the
        seam of a compound whose last part starts with the head's last letter."""
        pairs = enumerate(zip(lower, once, strict=False))
        d = next((k for k, (a, b) in pairs if a != b), len(once))
        tail = lower[d:]
        return len(tail) >= MIN_TAIL and self._known_part(tail)

    def _hyphened(self, lower: str) -> str:
        """A word written with a hyphen, each part typed without æøå read from the typing
        table alone ("gaa-fodbold": gå-fodbold); a place's part written as the place is
        ("aarhus-turen": Aarhus-turen, no 1948 "århus"); no near-miss guess on a part, and the
        word as typed when a part is no letters ("e-mail", "3-4")."""
        parts = lower.split("-")
        if not all(part.isalpha() for part in parts):
            return lower
        return "-".join(self.proper.get(part) or self._hyphen_part(part) for part in parts)

    def _hyphen_part(self, part: str) -> str:
        """One part of a hyphened word typed without æøå, restored; a place's restored part
        with its capital ("koebenhavn": København)."""
        if not any(pair in part for pair in _TYPED):
            return part
        found = self.restore.get(part, part)
        return self.proper.get(found) or found

    def _written(self, lower: str) -> str | None:
        """The one everyday word a rare word is with the e speech drops put back before its n,
        l or r ("morgnen" → "morgenen", "aftnen" → "aftenen"), else None: the written form."""
        found = {w for w in _schwa_forms(lower) if w in self.common}
        return found.pop() if len(found) == 1 else None

    def slip(self, lower: str) -> str:
        """Repair an unknown word typed with one slip of an everyday word ("igne" → "igen",
        "kasen" → "kassen", "regningere" → "regninger"): a letter left out, one too many or two
        swapped (slips()); when several everyday words result, the one RARER times as common as
        the next. Known words, real words next to everyday ones (the built slip guard) and
        everyday words themselves (names typed small: "lone") stay."""
        common = self.common
        if len(lower) < MIN_SLIP or not lower.isalpha() or lower in common:
            return lower
        if lower in self.slip_guard or self.is_word(lower) or self.compound_of_words(lower):
            return lower
        if any(lower in words for words in self.contexts):
            return lower  # a content cue too short for the domain ("burek" is no "burke")
        if any(pair in lower for pair in _TYPED):
            # typed without æøå: restore's business ("broekkede" is no "brokkede"), but for an
            # e struck after the NLP's own word that ends in a vowel ("naboe": nabo)
            cut = lower[:-1]
            own = lower.endswith(_TYPED) and cut in self.vocab and cut in common
            if own and not any(pair in cut for pair in _TYPED):
                return cut
            # "sovaerdet": "svaerdet" (sværdet) with a letter too many
            return typed_slip(self, lower, slips(lower, self.letters), _plain_slip) or lower
        found = sorted((common[w], w) for w in slips(lower, self.letters) if w in common)
        if not found:
            # no slip of an everyday word ("varene" is "varerne"): a plain o for an ø, maybe
            return self._plain_own(lower) or self._moved(lower)
        trusted = [(rank, w) for rank, w in found if _plain_slip(lower, w)]
        # the NLP's own word, or the commonest word and the one slip trusted ("bryset" is
        # "brystet", no "bryst" with an e too many in a word too short to trust that of)
        lone = len(trusted) == 1 and trusted[0] == found[0]
        if trusted and (trusted[0][1] in self.vocab or lone):
            # the NLP's own word the slip is trusted for has no rival in a rarer everyday word
            # it would not be trusted for ("søser" is "søster", no "søer" with an s too many),
            # nor in any when its double letter was typed once ("hjeme": hjemme, not hjem)
            rank, best = trusted[0]
            once = lower in undoubled(best)
            if once or all(r > rank for r, w in found if (r, w) not in trusted):
                found = trusted
        if found and lower in undoubled(found[0][1]) and _plain_slip(lower, found[0][1]):
            # the commonest word its double letter typed once, the likeliest slip: "bestile"
            # is "bestille", "luke" is "lukke", no rarer "bestilte", "bestil" or "luk"
            found = found[:1]
        one = len(found) == 1 or (len(found) > 1 and found[1][0] >= RARER * (found[0][0] + 1))
        # the one word first, then whether its slip is trusted (not: the one trusted word)
        if not one:
            return lower
        rank, best = found[0]
        return best if _plain_slip(lower, best) or _hasty(lower, best, rank) else lower

    def _moved(self, lower: str) -> str:
        """The one everyday word a long unknown word is with one letter moved two places
        ("nedserte" → "nederste"), its first MIN_MOVED_KEPT letters kept; else the word."""
        if len(lower) < MIN_MOVED:
            return lower
        found = {w for w in moved2(lower, MIN_MOVED_KEPT) if w in self.common}
        return found.pop() if len(found) == 1 else lower

    def _compound(self, lower: str) -> str | None:
        """Restore a typed compound outside the table from its parts ("boernehaven").

        It restores when a head restores ("boern" → "børn", a linking e or s kept, or a table
        head "boerne-") and the rest is a known or restorable word, or when a plain known head
        ("skole", "skole-s-", "bag") comes before a restorable rest of at least MIN_HEAD letters
        ("skolekoekkenet", "bagdoeren").
        """
        if not lower.isascii() or not any(pair in lower for pair in _TYPED):
            return None
        for k in range(len(lower) - MIN_JOIN, MIN_HEAD - 1, -1):
            head, tail = self._head(lower[:k]), lower[k:]
            rest = self.restore.get(tail) or (tail if self._plain(tail) else None)
            if head and rest:
                return self._linked(head, rest)
        for k in range(len(lower) - MIN_HEAD, MIN_HEAD - 1, -1):  # "doer" + "karme": dørkarme
            head, tail = definite_head(lower[:k], self.restore), lower[k:]
            if head and self._plain(tail) and len(tail) >= MIN_HEAD:
                return head + tail
        for k in range(MIN_JOIN, len(lower) - MIN_HEAD + 1):  # "bag" + "doeren": bagdøren
            head, tail = lower[:k], lower[k:]
            plain = self._plain(head) or (head[-1] in _LINKS and self._plain(head[:-1]))
            if plain and (rest := self.restore.get(tail)):
                return head + rest
        # a head the tables lack, typed with no æ, ø or å, before a long restorable last part
        # ("planke" + "vaerket": plankeværket); the last part alone is restored
        for k in range(MIN_PART, len(lower) - MIN_NEAR + 1):
            head, tail = lower[:k], lower[k:]
            if not any(pair in head for pair in _TYPED) and (rest := self.restore.get(tail)):
                return head + rest
        return self._noun_headed(lower)

    def _noun_headed(self, lower: str) -> str | None:
        """A compound the tables lack whole, its first part a noun of the noun table typed as
        it is spelled (its linking e or s kept) and its last part a short word typed without
        æ, ø or å ("marcipan" + "aeg": marcipanæg, "kalve" + "koed"): that part restored, else
        None. A head no noun ("mich" + "ael") restores nothing, nor a head whose word goes on
        into the typed pair ("tango" + "en" is a word's ending, no "tang" + "oen")."""
        for k in range(len(lower) - MIN_JOIN, MIN_PART - 1, -1):
            head, tail = lower[:k], lower[k:]
            if len(tail) >= MIN_NEAR or any(pair in head for pair in _TYPED):
                continue  # a long last part: restored after any head (see _compound)
            noun = head in self.nouns or (head[-1] in _LINKS and head[:-1] in self.nouns)
            if not noun or (rest := self.restore.get(tail)) is None:
                continue
            if head + tail[0] in self.nouns or self._any_part(head + tail[0]):
                return None  # the pair at the seam: "tango" + "en", no "tang" + "øen"
            if (self.nouns.get(head) or "-")[0] == tail[0]:
                return None  # its last letter doubled before an ending: "mortadel" + "laen"
            return head + rest
        return None

    def _linked(self, head: str, rest: str) -> str:
        """The restored compound of head and rest, with the linking e typed fast left out put
        back when only that is a known word ("boernboern" → "børnebørn", not "børnbørn")."""
        joined = head + rest
        if head[-1] in _LINKS or self.is_word(joined):
            return joined
        linked = head + _LINKS[0] + rest
        return linked if self.is_word(linked) else joined

    def _plain_compound(self, lower: str) -> str | None:
        """Restore a compound typed with plain letters for the ø or å of a part: see
        plain_compound; the real words it would change are in the built guard (`known`)."""
        return plain_compound(lower, self.restore, self._plain, self.compound_endings)

    def rare(self, lower: str) -> bool:
        """True for a word neither everyday nor the NLP's own: unknown, or a form only the
        dictionary lists ("boler" of "bole", "trinet" of "trine")."""
        return lower not in self.common and lower not in self.vocab

    def _tail(self, lower: str) -> str | None:
        """Repair the last part of an unknown compound whose first part is a known word and whose
        last part is a rare dictionary word, a domain word (else an everyday word) with a double
        letter typed once ("dørtrinet" → "dørtrinnet"); None otherwise."""
        if not lower.isalpha():
            return None
        for k in range(MIN_JOIN, len(lower) - MIN_TAIL + 1):
            head, tail = lower[:k], lower[k:]
            if not self.rare(tail) or not self.is_word(tail):
                continue  # an everyday or unknown last part is no word's slip
            if not (self._known_part(head) or (head[-1] in _LINKS and self._known_part(head[:-1]))):
                continue
            # its double letter typed once; the content's own words first ("trinnet", not the
            # name "trine"): a last part cut or swapped is mostly an inflection ("kanden")
            near = {w for w in slips(tail, self.letters) if tail in undoubled(w)}
            found = (near & self.domain) or {w for w in near if w in self.common}
            if len(found) == 1:
                return head + found.pop()
        return None

    def _head_doubled(self, lower: str) -> str | None:
        """Repair an unknown compound whose first part has its double letter typed once
        ("lopemarkedet" → "loppemarkedet", "klapstolen" is fine): the one word with a letter
        doubled before a known last part that is an everyday or known word, or the definite of
        one; None otherwise."""
        if len(lower) < 2 * MIN_PART or not lower.isalpha():
            return None
        # "kamerataske": "kamera" + "taske" as typed, no "kammerat" + "aske"
        typed_whole = self.compound_of_words(lower)
        found = set()
        for i in range(1, len(lower) - MIN_PART):
            if lower[i] in _VOWELS or lower[i] == lower[i - 1] or lower[i] == lower[i + 1]:
                continue  # a consonant typed once between two other letters
            word = lower[: i + 1] + lower[i:]
            if not typed_whole and self._doubled_head_part(lower, word, i):
                found.add(word)  # "tromestol": "tromme" + "stol"
                continue
            if len(lower) < MIN_UNDOUBLED or i >= len(lower) - MIN_TAIL:
                continue
            if not any(self._known_part(word[k:]) for k in range(i + 2, len(word) - MIN_TAIL + 1)):
                continue  # the letter doubled in the first part of a compound of a known last
            if self._everyday_form(word):
                found.add(word)
        return found.pop() if len(found) == 1 else None

    def _doubled_head_part(self, lower: str, word: str, i: int) -> bool:
        """True when the letter doubled at i makes the first part a known word, the part as
        typed none, before a known last part ("tromestol": "tromme" + "stol", a compound the
        tables lack)."""
        for k in range(max(i + 2, MIN_PART), len(word) - MIN_PART + 2):
            head, tail = word[:k], word[k:]
            if self._known_part(head) and self._known_part(tail):
                typed = lower[: k - 1]  # "isbrodder": "is" is a word, no "iss"; "lupelampe":
                linked = typed[-1] in _LINKS and self._any_part(typed[:-1])  # "lup" + e
                return not (self._any_part(typed) or linked)
        return False

    def _any_part(self, part: str) -> bool:
        """True for a known word of any length ("is", "lup"), as a compound's first part."""
        return part in self.common or self.is_word(part)

    def _everyday_form(self, word: str) -> bool:
        """True for an everyday or known word, or the definite singular of an everyday noun by
        its gender, a compound's by its last part ("loppemarked" → "loppemarkedet")."""
        if word in self.common or word in self.known:
            return True
        for end in self.definite_endings:
            stem = word[: -len(end)]
            if not word.endswith(end) or stem not in self.common or end == self.plural_definite:
                continue
            if (end[:1] == "e") == stem.endswith("e"):
                continue  # "-en", "-et" after a consonant, "-n", "-t" after an e
            if _gender_of(end) in self._last_part_genders(stem):
                return True
        return False

    def _last_part_genders(self, noun: str) -> frozenset[str]:
        """The genders of a noun, or of the longest last part the noun table knows after a
        first part of a compound ("loppe" + "marked")."""
        if genders := self._genders(noun):
            return genders
        for k in range(MIN_PART - 1, len(noun) - MIN_TAIL + 1):
            if genders := self._genders(noun[k:]):
                return genders
        return frozenset()

    def _in_context(self, lower: str, others: set[str]) -> str | None:
        """The one everyday word of a context the utterance's other words are in ("bage", "dejen":
        cooking) that a rare word is one slip from or typed with a plain o or a for its ø or å
        ("boler" → "boller", "ovenen" → "ovnen" beside "bage"; "fro" → "frø" beside "fodre");
        None otherwise. A rare word one slip from a far commoner word of the same context is a
        slip, though the dictionary lists it."""
        near = self.in_contexts.get(lower)
        if near is None:
            near = self.in_contexts.get_or(lower, self._context_near, lower)
        if not near:
            return None
        # the contexts the other words are in (read by word, not every context tested)
        context_of, contexts = self.context_of, self.contexts
        shared = {k for w in others for k in context_of.get(w, ())}
        found = {w for k in shared if lower not in contexts[k] for w in near & contexts[k]}
        return found.pop() if len(found) == 1 else None

    def _context_near(self, lower: str) -> frozenset[str]:
        """The everyday words of any context a rare word is one slip or one plain letter from
        (see _in_context); empty for a word too short, not alphabetic or not rare."""
        if len(lower) < MIN_JOIN or not lower.isalpha() or not self.rare(lower):
            return frozenset()
        near = plain_letter_forms(lower)
        if len(lower) >= MIN_SLIP:
            near |= slips(lower, self.letters)
        return frozenset(near & self.context_common)

    def _plain(self, word: str) -> bool:
        """A known or everyday word that holds no typing of æ, ø or å ("haven", "katte", not
        "vaesken")."""
        known = word in self.known or word in self.common
        return known and not any(pair in word for pair in _TYPED)

    def _head(self, part: str) -> str | None:
        """The restored first part of a compound, its linking letter kept, or None."""
        return restored_head(part, self.restore)

    def fix_words(self, texts: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
        """Repair a token list: the new texts and the (start, count) of the tokens that join
        into one compound."""
        out, joins = [], []
        lowers = [text.lower() for text in texts]
        period_leads, plain = self.period_leads, self.plain
        dialect = not self.dialect_markers.isdisjoint(lowers)  # "a ka ett", "i æ havn"
        owners = not self.possessives.isdisjoint(lowers)  # _owner_before asked only then
        for i, text in enumerate(texts):
            if owners and self._owner_before(lowers, i) and (kin := self._owned_kin(lowers[i])):
                out.append(_recase(text, kin))  # "min dater", "mit baarnebarn": a person
                continue
            if out and lowers[i] in self.after_modal and out[-1].lower() in self.modals:
                out.append(_recase(text, self.after_modal[lowers[i]]))  # "vil sku gerne": sgu
                continue
            lower, fixed = plain.get(text) or plain.get_or(text, self._read_plain, text)
            if fixed is not None and (i == 0 or lowers[i - 1] not in period_leads):
                if fixed != text and self._meant_plain(lower, fixed.lower(), texts):
                    fixed = text  # "en malestok" typed with "hånden" beside it: a mahlstick
                out.append(fixed)  # no rule below but word() can change it (most words)
                continue
            # a lower-case word (most of them) is neither a name nor frozen: one test for both
            if _frozen(texts, i) and (noun := self._neighbour_noun(lower)):
                out.append(noun)  # "Meine Tochter Sabine": a German noun's capital, no name
                continue
            if text[:1].isupper() and (_frozen(texts, i) or lower in self.names):
                out.append(self._place_typed(lower) or text)  # "Kobenhavn": København
                continue
            if text.islower() and (name := self.proper.get(lower)):
                out.append(name)  # "til vejle", "i netto": a place or shop keeps its capital
                continue
            if lower != lowers[i] and lower in self.contractions:
                out.append(_recase(text, self.contractions[lower]))  # "ka'": kan
                continue
            owned = i > 0 and lowers[i - 1] in self.possessives
            if owned and lower in self.after_possessive:
                out.append(_recase(text, self.after_possessive[lower]))  # "min soen": a son
                continue
            if lower in self.after_object and i > 0 and lowers[i - 1] in self.state_objects:
                out.append(_recase(text, self.after_object[lower]))  # "føne hende toer": dry
                continue
            nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
            if lower in self.before_subject and nxt in self.subjects:
                out.append(_recase(text, self.before_subject[lower]))  # "nr han": når
                continue
            if lower in self.concessive_slips and self._concessive(lowers, i):
                out.append(_recase(text, self.concessive_slips[lower]))  # ", selv hun har sagt"
                continue
            if lower in self.after_verb and self._negation(out, texts, i):
                out.append(_recase(text, self.after_verb[lower]))  # "kan ik gå": a negation
                continue
            if lower in self.dialect_pronouns and self._speaker(out, texts, i, dialect):
                out.append(_recase(text, self.dialect_pronouns[lower]))  # "a ka int": jeg
                dialect = True
                continue
            before = lowers[i - 1] if i else ""
            marked = dialect and before in self.infinitive_marks
            if lower in self.bare_infinitives and (marked or self._after_modal(out, i)):
                out.append(_recase(text, self.bare_infinitives[lower]))  # "ku husk": huske
                continue
            if lower in self.skill_verbs and self._liked(out, i, nxt):
                out.append(_recase(text, self.skill_verbs[lower]))  # "ka itte li å": lide
                continue
            if lower in self.typed_verbs and self._verb_place(out, i):
                out.append(_recase(text, self.typed_verbs[lower]))  # "kan roere dejen": røre
                continue
            # "kan han it komme": "it" before a verb needs no marker of a dialect sentence
            negated = dialect or self._plain_negation(texts, i)
            if lower in self.dialect_negations and negated and self._negated(out, nxt, lower):
                out.append(_recase(text, self.dialect_negations[lower]))  # "a ka et sov": ikke
                continue
            if lower in self.dialect_periods and dialect and self._period_led(before):
                out.append(_recase(text, self.dialect_periods[lower]))  # "hver anden dav": dag
                continue
            if lower in self.counted_times:
                out.append(_recase(text, self._times(lower, before)))  # "to ganger": gange
                continue
            if lower in self.infinitive_marks and (
                before in self.mark_leads
                or (dialect and (self._verb_next(nxt) or self._object_led(out)))
                or (dialect and self._and_after(before, nxt))
                or (self._verb_lead(out) and nxt.isalpha())
                or (before in self.head_compound_leads and self._infinitive_next(nxt))
                or self._infinitive_after(before, nxt)
            ):
                out.append(_recase(text, self._mark(out, lower)))  # "lær å betal", "ud å fisk"
                continue
            if lower in self.dialect_reflexives and nxt in self.reflexive_next:
                out.append(_recase(text, self.dialect_reflexives[lower]))  # "mi sæl": mig selv
                continue
            if lower in self.dialect_possessives and self._owned(nxt):
                out.append(_recase(text, self.dialect_possessives[lower]))  # "mi kone": min
                continue
            if lower in self.dialect_words and before not in self.dialect_kept_after:
                out.append(_recase(text, self.dialect_words[lower]))  # "klare mæ sjæl": selv
                continue
            if lower in self.dialect_objects and self._object(before, nxt):
                out.append(_recase(text, self.dialect_objects[lower]))  # "for mæ": mig
                continue
            kept = before in self.preposition_kept_after  # "en kop te sommer og vinter": tea
            if lower in self.dialect_prepositions and nxt in self.preposition_next and not kept:
                out.append(_recase(text, self.dialect_prepositions[lower]))  # "te æ havn": til
                continue
            if lower in self.slot_slips and text.islower() and (verb := self._slot(lowers, i)):
                out.append(verb)  # "og læge det på plads", "fole mit tøj": lægge, folde
                continue
            if lower in self.verb_slips and self._subject_beside(lowers, i):
                out.append(_recase(text, self.verb_slips[lower]))  # "jeg sider og kigger"
                continue
            if i > 0 and lowers[i - 1] in self.period_leads and (period := self._period(lower)):
                out.append(_recase(text, period))  # "om månden": måneden, not manden or hånden
                continue
            fixed = self.memo.get(lower) or self.memo.get_or(lower, self.word, lower)
            if fixed != lower and self._meant_plain(lower, fixed, texts):
                fixed = lower  # "en malestok" typed with "hånden" beside it: a mahlstick
            named = text.islower() and self.proper.get(fixed)  # "koebenhavn": København
            out.append(named or _recase(text, fixed))
        outs = [text.lower() for text in out]
        end = 0  # a token joins one compound at most
        no_join = self.no_join
        for i in range(len(out) - 1):
            a = outs[i]
            count = self._particle_joins(outs, i, texts) if a in self.particle_heads else 0
            if count and i >= end:
                joins.append((i, count))  # "ned ad ind kørslen", "en for middags kaffe"
                end = i + count
                continue
            if a in no_join or len(a) < MIN_SHORT:
                continue  # joins nothing (_joins_at's first test, read here: most words)
            if i < end or _frozen(texts, i + 1):
                continue
            if self._verb_place(outs, i) and (self.infinitive(a) or self._present_word(a)):
                continue  # "kan bære posen", "at vaske tøj": a verb and its object, no compound
            if role_apart(self, outs, i):
                continue  # "i kirke vært søndag", "hold leder efter": no role's compound
            # what joins depends on the (up to) three words and whether the third is frozen
            third = (outs[i + 2], _frozen(texts, i + 2)) if i + 2 < len(outs) else None
            key = (a, outs[i + 1], third)
            count = self.joined.get(key)
            if count is None:
                count = self.joined.get_or(key, self._joins_at, outs, i, texts)
            if count:
                joins.append((i, count))
                end = i + count
            elif counted_plural(self, a, outs[i + 1]):
                continue  # "en hel kasse knive": a quantity of knives, no "kasseknive"
            elif outs[i + 1] in self._joins_no_pair and lowers[i + 1] == outs[i + 1]:
                # "gå på", "hjælp til" (most pairs): before a function or number word as said,
                # every pair rule below refuses; only a run's linked or plural pair may join
                if count := noun_run(self, outs, i, texts):
                    joins.append((i, count))
                    end = i + count
            elif self._noun_joins(outs, i, texts, dialect):
                joins.append((i, 2))  # "ude på hunde internatet": hundeinternatet
                end = i + 2
            elif self._noun_pair_joins(outs, i, texts):
                joins.append((i, 2))  # "med gummi maatte under tallerken": gummimåtte
                end = i + 2
            elif outs[i + 1] in self.tool_tails and self._tool_joins(outs, i):
                joins.append((i, 2))  # "paa en knae skammel": knæskammel
                end = i + 2
            elif (head := self._near_join(a, outs[i + 1])) is not None:
                out[i] = _recase(out[i], head)  # "reperations cafeen": reparationscafeen
                joins.append((i, 2))
                end = i + 2
            elif lowers[i + 1] != outs[i + 1] and self._near_join(a, lowers[i + 1]) is not None:
                # "min rolle tor": the part as said, before a repair of its own ("tør")
                out[i + 1] = texts[i + 1]
                joins.append((i, 2))
                end = i + 2
            elif (head := voiced_join(self, outs, i, texts)) is not None:
                out[i] = _recase(out[i], head)  # "et teleskob skaft": teleskopskaft
                joins.append((i, 2))
                end = i + 2
            elif place_compound(self, outs, i, texts):
                joins.append((i, 2))  # "ud til Svendborgsund broen": Svendborgsundbroen
                end = i + 2
            elif first_part_compound(self, outs, i, texts):
                joins.append((i, 2))  # "ved cricket kampene": cricketkampene
                end = i + 2
            elif linked_part(self, outs, i, texts):
                joins.append((i, 2))  # "og kompressions handsker": kompressionshandsker
                end = i + 2
            elif split_joins(self, outs, i, texts):
                joins.append((i, 2))  # "på tribu nen", "i Svend borg", "eftermiddags færgen"
                end = i + 2
            elif count := noun_run(self, outs, i, texts):
                joins.append((i, count))  # "en ny skulder støtte", "i spille mands lauget"
                end = i + count
            elif role_compound(self, outs, i, texts):
                joins.append((i, 2))  # "jeg var kirke vært", "som hold leder": one role
                end = i + 2
            if joins and joins[-1] == (i, 2) and owner_after(self, outs, i + 2, texts):
                joins[-1] = (i, 3)  # "på veteran traktor klubbens": veterantraktorklubbens
                end = i + 3
            elif joins and joins[-1] == (i, 2) and head_after(self, outs, i, texts):
                joins[-1] = (i, 3)  # "i model jernbane klubben": modeljernbaneklubben
                end = i + 3
        if self.dialect_articles:
            self._articles(out, joins)
        joined = {k for i, n in joins for k in range(i, i + n)}
        for i, text in enumerate(out):
            # last: a slip of an everyday word, typed small (no name) and not part of a join
            if i not in joined and text == texts[i] and text.islower():
                lower = outs[i]
                fixed = self.slipped.get(lower) or self.slipped.get_or(lower, self.slip, lower)
                out[i] = fixed
        if self.contexts:
            said = None  # the words said, made for the first word a context's word is near
            near = self.in_contexts
            for i, text in enumerate(out):
                # a rare word in the company of a context's words: a slip of one of them
                unchanged = i not in joined and text == texts[i] and text.islower()
                if not unchanged or near.get(text) == frozenset():
                    continue  # a word no context's word is near (most words): no company asked
                if said is None:
                    said = {text.lower() for text in out}
                before = out[i - 1].lower() if i else ""
                found = self._in_context(text, said - {text}) or self._on_the_way(text, before)
                if found:
                    out[i] = found
        if self.name_leads:
            self._write_names(out, texts, joins)
        if self.proper_phrases:
            self._write_phrases(out, texts)
        return out, joins

    def _meant_plain(self, lower: str, fixed: str, texts: list[str]) -> bool:
        """True when `fixed` only reads a plain a or o of `lower` as å or ø, `lower` is two
        known words as typed (MIN_PART letters each: "male" + "stok"), the first said on its own
        in the utterance too ("male") and the utterance typed with æ, ø or å: the writer has the
        letters and uses the word, so the compound is meant as typed ("kan sidde og male …, en
        malestok": a mahlstick, no "målestok"). Typed without them ("korestol") it is restored,
        and so is one whose first part alone restores too ("hore … horeapparat": høre)."""
        if len(fixed) != len(lower):
            return False
        pairs = zip(lower, fixed, strict=True)
        if not all(a == b or (b in _PLAIN_FOR and a in _PLAIN_FOR[b]) for a, b in pairs):
            return False
        if not any(_KEYED.intersection(t) for t in texts):
            return False
        lemma_of, known = self.lemma_of, self.known
        said = {lemma_of.get(w, w) for t in texts if (w := t.lower()) != lower}
        restore = self.restore
        for k in range(MIN_PART, len(lower) - MIN_PART + 1):
            head, tail = lower[:k], lower[k:]
            if head in restore:
                continue  # "hore" said alone is itself the typing of "høre": no proof
            if head in known and tail in known and lemma_of.get(head, head) in said:
                return True
        return False

    def _write_phrases(self, out: list[str], texts: list[str]) -> None:
        """A name of several words said small ("ekstra bladet") written with its capitals; the
        words alone ("et ekstra tæppe") stay."""
        firsts = self._proper_phrase_firsts
        if firsts.isdisjoint(map(str.lower, out)):
            return  # no name of several words begins here (most utterances): one test in C
        for i in range(len(out) - 1):
            if out[i].lower() not in firsts:
                continue
            for said, name in self.proper_phrases.items():
                end = i + len(said)
                small = all(t.islower() for t in texts[i:end])  # "Ekstra Bladet": as written
                if small and tuple(w.lower() for w in out[i:end]) == said:
                    out[i:end] = name

    @cached_property
    def near(self) -> dict[str, tuple[str, ...]]:
        """One-deletion keys (also of the ASCII typing) → domain words; made when a word is first
        looked up in it (most utterances never do: a start without it is ~0.13 s shorter)."""
        return _index(self.domain, lambda word: {d for s in shapes(word) for d in deletes(s)})

    @cached_property
    def dropped(self) -> dict[str, tuple[str, ...]]:
        """A long domain word with two letters in a row left out (also of its ASCII typing) →
        the word; made when first looked up in (see near)."""
        return _index(self.domain, lambda word: {d for s in {word, fold(word)} for d in dropped(s)})

    @cached_property
    def _joins_no_pair(self) -> frozenset[str]:
        """Words after which fix_words' pair rules (_noun_joins … split_joins) join nothing:
        no_join's, but for a tool's or place's name a pair rule of its own reads."""
        return self.no_join - self.tool_tails - self.place_heads

    @cached_property
    def _proper_phrase_firsts(self) -> frozenset[str]:
        """The first words of proper_phrases: a phrase is looked for only where one stands."""
        return frozenset(said[0] for said in self.proper_phrases)

    def _negated(self, out: list[str], nxt: str, said: str = "") -> bool:
        """True when a dialect negation that is also an article ("et") stands right after a
        modal and before a verb ("a ka et sov"), not before a noun ("a ska et par ting"), or
        right after one of dialect_negation_leads ("heller it mæ æ høreapparat"); one that is
        no article ("it") right after a modal whatever follows ("a ka it få mine støvler på"),
        its subject between too ("vil a it ha")."""
        if out and out[-1].lower() in self.dialect_negation_leads:
            return True
        if out and out[-1].lower() in self.subjects and self._spoken(nxt) in self.verbs:
            return True  # "så a it ska ind": a subordinate clause's negation before its verb
        # "så ham vil a it ha op": the subject may stand between the modal and the negation
        modal = self._modal_before(out, len(out)) in self.modals
        if modal and said in self.plain_negations:
            return True
        verb = nxt in self.bare_infinitives or nxt in self.before_negated or nxt in self.verbs
        # any infinitive the lemma table knows ("a ka et sluge", "hun ka et læse")
        return modal and (verb or is_infinitive(nxt, self.lemma_of, self._genders))

    def _concessive(self, lowers: list[str], i: int) -> bool:
        """True when a word of concessive_slips ("selv") opens a clause after a comma, before a
        subject and its finite verb (", selv hun har sagt det"): "selvom"; not "selv" after a
        verb ("det klarer jeg selv han …") or before a noun (", selv min søn …")."""
        if i == 0 or lowers[i - 1] != "," or i + 2 >= len(lowers):
            return False
        subject, verb = lowers[i + 1], lowers[i + 2]
        if subject not in self.subjects or subject in self.relative_leads:
            return False
        return verb in self.verbs or self._present_ending(verb)

    def _period_led(self, before: str) -> bool:
        """True when a dialect period word ("dav") follows a word that leads a period ("hver
        dav", "hver anden dav", "i dav"), not where it is a greeting ("dav med dig")."""
        return before in self.period_leads or before in self.dialect_period_leads

    def _times(self, lower: str, before: str) -> str:
        """A time said in a dialect or a neighbouring language as Danish: "gange" after a count
        above one ("to gång", "2 gång", "et par gånga", "to ganger"), else "gang" ("en gång",
        "hver gång") or the word as said when it is Danish too ("en flot ganger")."""
        one, more = self.counted_times[lower]
        count = self.counts.get(before)
        if count is None and before.isdigit():
            count = float(before)
        return more if before in self.plural_counts or (count or 0) > 1 else one or lower

    def _verb_next(self, nxt: str) -> bool:
        """True when the word after a dialect infinitive mark ("å") is a verb or opens a clause
        ("å fisk", "å tænker", "å det er"), not a noun after the article ("ve æ å igen")."""
        spoken = self._spoken(nxt)
        verb = spoken in self.verbs or spoken in self.bare_infinitives or spoken in self.modals
        present = self._present_ending(spoken)
        clause = spoken in self.subjects or spoken in self.dialect_pronouns
        return verb or clause or (present and self.is_word(spoken))

    def _mark(self, out: list[str], lower: str) -> str:
        """The Danish word for a dialect infinitive mark: "at" after one of infinitive_leads
        ("lære å betal", "en til å skær"), else its own word ("ud å fisk": og)."""
        before = out[-1].lower() if out else ""
        if before in self.infinitive_leads or before in self.mark_leads or self._object_led(out):
            return self.marked_infinitive
        if before in self.head_compound_leads:
            return self.marked_infinitive  # "med å sælg kaffe": "med at sælge kaffe"
        return self.infinitive_marks[lower]

    def _liked(self, out: list[str], i: int, nxt: str) -> bool:
        """True when a short verb of skill_verbs ("li") follows a modal of skill_modals, words
        of modal_gap between ("æ ka itte li å sidde", "hun ku godt li kaffe"), and no verb
        follows it ("jeg kan li gå ned": lige)."""
        if self._before_gap(out, i) not in self.skill_modals:
            return False
        spoken = self._spoken(nxt)
        verb = spoken in self.verbs or spoken in self.bare_infinitives or spoken in self.modals
        return not (verb or is_infinitive(spoken, self.lemma_of, self._genders))

    def _verb_lead(self, out: list[str]) -> bool:
        """True when the word before a dialect "å" is a verb of infinitive_leads ("kan lide å
        strikke", "for å få"): "at" in any sentence; not one of mark_not_after ("til å")."""
        before = out[-1].lower() if out else ""
        return before in self.infinitive_leads and before not in self.mark_not_after

    def _and_after(self, before: str, nxt: str) -> bool:
        """True when a dialect "å" between two words is "og" (or "at" after a lead), as a
        sentence said in dialect has it ("ud til fyret å hjem", "sidde inde å glo", "min kone å
        mine børn"), not the stream after a preposition or an article ("ved å", "i æ å igen")."""
        if not (before.isalpha() and nxt.isalpha()) or before in self.head_compound_leads:
            return False  # "mæ å sælg": "at" after a preposition (_infinitive_next), never "og"
        return before not in self.mark_not_after and before not in self.dialect_articles

    def _infinitive_next(self, nxt: str) -> bool:
        """True when the word after a dialect "å" is an infinitive, said short or whole ("med å
        sælg kaffe", "til å hjælpe"): after a preposition the mark is "at"."""
        spoken = self._spoken(nxt)
        if spoken in self.bare_infinitives or self.infinitive(spoken):
            return True
        return is_infinitive(spoken, self.lemma_of, self._genders)

    def _infinitive_after(self, before: str, nxt: str) -> bool:
        """True when a dialect infinitive mark ("å") said outside a dialect sentence stands
        between a word and an infinitive by the lemma table ("ned på værtshuset å få en øl",
        "å så"): "og" (or "at" after an infinitive lead); not first ("å, jeg ved ikke") nor
        after a word of mark_not_after ("fiske ved å"), nor before a noun ("å kirke")."""
        return before.isalpha() and before not in self.mark_not_after and self.infinitive(nxt)

    def _object_led(self, out: list[str]) -> bool:
        """True after one of infinitive_leads and its object ("lære ham å bøde garn"): the
        mark is "at" whatever the verb after it."""
        return (
            len(out) > 1
            and out[-1].lower() in self.lead_objects
            and out[-2].lower() in self.infinitive_leads
        )

    def _owned(self, nxt: str) -> bool:
        """True when a dialect possessive ("mi", "si") stands before a known word that is no
        verb or function word ("mi kone", "si datter"), not a short verb ("ka si det")."""
        if not nxt.isalpha() or nxt in self.no_join or nxt in self.verbs:
            return False
        if nxt in self.bare_infinitives or nxt in self.subjects:
            return False
        return self.is_word(nxt) or nxt in self.common

    def _object(self, before: str, nxt: str) -> bool:
        """True when a dialect object pronoun ("mæ") is the object ("for mæ", "klare mæ sjæl",
        "hent mæ.", "hjælp mæ i weekenden"), not the preposition ("mæ æ stok", "hjælp mæ æ
        have"): see spelling.yaml dialect_objects."""
        end = not nxt or not nxt[:1].isalnum()
        if before in self.object_verbs and nxt not in self.object_verb_not_before:
            return True  # "min datter ka kun hjælp mæ i weekenden", "sætte mæ på bænken"
        return end or nxt in self.object_next or before in self.object_leads

    def _near_join(self, a: str, b: str) -> str | None:
        """The first part of a split compound one part of which is no word alone (or an aid's
        name split into two words, "rolle tor"), when the two
        join into a known compound one slip away: "rolle ator" (the joined "rolleator" is a
        near-miss of "rollator", repaired when joined) or with a typo in a long first part
        before its linking s ("reperations cafeen": the one everyday word "reparation" one edit
        from "reperation", then "cafeen"); else None."""
        if not (a.isalpha() and b.isalpha()) or min(len(a), len(b)) < MIN_JOIN:
            return None
        if b in self.no_join:
            return None
        key = (a, b)
        found = self.near_joined.get(key, MISSING)
        if found is MISSING:
            found = self.near_joined.get_or(key, self._near_join_of, a, b)
        return found

    def _near_join_of(self, a: str, b: str) -> str | None:
        # two words of their own join only into an aid's name one slip away, a split the speech
        # recognition makes of a word it does not know ("min rolle tor": rollator)
        both = self._known_part(a) and self._known_part(b)
        if both and (a in self.loose_join or b in self.loose_join or b in self.verb_particles):
            return None  # "sidde ude": the verb and where, no "siddepude"
        joined = a + b
        # two known words join only into an aid's name one edit away: a word one edit from
        # another shares a form with one letter deleted with it (most pairs share none)
        if not both or not self.loose_join_deletes.isdisjoint(deletes(joined)):
            fixed = self.memo.get(joined) or self.memo.get_or(joined, self.word, joined)
            into = self.loose_join if both else self.join
            if fixed != joined and fixed in into and damerau1(joined, fixed):
                return a  # "rolleator": word() repairs the joined word to "rollator"
        if (head := self._clipped_head(a, b)) is not None:
            return head  # "hjem plejen": hjemmeplejen
        if both:
            return None
        # a first part said in another form of its word, one letter off ("barne børnene"):
        # the one compound of the tables the joined word is one edit from, in its first part
        near = {
            w
            for d in deletes(joined)
            for w in self.near.get(d, ())
            if w in self.join and w.endswith(b) and damerau1(joined, w)
        }
        if len(near) == 1:
            return near.pop()[: -len(b)]
        # a first part before its linking s only: an unknown word before a known one is mostly
        # a word of its own ("hjemmeplejn kommer"), no compound's head
        stem = a[:-1]
        if a[-1] != "s" or len(stem) < MIN_UNDOUBLED or not self._known_part(b):
            return None
        if self._known_part(a) or self._known_part(stem):
            return None
        near = {w for w in edits1(stem, self.letters) if w in self.common}
        return near.pop() + "s" if len(near) == 1 else None

    def _clipped_head(self, a: str, b: str) -> str | None:
        """The first part of a compound said clipped, its last consonant doubled and an e put
        back ("hjem plejen": hjemme, "hjem hjælpen"), when that joins into a known compound;
        else None."""
        if len(a) < MIN_JOIN or a[-1] in _VOWELS or fold(a[-1]) != a[-1]:
            return None
        full = a + a[-1] + _LINKS[0]
        return full if self._known_join(full + b, self.join) else None

    def _articles(self, out: list[str], joins: list[tuple[int, int]]) -> None:
        """West Jutland's article before its noun written as Danish (spelling.yaml
        dialect_articles): "æ havneklub" joined into "havneklubben", "æ gamle fiskere" as "de
        gamle fiskere"; a word not followed by a noun whose definite form is found stays."""
        if self.dialect_articles.isdisjoint(map(str.lower, out)):
            return  # no dialect article said (most utterances): one test in C
        taken = {k for i, n in joins for k in range(i, i + n)}
        starts = dict(joins)
        added = False
        for i in range(len(out) - 1):
            if out[i].lower() not in self.dialect_articles or i in taken:
                continue
            if i + 1 in starts:  # "med æ ilt apparat": med iltapparatet
                added |= self._article_on_join(out, joins, i, starts[i + 1])
                continue
            if i + 1 in taken:
                continue
            if compound := article_compound(self, out, i, taken):  # "æ redskabs skur"
                out[i : i + 3] = ["", _recase(out[i], compound), ""]
                joins.append((i, 3))
                taken |= {i, i + 1, i + 2}
                added = True
                continue
            noun = out[i + 1].lower()
            if not noun.isalpha() or not out[i + 1].islower():
                continue
            if self.is_definite(noun):  # "ved æ postkassen", "ud af æ huset": the noun as said
                out[i] = ""
                joins.append((i, 2))
                taken |= {i, i + 1}
                added = True
                continue
            if found := self.definite(noun):
                out[i], out[i + 1] = "", _recase(out[i], found[0])
                joins.append((i, 2))
                taken |= {i, i + 1}
                added = True
                continue
            after = out[i + 2].lower() if i + 2 < len(out) else ""
            adjective = noun.endswith("e") and after.isalpha() and i + 2 not in taken
            if adjective and (found := self.definite(after)):
                out[i] = _recase(out[i], found[1])  # "æ gamle fiskere": de gamle fiskere
        if added:
            joins.sort()

    def _article_on_join(
        self, out: list[str], joins: list[tuple[int, int]], i: int, n: int
    ) -> bool:
        """The dialect article at i before a compound said in n parts ("æ ilt apparat"): the
        compound in its definite form, the article joined in as an empty part; True when found."""
        parts = out[i + 1 : i + 1 + n]
        compound = "".join(p.lower() for p in parts)
        if not compound.isalpha() or not parts[0].islower():
            return False
        compound = self.word(compound)
        if self.is_definite(compound):  # "ved æ post kassen": postkassen
            found: tuple[str, str] | None = (compound, "")
        else:
            found = self.definite(compound)  # "rolle ator": rollatoren
        if not found:
            return False
        out[i], out[i + 1] = "", _recase(parts[0], found[0])
        out[i + 2 : i + 1 + n] = [""] * (n - 1)
        joins.remove((i + 1, n))
        joins.append((i, n + 1))
        return True

    def is_definite(self, noun: str) -> bool:
        """True for a noun said in its definite form: a shorter form of it (its last consonant
        doubled or not) whose definite form it is ("postkassen", "huset", "væggen", "hundene")."""
        for ending in self.definite_endings:
            stem = noun[: -len(ending)]
            if not noun.endswith(ending) or len(stem) < MIN_JOIN - 1:
                continue
            stems = (stem, stem[:-1]) if stem[-1] == stem[-2:-1] else (stem,)
            if any((found := self.definite(s)) and found[0] == noun for s in stems):
                return True
            if ending[:1] == "e" and any(self._other_gender(s, ending, noun) for s in stems):
                return True
        return False

    def _other_gender(self, stem: str, ending: str, noun: str) -> bool:
        """True when `noun` is the definite form of `stem` (or of a compound ending in a noun
        of the noun table) in a gender the table also gives it, though the other is the more
        common form ("staven" of stav, said both ways; "curlingstaven"): definite() names one;
        both everyday words."""
        for k in range(0, len(stem) - MIN_JOIN + 1):
            head, tail = stem[:k], stem[k:]
            if k and not (len(head) >= MIN_JOIN and self._known_part(head)):
                continue
            genders = self._genders(tail)
            if len(genders) > 1 and _gender_of(ending) in genders and tail in self.common:
                return tail + ending in self.common  # "plej" (of "pleje") is no noun said
        return False

    def definite(self, noun: str) -> tuple[str, str] | None:
        """(the definite form of a noun, the article its gender and number take before an
        adjective) from the words the tables know ("klub" → "klubben", "den"; "fiskere" →
        "fiskerne", "de"), a compound's last part read so ("havneklub" → "havneklubben"); None
        when no form is found; a word shorter than a compound's part only when known ("sø" →
        "søen")."""
        found = self.definites.get(noun, MISSING)
        if found is MISSING:
            found = self.definites.get_or(noun, self._definite, noun)
        return found

    def _definite(self, noun: str) -> tuple[str, str] | None:
        """definite(), made once per noun (the tables are fixed once built)."""
        if len(noun) < MIN_JOIN:
            return self._definite_of(noun) if self.is_word(noun) else None
        for k in range(0, len(noun) - MIN_JOIN + 1):
            head, tail = noun[:k], noun[k:]
            if k and not (
                len(head) >= MIN_JOIN
                and (self._known_part(head) or (head[-1] in _LINKS and self._known_part(head[:-1])))
            ):
                continue
            if not (self._known_part(tail) or self.is_word(tail)):
                continue
            if found := self._definite_of(tail):
                return head + found[0], found[1]
        return None

    def _definite_of(self, noun: str) -> tuple[str, str] | None:
        """(the definite form, its article) of one word: an ending in e ("-en", "-et") after a
        consonant, its last one doubled too ("klubben"), one without ("-n", "-t") after an e
        ("hoften"); an inflected form (the lemma table's "både", "trapper") or one of
        plural_ends ("fiskere") takes the plural's only, its e left out or not ("bådene",
        "fiskerne"); the everyday or known form, the most common first, of the noun's gender
        when the noun table knows it ("kar" → "karret", not the name "karen")."""
        common = self.common
        ends_e = noun.endswith("e")
        plural = self.plural_definite
        genders = self._genders(noun)
        found = []
        for ending, article in self.definite_endings.items():
            if genders and ending != plural and _gender_of(ending) not in genders:
                continue
            if self._agent_noun(noun):  # "æ vandmåler": the meter, no plural of "mål"
                stems = () if ending == plural else (noun, noun + noun[-1])
            elif self._plural(noun) or self._e_plural(noun):  # "bådene", "fiskerne", "maskerne"
                stems: tuple[str, ...] = (noun, noun[:-1], noun + "e") if ending == plural else ()
            elif ending[:1] == "e":
                stems = () if ends_e else (noun, noun + noun[-1])
                if noun.endswith(_SYNCOPE_END) and noun[:-2] + noun[-1] + ending in common:
                    stems += (noun[:-2] + noun[-1],)  # "indkørsel": indkørslen, as everyday
            else:
                stems = (noun,) if ends_e else ()
            for stem in stems:
                form = stem + ending
                if form in common or self.is_word(form):
                    found.append((common.get(form, len(common)), form, article))
        if found:
            _rank, form, article = min(found)
            return form, article
        if plural and noun.endswith(self.plural_shapes) and noun in common:
            return noun + plural, self.definite_endings.get(plural, "")  # "knuder": knuderne
        return None

    def _e_plural(self, noun: str) -> bool:
        """True for the plural of a noun in e the lemma table does not list: one of
        plural_shapes less its e ("masker" of "maske", "knuder" of "knude"; "kælder" stays)."""
        for shape in self.plural_shapes:
            stem = noun[: 1 - len(shape)]
            if noun.endswith(shape) and stem.endswith(shape[:1]) and stem in self.nouns:
                return True
        return False

    def _genders(self, noun: str) -> frozenset[str]:
        """The genders ("c", "n") the noun table's ending classes give a noun ("kar": n; "bord",
        said both ways: c and n); empty for a noun it does not know."""
        classes = (self.nouns.get(noun) or "").split("|")
        return frozenset(_gender_of(c) for c in classes if c.rstrip("+")[-1:] in ("n", "t"))

    def _e_plural_of_count_noun(self, word: str) -> bool:
        """True for a count noun's plural in -e the lemma table gives ("havne" of havn, "bade"
        of bad), no adjective's definite form ("store", "hele")."""
        lemma = self.lemma_of.get(word, word)
        return word == lemma + "e" and (self.nouns.get(lemma) or "").endswith("+")

    def _agent_noun(self, noun: str) -> bool:
        """True for a noun the noun table lists that is also a verb's present tense ("måler",
        "bager"): the one who or the thing that does it, a singular, not a plural of the verb's
        noun ("målene" of "mål"); "trapper" (of the noun "trappe") is none."""
        lemma = self.lemma_of.get(noun, "")
        return noun == lemma + "r" and noun in self.nouns and self.infinitive(lemma)

    def _plural(self, noun: str) -> bool:
        """True for a plural: a word of plural_ends ("fiskere") or an inflected form no shorter
        than its lemma ("både" of "båd", "børn" of "barn"; "knap" of "knappe" is none)."""
        lemma = self.lemma_of.get(noun, noun)
        return noun.endswith(self.plural_ends) or (lemma != noun and len(noun) >= len(lemma))

    def _place_typed(self, lower: str) -> str | None:
        """The place name a capitalised word is typed without its æ, ø or å ("Kobenhavn",
        "Koege": København, Køge), else None: a person's name ("Soren") or a place typed as it
        is written ("Aarhus") stays as typed."""
        if not lower.isalpha() or fold(lower) != lower:
            return None
        name = self.proper.get(lower)  # "koege": the table holds the typing of the place
        if name is None:
            fixed = self.memo.get(lower) or self.memo.get_or(lower, self.word, lower)
            if fixed == lower or not (fold(fixed) == lower or _typed_plainly(lower, fixed)):
                return None
            name = self.proper.get(fixed)
        return name if name and fold(name.lower()) != name.lower() else None

    def _write_names(
        self, out: list[str], texts: list[str], joins: Sequence[tuple[int, int]] = ()
    ) -> None:
        """A name typed small right after a word for a person ("min søster birthe", "naboen
        else", a compound said apart: "demens koordinatoren tina") written with its capital,
        and so wherever it is said again in the utterance ("birthes billede"); a real word
        there stays ("min søster bor")."""
        names = self.person_names
        if names.keys().isdisjoint(out):
            return  # no word is a name (most utterances): one test in C
        joined = {i + n - 1: "".join(out[i : i + n]).lower() for i, n in joins}
        said: set[str] = set()
        for i in range(1, len(out)):
            text = out[i]
            if text not in names or text != texts[i]:
                continue
            if joined.get(i - 1, out[i - 1].lower()) in self.name_leads:
                said.add(names[text].lower())
        if not said:
            return
        for i, text in enumerate(out):
            name = names.get(text) if text == texts[i] else None
            if name and (name.lower() in said or name.lower().removesuffix("s") in said):
                out[i] = name

    def _on_the_way(self, lower: str, before: str) -> str | None:
        """The one word of travel a rare word after a lead of a way or place ("med busen", "hen
        til busen") is with a letter left out, when it is WAY_RARER times as common as every
        other context's word the rare word is near ("bussen", not "blusen"); None otherwise.
        Said on the way somewhere, a rare form a letter short of a common vehicle or place is a
        slip of it (a longer one is mostly a form of its own: "rejsekortets", "billen")."""
        if before not in self.way_leads:
            return None
        near = self.in_contexts.get(lower) or frozenset()
        ways = {w for w in near & self.travel if len(w) == len(lower) + 1}
        if len(ways) != 1:
            return None
        (best,) = ways
        common = self.common
        floor = WAY_RARER * (common[best] + 1)
        return best if all(common[w] >= floor for w in near - ways) else None

    def _owner_before(self, lowers: list[str], i: int) -> bool:
        """True when a possessive stands before i, maybe past a word of owned_kin_between
        ("min dater", "mine bedste venider")."""
        if i and lowers[i - 1] in self.possessives:
            return True
        between = i > 1 and lowers[i - 1] in self.owned_kin_between
        return between and lowers[i - 2] in self.possessives

    def _owned_kin(self, lower: str) -> str | None:
        """The person word (`name_leads`) a word after an owner is when typed with a double
        letter once or twice ("min dater", "mit baarnebarn") or a plain letter for æ, ø or å
        ("min soster"), and the person word is RARER times as common as the word typed (so "min
        mad" stays); else None. Made once per word (it may walk every person word)."""
        found = self.owned_kins.get(lower, MISSING)
        if found is MISSING:
            found = self.owned_kins.get_or(lower, self._owned_kin_of, lower)
        return found

    def _owned_kin_of(self, lower: str) -> str | None:
        if len(lower) < MIN_OWNED_KIN or lower in self.name_leads or not lower.isalpha():
            return None
        doubled = {lower[:k] + lower[k - 1 :] for k in range(1, len(lower) + 1)}
        found = (doubled | undoubled(lower) | plain_letter_forms(lower)) & self.name_leads
        if not found and not self.is_word(lower):  # "mine venider": a letter left out
            found = {k for k in self.name_leads if _one_letter_out(k, lower)}
        if len(found) != 1:
            return None
        kin = found.pop()
        said = self.common.get(lower)
        return kin if said is None or said >= RARER * (self.common.get(kin, said) + 1) else None

    def _read_plain(self, text: str) -> tuple[str, str | None]:
        """(the word said, lower case; its repair when no rule of fix_words but word() can
        change it, else None): a capitalised word and a word of `special` are read in context;
        so is any word after a period lead."""
        lower = _unclipped(nfc(text).lower())
        if lower in self.special or text[:1].isupper():
            return lower, None
        fixed = self.memo.get(lower) or self.memo.get_or(lower, self.word, lower)
        # "koebenhavn" restored is "københavn", a town: written with its capital
        return lower, self.proper.get(fixed) or _recase(text, fixed)

    def _period(self, lower: str) -> str | None:
        """The one period word an unknown word is a near-miss of ("månden", "maanden": måneden),
        after a word that leads a period; else None."""
        if len(lower) < MIN_PERIOD or not lower.isalpha() or self.is_word(lower):
            return None
        typed = fold(lower)
        hits = [p for p in self.periods if len(p) >= MIN_PERIOD and damerau1(typed, fold(p))]
        return hits[0] if len(hits) == 1 else None

    def _joins_at(self, outs: list[str], i: int, texts: list[str]) -> int:
        """How many tokens from i join into one known compound: 2 ("hjemme plejen"), 3 for an
        aid said in three parts ("strømpe på tager", "stor knap telefon") or any compound
        split at a double letter around a crumb of two ("hjem me plejen"), or 0. A two-letter
        part ("gå vogn", "læse tv") joins into an aid's name only, and not to a part that names
        it already ("el scooter")."""
        a, b = outs[i], outs[i + 1]
        if a in self.no_join or len(a) < MIN_SHORT:
            return 0
        if a in self.kin_subjects and b in self.verbs:
            return 0  # "mor ser sine veninder": the subject and its verb, no "morser"
        if len(b) >= MIN_SHORT and b not in self.no_join:
            into = self.join if min(len(a), len(b)) >= MIN_JOIN else self.loose_join
            known = into is self.loose_join and (a in into or b in into)  # "el scooter"
            if not known and self._known_join(a + b, into):
                return 2
            if self._linked_head(a, b):
                return 2  # "en høj barne stol": "barne" is no word, "barnestol" a noun
        if len(a) < MIN_JOIN or i + 2 >= len(outs) or _frozen(texts, i + 2):
            return 0
        c = outs[i + 2]
        if len(b) > MAX_MIDDLE or len(c) < MIN_JOIN or c in self.no_join or not b.isalpha():
            return 0
        # a crumb of two letters split off at a double letter ("hjem me plejen"): any compound
        # of the tables ("kryds og tværs" stays three words)
        crumb = len(b) < MIN_JOIN and b[:1] == a[-1:]
        into = self.join if crumb else self.loose_join
        return 3 if self._known_join(a + b + c, into) else 0

    def _linked_head(self, a: str, b: str) -> bool:
        """True when `a` is no word at all but a noun's first part with its linking letter
        ("barne", "olde") and `a` + `b` (any form of `b`) is a noun of the noun table
        ("barnestol", "barnestolen")."""
        if len(a) < MIN_JOIN or a[-1] not in _LINKS or not b.isalpha() or self.is_word(a):
            return False
        lemma = self.lemma_of.get(b, b)
        return a + lemma in self.nouns and self.is_word(b)

    def _particle_joins(self, outs: list[str], i: int, texts: list[str]) -> int:
        """How many words (2 or 3; 0 for none) a particle or prefix (particle_heads: "ind",
        "op", "el", "for") joins into one noun said apart: right after one of particle_leads,
        where a noun phrase begins ("ned ad ind kørslen", "i ind gangen", "på el cyklen"), and
        joined an everyday word, one of the tables or a compound of the noun table, with a
        linking s between ("en for middags kaffe"); "gå ind i stuen", "gå op ad trappen",
        "komme op" and "det er for sent" stay: no lead before, or no noun after."""
        if i == 0 or outs[i - 1] not in self.particle_leads or _frozen(texts, i + 1):
            return 0
        a, b = outs[i], outs[i + 1]
        if len(b) < MIN_JOIN or not b.isalpha() or b in self.no_join:
            return 0
        c = outs[i + 2] if i + 2 < len(outs) and not _frozen(texts, i + 2) else ""
        linked = b[-1] in _LINKS and c.isalpha() and c not in self.no_join
        if linked and self._noun_compound(a + b, c):
            return 3  # "for middags kaffe": before "formiddags" alone
        if a + b in self.common or self._known_join(a + b, self.join) or self._noun_compound(a, b):
            return 2
        return 0

    def _noun_compound(self, head: str, noun: str) -> bool:
        """True when `noun` (any form) is a noun of the noun table and `head` before its lemma
        makes another ("el" + "cyklen": elcykel)."""
        lemma = self.lemma_of.get(noun, noun)
        return lemma in self.nouns and head + lemma in self.nouns

    def _noun_joins(self, outs: list[str], i: int, texts: list[str], dialect: bool) -> bool:
        """True when a bare noun and a definite noun after it are one compound said apart,
        right after one of particle_leads, where a noun phrase begins ("ude på hunde internatet",
        "til foder spanden", "i æ vaske kælderen"), or anywhere in a sentence said in dialect,
        by a native speaker, not a learner who leaves out a preposition ("a ka hent foder
        spanden"; "jeg vil lave mad køkkenet" stays): the first a known noun ("hunde" of hund,
        its linking e), no word for a person ("til min søster huset"), adjective or period word
        ("på hele dagen", "om morgen maden")."""
        if i == 0 or _frozen(texts, i + 1):
            return False
        led = outs[i - 1] in self.particle_leads
        if not led and (not dialect or outs[i - 1] in self.period_leads):
            return False  # "a vil læs hver morgen avisen": a period, then the object
        a, b = outs[i], outs[i + 1]
        if len(a) < MIN_JOIN or len(b) < MIN_JOIN + 1 or not (a.isalpha() and b.isalpha()):
            return False
        if not texts[i].islower() or a in self.name_leads or a in self.person_names:
            return False
        if outs[i - 1] in self.subjects and self._present_form(a):
            return False  # "den holder geværet": a pronoun, its verb and the verb's object
        if a in self.no_join or b in self.no_join or a in self.proper or len(b) - 2 < MIN_JOIN:
            return False  # "til aarhus alene", "til slut uden at": no noun said apart
        if a in self.periods or a in self.tool_compound_adjectives:
            return False
            return False
        if self._weak_adjective(a) or (self._adjective(a) and not self._e_plural_of_count_noun(a)):
            return False  # "på hele dagen", "på høje stolen"; "havne" (as "havnet") joins
        if self.is_definite(a) or not self._bare_noun(a):
            return False
        if self.common.get(b, FUNCTION_RANK) < FUNCTION_RANK or b in self.name_leads:
            return False  # "mit blodtryk inden påske", "min blodprop lægen siger": no compound
        after = outs[i + 2] if i + 2 < len(outs) else ""
        if after in self.verbs and after not in self.particle_leads:
            return False  # "på den toiletstol kommunen har sat": the noun is a clause's subject
        if not self.is_definite(b) or not self.is_definite(a + b):
            return False
        joined = a + b
        if joined in self.common or self._known_join(joined, self.join):
            return True
        # a count noun bare in the singular is a phrase's own ("på tur skoven", "med rollator
        # turen"); a plural or linking form ("hunde") or a mass noun ("foder") begins a compound
        if self._plural(a) or not any(self._any_word(a + e) for e in self.count_plurals):
            return True
        return head_compound(self, outs, i, texts)  # "med kirke klokkerne": kirkeklokkerne

    def _bare_noun(self, word: str) -> bool:
        """True for a known word with a definite form, or an everyday noun of the noun table
        the dictionary lacks ("klit" of "ned ad klit stien")."""
        if self.definite(word) and self.is_word(word):
            return True
        return word in self.common and word in self.nouns

    def _noun_pair_joins(self, outs: list[str], i: int, texts: list[str]) -> bool:
        """True when two nouns side by side are one compound noun of nlp/nouns.json said apart
        ("med gummi måtte under tallerken", "ris papir", "bade måtten"), as a learner or the
        speech recognition splits it: the first a bare noun that is no word for a person, period,
        verb or function word, the second one in any form whose lemma joins it; "datter hoa",
        "ergoterapeut kommune" stay apart."""
        a, b = outs[i], outs[i + 1]
        if len(a) < MIN_JOIN or len(b) < MIN_JOIN or not (a.isalpha() and b.isalpha()):
            return False
        if not texts[i + 1].islower():
            return False  # "Ali Hassan": a name
        if not texts[i].islower() and i > 0 and texts[i - 1] not in _SENTENCE_ENDS:
            return False  # a name inside a sentence
        for w in (a, b):
            if w in self.no_join or w in self.name_leads or w in self.person_names:
                return False
            if w in self.periods:
                return False
        if a in self.verbs or a in self.bare_infinitives or a not in self.nouns:
            return False
        if self._adjective(a):
            return False  # "faste tider", "store kager": an adjective before its noun
        # an infinitive: "spille" of "spiller" (its stem and a present ending)
        ends = [e for e in self.present_endings if a.endswith(e[:1])]
        verb = any(self.lemma_of.get(a[:-1] + e) == a for e in ends)
        if verb and (i == 0 or outs[i - 1] not in self.tool_compound_leads):
            return False  # "spille kort": a verb and its object; "en bade måtte" joins
        # a definite form the lemma table lacks read by its noun ("tænde lejr bålet": bål)
        lemma = self.lemma_of.get(b)
        if lemma is None and self.common.get(b, FUNCTION_RANK) >= FUNCTION_RANK:
            lemma = head_lemma(self, b)  # "uden", "siden" are no nouns' forms
        lemma = lemma or b
        if lemma in self.nouns and a + lemma in self.nouns:
            return True
        # "for hoved retten": a definite the lemma table reads as a verb's ("rette") is its
        # noun's too ("ret": hovedret), when that compound is a noun of the table
        return self.is_definite(b) and any(a + stem in self.nouns for stem in self._stems(b))

    def _stems(self, definite: str) -> list[str]:
        """The bare forms a definite may be of, read without the lemma table ("retten": rett,
        ret; "klubben": klub)."""
        stems = []
        for ending in self.definite_endings:
            stem = definite[: -len(ending)]
            if definite.endswith(ending) and len(stem) >= MIN_JOIN:
                stems += [stem, stem[:-1]] if stem[-1] == stem[-2] else [stem]
        return stems

    def _tool_joins(self, outs: list[str], i: int) -> bool:
        """True when a word and a tool's name after it (tool_tails: "skammel") are one compound
        said apart ("en knae skammel", "med sådan en kaffe kop", "med den der vinkel gaffel"):
        the first a known word of MIN_JOIN letters right after a word of tool_compound_leads
        (where a noun phrase begins) or a definite lead (not then an adjective's definite form),
        and no adjective agreeing with the tool ("en god kniv": its neuter "godt" is a
        word, as "sorte" is of "sort"; or one of tool_compound_adjectives)."""
        a = outs[i]
        if i == 0 or len(a) < MIN_JOIN:
            return False
        lead = i - 1
        if i > 1 and self._adjective(outs[lead]):
            lead -= 1  # "en bred skulder rem", "nogle store dyne klemmer": an adjective between
        definite = self._definite_lead(outs, lead)
        if outs[lead] not in self.tool_compound_leads and not definite:
            return False
        if definite and outs[i + 1] in self.tool_verb_tails:
            return False  # "den bil holder ude foran": the verb after its subject
        if not a.isalpha() or a in self.tool_compound_adjectives or not self._any_word(a):
            return False
        if definite and self._weak_adjective(a):
            return False  # "den skarpe kniv", "den tykke gaffel": an adjective's definite form
        if a in self.noun_parts:
            return True  # "en mobil holder": the phone's holder, no holder that is mobile
        return not self._agrees(a) and not (lead == i - 1 and self._weak_adjective(a))

    def _agrees(self, a: str) -> bool:
        """True for a word with a neuter in -t ("god": godt) or that is one ("sort": sorte,
        "tykt": tyk). A word in -e takes no neuter -t: its form in -t is a noun's definite or a
        verb's participle ("hjertet", "stemmet"), no sign of an adjective; it agrees as the
        plural of an adjective in -t ("faste": fast, "flotte": flot), as one of run_adjectives
        ("egne"), or as the plural of an adjective whose neuter in -t the lemma table reads as
        that adjective ("lange": "langt" of lang, "tykke": "tykt" of tyk; "stemt" is the
        participle of the verb "stemme", no adjective's)."""
        if a.endswith("e"):
            if a in self.run_adjectives:
                return True  # "mine egne plader", "de andre": an adjective the noun table has
            stem = a[:-1]
            stem = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
            if stem.endswith("t") and self._any_word(stem):
                return True
            # "et par lange handsker": no "langehandsker"
            return self._any_word(stem + "t") and self.lemma_of.get(stem + "t") == stem
        if self._any_word(a + "t"):
            return True
        stem = a[:-1]
        return a.endswith("t") and (
            self._any_word(a + "e") or self._any_word(stem) and len(stem) >= MIN_JOIN
        )

    def _adjective(self, a: str) -> bool:
        """True for a word said as an adjective between a lead and a tool compound said apart
        ("en bred skulder rem", "nogle store dyne klemmer", "et godt skrive greb"): one of
        tool_compound_adjectives, a definite form ("store", "lette") or one that agrees
        (_agrees: "bred", "godt")."""
        if a in self.tool_compound_adjectives:
            return True
        if not a.isalpha() or len(a) < MIN_JOIN or a in self.noun_parts:
            return False  # "hold kaptajn": "holdt" is the verb's, no adjective's neuter
        return self._weak_adjective(a) or self._agrees(a)

    def _definite_lead(self, outs: list[str], k: int) -> bool:
        """True when the word at k opens a definite noun phrase: one of tool_definite_leads
        ("med den vinkel gaffel") or a pointer of tool_pointers after one ("den der")."""
        if outs[k] in self.tool_definite_leads:
            return True
        return outs[k] in self.tool_pointers and k > 0 and outs[k - 1] in self.tool_definite_leads

    def _weak_adjective(self, a: str) -> bool:
        """True when a word in -e is an adjective's definite form: its neuter in -t is a word
        ("skarpe": skarpt, "tykke": tykt, "sænkede": sænket). After a definite article that is
        an adjective, no compound's first part ("den der pigge bræt", "bade skammel" join)."""
        if not a.endswith("e") or len(a) < MIN_JOIN:
            return False
        stem = a[:-1]
        if stem[-1] == stem[-2]:
            stem = stem[:-1]  # "tykke": tyk
        neuters = (stem + "t", a[:-2] + "t") if a.endswith("ede") else (stem + "t",)
        return any(self._any_word(n) for n in neuters)

    def _any_word(self, lower: str) -> bool:
        """True for a word the tables or the everyday list know as written (not as a typing:
        "knæt" is no word, though "knaet" is knæet typed)."""
        return lower in self.common or lower in self.known

    def _known_join(self, joined: str, into: frozenset[str]) -> bool:
        """True when the joined parts (or their restored typing) are a word of `into`."""
        return joined in into or self.restore.get(fold(joined)) in into

    def _negation(self, out: list[str], texts: list[str], i: int) -> bool:
        """True when the "ik" at i negates: a finite verb before it (the subject and particles
        between) that opens no subordinate clause, a conjunction of negation_leads right before
        it ("og ik bare sidder"), or a verb or a word of before_negated right after it."""
        if i and out[i - 1].lower() in self.negation_leads:
            return True
        if self._between_modal_and_verb(out, texts, i):
            return True
        if self._tag_after_chain(out, texts, i):
            return False  # "… en morfar skal kunne ikk": the tag, said at the clause's end
        k = i - 1
        while k >= 0 and i - k <= MAX_GAP and out[k].lower() in self.verb_gap:
            k -= 1
        if k >= 0 and out[k].lower() in self.verbs and not self._subordinate(out, k):
            return True
        if self._main_clause_verb(out, i):
            return True
        raw = texts[i + 1].lower() if i + 1 < len(texts) else ""
        nxt = _unclipped(raw)
        if nxt != raw:
            nxt = self.contractions.get(nxt, nxt)
        verb = i and self._present_form(out[i - 1].lower()) and not self._subordinate(out, i - 1)
        if verb and nxt in self.after_present_negated:
            return True  # "det købte rugbrød smager ik af noget": the clause goes on after it
        if nxt not in self.verbs and nxt not in self.before_negated:
            return False
        # "mine ting ikk høre apparatet": the next word opens a definite compound said apart,
        # no verb ("ik høre radio" negates)
        tail = texts[i + 2].lower() if i + 2 < len(texts) else ""
        if len(tail) < MIN_JOIN or not self._known_join(nxt + tail, self.join):
            return True
        return not (self.is_definite(tail) or self.is_definite(nxt + tail))

    def _tag_after_chain(self, out: list[str], texts: list[str], i: int) -> bool:
        """True when the "ik" at i ends a clause after a modal and an infinitive of
        chain_tag_verbs ("det skal man kunne ikk og så …"): the negation would stand after the
        modal (nlp/chain_tag.py)."""
        nxt = texts[i + 1].lower() if i + 1 < len(texts) else ""
        leads = self.main_clause_leads | self.negation_leads | self.subjects
        if nxt and nxt.isalnum() and nxt not in leads:
            return False
        gap = self.verb_gap | self.subjects | frozenset(self.after_verb.values())
        chain = self.chain_tag_verbs.__contains__
        leads = self.chain_subject_leads | self.possessives
        return after_verb_chain(out, i, self.modals, gap, chain, leads=leads)

    def _between_modal_and_verb(self, out: list[str], texts: list[str], i: int) -> bool:
        """True when the "ik" at i stands right between a modal and an infinitive ("fordi min
        kone skal ik slæbe på mig"): the spoken tag never parts them, in any clause."""
        if not i or out[i - 1].lower() not in self.modals or i + 1 >= len(texts):
            return False
        nxt = self.word(texts[i + 1].lower()).lower()
        return is_infinitive(nxt, self.lemma_of, self._genders) or nxt in self._verb_lemmas

    @cached_property
    def _verb_lemmas(self) -> frozenset[str]:
        """The infinitives of the finite verbs of `verbs` ("har" → "have", "er" → "være")."""
        return frozenset(self.lemma_of[v] for v in self.verbs if v in self.lemma_of)

    def _present_form(self, word: str) -> bool:
        """True for a known word in a present-tense ending ("smager", "holder"), no pronoun."""
        return self._present_ending(word) and word not in self.subjects and self.is_word(word)

    def _present_ending(self, word: str) -> bool:
        """True for a word long enough to be a present-tense form and ending as one ("trykker")."""
        return len(word) >= MIN_PRESENT and word.endswith(self.present_endings)

    def _main_clause_verb(self, out: list[str], i: int) -> bool:
        """True when the word before the "ik" at i (particles between, no pronoun) is a verb
        right after a main clause's subject ("han naar ik frem", "så hun klarer jo ik"): a
        pronoun of subjects at the start, after punctuation or after a conjunction that opens
        no subordinate clause. An object between ("jeg elsker det ik") keeps the tag."""
        k = i - 1
        while k >= 0 and i - k <= MAX_GAP and out[k].lower() in self.verb_gap - self.subjects:
            k -= 1
        if k < 1 or not out[k].isalpha() or out[k - 1].lower() not in self.subjects:
            return False
        if out[k].lower() in self.subjects:
            return False
        before = out[k - 2].lower() if k > 1 else ""
        if before in self.subordinate_leads:
            return False
        return not before or not before.isalnum() or before in self.main_clause_leads

    def _subordinate(self, out: list[str], k: int) -> bool:
        """True when the finite verb at k ends the opening of a subordinate clause: one of
        subordinate_leads and its subject (a pronoun or a name) right before it ("hvordan hun
        har", "når Maja er"), or one of subordinate_noun_leads with its noun before the subject
        ("hvilken dag det er"); such a clause says its negation before the verb."""
        if k < 2:
            return False
        if out[k].lower() in self.modals and any(
            out[j].lower() in self.main_order_leads for j in (k - 2, k - 3) if j >= 0
        ):
            return False  # "fordi min kone vil ik": spoken main-clause order, the modal negated
        if self._owned_subject_after_lead(out, k):
            return True
        subject = out[k - 1]
        if subject.lower() not in self.subjects and not subject[:1].isupper():
            return False
        if k + 1 < len(out) and out[k + 1].lower() in self.inverted_subjects:
            return False  # "fordi det kan jeg ik": the object fronted, main-clause order
        if out[k - 2].lower() in self.relative_leads:
            return True  # "det er der jeg sidder ik": a relative clause after a cleft's pointer
        if out[k - 2].lower() in self.subordinate_leads:
            return True
        return k >= 3 and out[k - 3].lower() in self.subordinate_noun_leads  # "hvilken dag det er"

    def _owned_subject_after_lead(self, out: list[str], k: int) -> bool:
        """True when the verb at k follows an owned noun as its subject ("mine venner") and a
        word of the clause stands before that subject ("det er der mine venner er ikk"): the
        verb is not second, so the clause is subordinate. At a clause's start or after a
        conjunction of main_clause_leads ("og min kone er ik hjemme") it is a main clause."""
        if k < 3 or out[k - 2].lower() not in self.possessives:
            return False
        before = out[k - 3].lower()
        if not before.isalpha() or before in self.verbs or before in self.possessives:
            return False
        return before not in self.main_clause_leads and before not in self.negation_leads

    def _speaker(self, out: list[str], texts: list[str], i: int, dialect: bool = False) -> bool:
        """True when a dialect pronoun at i ("a") is the speaker: a finite verb or a dialect
        negation right after it ("a vil", "a ka", "når a trykker", "så a ett ska") and no noun
        before it ("plan a", "vitamin a": a letter) unless the sentence is said in dialect
        ("æ …", "ett"; "længer a ka"), or a finite verb before it and a subject's company after
        it ("ka a int nå", "har a det godt")."""
        nxt = self._spoken(texts[i + 1]) if i + 1 < len(texts) else ""
        before = out[i - 1].lower() if i > 0 else ""
        if texts[i].lower() in self.pronoun_yes and not self._yes_speaker(texts, i, dialect):
            return False  # "ja kan jeg godt", "ja tak": the yes
        lead = not before or not before.isalnum() or before in self.no_join | self.pronoun_leads
        present = self._present_ending(nxt)
        # a pronoun that is also the article ("æ"): only a listed verb, never a noun in -er
        # ("æ ka", not "i æ vinter", "æ søster")
        article = texts[i].lower() in self.dialect_articles
        finite = nxt in self.verbs or (present and not article and self.is_word(nxt))
        # … or a present tense that is no noun ("æ glemmer", "æ savner"; not "æ fisker")
        finite = finite or (article and plain_present(nxt, self.lemma_of, self.nouns))
        if not finite and nxt in self.speaker_adverbs and i + 2 < len(texts):
            # "så a it ska ind", "ligesom a altid har gjort": a subordinate clause's adverb
            # stands between the subject and its finite verb
            later = self._spoken(texts[i + 2])
            finite = later in self.verbs or (
                not article and self._present_ending(later) and self.is_word(later)
            )
        if lead and (finite or nxt in self.after_verb.values()):
            return True
        if dialect and finite and texts[i].islower() and not before[:1].isdigit():
            return True  # "… fødder længer a ka ett nå": the speaker again in a dialect sentence
        # "så møder ja folk": in a dialect sentence any present tense may be the fronted verb
        fronted = dialect and self._present_ending(before) and self.is_word(before)
        if (before in self.verbs or fronted) and i > 1:
            # "nu står a med vaskemaskinen": the subject right after the verb a clause opens with
            first = out[i - 2].lower()
            lead = i == 2 or not out[i - 3].isalnum() or out[i - 3].lower() in self.pronoun_leads
            # "… te en hel dag nu ska a lig mæ": a run-on clause, said in dialect
            if first in self.inversion_leads and (lead or dialect) and not article:
                return True
        company = (self.verb_gap, self.before_negated, self.after_verb, self.speaker_next)
        if dialect or self._plain_negation(texts, i + 1):
            company = (*company, self.plain_negations)  # "vil a it ha op": a negation after it
        if article and before in self.verbs and nxt in self.bare_infinitives:
            return True  # "nu ska æ stop": the subject before its bare infinitive
        # "så tør æ itte stå": the negation said in a dialect is read as "ikke" already
        negation = nxt in self.after_verb.values()
        return before in self.verbs and (negation or any(nxt in words for words in company))

    def _plain_negation(self, texts: list[str], i: int) -> bool:
        """True for a dialect negation that is no article ("it"), said small, at i with a verb
        right after it ("a ka it komme", "han vil it ha hjælp") or ending its clause ("han vil
        it") after no modal of skill_modals: the negation in any sentence after a modal
        (`_negated`), never the English word nor "IT" ("mit barnebarn kan it, og …")."""
        if texts[i] not in self.plain_negations:
            return False
        said = texts[i + 1].lower() if i + 1 < len(texts) else ""
        # a present tense after it is the next clause's verb ("min søn som kan it kommer"): a
        # negation after a modal is followed by an infinitive
        ends = not said.isalnum() or said in self.main_clause_leads
        if ends or plain_present(said, self.lemma_of, self.nouns):
            # "men min bror han vil it", "han ka it og så …": the clause ends; "min søn kan it
            # og …" is the skill (the clipped "ka" is said, so the speech of a dialect)
            return self._modal_before(texts, i) not in self.skill_modals
        for nxt in {said, self._spoken(said)}:  # "ha", "have"
            if nxt in self.bare_infinitives or nxt in self.before_negated or nxt in self.verbs:
                return True
        return is_infinitive(self._spoken(said), self.lemma_of, self._genders)

    def _yes_named(self, texts: list[str], i: int) -> bool:
        """True when the "ja" at i is the word yes a clause is about: one of yes_copulas after
        it and then a definite noun ("hvis ja er svaret", "at ja er ordet") or one of
        said_participles ("når ja bliver sagt"); "at ja er træt" is the speaker."""
        verb, said = (texts[k].lower() if k < len(texts) else "" for k in (i + 1, i + 2))
        if verb not in self.yes_copulas:
            return False
        lemma = self.lemma_of.get(said) or ""
        definite = lemma in self.nouns and said in {lemma + "et", lemma + "en", lemma + "ene"}
        return definite or said in self.said_participles

    def _modal_before(self, texts: list[str], i: int) -> str:
        """The word before word i, or the one before that when a subject stands between ("kan
        han it"): where the modal of a negation at i stands."""
        before = texts[i - 1].lower() if i else ""
        if before in self.subjects and i > 1:
            return texts[i - 2].lower()
        return before

    def _yes_speaker(self, texts: list[str], i: int, dialect: bool) -> bool:
        """True when a dialect pronoun that is also the yes ("ja") may be the speaker: said in
        a sentence said in dialect ("ja ka ente gå", "ded bedste ja ved") or after one
        of yes_speaker_leads ("at ja ka gå", "når ja fortæller"), and no
        subject of the verb after it right after that verb ("ja kan jeg godt", "ja er der
        nogen": the yes before a clause in verb-first order)."""
        before = texts[i - 1].lower() if i else ""
        if not (dialect or before in self.yes_speaker_leads):
            return False  # "ja kan du komme": the yes, said in standard Danish
        if not dialect and self._yes_named(texts, i):
            return False  # "hvis ja er svaret": the word yes, what the clause is about
        after = texts[i + 2].lower() if i + 2 < len(texts) else ""
        return after not in self.inverted_after_yes

    def _slot(self, lowers: list[str], i: int) -> str | None:
        """The one slot verb the word at i is a slip of, when it stands in a verb's place: at
        the start or after one of slot_leads ("og", "at", "gerne"), with an object or particle
        of slot_objects after it ("fole mit tøj og læge det på plads": folde, lægge). A word
        the tables know is read so only when it is a word for a person ("læge"); a verb of its
        own ("lugte", "stikke", "lavet") stays."""
        before = lowers[i - 1] if i > 0 else ""
        if before and before.isalpha() and before not in self.slot_leads:
            return None
        if i + 1 >= len(lowers) or lowers[i + 1] not in self.slot_objects:
            return None
        if i + 2 < len(lowers) and lowers[i + 2] in self.verbs:
            return None  # "min mand og læge det ved jeg ikke": "det" opens a clause of its own
        lower = lowers[i]
        if self.memo.get_or(lower, self.word, lower) != lower:
            return None  # a word repaired otherwise ("maale": måle, typed without å)
        if (self.is_word(lower) or lower in self.common) and lower not in self.name_leads:
            return None  # a real word, unless a word for a person, who is never done to "det"
        verbs = self.slot_slips[lower]
        return next(iter(verbs)) if len(verbs) == 1 else None

    def _subject_beside(self, lowers: list[str], i: int) -> bool:
        """True when word i is where a main clause's finite verb stands: right after a subject
        of verb_slip_subjects ("jeg sider og kigger", "der sider en mand") or an owned noun
        ("min far sider"), or before one at a clause's start ("nu sider jeg ved vinduet");
        "de sider" may be pages, and a subject after a finite verb is inverted ("har vi læger
        nok", "er der sider"): the verb was before it."""
        if i and lowers[i - 1] in self.verb_slip_subjects:
            return i < 2 or lowers[i - 2] not in self.verbs
        if i > 1 and lowers[i - 2] in self.possessives and lowers[i - 1].isalpha():
            return True  # an owned noun as the subject: "min mor sider og strikker"
        nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
        if nxt not in self.verb_slip_subjects:
            return False
        before = lowers[i - 1] if i else ""
        return not before.isalnum() or before in self.main_clause_leads

    def _after_modal(self, out: list[str], i: int) -> bool:
        """True when a modal verb stands before word i, maybe with words of modal_gap between
        ("a vil gjan ud og fisk", "a ka int kom op")."""
        return self._before_gap(out, i) in self.modals

    def _verb_place(self, out: list[str], i: int, depth: int = 0) -> bool:
        """True when a modal verb or the infinitive mark stands before word i, maybe with words
        of modal_gap between ("jeg kan ikke roere", "at roere dejen"): an infinitive's place;
        so is one joined by a word of verb_joins to a verb in such a place ("vil hugge og
        kløve brænde")."""
        before = self._before_gap(out, i)
        if before in self.modals or (before != "" and before == self.marked_infinitive):
            return True
        joined = i >= 2 and out[i - 1].lower() in self.verb_joins
        return joined and depth < _VERB_CHAIN and self._verb_place(out, i - 2, depth + 1)

    def _present_word(self, word: str) -> bool:
        """True for a word in -e whose "-r" form is a word too ("kløve", "kløver"): a verb read
        by its place when the lemma table does not know it."""
        return word.endswith("e") and self.is_word(word + "r")

    def _before_gap(self, out: list[str], i: int) -> str:
        """The lower-case word before word i and the words of modal_gap just before it, "" for
        none."""
        k = i - 1
        while k >= 0 and i - k <= MAX_MODAL_GAP and out[k].lower() in self.modal_gap:
            k -= 1
        return out[k].lower() if k >= 0 else ""

    def _spoken(self, text: str) -> str:
        """The lower-case word said, with a short spoken form read ("ka" → "kan")."""
        lower = _unclipped(nfc(text).lower())
        return self.contractions.get(lower) or self.typos.get(lower) or lower


def edits1(word: str, letters: str) -> set[str]:
    """Every form of word one edit away: a letter left out, put in, replaced or two swapped."""
    out = slips(word, letters)
    out |= {word[:i] + c + word[i + 1 :] for i in range(len(word)) for c in letters}
    out |= {c + word for c in letters} | {word[1:]}
    out.discard(word)
    return out


def _schwa_forms(lower: str) -> set[str]:
    """Every form of a word with an e put back after a consonant before its last n, l, r or
    "nen" ("morgn" → "morgen", "morgnen" → "morgenen"), in a long word also before its last t
    ("stoppestedt" → "stoppestedet"), and before a plural's "ne" ("fiskne" → "fiskene")."""
    ends = _SCHWA_ENDS + _SCHWA_LONG_ENDS if len(lower) >= MIN_UNDOUBLED else _SCHWA_ENDS
    if lower.endswith(_SCHWA_PLURAL) and lower[-3:-2] != "r":
        ends += (_SCHWA_PLURAL,)  # "-rne" is the written plural ("salmerne"), no slip
    return {
        lower[:i] + "e" + lower[i:]
        for i in range(2, len(lower))
        if lower[i:] in ends and fold(lower[i - 1])[0] not in _VOWELS
    }


def plain_letter_forms(typed: str) -> set[str]:
    """Every form of a typed word with one of its plain letters read as the æ, ø or å it may
    stand for ("fro" → "frø", "sar" → "sår"); see _PLAIN_FOR."""
    out = set()
    for letter, plain in _PLAIN_FOR.items():
        if len(plain) == 1:
            out |= {typed[:i] + letter + typed[i + 1 :] for i, c in enumerate(typed) if c == plain}
    return out


def vowel_letter_forms(typed: str) -> set[str]:
    """Every form of a typed word with one of its plain vowels read as the æ, ø or å it may
    stand for, æ typed as a too ("fardig" → "færdig", "abner" → "åbner")."""
    out = plain_letter_forms(typed)
    return out | {typed[:i] + "æ" + typed[i + 1 :] for i, c in enumerate(typed) if c == "a"}


def _one_restored(
    typed: str, forms: Callable[[str], set[str]], known: Container[str]
) -> str | None:
    """The one known word `typed` is with one of its letters read as `forms` restores it, or
    else with two ("bornebornene": børnebørnene), else None (none, or more than one)."""
    once = forms(typed)
    found = {w for w in once if w in known}
    if not found:
        found = {w for form in once for w in forms(form) if w in known}
    return next(iter(found)) if len(found) == 1 else None


def _typed_plainly(typed: str, word: str) -> bool:
    """Whether typed is word with a double letter typed once or with plain letters for some of
    its æ, ø, å ("korestolen", "oldebornene"): the slips a keyboard without them makes."""
    if typed in undoubled(word) | undoubled(fold(word)):
        return True
    pairs = list(zip(typed, word, strict=False))
    return len(typed) == len(word) and all(
        t == w or (w in _PLAIN_FOR and t in _PLAIN_FOR[w]) for t, w in pairs
    )


def plain_compound(
    lower: str, restore: dict[str, str], plain, endings: tuple[str, ...] = ()
) -> str | None:
    """The compound an unknown word is when typed with one plain letter for the ø or å of a
    part ("indkob" + "s" + "sedlen": indkøbssedlen, "fodsels" + "dags" + "kort"), else None: a
    part of at least MIN_PLAIN_PART letters `restore` holds so (its linking letter kept:
    "smore" + "kniv", "rulle" + "polse") and a part of at least MIN_PART letters `plain` (a known
    word with no typing of æ, ø, å) or restorable.
    The dictionary's own words of this shape ("andefugl", "forhandlingen") are guarded by the
    build (spelling.json `compound_guard`); a part shorter than MIN_NEAR is restored only where
    the word is no two plain words ("kaste" + "rollen" stays, no "kaster" + "øllen")."""
    if not lower.isascii() or any(pair in lower for pair in _TYPED):
        return None  # typed with ae, oe or aa: Speller._compound's
    two_plain = None  # whether the word is two plain words: asked for a short part only
    for k in range(len(lower) - MIN_PART, MIN_PLAIN_PART - 1, -1):
        part, tail = lower[:k], lower[k:]
        core = part[:-1] if part[-1] in _LINKS and part not in restore else part
        head = restored_head(part, restore) if len(core) >= MIN_PLAIN_PART else None
        rest = restore.get(tail) or (tail if plain(tail) else None)
        if head and rest and head != part:
            if len(core) < MIN_NEAR and (two_plain := _two_plain(lower, plain, two_plain)):
                continue
            return head + rest
    for k in range(MIN_PART, len(lower) - MIN_PLAIN_PART + 1):
        head, tail = lower[:k], lower[k:]
        linked = plain(head) or (head[-1] in _LINKS and plain(head[:-1]))
        if linked and (rest := restore.get(tail) or _restored_ending(tail, restore, endings)):
            if len(tail) < MIN_NEAR and (two_plain := _two_plain(lower, plain, two_plain)):
                continue
            return head + rest
    return None


def _restored_ending(tail: str, restore: dict[str, str], endings: tuple[str, ...]) -> str | None:
    """A compound's last part restored by its stem, a noun's ending after it kept
    ("korestolen": "kørestol" + "en"; `endings` of spelling.yaml), else None."""
    for end in endings:
        stem = tail[: -len(end)]
        if tail.endswith(end) and len(stem) >= MIN_NEAR and (found := restore.get(stem)):
            return found + end
    return None


def _two_plain(lower: str, plain, known: bool | None) -> bool:
    """Whether a word is two plain words joined ("kaste" + "rollen"); `known`: the answer found
    before, when there is one."""
    if known is not None:
        return known
    return any(plain(lower[:k]) and plain(lower[k:]) for k in range(MIN_PART, len(lower) - 2))


def restored_head(part: str, restore: dict[str, str]) -> str | None:
    """The restored first part of a compound, its linking letter kept, or None; never a word
    whose æ or ø and the e after it were typed as one ("praet" for "præet": the "-et" of a
    definite form heads no compound, "praetsen" is no "præet" + "sen")."""
    if found := restore.get(part + "-"):
        return found.rstrip("-")
    if (found := restore.get(part)) and not merged_e(part, found):
        return found
    if part[-1:] in _LINKS and (found := restore.get(part[:-1])) and not merged_e(part[:-1], found):
        return found + part[-1]
    return None


def merged_e(typed: str, word: str) -> bool:
    """True when `typed` is `word`'s typing with the e after its æ or ø typed into the ae or
    oe ("knaet" for "knæet"; spelling_build.merged_e_table)."""
    folded = fold(word)
    return folded != typed and folded.replace("aee", "ae").replace("oee", "oe") == typed


def _unclipped(lower: str) -> str:
    """A spoken short form without its apostrophe ("ka'" → "ka"); other words as they are."""
    return lower.rstrip("'’") if len(lower) > 2 and lower[-1] in "'’" else lower


def glued_parts(lower: str, glue: frozenset[str], is_word) -> tuple[str, str] | None:
    """The two words an unknown word was glued from, or None (see Speller.unglue)."""
    if len(lower) < MIN_GLUED or not lower.isalpha() or is_word(lower):
        return None
    for k in range(2, len(lower) - 1):
        left, right = lower[:k], lower[k:]
        if (left in glue and len(right) >= MIN_JOIN and is_word(right)) or (
            right in glue and len(left) >= MIN_JOIN and is_word(left)
        ):
            return left, right
    return None


def _frozen(texts: list[str], i: int) -> bool:
    """A name: a capitalised word that does not begin a sentence."""
    text = texts[i]
    return text[:1].isupper() and i > 0 and texts[i - 1] not in _SENTENCE_END


def _gender_of(ending: str) -> str:
    """The gender a definite ending or a noun table's ending class says: n for one in t
    ("et", "et+"), else c ("en", "n+")."""
    return "n" if ending.rstrip("+").endswith("t") else "c"


def _recase(original: str, fixed: str) -> str:
    if fixed == original.lower():
        return original
    if len(original) > 1 and original.isupper():
        return fixed.upper()
    return fixed[:1].upper() + fixed[1:] if original[:1].isupper() else fixed


class SpellingStep:
    """spaCy component: joins split compounds and stores restored texts on doc._.hm_spelling."""

    def __init__(self, speller: Speller):
        self.speller = speller

    def repair(self, said: list[str], spaces: list[bool]) -> tuple[list[str], list[str]]:
        """(restored texts, texts as typed) of one utterance's tokens; `spaces`: whether a space
        follows each token (a joined compound keeps it: "hånd klæde")."""
        texts, said, _glued, _joins = self._repair(said, spaces)
        return texts, said

    def clipped_at(self, said: list[str], spaces: list[bool]) -> list[int]:
        """Where an apostrophe the tokenizer split off a spoken short form follows it ("ikk'",
        "ska'": "ikk", "'"): the apostrophe's index, the form one of the speller's short
        spoken words (contractions, after_verb, typos)."""
        sp = self.speller
        return [
            i
            for i in range(1, len(said))
            if said[i] in _APOSTROPHES and not spaces[i - 1] and said[i - 1].lower() in sp.clipped
        ]

    def _repair(self, said: list[str], spaces: list[bool]):
        """repair(), with where words were split (index, parts) and joined (indices)."""
        if clipped := self.clipped_at(said, spaces):  # "ikk'" said as one word
            said, spaces = list(said), list(spaces)
            for i in reversed(clipped):
                said[i - 1 : i + 1] = [said[i - 1] + said[i]]
                spaces[i - 1 : i + 1] = [spaces[i]]
        unglue, seen = self.speller.unglue, self.speller.unglued
        glued = []
        for i, text in enumerate(said):
            lower = text.lower()
            parts = seen.get(lower, MISSING)  # unglue's memo, read here: the hot path
            if parts is MISSING:
                parts = unglue(lower)
            if parts:
                glued.append((i, parts))
        if glued:  # "kunnevaske": two tokens, as if the space had been heard
            said, spaces = list(said), list(spaces)
            for i, (left, _right) in reversed(glued):
                text = said[i]
                said[i : i + 1] = [text[: len(left)], text[len(left) :]]
                spaces[i : i + 1] = [False, spaces[i]]
        texts, joins = self.speller.fix_words(said)
        if joins:
            said = list(said)
            for i, n in reversed(joins):
                parts = range(i, i + n)
                said[i : i + n] = ["".join(said[k] + (" " if spaces[k] else "") for k in parts)]
                said[i] = said[i][: len(said[i]) - (1 if spaces[i + n - 1] else 0)]
                joined = texts[i] + "".join(texts[k].lower() for k in parts[1:])
                texts[i : i + n] = [_recase(joined, self.speller.word(joined.lower()))]
        return texts, said, glued, joins

    def __call__(self, doc: Doc) -> Doc:
        said = [t.text for t in doc]
        if clipped := self.clipped_at(said, [bool(t.whitespace_) for t in doc]):
            with doc.retokenize() as retok:
                for i in clipped:
                    retok.merge(doc[i - 1 : i + 1])  # "ikk'": one word, as _repair reads it
            said = [t.text for t in doc]
        texts, typed, glued, joins = self._repair(said, [bool(t.whitespace_) for t in doc])
        if glued:
            with doc.retokenize() as retok:
                for i, (left, _right) in glued:
                    token = doc[i]
                    orths = [token.text[: len(left)], token.text[len(left) :]]
                    retok.split(token, orths, heads=[(token, 1), token])
        if joins:
            with doc.retokenize() as retok:
                for i, n in joins:
                    retok.merge(doc[i : i + n])
        doc._.hm_spelling = texts
        doc._.hm_said = typed
        return doc


def _one_letter_out(word: str, typed: str) -> bool:
    """True when `typed` is `word` with one letter inside it left out ("venider": "veninder");
    its first and last letters as typed."""
    if len(word) != len(typed) + 1 or word[:1] != typed[:1] or word[-1:] != typed[-1:]:
        return False
    return any(word[:k] + word[k + 1 :] == typed for k in range(1, len(word) - 1))


def load_speller(
    folder: Path,
    lang: str,
    known: Iterable[str],
    no_join: Iterable[str] = (),
    periods: Iterable[str] = (),
    period_leads: Iterable[str] = (),
    loose_join: Iterable[str] = (),
    tool_tails: Iterable[str] = (),
    contexts: Iterable[Iterable[str]] = (),
    travel: Iterable[str] = (),
    name_leads: Iterable[str] = (),
    lemmas: dict[str, str] | None = None,
    counts: dict[str, float] | None = None,
    infinitive: Callable[[str], bool] | None = None,
) -> Speller | None:
    """Read nlp/spelling.json and nlp/spelling.yaml; None when the table is not shipped.

    `known` words are never changed; `no_join` words never join a neighbour into a compound;
    after one of `period_leads` an unknown word one edit from one of `periods` is that period.
    `loose_join` words (aids' names) join from a two-letter part or from three parts too.
    `tool_tails` (tools' names) join a known word before them said where a noun phrase begins.
    `contexts`: groups of words said together (an activity's cues); a rare word beside one of a
    group is read as the group's word it is one slip from; `travel`: the group of getting
    places, whose word a rare word after one of spelling.yaml's `way_leads` is read as;
    `name_leads`: words for a person, after which a name typed small gets its capital;
    `lemmas`: form → lemma, an inflected noun after a dialect article takes the plural's form;
    `counts`: number word → value, a dialect "gång" after one above one is "gange";
    `infinitive`: True for a verb's infinitive, before which "å" is "og" ("å få en øl").
    """
    table_path = folder / "spelling.json"
    if not table_path.exists():
        return None
    problems = Problems()
    try:
        table = json.loads(table_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        problems.add(table_path, f"cannot be read: {exc}")
        table = {}
    if table and table.get("language") != lang:
        problems.add(table_path, f'must have "language": "{lang}"')
    extra = read_yaml(folder / "spelling.yaml", lang, problems)
    problems.raise_if_any()
    lower = lambda items: {nfc(str(w)).lower() for w in items or ()}  # noqa: E731
    domain = frozenset(table.get("domain") or ())
    restore = dict(table.get("restore") or {})
    join = frozenset(table.get("join") or ())
    guarded = lower(extra.get("guard")) | lower(extra.get("names")) | lower(table.get("guard"))
    guarded |= lower(table.get("unglue_guard")) | lower(table.get("compound_guard"))
    variants = _lower_mapping(extra, "variants")
    # A real word's typing in the built guard ("saette" for "sætte") is still restored; only the
    # words spelling.yaml guards or names are never changed.
    kept_as_typed = lower(extra.get("guard")) | lower(extra.get("names"))
    common = common_ranks(folder / "common_words.txt")
    return Speller(
        restore={k: v for k, v in restore.items() if k not in kept_as_typed},
        domain=domain,
        known=frozenset(set(known) | set(restore.values()) | domain | guarded),
        join=join,
        variants=variants,
        names=frozenset(table.get("names") or ()) | lower(extra.get("names")),
        proper=dict(table.get("places") or {})
        | {nfc(str(n)).lower(): nfc(str(n)) for n in extra.get("proper_names") or ()},
        proper_phrases={
            tuple(nfc(str(n)).lower().split()): tuple(nfc(str(n)).split())
            for n in extra.get("proper_phrases") or ()
        },
        no_join=frozenset(no_join),
        loose_join=frozenset(w for w in loose_join if w.isalpha()) & join,
        aids=frozenset(w for w in loose_join if w.isalpha()),
        tool_tails=frozenset(tool_tails),
        tool_compound_leads=lower(extra.get("tool_compound_leads")),
        run_leads=lower(extra.get("run_leads")),
        run_lead_genders=_lower_mapping(extra, "run_lead_genders"),
        run_plural_leads=lower(extra.get("run_plural_leads")),
        run_measures=lower(extra.get("run_measures")),
        run_not_parts=lower(extra.get("run_not_parts")),
        run_adjectives=lower(extra.get("run_adjectives")),
        run_not_after=lower(extra.get("run_not_after")),
        voiced_pairs=_lower_mapping(extra, "voiced_pairs"),
        tool_compound_adjectives=lower(extra.get("tool_compound_adjectives")),
        noun_parts=lower(extra.get("noun_parts")),
        tool_definite_leads=lower(extra.get("tool_definite_leads")),
        tool_verb_tails=lower(extra.get("tool_verb_tails")),
        tool_pointers=lower(extra.get("tool_pointers")),
        particle_heads=lower(extra.get("particle_heads")),
        verb_particles=lower(extra.get("verb_particles")),
        particle_leads=lower(extra.get("particle_leads")),
        possessives=lower(extra.get("possessives")),
        owned_kin_between=lower(extra.get("owned_kin_between")),
        glue=lower(extra.get("glue")),
        after_possessive=_lower_mapping(extra, "after_possessive"),
        state_objects=lower(extra.get("state_objects")),
        after_object=_lower_mapping(extra, "after_object"),
        typos=_lower_mapping(extra, "typos"),
        old_spellings=_lower_mapping(extra, "old_spellings"),
        neighbour_words=_lower_mapping(extra, "neighbour_words"),
        foreign_function_words=lower(extra.get("foreign_function_words")),
        verbs=lower(extra.get("verbs")),
        after_verb=_lower_mapping(extra, "after_verb"),
        verb_gap=lower(extra.get("verb_gap")),
        before_negated=lower(extra.get("before_negated")),
        after_present_negated=lower(extra.get("after_present_negated")),
        contractions=_lower_mapping(extra, "contractions"),
        dialect_pronouns=_lower_mapping(extra, "dialect_pronouns"),
        pronoun_yes=lower(extra.get("pronoun_yes")),
        inverted_after_yes=lower(extra.get("inverted_after_yes")),
        yes_speaker_leads=lower(extra.get("yes_speaker_leads")),
        yes_copulas=lower(extra.get("yes_copulas")),
        said_participles=lower(extra.get("said_participles")),
        present_endings=tuple(sorted(lower(extra.get("present_endings")))),
        pronoun_leads=lower(extra.get("pronoun_leads")),
        inversion_leads=lower(extra.get("inversion_leads")),
        speaker_next=lower(extra.get("speaker_next")),
        speaker_adverbs=lower(extra.get("speaker_adverbs")),
        bare_infinitives=_lower_mapping(extra, "bare_infinitives"),
        modals=lower(extra.get("modals")),
        modal_gap=lower(extra.get("modal_gap")),
        verb_joins=lower(extra.get("verb_joins")),
        periods=frozenset(periods),
        period_leads=frozenset(period_leads),
        common=common,
        slip_guard=frozenset(table.get("slip_guard") or ()),
        letters="".join(sorted(set("".join(common)))),
        vocab=frozenset(set(known) | domain | set(restore.values()) | kept_as_typed),
        contexts=tuple(frozenset(g) for g in contexts),
        travel=frozenset(travel),
        way_leads=lower(extra.get("way_leads")),
        subjects=lower(extra.get("subjects")),
        kin_subjects=lower(extra.get("kin_subjects")),
        before_subject=_lower_mapping(extra, "before_subject"),
        after_modal=_lower_mapping(extra, "after_modal"),
        negation_leads=lower(extra.get("negation_leads")),
        main_clause_leads=lower(extra.get("main_clause_leads")),
        subordinate_leads=lower(extra.get("subordinate_leads")),
        subordinate_noun_leads=lower(extra.get("subordinate_noun_leads")),
        relative_leads=lower(extra.get("relative_leads")),
        inverted_subjects=lower(extra.get("inverted_subjects")),
        chain_tag_verbs=lower(extra.get("chain_tag_verbs")),
        chain_subject_leads=lower(extra.get("chain_subject_leads")),
        main_order_leads=lower(extra.get("main_order_leads")),
        dialect_words=_lower_mapping(extra, "dialect_words"),
        dialect_kept_after=lower(extra.get("dialect_kept_after")),
        dialect_objects=_lower_mapping(extra, "dialect_objects"),
        object_next=lower(extra.get("object_next")),
        object_leads=lower(extra.get("object_leads")),
        object_verbs=lower(extra.get("object_verbs")),
        object_verb_not_before=lower(extra.get("object_verb_not_before")),
        dialect_prepositions=_lower_mapping(extra, "dialect_prepositions"),
        preposition_next=lower(extra.get("preposition_next")),
        preposition_kept_after=lower(extra.get("preposition_kept_after")),
        dialect_articles=lower(extra.get("dialect_articles")),
        dialect_markers=lower(extra.get("dialect_markers")),
        dialect_possessives=_lower_mapping(extra, "dialect_possessives"),
        dialect_reflexives=_lower_mapping(extra, "dialect_reflexives"),
        reflexive_next=lower(extra.get("reflexive_next")),
        dialect_negations=_lower_mapping(extra, "dialect_negations"),
        dialect_negation_leads=lower(extra.get("dialect_negation_leads")),
        plain_negations=lower(extra.get("plain_negations")),
        skill_modals=lower(extra.get("skill_modals")),
        skill_verbs=_lower_mapping(extra, "skill_verbs"),
        concessive_slips=_lower_mapping(extra, "concessive_slips"),
        dialect_periods=_lower_mapping(extra, "dialect_periods"),
        dialect_period_leads=lower(extra.get("dialect_period_leads")),
        counted_times={
            nfc(str(k)).lower(): (
                None if v[0] is None else nfc(str(v[0])).lower(),
                nfc(str(v[-1])).lower(),
            )
            for k, v in (extra.get("counted_times") or {}).items()
        },
        plural_counts=lower(extra.get("plural_counts")),
        counts=dict(counts or {}),
        infinitive_marks=_lower_mapping(extra, "infinitive_marks"),
        marked_infinitive=nfc(str(extra.get("marked_infinitive") or "")).lower(),
        infinitive_leads=lower(extra.get("infinitive_leads")),
        lead_objects=lower(extra.get("lead_objects")),
        mark_leads=lower(extra.get("mark_leads")),
        mark_not_after=lower(extra.get("mark_not_after")),
        infinitive=infinitive or (lambda _w: False),
        definite_endings=_lower_mapping(extra, "definite_endings"),
        plural_definite=nfc(str(extra.get("plural_definite") or "")).lower(),
        plural_ends=tuple(sorted(lower(extra.get("plural_ends")))),
        plural_shapes=tuple(sorted(lower(extra.get("plural_shapes")))),
        count_plurals=tuple(sorted(lower(extra.get("count_plurals")))),
        head_compound_leads=lower(extra.get("head_compound_leads")),
        bare_phrases=frozenset(
            tuple(nfc(str(p)).lower().split()[:2]) for p in extra.get("bare_phrases") or ()
        ),
        place_heads=lower(extra.get("place_heads")),
        role_heads=lower(extra.get("role_heads")),
        role_leads=lower(extra.get("role_leads")),
        role_not_next=lower(extra.get("role_not_next")),
        role_link_ends=lower(extra.get("role_link_ends")),
        compound_endings=tuple(
            sorted(lower(extra.get("compound_noun_endings")), key=len, reverse=True)
        ),
        slot_verbs=lower(extra.get("slot_verbs")),
        verb_slip_subjects=lower(extra.get("verb_slip_subjects")),
        slot_leads=lower(extra.get("slot_leads")),
        slot_objects=lower(extra.get("slot_objects")),
        person_names=dict(table.get("person_names") or {}),
        name_leads=frozenset(name_leads),
        lemma_of=dict(lemmas or {}),
        nouns=noun_table(folder / "nouns.json"),
    )


def _index(words: Iterable[str], keys_of) -> dict[str, tuple[str, ...]]:
    """Each key of `keys_of(word)` → the words that have it, as sorted tuples: nearly every key
    has one word, and a tuple of one is a quarter of a frozenset's memory (about 16 MB less for
    the deletion index)."""
    index: dict[str, list[str]] = {}
    for word in words:
        for key in keys_of(word):
            index.setdefault(key, []).append(word)
    return {key: tuple(sorted(found)) for key, found in index.items()}


def common_ranks(path: Path) -> dict[str, int]:
    """Everyday words (a list, most frequent first) by frequency rank; {} when not shipped."""
    if not path.is_file():
        return {}
    ranks: dict[str, int] = {}
    for line in path.read_text("utf-8").split("\n"):
        word = line.strip()
        if word and word[0] != "#":
            ranks.setdefault(word, len(ranks))
    return ranks


def _lower_mapping(data: dict, key: str) -> dict[str, str]:
    return {nfc(str(k)).lower(): nfc(str(v)).lower() for k, v in _mapping(data, key)}


def _mapping(data: dict, key: str):
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise ContentError([f"spelling.yaml: {key} must be a mapping"])
    return value.items()
