"""A person refused after their name and where they live (fix round 40, blind141 Ejvind): "min
datter Bodil i Odense skal ikke regnes med" rules her out, as "min datter skal ikke regnes med"
does; the place between ("i Odense") is read with the person, as the first name is."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Min datter Bodil i Odense skal ikke regnes med, hun siger bare køb dem", "datter"),
        ("min søn i Aarhus kan man ikke regne med", "søn"),
        ("øh min bror Jan på Fanø ham vil jeg ikke spørge", "bror"),
        ("hans svigerdatter i Kolding skal i ikke regne med", "svigerdatter"),
        ("min nevø i Esbjerg, ham skal vi ikke have med", "nevø"),
        ("min soester Inge i Vejle kan vi ikke regne med", "søster"),
    ],
)  # fmt: skip
def test_a_refusal_after_the_name_and_place_rules_the_person_out(said, person):
    roles = analyze(said, TODAY).extras["people_roles"]
    assert roles[person] == "unwanted", roles


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Min søster i Vejle hun hjælper mig med at handle", "søster"),
        ("min datter i Odense kommer og hjælper mig om lørdagen", "datter"),
        ("min søn Kim i Aarhus han kører mig derhen", "søn"),
    ],
)  # fmt: skip
def test_help_said_after_the_name_and_place_stays_help(said, person):
    roles = analyze(said, TODAY).extras["people_roles"]
    assert roles[person] == "helper", roles
