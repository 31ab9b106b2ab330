"""Fix round 50 (review A3): "aldrig" said after the verb of help is a refusal like "ikke": "naboen
hjælper mig aldrig", "min søn kører mig aldrig hjem" (people.yaml roles unwanted, the negation
class @neg), "de andre på holdet kører mig aldrig hjem" (nlp/group_member.py _helps_after).
Counter-examples: "altid" and a help said without a negation stay help."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 7)


def _roles(text: str) -> dict:
    return (understand(text, TODAY).extras or {}).get("people_roles") or {}


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("øh naboen hjælper mig aldrig", "nabo"),
        ("min søn kører mig aldrig hjem", "søn"),
        ("naboen hjaelper hende aldrig", "nabo"),
        ("min datter henter mig aldrig, hun har for travlt", "datter"),
        ("altså min svigersøn han vil aldrig hjælpe mig", "svigersøn"),
        ("naboen har aldrig tid", "nabo"),
        ("min bror kommer ingen steder, han er syg", "bror"),
        # "kommer og <chore> … aldrig" (the review of round 50: the chore pattern beat it)
        ("min søn kommer og hjælper mig aldrig", "søn"),
        ("min datter kommer og handler for mig aldrig mere", "datter"),
        ("naboen kommer og hjaelper mig aldrig", "nabo"),
    ],
)
def test_never_after_the_verb_is_no_help(said, person):
    assert _roles(said).get(person) == "unwanted"


@pytest.mark.parametrize(
    "said",
    [
        "de andre på holdet kører mig aldrig hjem",
        "de andre paa holdet hjaelper mig ikke",
        "øh de andre i koret kører ikke mig",
        "de andre i koret henter os ik",
    ],
)
def test_the_others_who_never_help_are_no_helpers(said):
    assert "ven" not in _roles(said)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("min datter hjælper mig altid", "datter"),
        ("min søn kører mig altid hjem", "søn"),
        ("min søn har ingen bil men han henter mig", "søn"),
        ("de andre på holdet kører mig hjem", "ven"),
        ("de andre i lauget hjælper mig uden at brokke sig", "ven"),
        ("naboen hjælper mig, aldrig hjemmeplejen", "nabo"),
    ],
)
def test_help_said_without_a_negation_stays(said, person):
    assert _roles(said).get(person) == "helper"
