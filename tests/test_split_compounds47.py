"""Fix round 47 (fD): compounds said apart whose parts read as other words (blind154 Tove "en
mobil holder", blind154 Villy "hoved retten"). A definite last part the lemma table reads as a
verb's form ("retten": rette) is its noun's too ("ret"), so it joins a noun before it when the
compound is a noun of the table (spelling._noun_pair_joins); a noun of spelling.yaml
noun_parts, whose form in -t is a word ("mobilt", "holdt"), is no adjective before a tool's or
a role's head ("en mobil holder", "hold kaptajn"). An aid's noun keeps its own lemma in the
lemma table ("greb", "grebet": greb, "brættet": bræt; no "gribe", "brætte"), its verb's present
stays the verb's ("holder": holde). Counter-examples keep adjectives, verbs and other words
apart."""

from __future__ import annotations

import pytest
from test_spelling_noun_pairs import spelled

from assistant.content import load_content


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("vi har koebt en mobil holder til brystet", "mobilholder"),
        ("øh hun har en mobil holder på rollatoren", "mobilholder"),
        ("min søn satte en mobil holder på cyklen", "mobilholder"),
        ("han var hold kaptajn i mange år", "holdkaptajn"),
        ("jeg var hold leder i mange år", "holdleder"),
        ("at jeg kan stå for hoved retten til tolv mand", "hovedretten"),
        ("der er en af os der laver hoved retten", "hovedretten"),
        ("altsaa vi fik hoved retten klokken seks", "hovedretten"),
    ],
)
def test_a_compound_said_apart_is_joined(said, joined):
    assert joined in spelled(said)


@pytest.mark.parametrize(
    ("said", "apart"),
    [
        ("det er en mobil enhed", ["mobil", "enhed"]),
        ("hold fast i gelænderet", ["hold", "fast"]),
        ("hold kæft hvor er det svært", ["hold", "kæft"]),
        ("vi har et godt hold i år", ["godt", "hold"]),
        ("han går med en kort stok", ["kort", "stok"]),
        ("jeg vil rette retten", ["rette", "retten"]),
        ("hun holder fast i rollatoren", ["holder", "fast"]),
        ("retten har dømt ham", ["retten", "har"]),
    ],
)
def test_adjectives_verbs_and_other_words_stay_apart(said, apart):
    words = spelled(said)
    assert all(w in words for w in apart), words


@pytest.mark.parametrize(
    ("form", "noun"),
    [("greb", "greb"), ("grebet", "greb"), ("bræt", "bræt"), ("brættet", "bræt"),
     ("gaflen", "gaffel"), ("luppen", "lup"), ("lupperne", "lup")],
)  # fmt: skip
def test_an_aid_noun_is_no_verb_form_in_the_lemma_table(form, noun):
    assert load_content("da").lexicon.lemmas.get(form, form) == noun


@pytest.mark.parametrize("form", ["skohorn", "iltflaske", "knæbind", "rullebord"])
def test_a_compound_aid_is_no_form_of_its_first_part(form):
    assert load_content("da").lexicon.lemmas.get(form, form) == form


@pytest.mark.parametrize(
    ("form", "lemma"), [("holder", "holde"), ("sætter", "sætte"), ("holderen", "holder")]
)
def test_a_verb_present_and_a_noun_form_keep_their_lemmas(form, lemma):
    assert load_content("da").lexicon.lemmas.get(form) == lemma
