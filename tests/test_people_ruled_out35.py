"""People said not to be the help (fix round 35, blind130 Camilla): "… så det bliver ikke ham"
rules out the person said just before; a relative who names herself before the citizen's
genitive name ("Jeg er Camilla, Fredes svigerdatter") tells her own role."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import go
from test_engine_people_told31 import _to_people

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Min søn arbejder i Aarhus, så det bliver ikke ham", "søn"),
        ("hendes søn arbejder på en boreplatform og er kun hjemme hver tredje uge, så det bliver"
         " ikke ham", "søn"),
        ("min svigersøn kører lastbil hele ugen så det bliver nok ikke ham", "svigersøn"),
        ("øh min datter har to små børn og et fuldtidsjob, så bliver det ikke hende", "datter"),
        ("naboen Kurt hjælper mig, men min bror spiller golf, det blir ik ham", "bror"),
        ("min veninde bor i Svendborg saa det bliver ikke hende", "veninde"),
    ],
)  # fmt: skip
def test_det_bliver_ikke_ham_rules_out_the_person_said_before(said, person):
    roles = analyze(said, TODAY).extras["people_roles"]
    assert roles[person] == "unwanted", roles


def test_the_one_it_will_be_is_not_ruled_out():
    roles = analyze("det bliver nok min datter der hjælper mig", TODAY).extras["people_roles"]
    assert roles["datter"] != "unwanted", roles


@pytest.mark.parametrize(
    ("about", "everyday", "said", "person"),
    [
        ("min svigerfar Frede", "Jeg er Camilla, Fredes svigerdatter. Frede er 84.",
         "jeg kommer om søndagen", "svigerdatter"),
        ("min far", "jeg er Ole, Birtes søn, og far bor alene", "mig om lørdagen", "søn"),
        ("min mor Inger", "Jeg er Mette Ingers datter, mor bor i Kolding",
         "jeg kan hjælpe i starten", "datter"),
        ("min svigermor", "øh jeg er Kim, Gretes svigersøn ikk, hun bor alene",
         "det kan jeg", "svigersøn"),
    ],
)  # fmt: skip
def test_own_name_before_the_citizens_genitive_name_tells_the_role(about, everyday, said, person):
    turn = _to_people(about, everyday, "hun vil gerne kunne tage bussen igen")
    assert turn.slot == "people"
    turn = go(turn, said)
    assert person in turn.state["slots"]["people"]


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("Med en terrænrollator med store hjul, som kan køre på græsset", "terrænrollator"),
        ("han skal have en terraenrollator saa han kan komme ned i skoven", "terrænrollator"),
        ("mor bruger udendørsrollatoren når hun skal i haven", "udendørsrollator"),
        ("øh jeg vil gerne ud i skoven igen med terrænrollatoren ikk", "terrænrollator"),
    ],
)
def test_a_kind_of_rollator_said_so_is_its_own_aid(said, aid):
    aids = analyze(said, TODAY).aids
    assert aid in aids and "rollator" not in aids, aids
