"""A bare noun that only ends like a present participle ("kande", "pande", "stegepande") is a
noun: after a preposition of definite_after it gets its definite form ("i kanden"), and a
kitchen surface after "på" too ("på panden", "på komfuret"); a real participle ("gående",
"siddende") and the idiom "til ende" stay as said (fix round 43, blind141 Tesfay)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.grammar import polish
from assistant.nlp.participles import is_present_participle

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Jeg vil koge kaffe i kande og hælde i kopper.", "koge kaffe i kanden og"),
        ("jeg vil selv hælde kaffe fra kaffekande.", "fra kaffekanden."),
        ("Jeg vil øh stege æg på pande om morgenen.", "stege æg på panden om"),
        ("min mor vil lave pandekager på stegepande igen.", "på stegepanden igen"),
        ("jeg vil sætte gryde på komfur selv.", "gryden på komfuret selv"),
        # the bare object gets its definite form too since round 47 ("kande" an aid head)
        ("Jeg vil sætte kande på spisebord hver dag.", "kanden på spisebordet hver"),
        ("at jeg kan stå ved kande og hælde selv.", "ved kanden og"),
    ],
)
def test_a_bare_noun_ending_in_nde_gets_its_definite_form(said, written):
    assert written in polish(said, G)


@pytest.mark.parametrize(
    "said",
    [
        "Jeg vil gå med gående og cyklende i parken.",
        "jeg vil komme op til siddende stilling.",
        "Jeg vil læse bogen til ende.",
        "Jeg vil gå på arbejde igen.",
        "Jeg vil sidde på bænk i parken.",
        "Jeg vil lave mad i min kande.",
        "Jeg vil stege æg på en pande.",
        "Jeg vil i kolonihaven, derinde sidder vi om aftenen.",
        "jeg vil kunne sidde herinde ved vinduet.",
    ],
)
def test_participles_idioms_and_led_nouns_stay_as_said(said):
    assert polish(said, G) == said


@pytest.mark.parametrize("word", ["bagende", "gående", "siddende", "sovende", "hentende"])
def test_a_participle_is_told_by_its_verb(word):
    assert is_present_participle(word, G)


@pytest.mark.parametrize("word", ["kande", "pande", "stegepande", "kaffekande", "ende"])
def test_a_noun_ending_in_nde_is_no_participle(word):
    assert not is_present_participle(word, G)
