"""Fix round 44 (fD): corrections at the summary ("Er det dit eget mål?") of a MEASURE, an AID or
a HELPER, by the citizen or a relative, played through the real chat handlers. As for the
frequency (test_judged_frequency43): the value turned down is never the new one, the one asserted
is; the goal's sign keeps its words with the new amount (dialogs/sign_amount.py); an amount
turned down with its article or past a verb ("ikke en kilometer", "kan ikke gå en kilometer")
gives way to the next one said, in its own unit (dialogs/amount_off.py); a helper said in a part
of its own beside the one turned down is the helper now (dialogs/helper_instead.py). A "nej"
that refuses the goal, or one about something else, changes none of them."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, answered_until, card, go

from assistant.dialogs.engine import new_state, start
from assistant.dialogs.models import Turn

_CITIZEN = {
    "wish": "jeg vil gerne kunne gå ned til købmanden selv igen",
    "measure": "gå en kilometer uden pause",
    "frequency": "to gange om ugen",
    "deadline": "til påske",
    "independence": "med stokken",
    "people": "min datter hjælper mig",
}
# A son about his mother: his sister is her daughter, his brother her son.
_RELATIVE = {
    "about": "min mor Else",
    "wish": "hun vil gerne kunne gå ned til købmanden selv igen",
    "measure": "gå en kilometer uden pause",
    "frequency": "to gange om ugen",
    "deadline": "til påske",
    "independence": "med stokken",
    "people": "min søster hjælper hende",
}
_SIGN = "når jeg kan gå en kilometer uden pause"


def _summary(relative: bool) -> Turn:
    """The summary of the dialogue: stick, one kilometre without a pause, the daughter helps."""
    who = "paaroerende" if relative else "borger"
    answers = _RELATIVE if relative else _CITIZEN
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card(who), card("ja"))
    turn = answered_until(turn, {**answers, "handover": card("ikke_selv")}, "confirm")
    slots = turn.state["slots"]
    assert slots["aids"] == ["stok"] and slots["people"] == ["datter"], slots
    assert _SIGN in turn.goal_text, turn.goal_text
    return turn


_AT = {False: _summary(False), True: _summary(True)}


def _said(relative: bool, answer: str) -> Turn:
    return go(_AT[relative], answer)


@pytest.mark.parametrize(
    ("relative", "answer", "amount", "sign"),
    [
        (False, "nej ikke en kilometer, 500 meter", {"value": 500, "unit": "meter"},
         "når jeg kan gå 500 meter uden pause"),
        (False, "nej, det skal være 200 meter, ikke en kilometer", {"value": 200, "unit": "meter"},
         "når jeg kan gå 200 meter uden pause"),
        (True, "nej hun kan ikke gaa en kilometer, hellere 400 meter",
         {"value": 400, "unit": "meter"}, "når jeg kan gå 400 meter uden pause"),
        (False, "øh nej en kilometer er for langt, 300 meter", {"value": 300, "unit": "meter"},
         "når jeg kan gå 300 meter uden pause"),
        (True, "nej, hellere to kilometer", {"value": 2, "unit": "kilometer"},
         "når jeg kan gå to kilometer uden pause"),
    ],
)  # fmt: skip
def test_a_measure_corrected_keeps_the_sign_with_the_new_amount(relative, answer, amount, sign):
    turn = _said(relative, answer)
    assert turn.slot == "confirm", turn.prompt
    assert turn.state["slots"]["measures"] == [amount], turn.state["slots"]["measures"]
    assert sign in turn.goal_text and "en kilometer" not in turn.goal_text, turn.goal_text


def test_an_amount_of_another_kind_leaves_the_old_sign_out():
    turn = _said(False, "nej ikke en kilometer, 10 minutter")
    assert turn.state["slots"]["measures"] == [{"value": 10, "unit": "minut"}]
    assert "kilometer" not in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    ("relative", "answer", "aids", "shown"),
    [
        (False, "Nej, ikke stokken, jeg bruger rollatoren", ["rollator"], "med min rollator"),
        (True, "nej hun bruger altså rollator", ["rollator"], "med min rollator"),
        (True, "nej det er forkert, hun bruger rollatoren nu", ["rollator"], "med min rollator"),
        (False, "næ, uden stok", [], ""),
        (True, "nej hun går uden stokken", [], ""),
    ],
)  # fmt: skip
def test_an_aid_corrected_is_the_new_one(relative, answer, aids, shown):
    turn = _said(relative, answer)
    slots = turn.state["slots"]
    assert slots["aids"] == aids, slots["aids"]
    assert "stok" not in turn.goal_text and shown in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    ("relative", "answer", "people"),
    [
        (False, "nej, det er min søn der hjælper, ikke min datter", ["søn"]),
        (False, "nej, datteren har ikke tid, det bliver sønnen", ["søn"]),
        (False, "nej, min søn, ikke min datter", ["søn"]),
        (False, "nej ikke datteren, naboen", ["nabo"]),
        (True, "nej ikke min søster, det bliver naboen", ["nabo"]),
        (True, "nej, min bror, ikke min søster", ["søn"]),
        (True, "nej ikke min søster, min bror", ["søn"]),
        (True, "nej hun har ingen datter der hjælper, det er naboen Jens", ["nabo"]),
    ],
)  # fmt: skip
def test_a_helper_corrected_is_the_one_asserted(relative, answer, people):
    turn = _said(relative, answer)
    assert turn.state["slots"]["people"] == people, turn.state["slots"]["people"]


@pytest.mark.parametrize(
    ("relative", "answer"),
    [
        # the helper turned down and another only told of: no helper is guessed
        (True, "nej min søster kan ikke, og min bror bor i Aarhus"),
        (False, "nej ikke min datter, hun arbejder"),
        (False, "nej min datter kan ikke. Min mand er død"),
    ],
)  # fmt: skip
def test_a_helper_turned_down_alone_leaves_no_other(relative, answer):
    assert _said(relative, answer).state["slots"]["people"] == []


@pytest.mark.parametrize(
    ("relative", "answer"),
    [
        (False, "nej"),
        (False, "nej, det er ikke mit eget mål"),
        (True, "nej, det er ikke hendes eget mål"),
        # "hellere noget andet" names no aid ("med noget andet" was written before)
        (False, "nej jeg vil hellere noget andet"),
        (False, "nej, hellere noget helt andet"),
        (True, "nej hun vil hellere noget andet"),
    ],
)
def test_a_no_to_the_goal_asks_what_to_change_and_keeps_the_values(relative, answer):
    turn = _said(relative, answer)
    slots = turn.state["slots"]
    assert turn.slot == "change", turn.prompt
    assert "noget" not in turn.goal_text, turn.goal_text
    assert slots["aids"] == ["stok"] and slots["people"] == ["datter"], slots
    assert slots["measures"] == [{"value": 1, "unit": "kilometer"}], slots["measures"]


@pytest.mark.parametrize(
    ("relative", "answer", "frequency"),
    [
        # a "nej" about the rhythm changes the rhythm, not the measure, aid or helper
        (False, "nej ikke to gange om ugen, hver dag", {"times": 1, "per": "day", "every": 1}),
        (True, "nej, hun vil hellere en gang om ugen", {"times": 1, "per": "week", "every": 1}),
    ],
)  # fmt: skip
def test_a_no_about_something_else_keeps_measure_aid_and_helper(relative, answer, frequency):
    turn = _said(relative, answer)
    slots = turn.state["slots"]
    assert slots["frequency"] == frequency, slots["frequency"]
    assert slots["aids"] == ["stok"] and slots["people"] == ["datter"], slots
    assert _SIGN in turn.goal_text, turn.goal_text
