"""Fix round 46 (fE): compounds said apart beyond role heads (blind151 Lone "kompressions
handsker", blind152 Allan "hjerte patient"). A derived noun's linking-s form that is no word of
its own ("kompressions") joins the noun after it (nlp/linked_part.py); a word in -e is no
adjective by its form in -t, a noun's definite or a verb's participle ("hjertet", "stemmet"),
so a bare noun in -e joins the noun after it in a noun phrase ("en gammel hjerte patient"); a
noun that is an infinitive too begins a role head that is no verb ("skole pedel"); "makker" is
a role head ("min bridge makker"). Counter-examples keep adjectives, genitives, measures and
lists apart."""

from __future__ import annotations

import pytest
from test_spelling_noun_pairs import spelled


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("han fik kompressions handsker af ergoterapeuten", "kompressionshandsker"),
        ("øh hun har en rednings vest paa i kajakken", "redningsvest"),
        ("min datter er sundheds plejerske i kommunen", "sundhedsplejerske"),
        ("jeg vil gerne være med i forenings livet igen", "foreningslivet"),
        ("han har været på rehabiliterings centret to gange", "rehabiliteringscentret"),
        ("og så er jeg ikke en gammel hjerte patient så er jeg træner", "hjertepatient"),
        ("min mand har en lille stemme forstærker med", "stemmeforstærker"),
        ("vi spiller i bridge klubben hver tirsdag", "bridgeklubben"),
        ("min bridge makker Jens henter mig", "bridgemakker"),
        ("han var skole pedel i tyve år", "skolepedel"),
        ("øh hun skal have en skole taske til barnebarnet", "skoletaske"),
    ],
)
def test_a_compound_said_apart_is_joined(said, joined):
    assert joined in spelled(said)


@pytest.mark.parametrize(
    ("said", "apart"),
    [
        ("jeg drikker en stor kop kaffe om morgenen", ["kop", "kaffe"]),
        ("jeg har et stærkt hjerte og gode lunger", ["hjerte", "og"]),
        ("jeg vil lave rigtig mad for hjertets skyld", ["hjertets", "skyld"]),
        ("det er en regerings beslutning", ["regerings", "beslutning"]),
        ("jeg vil gerne have faste tider til at spise", ["faste", "tider"]),
        ("hun har en stemme som en engel", ["stemme", "som"]),
        ("Hennings bil holder ude foran", ["hennings", "bil"]),
        ("hun er en god kaptajn for holdet", ["god", "kaptajn"]),
        ("min mand træner hver dag", ["mand", "træner"]),
        ("vi har bold og bat med i parken", ["bold", "og", "bat"]),
        ("hun har flotte sko paa i dag", ["flotte", "sko"]),
        ("han spiller banko med sine egne plader", ["egne", "plader"]),
        # the plural of an adjective whose neuter the lemma table reads as it ("langt": lang)
        ("min stok og et par lange handsker", ["lange", "handsker"]),
        ("et par tykke handsker til vinteren", ["tykke", "handsker"]),
    ],
)
def test_adjectives_genitives_and_lists_stay_apart(said, apart):
    words = spelled(said)
    assert all(w in words for w in apart), words
