"""The deed of another person in the purpose clause after a sign ("…, så min datter kan sy
kraven på dragten") is no sign of the citizen's; the citizen's own clause before it is (round
39). Hand sewing (beads, a needle) gets no step at the sewing machine."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("At jeg selv har syet alle 14 rækker færdig, så min datter kan sy kraven på dragten.",
         "syet alle 14 rækker"),
        ("at jeg har strikket begge ærmer færdig, så min søster kan sy trøjen sammen",
         "strikket begge ærmer"),
        ("at jeg selv kan skrælle kartoflerne så min mand kan stege dem", "skrælle kartoflerne"),
        ("at jeg har bagt kagen færdig så barnebarnet kan pynte den", "bagt kagen"),
    ],
)  # fmt: skip
def test_the_sign_is_the_citizens_clause_not_the_others_purpose(text, sign):
    criterion = analyze(text, TODAY).extras.get("criterion") or ""
    assert sign in criterion
    assert not any(w in criterion for w in ("kraven", "trøjen", "stege", "pynte"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("at jeg har trænet så jeg kan gå ned til postkassen", "gå ned til postkassen"),
        ("så jeg og min datter kan gå tur til søen", "gå tur til søen"),
        ("at jeg kan bage boller, så mine børnebørn kan få dem", "bage boller"),
    ],
)
def test_a_purpose_of_ones_own_or_a_sign_before_stays(text, sign):
    assert sign in (analyze(text, TODAY).extras.get("criterion") or "")


@pytest.mark.parametrize(
    ("own", "machine"),
    [
        ("sy perlekraven færdig til min datters dragt", False),
        ("sy perler på min nye bluse igen", False),
        ("sy knapper i med nål og tråd", False),
        ("sy mine gardiner færdige på symaskinen", True),
        ("sy et quiltetæppe til mit barnebarn", True),
    ],
)
def test_hand_sewing_gets_no_step_at_the_sewing_machine(own, machine):
    from assistant.content import get_content  # noqa: PLC0415
    from assistant.nlp.subgoals import suggest_subgoals  # noqa: PLC0415

    goal = {"activity": "fritid", "own_action": own, "deadline": "2027-03-01", "current_level": 2}
    steps = [s["text"] for s in suggest_subgoals(goal, get_content("da").goals, TODAY)]
    assert any(" sy " in f" {s} " for s in steps[:-1])
    assert any("symaskine" in s for s in steps) is machine
