"""A "nej" on the summary that names the steps ("skridtene", "trinene", "det første skridt",
"rækkefølgen") is about the steps, not the goal: the person's own first step said with it takes
the first step's place, and without one the steps are asked again. Its words never change the
goal. Through the real engine and content."""

from __future__ import annotations

import pytest
from engine_support import at_summary
from engine_support import go as answer

from assistant.dialogs.models import Turn

WALK = {
    "wish": "jeg vil gerne kunne gå en tur i parken igen",
    "measure": "500 meter",
    "frequency": "hver dag",
    "deadline": "til påske",
    "independence": "med min stok",
    "people": "min datter",
}
SOCKS = {
    "wish": "jeg vil gerne selv kunne tage strømper på om morgenen",
    "measure": "begge strømper",
    "frequency": "hver morgen",
    "deadline": "om to måneder",
    "independence": "med en strømpepåtager",
    "people": "hjemmeplejen",
}


def _steps(turn: Turn) -> list[str]:
    return [item["text"] for item in turn.state["subgoals"] or []]


@pytest.mark.parametrize(
    ("answers", "said", "step"),
    [
        (
            WALK,
            "nej altså trinene passer ikke. forst vil jeg gaa rundt i stuen med stokken",
            "rundt i stuen",
        ),
        (
            WALK,
            "næ det første skridt er forkert, jeg vil starte med at gå ud til postkassen",
            "ud til postkassen",
        ),
        (
            WALK,
            "nej øh rækkefølgen er forkert. først vil jeg gå ned til bænken ved søen",
            "ned til bænken",
        ),
        (
            SOCKS,
            "nej skridtene er ikke gode. jeg vil gerne først øve med påtageren på sengekanten",
            "påtageren på sengekanten",
        ),
    ],
)
def test_a_no_naming_the_steps_takes_the_own_first_step(answers, said, step):
    before = at_summary(answers)
    turn = answer(before, said)
    assert turn.slot == "confirm" and turn.state["confirmed"] is not True
    assert step in _steps(turn)[0]
    assert turn.goal_text == before.goal_text  # the step's words change no goal
    done = answer(turn, "ja")
    assert done.done and step in done.draft["subgoals"][0]["text"]


def test_the_own_step_s_amount_and_aid_stay_out_of_the_goal():
    before = at_summary(WALK)
    turn = answer(before, "nej trinnene er forkerte. jeg vil først gå 100 meter med rollatoren")
    assert turn.state["slots"]["measures"] == [{"value": 500, "unit": "meter"}]
    assert "rollator" not in turn.goal_text and "500 meter" in turn.goal_text
    assert "100 meter med rollatoren" in _steps(turn)[0]


@pytest.mark.parametrize(
    "said",
    ["nej skridtene passer ikke", "nej, trinene er forkerte", "nej altså rækkefølgen er forkert"],
)
def test_a_no_naming_the_steps_alone_asks_the_steps_again(said):
    turn = answer(at_summary(SOCKS), said)
    assert turn.slot == "subgoals"
    turn = answer(turn, "ja")
    assert turn.slot == "confirm"


@pytest.mark.parametrize(
    "said",
    [
        "nej skridtene er for svære, de skal være mindre",
        "nej trinene er forkerte jeg har ondt i knæet",
    ],
)
def test_a_remark_on_the_steps_is_no_step_of_its_own(said):
    before = at_summary(WALK)
    turn = answer(before, said)
    assert turn.slot == "subgoals" and _steps(turn) == _steps(before)


def test_a_no_naming_no_step_still_asks_what_to_change():
    turn = answer(at_summary(WALK), "nej det passer ikke")
    assert turn.slot == "change"


@pytest.mark.parametrize(
    ("said", "step"),
    [
        ("først vil jeg øve med påtageren på sengekanten", "påtageren på sengekanten"),
        ("øh jeg vil starte med at gå 100 meter med rollatoren", "100 meter med rollatoren"),
        ("forst ove med stroempepaatageren i stolen", "i stolen"),
    ],
)
def test_an_own_first_step_to_the_steps_question_is_step_one_not_the_goal(said, step):
    asked = answer(at_summary(SOCKS), "nej skridtene passer ikke")
    turn = answer(asked, said)
    assert step in _steps(turn)[0]
    assert turn.goal_text == asked.goal_text  # no new amount or aid in the goal
    assert "rollator" not in turn.goal_text and "100 meter" not in turn.goal_text
