"""Fix round 50 (fF, blind165 Tage, blind166 Poul): "Manden i akvariebutikken … tester vandet for
mig" is the shop's man, no husband: a definite spouse word right before a place lead and a place
("konen fra kiosken", "manden ved siden af", "manden nede i Brugsen") names someone found there
(nlp/placed_stranger.py, people.yaml placed_spouse_words); the plural "mændene"/"konerne" is
never one's spouse (needs_owner). A grandchild who lives elsewhere but "kommer og renser
filteret med mig" helps (people.yaml roles helper). Counter-examples: "manden" alone, "min
mand", "manden derhjemme" stay the husband; "min søn kommer og besøger mig" names no help."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 7)


def _roles(text: str) -> dict:
    return (understand(text, TODAY).extras or {}).get("people_roles") or {}


@pytest.mark.parametrize(
    "said",
    [
        "Manden i akvariebutikken i Nykøbing tester vandet for mig.",
        "konen fra kiosken hjælper mig med at bære varerne",
        "øh manden ved siden af han kommer og hjælper mig med græsset",
        "manden nede i brugsen bærer posen ud til bilen for mig",
        "manden henne paa tanken pumper mine daek",
        "jeg drikker kaffe med mændene i Brugsen",
        "konerne i syklubben hjælper mig med at tråde nålen",
        "han vil gerne ses med mændene fra værkstedet igen",
    ],
)
def test_a_spouse_word_with_a_place_or_in_the_plural_is_no_spouse(said):
    roles = _roles(said)
    assert "mand" not in roles and "kone" not in roles, roles


@pytest.mark.parametrize(
    ("said", "spouse"),
    [
        ("manden kører mig derud", "mand"),
        ("manden derhjemme hjælper mig", "mand"),
        ("min mand hjælper mig i haven", "mand"),
        ("konen er med hver gang", "kone"),
        ("manden og jeg går tur hver dag", "mand"),
        ("min kone fra Thy hun hjælper mig", "kone"),
    ],
)
def test_the_spouse_stays(said, spouse):
    assert spouse in _roles(said)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Mit barnebarn Jonas bor i Maribo, han kommer og renser filteret med mig hver anden"
         " gang.", "barnebarn"),
        ("min søn bor i Aarhus men han kommer og slår græsset for mig", "søn"),
        ("min datter bor i Odense, hun kommer og handler med mig om lørdagen", "datter"),
        ("øh naboen kommer og bærer kasserne op for mig", "nabo"),
    ],
)  # fmt: skip
def test_one_who_comes_and_does_it_with_me_helps(said, person):
    assert _roles(said).get(person) == "helper"


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("min søn kommer og besøger mig om søndagen", "søn"),
        ("min datter bor i Aalborg", "datter"),
    ],
)
def test_a_visit_or_a_home_elsewhere_is_no_help(said, person):
    assert _roles(said).get(person) != "helper"
