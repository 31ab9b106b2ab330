"""Fix round 42 (fE, blind145 Akosua, Kim about Else): braiding someone else's hair ("flette hår
på mine børnebørn") is no care of one's own body, and others eating or drinking ("hele familien
drikker kaffe af hendes kopper") is no meal of the citizen's; one's own hair or cup still is."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "Jeg vil flette hår igen på mine barnebørn",
        "hun vil gerne kunne flette håret på sit barnebarn igen",
        "jeg vil gerne kunne flette håret på min datter igen",
    ],
)
def test_doing_someone_elses_hair_is_no_own_hygiene(said):
    facts = analyze(said, TODAY)
    # the rules' own reading; since fix round 51 the word counts' guess, marked
    # `activity_guessed` and never taken by the dialogue, may still say hygiene
    ruled = None if (facts.extras or {}).get("activity_guessed") else facts.activity
    assert ruled != "vask_og_hygiejne"


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne kunne rede mit hår selv igen",
        "hun kan ikke vaske sit hår mere",
    ],
)
def test_ones_own_hair_stays_hygiene(said):
    assert analyze(said, TODAY).activity == "vask_og_hygiejne"


@pytest.mark.parametrize(
    "said",
    [
        "Hele familien drikker kaffe af hendes kopper.",
        "naar gaesterne spiser kage hos mig vil jeg gerne sidde med",
        "børnebørnene drikker saftevand hos mig om søndagen",
    ],
)
def test_others_eating_is_no_meal_of_the_citizens(said):
    assert analyze(said, TODAY).activity != "spise_og_drikke"


@pytest.mark.parametrize(
    "said",
    [
        "hun kan ikke drikke af sin kop mere fordi hun ryster",
        "jeg vil gerne spise selv med familien igen",
    ],
)
def test_ones_own_meal_stays_eating(said):
    assert analyze(said, TODAY).activity == "spise_og_drikke"


def test_painting_porcelain_is_a_hobby():
    assert analyze("jeg vil gerne male porcelæn igen", TODAY).activity == "fritid"
