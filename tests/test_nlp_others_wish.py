"""Another person's wish for the citizen, turned down (fix round 39, blind76 Marie): "min datter
vil ha a ska ha en komfurvagt men det vil a int" is the daughter's wish, not the citizen's; the
stance follows the citizen's own words and the aid the other wishes is no way of managing. A
wish of another's that is not turned down, and the citizen's own wish, stay wishes."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "a glemmer æ komfur to gange er æ gryde brændt på min datter vil ha a ska ha en"
        " komfurvagt men det vil a int",
        "jeg kan ikke gaa saa langt mere, min soen vil have at jeg skal ha en rollator, men det"
        " vil jeg ikke",
        "øh min svigerdatter vil gerne ha mig til at få en badebænk, men det gider jeg altså ikke",
        "min mand vil have jeg skal bruge stok. det vil jeg bare ikke",
        "hjemmeplejen vil ha at jeg skal ha nødkald men det vil jeg ikke have",
        "datter vil have mig på dagcenter men det gider jeg ikke, jeg sidder fint hjemme",
    ],
)
def test_anothers_wish_turned_down_is_no_wish(text):
    assert analyze(text, TODAY).stance == "difficulty"


@pytest.mark.parametrize(
    "text",
    [
        "a glemmer æ komfur to gange er æ gryde brændt på min datter vil ha a ska ha en"
        " komfurvagt men det vil a int",
        "jeg kan ikke gaa saa langt mere, min soen vil have at jeg skal ha en rollator, men det"
        " vil jeg ikke",
    ],
)
def test_the_aid_another_wishes_is_no_way(text):
    assert analyze(text, TODAY).independence is None


@pytest.mark.parametrize(
    "text",
    [
        # not turned down: the wish stands (the convention of the goldens that leave it out is
        # not touched)
        "min datter vil have at jeg skal have en komfurvagt",
        # a neighbour speaking of the citizen: "han" wishes, "jeg" helps
        "knud han vil gerne have at jeg viser ham hvordan han ringer til sin søster",
        # the speaker's own wish, then a refusal of something else
        "jeg vil gerne have at jeg kan gå selv til købmanden, men jeg vil ikke have rollator",
        # turned down with no later part: nothing to split
        "min datter vil have at jeg ikke skal køre bil",
    ],
)
def test_a_wish_not_turned_down_stays(text):
    assert analyze(text, TODAY).stance == "wish"
