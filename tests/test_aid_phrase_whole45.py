"""Fix round 45 (fC): an aid said in a phrase is kept whole. (1) A part said after the aid with
its adjective keeps its noun, an aid word too ("en gribetang med et langt håndtag": never "med
et langt" cut before its noun; dialogs/aid_fitted.py); a second aid of its own after an
adjective is no part ("en rollator med en lille stok"). (2) A thing said before a "med" phrase
of its own words is named with it ("en taske med en rem", not "med en rem"), and a purpose told
after the aid that points back to it ("så jeg kan hænge den på armen") is how the aid is used:
no reason and no purpose of the goal, also when no reason was given
(dialogs/aid_own_purpose.py). A purpose about the task ("så jeg kan sidde ned") stays. Through
the real engine."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen, at_summary
from engine_support import go as answer

GARDEN = {
    "wish": "jeg vil gerne samle affald op i haven igen",
    "measure": "at jeg kan gaa hele haven rundt",
    "frequency": "to gange om ugen",
    "deadline": "til paaske",
    "motivation": "fordi jeg kan lide en paen have",
}
NO_REASON = {k: v for k, v in GARDEN.items() if k != "motivation"}


def _slots(said: str, answers: dict = GARDEN) -> dict:
    return answer(answered_until(as_citizen(), answers, "independence"), said).state.slots


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        (
            "jeg har faaet en gribetang med et langt håndtag",
            "med en gribetang med et langt håndtag",
        ),
        (
            "øh min datter har købt en gribetang med et langt haandtag til hende",
            "med en gribetang med et langt håndtag",
        ),
        (
            "jeg bruger en gribetang med et langt håndtag så jeg ikke skal bukke mig",
            "med en gribetang med et langt håndtag",
        ),
        ("jeg bruger en rollator med et stort håndtag", "med en rollator med et stort håndtag"),
        ("han har en stok med et ekstra greb", "med en stok med et ekstra greb"),
    ],
)
def test_a_part_said_with_its_adjective_keeps_its_noun(said, phrase):
    slots = _slots(said)
    assert slots.get("aid_said") == phrase, slots.get("aid_said")


def test_the_goal_names_the_tongs_with_their_handle():
    text = at_summary({**GARDEN, "independence": "jeg har faaet en gribetang med et langt håndtag"})
    assert "med en gribetang med et langt håndtag," in text.goal_text, text.goal_text


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("med en gribetang med langt skaft", "med en gribetang med langt skaft"),
        ("med min rollator med en lille kurv", "med min rollator med en lille kurv"),
        (
            "en gribetang med et langt skaft og en rollator",
            "med en gribetang med et langt skaft og min rollator",
        ),
    ],
)
def test_parts_of_no_aid_word_are_as_before(said, phrase):
    assert _slots(said).get("aid_said") == phrase


def test_a_second_aid_after_an_adjective_is_no_part():
    slots = _slots("han har en rollator med en lille stok")
    assert "med en lille" not in str(slots.get("aid_said") or ""), slots
    assert {"rollator", "stok"} <= set(slots.get("aids") or []), slots


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("en taske med en rem, så jeg kan hænge den på armen", "med en taske med en rem"),
        (
            "jeg har fået en taske med en lang rem saa jeg kan have den over skulderen",
            "med en taske med en lang rem",
        ),
        (
            "hun har faaet en stok med et greb så hun kan haenge den paa armen",
            "med en stok med et greb",
        ),
    ],
)
@pytest.mark.parametrize("answers", [GARDEN, NO_REASON], ids=["reason", "no_reason"])
def test_the_aids_own_use_is_no_reason(said, phrase, answers):
    slots = _slots(said, answers)
    assert slots.get("aid_said") == phrase, slots.get("aid_said")
    assert not slots.get("purpose_said"), slots
    text = at_summary({**answers, "independence": said}).goal_text
    assert phrase in text, text
    assert " den på armen" not in text and "den over skulderen" not in text, text
    assert ("fordi jeg kan lide" in text) == (answers is GARDEN), text


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("selv med en skammel så jeg kan sidde ned", "så jeg kan sidde ned"),
        ("en rollator, så jeg kan hvile mig", "så jeg kan hvile mig"),
        ("med en vogn med hjul saa jeg ikke skal bære spandene", "så jeg ikke skal bære spandene"),
    ],
)
def test_a_purpose_of_the_task_stays_when_no_reason_was_given(said, kept):
    text = at_summary({**NO_REASON, "independence": said}).goal_text
    assert kept in text, text


def test_den_before_a_definite_adjective_is_an_article():
    from assistant.content import load_content
    from assistant.dialogs.aid_own_purpose import points_to_aid

    g = load_content("da").goals.grammar
    assert points_to_aid("så jeg kan hænge den på armen", "taske", g)
    assert points_to_aid("så den ikke vælter", "stol", g)
    assert not points_to_aid("så jeg kan gå den lange vej", "stok", g)
    assert not points_to_aid("så jeg kan klare det selv", "stativ", g)
    assert not points_to_aid("så jeg kan hænge den på armen", None, g)
