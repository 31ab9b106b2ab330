"""The answer to "Er det dit eget mål?": a yes said first and more after it is a yes (unless the
more turns down the goal), the summary is never put again and again without an understood
answer, and a "nej, hellere <another activity>" changes the wish. Through the real engine."""

from __future__ import annotations

import pytest
from test_engine_change import CARDS, WALK, answer, at_summary

from assistant.dialogs.engine import SKIP_AFTER

DRESS = {
    "wish": "jeg vil gerne selv kunne tage tøj på om morgenen",
    "measure": "skjorte bukser og strømper",
    "frequency": "hver morgen",
    "deadline": "om to måneder",
    "independence": "med en knappehjælper",
    "people": "min datter",
}


@pytest.mark.parametrize(
    "said",
    [
        "ja. det vil jeg gerne. jeg gider ikke sidde og vente i pyjamas",
        "Ja, det er mit mål. Og min søn skal ikke hjælpe mig, det vil jeg ikke.",
        "ja det er mit mål, jeg vil ikke have hjemmeplejen til det",
        "jo det er det. jeg gider ikke bede naboen hver gang",
        "ja tak. jeg vil ikke være til besvær for nogen",
        "ja det vil jeg gerne jeg gider ikke vente på hjemmeplejen",
        "øh ja. det er mit eget mål. jeg vil bare ikke sidde og vente på dem hver dag",
        "ja, det vil jeg gerne, jeg kan ikke holde ud at vente på dem",
        "ja. jeg vil heller ikke have at min datter skal komme hver morgen",
    ],
)
def test_a_yes_said_first_with_more_after_it_is_a_yes(said):
    turn = at_summary(DRESS)
    shown = turn.goal_text
    turn = answer(turn, said)
    assert turn.done and turn.draft["citizen_confirmed"] is True
    assert turn.draft["goal"]["text"] == shown  # the words after the yes change nothing


@pytest.mark.parametrize(
    "said",
    [
        "ja men hellere hver anden dag",
        "ja. nej det er ikke mit mål",
        "ja, men det er for tit",
        "ja. jeg vil hellere gå en tur i stedet",
        "ja. men ret datoen",
    ],
)
def test_a_yes_followed_by_a_no_to_the_goal_is_no_yes(said):
    turn = answer(at_summary(DRESS), said)
    assert not turn.done and turn.state["confirmed"] is not True


def test_an_answer_that_changes_nothing_is_not_put_again_and_again():
    """A wish said again (facts that change nothing) once asked the same summary forever."""
    turn = at_summary(WALK)
    prompts = []
    for _ in range(SKIP_AFTER + 2):
        if turn.done:
            break
        prompts.append(turn.prompt)
        turn = answer(turn, "jeg vil gerne gå en tur i parken")
    assert turn.done and turn.draft["citizen_confirmed"] is not True
    assert len(prompts) <= SKIP_AFTER and len(set(prompts)) > 1  # a simpler prompt after one


@pytest.mark.parametrize("unknown", ["ved ikke", "ingenting"])
def test_no_then_nothing_to_change_ends_unconfirmed_after_three_rounds(unknown):
    """ "nej" to the goal, "ved ikke" to what to change: the summary came back for ever."""
    turn = at_summary(CARDS)
    asked = 0
    for _ in range(2 * SKIP_AFTER + 2):
        if turn.done:
            break
        asked += turn.slot == "confirm"
        turn = answer(turn, "nej" if turn.slot == "confirm" else unknown)
    assert turn.done and asked <= SKIP_AFTER
    assert turn.draft is not None and turn.draft["citizen_confirmed"] is not True


def test_a_change_that_gives_a_value_still_counts_as_progress():
    turn = answer(at_summary(WALK), "nej")
    turn = answer(turn, "ved ikke")
    turn = answer(answer(turn, "nej"), "det er for tit")
    turn = answer(turn, "to gange om ugen")
    assert turn.slot == "confirm" and not turn.done
    turn = answer(answer(turn, "nej"), "ved ikke")
    assert turn.slot == "confirm" and not turn.done  # the new frequency started the count anew
    assert answer(turn, "ja").draft["citizen_confirmed"] is True


@pytest.mark.parametrize(
    ("said", "word", "activity"),
    [
        ("nej, hellere svømme. min veninde og jeg kan tage i svømmehallen", "svømme", None),
        ("nej hellere svømme i svømmehallen", "svømme", None),
        ("nej. hellere cykle", "cykle", "transport"),
        ("nej, hellere cykle en tur på cyklen i stedet", "cykle", "transport"),
        ("nej jeg vil hellere cykle en tur", "cykle", "transport"),
    ],
)
def test_a_no_with_hellere_and_a_new_activity_changes_the_wish(said, word, activity):
    turn = answer(at_summary(WALK), said)
    assert turn.slot == "measure" and turn.state["slots"]["activity"] != "gang"
    assert activity is None or turn.state["slots"]["activity"] == activity
    turn = answer(turn, "ved ikke")
    assert turn.slot == "independence"  # the walk's stick is no means of the new wish
    turn = answer(turn, "selv")
    assert turn.slot == "confirm" and word in turn.goal_text and "gå en tur" not in turn.goal_text
    assert "stok" not in turn.goal_text


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("nej, hellere til min fødselsdag den 8. februar. det er bedre", "2027-02-08"),
        ("nej hellere til hans fødselsdag den 3. marts", "2027-03-03"),
        ("nej, hellere inden sommerferien", None),
        ("nej. hellere om en måned", None),
    ],
)  # fmt: skip
def test_a_no_with_hellere_and_a_date_changes_the_deadline_not_the_wish(said, deadline):
    """ "nej, hellere til min fødselsdag den 8. februar" was read as a new wish (to go to his
    birthday): the quiz at the inn was lost and the measure asked again. A "hellere" clause that
    opens with a time lead and says a date changes the deadline only."""
    turn = at_summary(WALK)
    before = turn.state["slots"]["deadline"]
    turn = answer(turn, said)
    assert turn.slot == "confirm", turn.prompt
    assert turn.state["slots"]["activity"] == "gang" and "gå en tur" in turn.goal_text
    assert turn.state["slots"]["deadline"] != before
    assert deadline is None or turn.state["slots"]["deadline"] == deadline


def test_a_new_activity_with_hellere_asks_the_measure_again():
    """The old wish's "500 meter" does not measure swimming: the measure is asked anew."""
    turn = answer(at_summary(WALK), "nej, hellere svømme i svømmehallen")
    assert turn.slot == "measure" and "500 meter" not in (turn.goal_text or "")
    turn = answer(turn, "at jeg kan svømme fire baner")
    assert turn.slot == "independence"  # and how, the stick being the walk's
    turn = answer(turn, "selv")
    assert turn.slot == "confirm" and "fire baner" in turn.goal_text
    assert answer(turn, "ja").draft["citizen_confirmed"] is True
