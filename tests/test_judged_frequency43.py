"""Fix round 43 (fA, blind146 Ib): a frequency judged wrong right after it ("hver dag passer
ikke.", "to gange om ugen går ikke, …", "hver dag er ikke rigtigt") is no value: the next one
said is, and on the summary a "nej" that judges the goal's rhythm wrong and asserts a new one
changes the goal's frequency. Said on ("hver dag går ikke så godt") it judges nothing."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import at_summary
from engine_support import go as answer

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)
DAILY = {"times": 1, "per": "day", "every": 1}
TWICE_A_DAY = {"times": 2, "per": "day", "every": 1}
TWICE_A_WEEK = {"times": 2, "per": "week", "every": 1}


def _freq(said: str) -> dict | None:
    found = analyze(said, TODAY).frequency
    return None if found is None else {"times": found.times, "per": found.per, "every": found.every}


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("hver dag passer ikke, to gange om ugen", TWICE_A_WEEK),
        ("øh hver dag duer ikke. to gange om ugen er nok", TWICE_A_WEEK),
        ("hver dag er ikke rigtigt. det skal vaere to gange om ugen", TWICE_A_WEEK),
        ("nej altså en gang om ugen er forkert, det skal være to gange om dagen", TWICE_A_DAY),
        ("min far siger tre gange om ugen holder ikke, han vil hver dag", DAILY),
        ("nej to gange om ugen det passer ikke, en gang om ugen", {**TWICE_A_WEEK, "times": 1}),
    ],
)
def test_a_frequency_judged_wrong_gives_way_to_the_next(said, want):
    assert _freq(said) == want


@pytest.mark.parametrize(
    ("said", "want"),
    [
        # judged wrong and nothing else said: no value (the summary asks what instead)
        ("hver dag passer ikke", None),
        ("nej, to gange om ugen går ikke.", None),
        # said on: how it goes, not the rhythm judged
        ("jeg går en tur hver dag går ikke så langt", DAILY),
        ("hun vil gerne i haven hver dag, det går ikke så godt nu", DAILY),
        # a later rhythm turned down keeps the first
        ("Jeg vil gå en tur hver dag, ikke to gange om ugen", DAILY),
        ("jeg vil gerne bage to gange om ugen", TWICE_A_WEEK),
    ],
)
def test_a_frequency_not_judged_stays(said, want):
    assert _freq(said) == want


DAILY_GOAL = {
    "wish": "jeg vil gerne kunne fodre mine høns selv igen",
    "measure": "gå ned til hønsehuset og op igen",
    "frequency": "hver dag",
    "deadline": "til påske",
    "independence": "med min stok",
    "people": "min nabo",
}


@pytest.mark.parametrize(
    ("said", "want", "shown"),
    [
        (
            "Nej, det er ikke rigtigt, hver dag passer ikke. Hønsene skal have vand både morgen"
            " og aften, så det skal være to gange om dagen.",
            TWICE_A_DAY,
            "morgen og aften",
        ),
        ("nej hver dag duer ikke, to gange om ugen er nok", TWICE_A_WEEK, "to gange om ugen"),
        (
            "nej nej hver dag er forkert. min nabo kommer kun tirsdag og fredag, så to gange om"
            " ugen",
            TWICE_A_WEEK,
            "",
        ),
    ],
)
def test_a_summary_no_judging_the_rhythm_changes_it(said, want, shown):
    turn = answer(at_summary(DAILY_GOAL), said)
    assert turn.slot == "confirm", turn.prompt
    assert turn.state["slots"]["frequency"] == want, turn.state["slots"]["frequency"]
    assert "hver dag" not in turn.goal_text and shown in turn.goal_text, turn.goal_text


def test_a_summary_no_judging_the_rhythm_alone_asks_what_instead():
    turn = answer(at_summary(DAILY_GOAL), "nej, hver dag passer ikke.")
    assert turn.slot in ("change", "frequency"), turn.prompt
