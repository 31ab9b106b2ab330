"""A wish said with a pro-verb ("klare det selv", "gøre det selv") wishes the doing the same
answer told before it (assistant/nlp/pointed_doing.py): the citizen's own verb, not the label."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

from assistant.content import get_content
from assistant.nlp.compose import compose_goal

CONTENT = get_content("da")
TODAY = date(2026, 12, 4)


def _action(said: str) -> str:
    return (understand(said, TODAY).extras or {}).get("action") or ""


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("nu kan mor ikke selv klippe sine negle mere hun vil gerne kunne klare det selv igen",
         "klippe sine negle"),
        ("øh jeg kan ikke selv tage mine støttestrømper på mere men jeg vil gerne kunne klare det "
         "selv igen", "tage mine støttestrømper på"),
        ("min mand kan ikke selv smøre sin mad med den ene hånd men han vil saa gerne kunne "
         "ordne det selv", "smøre sin mad med den ene hånd"),
        ("far skal have skiftet sin stomipose to gange om dagen og han vil gerne kunne goere det "
         "selv", "skifte sin stomipose"),
        ("jeg har altid selv klaret mine regninger men nu kan jeg ikke overskue dem jeg vil gerne "
         "kunne gøre det selv igen", "overskue mine regninger"),
    ],
)  # fmt: skip
def test_a_pro_verb_wishes_the_doing_told_before_it(said, phrase):
    assert _action(said).startswith(phrase), _action(said)


@pytest.mark.parametrize(
    "said",
    [
        # the relative's own doing is no doing of the citizen's
        "jeg kan ikke løfte ham mere og han vil gerne kunne klare det selv",
        # nothing told before: the pro-verb stays, the goal says the activity's verb
        "jeg vil gerne kunne klare det selv igen",
    ],
)
def test_a_pro_verb_with_no_doing_of_the_citizens_before_it_stays(said):
    assert _action(said).split()[:2] in (["klare", "det"], []), _action(said)


def test_the_goal_of_a_pro_verb_says_the_doing():
    said = "nu kan far ikke selv barbere sig han vil gerne kunne klare det selv"
    facts = {"activity": "vask_og_hygiejne", "own_action": _action(said), "speaker": "relative"}
    assert "barbere mig" in compose_goal(facts, CONTENT.goals)


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("min far kan ikke overskue regningerne mere men han vil gerne selv kunne betale dem",
         "betale regningerne"),
        ("hun har så mange blomster i vindueskarmen og blomsterne står og tørrer ud hun vil "
         "gerne kunne vande dem selv igen", "vande blomsterne"),
        ("mor kan ikke naa op til vinduerne mere hun vil gerne kunne pudse dem selv igen",
         "pudse vinduerne"),
    ],
)  # fmt: skip
def test_dem_wishes_the_things_said_definite_before_it(said, phrase):
    """ "… regningerne … betale dem": the things the pronoun points back at, said definite."""
    assert _action(said).startswith(phrase), _action(said)


def test_dem_after_people_said_definite_stays():
    """ "børnene … besøge dem": people, no thing; the pronoun stays."""
    said = "jeg savner børnene de bor i aarhus jeg vil gerne kunne besøge dem igen"
    assert "børnene" not in _action(said).split()[:2], _action(said)


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        # round 31 (goal31): "det" after a verb of managing points at the things said definite
        ("dråberne skal i tre gange om dagen og jeg vil gerne selv kunne styre det",
         "styre dråberne"),
        ("min mor hun er lidt glemsom og pillerne skal tages morgen og aften hun vil gerne selv "
         "kunne styre det", "styre pillerne"),
        ("altså regningerne kommer jo hele tiden øh jeg vil gerne kunne ordne det selv igen",
         "ordne regningerne"),
        ("tabletterne skal tages til maden og far vil gerne kunne haandtere det selv",
         "håndtere tabletterne"),
        ("oejendraaberne skal i hver morgen jeg vil gerne kunne styre det uden "
         "sygeplejersken", "styre øjendråberne"),
    ],
)  # fmt: skip
def test_det_after_a_verb_of_managing_wishes_the_things_said_definite(said, phrase):
    assert _action(said).startswith(phrase), _action(said)


@pytest.mark.parametrize(
    "said",
    [
        # the people said definite are no things; "det" after another verb stays
        "børnene har travlt så jeg vil gerne kunne klare det selv",
        "pillerne ligger i skabet og jeg vil gerne kunne huske det selv",
    ],
)
def test_det_after_people_or_another_verb_stays(said):
    assert _action(said).split()[1:2] != [], _action(said)
    assert _action(said).split()[1] == "det", _action(said)
