"""Fix round 55 (f2): the goal writes no word the person never said and Danish does not have.

Blind rounds 177–179 found forms no Dane writes, each made by a rewrite step of the composer:
"træer" written "træe" (a plural read as a present verb after "og"), "dukkerne" written
"dukkernen" (a definite plural read as the compound "duk|kerne"), "ti tryk" written "ti trykket"
(a count read as the verb "ti"), "give min søn sin julegave" written "… min julegave" (another's
thing made the citizen's), a relative's "uden at hun skal have hjælp" kept in the third person,
a place said twice ("i vikingelaugets vævestue igen i vævestuen") and "Kontrabassen. Bigbandet.
Spille igen." read as "spille igen ved kontrabassen". Each is mended where it is made; and every
composed goal passes one guard (nlp/word_forms.py): a word the person did not say that the
lexicon knows as no form is given back as said. The persona lint and the goal corpus check run
the same guard over every golden persona's goal and every corpus goal (tests/persona_expect.py
forms_not_danish).
"""

from __future__ import annotations

from datetime import date

import pytest
from compose_support import GOALS, dialogue_goal
from persona_expect import forms_not_danish, grammar_problems

from assistant.nlp import get_analyzer
from assistant.nlp.compose import compose_goal
from assistant.nlp.grammar import polish
from assistant.nlp.word_forms import (
    kept_forms,
    known_form,
    said_words,
    unknown_forms,
    without_doubled_place,
)

TODAY = date(2026, 12, 7)


def polish_text(text: str) -> str:
    return polish(text, GOALS.grammar)


def _action(text: str) -> str:
    return get_analyzer().analyze(text, TODAY).extras.get("action") or ""


# --- the lexicon's forms ------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "træer", "træerne", "tæer", "tæerne", "bøger", "børn", "børnene", "hænder", "hænderne",
        "glas", "tryk", "trykket", "fugle", "oldebørnene", "vævestuen", "kontrabassen",
        "bigbandet", "papirklip", "linoleumstryk", "kirkeklokkerne", "vikingelaugets", "stokken",
        "cyklen", "birketræerne",
    ],
)  # fmt: skip
def test_danish_forms_and_compounds_are_known(word):
    assert known_form(word, GOALS), word


@pytest.mark.parametrize("word", ["træe", "tæe", "birketræe", "hændere"])
def test_forms_no_dane_writes_are_not_known(word):
    assert not known_form(word, GOALS), word


def test_names_numbers_and_hyphened_words_are_not_judged():
    assert all(known_form(w, GOALS) for w in ["Qilaat", "Bakkens", "2027", "el-høvl", "28."])


@pytest.mark.parametrize(
    ("said", "goal", "kept"),
    [
        ("Klippe papirklip, fugle og træer", "klippe papirklip, fugle og træe til dem", "og træer"),
        ("når dukkerne kommer til live", "fordi når dukkernen kommer til live", "når dukkerne"),
        ("male fingre og tæer på dukkerne", "male fingre og tæe på dukkerne.", "og tæer på"),
    ],
)
def test_the_guard_gives_the_persons_own_form_back(said, goal, kept):
    assert kept in kept_forms(goal, said_words([said]), GOALS)


def test_a_word_the_person_said_is_never_changed():
    """ "qilaat" and "rosemaling" no table knows, but she said them: they stay."""
    said = said_words(["trommedans med qilaat og rosemaling"])
    goal = "danse trommedans med qilaat og rosemaling"
    assert unknown_forms(goal, said, GOALS) == []
    assert kept_forms(goal, said, GOALS) == goal


def test_a_definite_with_an_ending_added_is_found_though_it_reads_as_a_compound():
    assert unknown_forms("når dukkernen kommer", said_words(["dukkerne"]), GOALS) == ["dukkernen"]
    # the genitive of a definite is a form: "stuens"
    assert unknown_forms("i stuens hjørne", said_words(["stuen"]), GOALS) == []


def test_the_persona_lint_finds_a_made_form_and_not_a_typed_one():
    """The lint reads the person's answers as typed and as the speller writes them: a word typed
    without æøå ("traeer") is no made form in the goal ("træer")."""
    assert forms_not_danish("Jeg vil kunne male fugle og træe.", ["male fugle og traeer"])
    assert not forms_not_danish("Jeg vil kunne male fugle og træer.", ["male fugle og traeer"])


# --- a plural after "og" is no present verb ----------------------------------------------


@pytest.mark.parametrize(
    ("wish", "kept"),
    [
        ("Klippe papirklip. Fugle og træer. Til oldebørnene.", "fugle og træer til oldebørnene"),
        ("jeg vil gerne male fugle og træer til min datter", "fugle og træer til min datter"),
        ("jeg vil gerne tegne fugle og træer til udstillingen", "fugle og træer til udstillingen"),
        ("øh jeg vil gerne ku male fugle og traeer til mit barnebarn", "og træer til mit"),
        ("jeg vil gerne klippe fugle og hænder ud til børnebørnene", "fugle og hænder ud"),
    ],
)
def test_a_plural_after_og_keeps_its_form(wish, kept):
    goal = dialogue_goal(wish=wish)
    assert kept in goal, goal


@pytest.mark.parametrize(
    ("wish", "kept"),
    [
        ("jeg vil gerne være med til korprøven og synger med igen", "og synge med"),  # a verb
        ("jeg vil gerne bage boller og kager til min søns fødselsdag", "boller og kager til"),
        ("jeg vil gerne male fingre og tæer på dukkerne", "fingre og tæer på dukkerne"),
    ],
)
def test_a_verb_after_og_is_still_an_infinitive_and_things_stay(wish, kept):
    goal = dialogue_goal(wish=wish)
    assert kept in goal, goal


# --- a count before a noun and its particle ----------------------------------------------


@pytest.mark.parametrize(
    ("measure", "kept"),
    [
        ("at jeg kan skaere en hel plade faerdig og trykke ti tryk af den", "trykke ti tryk af"),
        ("at jeg kan trykke fire tryk af om dagen uden pause", "trykke fire tryk af"),
        ("at jeg kan tage to glas ned fra skabet", "tage to glas ned"),
        ("at jeg kan trække 2 tryk af på en formiddag", "trække 2 tryk af"),
    ],
)
def test_a_counted_noun_before_its_particle_stays_indefinite(measure, kept):
    goal = dialogue_goal(wish="jeg vil gerne lave linoleumstryk igen", measure=measure)
    assert kept in goal and "trykket" not in goal and "glasset" not in goal, goal


@pytest.mark.parametrize(
    ("measure", "written"),
    [
        ("at jeg kan skrue laag af selv", "skrue låget af"),
        ("at jeg kan rulle snor ind igen", "rulle snoren ind"),
    ],
)
def test_a_bare_noun_before_its_particle_still_takes_its_definite(measure, written):
    goal = dialogue_goal(wish="jeg vil gerne klare køkkenet selv", measure=measure)
    assert written in goal, goal


# --- another's thing stays theirs ---------------------------------------------------------


@pytest.mark.parametrize(
    ("wish", "written"),
    [
        ("jeg vil gerne kunne give min søn sin julegave", "give min søn hans julegave"),
        ("jeg vil gerne give min soen sin julegave selv", "give min søn hans julegave"),
        ("jeg vil gerne kunne vise min datter sit nye hus", "vise min datter hendes nye hus"),
        ("jeg vil gerne give min søster sine blomster", "give min søster hendes blomster"),
        ("jeg vil gerne lave min mor sin frikadeller igen", "lave min mors frikadeller"),
        ("jeg vil gerne give mit barnebarn sin gave til jul", "give mit barnebarn sin gave"),
    ],
)
def test_a_sin_after_a_person_is_that_persons(wish, written):
    goal = dialogue_goal(wish=wish)
    assert written in goal, goal


@pytest.mark.parametrize(
    ("wish", "written"),
    [
        ("jeg vil gerne tage sin egen frakke på", "tage min egen frakke på"),
        ("jeg vil gerne kunne passe sit barnebarn igen", "passe mit barnebarn igen"),
        ("jeg vil gerne hjælpe min mand med sin rollator", "med min rollator"),  # not next to him
    ],
)
def test_the_citizens_own_sin_is_still_min(wish, written):
    goal = dialogue_goal(wish=wish)
    assert written in goal, goal


# review55 #11: a relative speaks of the citizen in the third person, so "sin" binds to the
# subject, the citizen ("mor vil give min datter sine smykker": her own), never to the receiver
@pytest.mark.parametrize(
    ("action", "written"),
    [
        ("give sit barnebarn sin julegave", "give mit barnebarn min julegave"),
        ("give min datter sine gamle smykker inden jul", "mine gamle smykker"),
        ("vise sit barnebarn sit gamle hus i Ribe igen", "vise mit barnebarn mit gamle hus"),
        ("lære min søn sin opskrift på æbleskiver", "min opskrift på æbleskiver"),
        ("fortaelle sine børnebørn sine historier", "mine historier"),
    ],
)
def test_a_relatives_sin_after_a_person_is_the_citizens(action, written):
    facts = {"activity": "fritid", "speaker": "relative", "own_action": action}
    goal = compose_goal(facts, GOALS.for_citizen("hendes"))
    assert written in goal, goal
    assert grammar_problems(goal) == [], goal


@pytest.mark.parametrize(
    ("wish", "written"),
    [
        # a verb of two objects: the person taught or told is no genitive owner
        ("jeg vil gerne lære min søn sin opskrift på æbleskiver", "lære min søn hans opskrift"),
        ("jeg vil gerne fortælle min datter sin historie igen", "fortælle min datter hendes"),
        # a learner's genitive with no such verb still is one
        ("jeg vil gerne lave min mor sin opskrift på æbleskiver", "min mors opskrift"),
    ],
)
def test_a_verb_of_two_objects_keeps_its_receiver(wish, written):
    goal = dialogue_goal(wish=wish)
    assert written in goal, goal


# --- a definite plural is no compound -----------------------------------------------------


@pytest.mark.parametrize(
    ("why", "kept"),
    [
        ("Fordi børnenes øjne, når dukkerne kommer til live, det er det bedste.", "dukkerne kom"),
        ("fordi når dukkerne danser, så griner børnene", "dukkerne danser"),
    ],
)
def test_a_definite_plural_as_subject_keeps_its_form(why, kept):
    goal = dialogue_goal(wish="jeg vil gerne spille marionetteater igen", motivation=why)
    assert kept in goal and "dukkernen" not in goal, goal


# --- a relative's "hun" in the sign is the citizen -----------------------------------------

_SIGN = {"activity": "fritid", "own_action": "væve brikbånd igen", "speaker": "relative"}


@pytest.mark.parametrize(
    ("citizen", "sign", "written"),
    [
        ("hendes", "væve en meter bånd, uden at hun skal have hjælp til at tælle brikkerne",
         "uden at jeg skal have hjælp til at tælle"),
        ("hans", "gå til kirken, uden at han skal hvile sig undervejs",
         "uden at jeg skal hvile mig undervejs"),
        ("hendes", "væve et bånd på en eftermiddag, når hun har fået sin lup på",
         "når jeg har fået"),
    ],
)  # fmt: skip
def test_a_relatives_sign_says_the_citizens_own_clause_as_jeg(citizen, sign, written):
    goal = compose_goal({**_SIGN, "criterion": sign}, GOALS.for_citizen(citizen))
    assert written in goal, goal


@pytest.mark.parametrize(
    ("citizen", "sign", "kept"),
    [
        ("hendes", "væve en meter bånd, uden at hun skal løfte hende op", "uden at hun skal"),
        ("hans", "væve en meter bånd, uden at hun skal hjælpe", "uden at hun skal hjælpe"),
        (None, "væve en meter bånd, uden at hun skal have hjælp", "uden at hun skal"),
        ("hendes", "væve bånd sammen med min datter, uden at hun skal hjælpe", "at hun skal"),
        ("hendes", "væve bånd med Karen, uden at hun skal hjælpe", "uden at hun skal hjælpe"),
    ],
)
def test_another_persons_hun_in_the_sign_stays(citizen, sign, kept):
    goal = compose_goal({**_SIGN, "criterion": sign}, GOALS.for_citizen(citizen))
    assert kept in goal, goal


# --- a place said once ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Jeg vil kunne væve brikbånd i vikingelaugets vævestue igen i vævestuen hver onsdag.",
         "Jeg vil kunne væve brikbånd i vikingelaugets vævestue igen hver onsdag."),
        ("Jeg vil kunne sidde i haven igen i haven, fordi det er rart.",
         "Jeg vil kunne sidde i haven igen, fordi det er rart."),
        ("Jeg vil kunne spille kort i klubben igen i klubben.",
         "Jeg vil kunne spille kort i klubben igen."),
    ],
)  # fmt: skip
def test_a_place_said_twice_in_one_doing_is_said_once(sentence, written):
    assert without_doubled_place(sentence, GOALS.grammar) == written


@pytest.mark.parametrize(
    "sentence",
    [
        "Jeg vil kunne gå en tur i haven og sidde i haven.",  # two doings
        "Jeg vil kunne gå fra stuen til stuen.",  # two prepositions
        "Jeg vil kunne gøre rent i stuen og i køkkenet.",  # two places
        "Jeg vil kunne hente avisen i kiosken, når jeg er i kiosken.",  # a clause of its own
    ],
)
def test_places_of_other_doings_stay(sentence):
    assert without_doubled_place(sentence, GOALS.grammar) == sentence


def test_a_relatives_story_venue_is_not_added_when_the_wish_names_it():
    told = (
        "Mor har vævet brikbånd i femten år, hun sidder i vævestuen hver onsdag med de andre "
        "kvinder. Hun savner det. Hun vil gerne væve brikbånd i vikingelaugets vævestue igen."
    )
    assert _action(told).count("vævestue") == 1, _action(told)


def test_a_story_venue_the_wish_does_not_name_is_still_added():
    told = "jeg sad altid i vævestuen hver onsdag, det vil jeg gerne igen at væve brikbånd"
    assert "i vævestuen" in _action(told)


# --- a thing typed as a fragment is the verb's object, before "igen" ------------------------


@pytest.mark.parametrize(
    ("typed", "phrase"),
    [
        ("Kontrabassen. Bigbandet. Spille igen.", "spille kontrabassen i bigbandet igen"),
        ("Harmonika. Forsamlingshuset. Spille igen.", "spille harmonika i forsamlingshuset igen"),
        ("Bussen. Tage igen.", "tage bussen igen"),
        ("Haven. Ukrudtet. Luge igen.", "luge ukrudtet i haven igen"),
    ],
)
def test_a_fragment_things_object_comes_before_its_place_and_igen(typed, phrase):
    assert _action(typed).lower() == phrase


@pytest.mark.parametrize(
    ("typed", "phrase"),
    [
        ("Cello. Spille igen. Kvartetten.", "spille cello i kvartetten igen"),
        ("Haven. Sidde igen.", "sidde igen i haven"),
        ("Kirken. Gå igen.", "gå til kirken igen"),
    ],
)
def test_a_fragment_place_alone_stays_a_place(typed, phrase):
    assert _action(typed).lower() == phrase


def test_herlufs_fragments_through_the_dialogue():
    goal = dialogue_goal(wish="Kontrabassen. Bigbandet. Spille igen.")
    assert "spille kontrabassen i bigbandet igen" in goal, goal
    assert "igen ved" not in goal, goal


# --- found by the guard over the golden personas ---------------------------------------------


def test_a_noun_after_og_is_no_participle_made_an_infinitive():
    """blind13 (pictures): the template's "bruge telefon og tablet en gang om ugen" was written
    "… og table" ("tablet" read as a participle before "en"); a participle with its object is
    still the infinitive ("og taget dem ud")."""
    assert "telefon og tablet en gang" in polish_text(
        "Jeg vil kunne bruge telefon og tablet en gang om ugen"
    )
    assert "og tage dem ud" in polish_text("Jeg vil kunne rulle håret op og taget dem ud igen")


def test_a_verb_the_person_said_in_learner_danish_is_no_definite():
    """Sanela: "Jeg savne damer" is written "jeg savner damer"; "savne" is a verb, no "sav" +
    "ne", so "savner" is no definite with an ending added."""
    said = said_words(["Jeg savne damer, vi snakke og grine"])
    assert unknown_forms("fordi jeg savner damer, vi snakker og griner", said, GOALS) == []


def test_a_word_the_person_explained_takes_its_ending():
    """Tesfay: "jebena" (a coffee pot he explained) is written "i jebenaen"."""
    said = said_words(["koge kaffe i jebena, det er en kaffekande af ler"])
    assert unknown_forms("koge kaffe i jebenaen", said, GOALS) == []


def test_an_adverb_joined_to_its_preposition_is_a_form():
    """blind67, blind117, blind157: the sign's "tage toget hjemmefra til Aarhus"."""
    assert known_form("hjemmefra", GOALS) and known_form("derfra", GOALS)
