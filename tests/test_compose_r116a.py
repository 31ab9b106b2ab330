"""Round 27 (r116a): a sign told as the citizen's own state ("at jeg er helt påklædt …") is said
"når jeg er …", never glued to the wish's verb ("kan klæde helt påklædt"); a reason's later
sentence in the citizen's own will ("jeg vil selv bestemme …") is kept beside her purpose."""

from __future__ import annotations

import pytest
from compose_support import BATHING, GOALS, goal_of, reason_of

from assistant.dialogs.handlers import _answered_reason

G = GOALS.grammar
DRESSING = {**BATHING, "activity": "paaklaedning", "own_action": "klæde mig på om morgenen"}


@pytest.mark.parametrize(
    ("criterion", "sign"),
    [
        ("fuldt påklædt inden klokken halv ni", "når jeg er fuldt påklædt inden klokken halv ni"),
        ("vasket og barberet før frokost", "når jeg er vasket og barberet før frokost"),
        ("helt klædt på med strømper og sko", "når jeg er helt klædt på med strømper og sko"),
    ],
)
def test_a_sign_told_as_the_citizens_state_is_said_with_er(criterion, sign):
    goal = goal_of(DRESSING, criterion=criterion)
    assert f"Jeg ved, at jeg har nået det, {sign}." in goal
    assert "kan klæde" not in goal.split(". Jeg ved", 1)[1]


def test_a_sign_of_doing_keeps_the_modal():
    goal = goal_of(DRESSING, criterion="tage strømperne på selv")
    assert "når jeg kan tage strømperne på selv" in goal


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        (
            "saa jeg ikke skal ligge og vente paa hjemmeplejen. "
            "jeg vil selv bestemme hvornaar jeg staar op",
            "selv kan bestemme hvornaar jeg staar op",
        ),
        (
            "øh så jeg ikke skal ringe efter hjælp hver gang. jeg vil klare mig selv om morgenen",
            "kan klare mig selv om morgenen",
        ),
    ],
)
def test_a_later_sentence_of_the_citizens_own_will_is_kept(told, kept):
    reason = reason_of(goal_of(DRESSING, reason_said=told))
    assert reason.startswith(", så jeg ikke skal")
    assert kept in reason


def test_a_later_sentence_of_someone_elses_will_is_not_taken_as_hers():
    said = "så jeg ikke skal vente på hjemmeplejen. min datter vil også gerne have det"
    found = "så jeg ikke skal vente på hjemmeplejen"
    assert _answered_reason(found, said, G, "citizen") == found


def test_the_answer_is_kept_whole_when_a_later_sentence_is_her_own_will():
    said = "så jeg ikke skal vente på hjemmeplejen. jeg vil selv bestemme"
    found = "så jeg ikke skal vente på hjemmeplejen"
    assert _answered_reason(found, said, G, "citizen") == said


def test_a_later_sentence_of_her_negated_will_is_no_second_purpose():
    told = "så jeg ikke skal vente på min søn. jeg vil ikke være afhængig af andre"
    reason = reason_of(goal_of(DRESSING, reason_said=told))
    assert "ikke kan være afhængig" not in reason
    assert _answered_reason(told.split(".")[0], told, G, "citizen") == told.split(".")[0]
