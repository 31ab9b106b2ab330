"""Nouns whose last consonant doubles before an ending ("butik" → "butikken", "søn" → "sønnen"):
hunspell-da gives their forms only through a form that needs a further suffix (hunspell.py), so
the noun table and the speller know them from build-spelling."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.grammar import polish
from assistant.nlp.nouns_build import noun_class
from assistant.nlp.telegraph import listed_things

GRAMMAR = get_content("da").goals.grammar
TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("word", "definite"),
    [
        ("butik", "butikken"),
        ("klinik", "klinikken"),
        ("klub", "klubben"),
        ("kat", "katten"),
        ("søn", "sønnen"),
        ("tablet", "tabletten"),
        ("kop", "koppen"),
        ("ryg", "ryggen"),
        ("svømmehal", "svømmehallen"),
        ("blodprop", "blodproppen"),
        ("plejehjem", "plejehjemmet"),
        ("program", "programmet"),
        ("appel", "appellen"),  # no "applet": the doubled form is the definite one
    ],
)
def test_the_grammar_knows_the_definite_form_with_the_doubled_consonant(word, definite):
    assert GRAMMAR.definite_singular(word) == definite


FORMS = {
    "brik", "briket", "briketten", "brikken", "brikker", "brikkerne",  # "briket": a noun itself
    "kar", "karet", "karetten", "karret", "karrene",
    "plan", "planen", "planet", "planeten", "planer", "planerne",
    "stok", "stokken", "stokke", "stokkene",
    "mad", "maden",
    "bur", "buret", "burette", "buretten", "burene",  # "buretten" is the burette's
}  # fmt: skip


@pytest.mark.parametrize(
    ("word", "ending"),
    [
        ("brik", "ken+"),
        ("kar", "ret+"),
        ("plan", "en+"),
        ("stok", "ken+"),
        ("mad", "en"),
        ("bur", "et+"),
    ],
)
def test_a_plain_form_that_is_a_noun_of_its_own_is_no_definite(word, ending):
    """ "briket" (a briquette: "briketten") is no "brik" + "et": the doubled "brikken" is."""
    assert noun_class(word, FORMS) == ending


@pytest.mark.parametrize(("word", "article"), [("butik", "en"), ("klub", "en"), ("minut", "et")])
def test_the_grammar_knows_the_article_of_a_noun_that_doubles_its_consonant(word, article):
    assert GRAMMAR.indefinite_article(word) == article


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("gå i butik igen", "gå i butikken igen"),
        ("gå til klub om tirsdagen", "gå til klubben om tirsdagen"),
        ("gå ned til klinik", "gå ned til klinikken"),
        ("købe mælk i butik på hjørnet", "købe mælk i butikken på hjørnet"),
        ("gå ned i svømmehal", "gå ned i svømmehallen"),
        ("komme tilbage til bridgeklub", "komme tilbage til bridgeklubben"),
        ("tage tøj på i omklædningsrum", "tage tøj på i omklædningsrummet"),
        ("gå rundt i plejehjem", "gå rundt i plejehjemmet"),
        ("hjælpe til i genbrugsbutik", "hjælpe til i genbrugsbutikken"),
    ],
)
def test_a_bare_noun_that_doubles_its_consonant_gets_its_definite_ending(said, written):
    """Second-language and spoken answers say the noun bare ("til klub"); the goal writes it
    as the grammar's other bare nouns after a preposition ("til frisøren")."""
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    ("said", "things"),
    [
        ("luplampe. store brikker.", ["en luplampe", "store brikker"]),
        ("kortholder. store kort.", ["en kortholder", "store kort"]),
        ("tablet. holder. stor grøn knap.", ["en tablet", "en holder", "en stor grøn knap"]),
    ],
)
def test_things_typed_as_fragments_stay_things(said, things):
    assert listed_things(said, GRAMMAR) == things


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a real word is no longer "repaired" into its neighbour ("dækkene")
        ("jeg vil selv kunne hente sækkene med pant ned", "hente sækkene med pant ned"),
        ("min far vil gerne selv baere saekkene med flasker ud", "bære sækkene med flasker ud"),
        # ASCII typing of a doubled form gets its æøå back
        ("min mand vil gerne selv kunne baere oellerne hjem fra netto igen", "bære øllerne hjem"),
        ("jeg vil gerne selv kunne hente oellerne i kaelderen", "hente øllerne i kælderen"),
    ],
)
def test_doubled_forms_are_words_of_the_speller(text, action):
    assert analyze(text, TODAY).extras["action"].startswith(action)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("jeg vil gerne ringe til min soster ellen hver soendag", "ringe til min søster Ellen"),
        ("min mor vil gerne selv kunne besøge sin veninde ellen", "besøge sin veninde Ellen"),
        ("jeg vil gerne selv kunne gaa i butikken", "gå i butikken"),
        ("øh hun vil gerne selv hente katten hos dyrlaegen igen", "hente katten hos dyrlægen"),
        ("min far vil gerne selv ku gaa ned i klinnikken", "gå ned i klinikken"),
    ],
)
def test_sentences_with_doubled_forms_and_names_read_as_before(text, action):
    """ "ellen" is also the alder's definite form ("el"): a first name all the same
    (spelling.yaml names_over_rare_words); the definite forms typed with or without æøå, or
    with a slip, stay read as they were."""
    assert analyze(text, TODAY).extras["action"].startswith(action)


@pytest.mark.parametrize(
    ("word", "definite"),
    [
        ("væg", "væggen"),  # "vægen" is the wick's ("væge")
        ("trin", "trinnet"),
        ("trappetrin", "trappetrinnet"),
        ("fællesrum", "fællesrummet"),  # the table's "-men" is no form of "rum"
        ("tørrerum", "tørrerummet"),
        ("spadserestok", "spadserestokken"),
        ("hal", "hallen"),
        ("hul", "hullet"),
        ("spil", "spillet"),
    ],
)
def test_the_lexicons_own_doubled_definite_wins_over_a_homograph(word, definite):
    """The noun table's ending can make another word's form ("vægen", "trinet"); the lemma
    table's own definite of the word, its consonant doubled, is the one written."""
    assert GRAMMAR.definite_singular(word) == definite


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("holde fast i væg når jeg går", "holde fast i væggen når jeg går"),
        ("støtte mig til væg i gangen", "støtte mig til væggen i gangen"),
        ("gå op ad trin uden at holde i væg", "gå op ad trinnet uden at holde i væggen"),
        ("sidde i fællesrum og drikke kaffe", "sidde i fællesrummet og drikke kaffe"),
        ("hænge tøj op i tørrerum", "hænge tøj op i tørrerummet"),
        ("gå ned til hal og spille", "gå ned til hallen og spille"),
    ],
)
def test_a_bare_noun_with_a_homograph_definite_gets_its_own(said, written):
    assert polish(said, GRAMMAR) == written
