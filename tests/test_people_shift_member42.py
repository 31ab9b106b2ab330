"""Fix round 42 (fE, blind145 Kim about Else, Grethe): a work shift told with a role's word ("min
kone har nattevagter") names nobody, so a refusal after it stays with the person before it; a name
after a person word said with its group ("hendes veninde Ruth fra holdet") is that person, no
second friend; a neighbour said as a compound ("min nabokone Inger") is a neighbour."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Min kone Pia har nattevagter på sygehuset, så hende kan I ikke regne med.", "kone"),
        ("min søn har mange aftenvagter så ham kan vi ikke regne med", "søn"),
        ("hans datter tager weekendvagter på plejehjemmet, hende skal I ikke regne med", "datter"),
        ("min svigerdatter går nattevagt, hende kan De ikke regne med", "svigerdatter"),
    ],
)
def test_a_shift_is_nobody_and_the_refusal_stays_with_the_person(said, person):
    facts = analyze(said, TODAY)
    roles = facts.extras["people_roles"]
    assert roles.get(person) == "unwanted", roles
    assert not any(p.endswith("vagt") for p in facts.people), facts.people


def test_a_night_nurse_who_comes_is_still_a_person():
    assert "nattevagt" in analyze("nattevagten kommer om aftenen og hjælper mig", TODAY).people


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Og hendes veninde Ruth fra holdet blander farverne.", "veninde"),
        ("min gode veninde Bodil fra koret henter mig", "veninde"),
        ("min nabo Kaj fra klubben kører mig derud", "nabo"),
    ],
)
def test_a_named_person_with_a_group_is_no_second_friend(said, person):
    people = analyze(said, TODAY).people
    assert person in people and "ven" not in people, people


def test_a_name_with_its_group_alone_is_still_a_friend():
    assert "ven" in analyze("Ruth fra holdet hjælper mig med farverne", TODAY).people


@pytest.mark.parametrize(
    "said",
    [
        "Min nabokone Inger kommer over om søndagen og tæller maskerne.",
        "min nabomand hjaelper mig med skraldespanden",
        "vores genboer er søde og handler for mig",
    ],
)
def test_a_neighbour_compound_is_a_neighbour(said):
    assert "nabo" in analyze(said, TODAY).people
