"""Fix round 37 (f37h, blind135 Holger): shooting as a sport is a pastime. The weapon or the
target named after 'skyde' ("skyde med luftgevær", "skyder på skiver", "skyde til skive"), or the
club and range where it is done (skytteforening, skydebane), is fritid; the stairs down to the
shooting cellar told in the measure are no activity of the wish. 'skyde' alone, pushing a thing
or a door ("skyde rollatoren foran mig"), is no shooting."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "øh jeg vil gerne skyde med luftgevær igen i klubben",
        "min far vil gerne kunne skyde til skive igen med sit gevær",
        "jeg vil godt skyde med luftgevaer igen om torsdagen",
        "hun vil gerne ned i skytteforeningen igen og skyde",
        "jeg vil tilbage til skytteklubben, jeg har skudt der i 40 år",
        "vil gerne kunne skyde på skiver igen med min riffel",
        "han vil gerne med ud på skydebanen igen til flugtskydning",
    ],
)
def test_shooting_sport_is_a_pastime(text):
    found = analyze(text, TODAY)
    assert (found.activity, found.area) == ("fritid", "samfundsliv")


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil kunne skyde rollatoren foran mig ud i køkkenet",
        "hun vil gerne kunne skyde døren op selv",
    ],
)
def test_pushing_a_thing_is_no_shooting(text):
    assert analyze(text, TODAY).activity != "fritid"


def test_stairs_to_the_shooting_cellar_stay_the_stairs():
    # a plain difficulty about the way there: the stairs are what is hard
    text = "trappen ned til skydekælderen er for stejl til mig"
    assert analyze(text, TODAY).activity == "trapper"
