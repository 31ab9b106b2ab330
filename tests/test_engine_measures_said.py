"""A measure, frequency or time of day as the person said it: kept in the goal's words."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

from assistant.content.yesno import normalise
from assistant.dialogs.draft import build_draft
from assistant.dialogs.engine import advance, new_state, start
from assistant.dialogs.handlers import _amount_fragments, _counted_in_short, _said_words
from assistant.dialogs.models import Answer, Turn
from assistant.dialogs.reply import Ctx

TODAY = date(2026, 11, 22)
DONT_KNOW = Answer("card", "ved_ikke")


def _begin(content) -> Turn:
    turn = start(content, new_state(content, today=TODAY, mode="text"))
    for cid in ("borger", "ja"):
        turn = advance(turn.state, Answer("card", cid), content, TODAY, understand=understand)
    return turn


def _until(turn: Turn, content, slot: str) -> Turn:
    for _ in range(40):
        if turn.slot == slot:
            return turn
        turn = advance(turn.state, DONT_KNOW, content, TODAY, understand=understand)
    raise AssertionError(f"never reached {slot}; stuck at {turn.slot}")


def _said(turn: Turn, content, *answers: str) -> Turn:
    for value in answers:
        turn = advance(turn.state, Answer("text", value), content, TODAY, understand=understand)
    return turn


def _at(content, wish: str, slot: str) -> Turn:
    turn = _said(_until(_begin(content), content, "wish"), content, wish)
    return _until(turn, content, slot)


def _goal(turn: Turn, content) -> str:
    return build_draft(turn.state, content, TODAY)["goal"]["text"]


@pytest.mark.parametrize(
    ("wish", "said", "typed"),
    [
        ("jeg vil gerne kunne gaa ned til stranden igen", "oeh det er vel 2 km derned", "2 km"),
        ("jeg vil gerne cykle ud til min soester", "det er 2,5 km ad cykelstien", "2,5 km"),
        ("jeg vil gerne kunne gaa ned til postkassen", "sådan 200 m tror jeg", "200 meter"),
    ],
)
def test_the_goal_keeps_the_digits_of_a_distance_as_typed(content, wish, said, typed):
    turn = _said(_at(content, wish, "measure"), content, said)
    assert typed in _goal(turn, content)


def test_a_distance_said_in_words_is_written_from_its_value(content):
    turn = _said(
        _at(content, "jeg vil gerne kunne gaa ned til stranden igen", "measure"),
        content,
        "det er vel en to kilometer",
    )
    assert "to kilometer" in _goal(turn, content)


@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("natten", "om natten"),
        ("om aftenen", "om aftenen"),
        ("morgenen", "om morgenen"),
        ("morgen", "hver morgen"),  # no definite form, though it ends like one
    ],
)
def test_a_time_alone_to_the_measure_question_is_when_the_goal_is_done(content, said, when):
    turn = _said(
        _at(content, "jeg vil gerne kunne gaa paa toilettet selv", "measure"), content, said
    )
    assert turn.state.slots["frequency"] == {"times": 1, "per": "day", "every": 1}
    assert turn.state.slots["frequency_said"] == when
    assert turn.slot != "measure"  # taken, not asked again
    assert when in _goal(turn, content)


def test_the_same_time_to_how_often_keeps_the_words_said_to_the_measure_question(content):
    turn = _said(
        _at(content, "jeg vil gerne kunne gaa paa toilettet selv", "measure"), content, "natten"
    )
    turn = _until(turn, content, "frequency") if turn.slot != "frequency" else turn
    turn = _said(turn, content, "nat")
    assert turn.state.slots["frequency_said"] == "om natten"


@pytest.mark.parametrize(
    ("wish", "every", "times"),
    [
        (
            "jeg vil gerne selv kunne tage mine piller morgen og aften",
            "hver dag",
            "morgen og aften",
        ),
        ("jeg vil gerne kunne smøre mine ben ind morgen og aften igen", "øh hver dag", "morgen"),
    ],
)
def test_every_day_to_how_often_keeps_the_times_a_day_said_before(content, wish, every, times):
    turn = _said(_at(content, wish, "frequency"), content, every)
    assert turn.state.slots["frequency"] == {"times": 2, "per": "day", "every": 1}
    assert times in turn.state.slots["frequency_said"]


def test_once_a_day_to_how_often_after_two_times_a_day_said_otherwise_counts(content):
    turn = _at(content, "jeg vil gerne selv kunne tage mine piller morgen og aften", "frequency")
    turn = _said(turn, content, "bare en gang om dagen")
    assert turn.state.slots["frequency"] == {"times": 1, "per": "day", "every": 1}


def test_a_count_of_times_to_the_measure_question_keeps_the_times_named(content):
    wish = "jeg vil gerne selv kunne tage mine piller morgen og aften"
    turn = _said(_at(content, wish, "measure"), content, "to gange om dagen efter maden")
    assert turn.state.slots["frequency_said"] == "morgen og aften"
    assert turn.state.slots.get("criterion") != "to gange"


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("de 12 julekort", "de 12 julekort"),  # the number is the second word
        ("alle 3 vaerelser", "alle 3 vaerelser"),
        ("stuen og 2 værelser", "stuen og 2 værelser"),
        ("jeg kan 5 - 6", None),  # nothing counted after the number
        ("at jeg kan 4 gange om ugen", None),  # how often, no things counted
    ],
)
def test_a_short_answer_counts_the_thing_right_after_its_number(content, said, sign):
    ctx = Ctx(content=content, today=TODAY)
    words = _said_words(said, ctx)
    assert _counted_in_short(words, [normalise(w) for w in words], ctx) == sign


@pytest.mark.parametrize(
    ("wish", "shown"),
    [
        ("jeg vil gerne kunne cykle 4 km ud til kolonihaven igen", "4 km"),
        ("oeh hun vil gerne kunne gaa 1,5 km med hunden", "1,5 km"),
    ],
)
def test_a_measure_told_early_is_shown_back_as_typed(content, wish, shown):
    turn = _said(_until(_begin(content), content, "wish"), content, wish)
    assert turn.notice and shown in turn.notice, turn.notice


@pytest.mark.parametrize(
    ("wish", "level"),
    [
        ("jeg vil selv gå til moske på fredag, det er 900 m", "2. jeg kan gå 300 meter, så stop"),
        ("han vil gerne selv gaa med hunden ned til stranden", "2 han kan gaa 500 meter nu"),
        ("jeg vil gerne kunne gaa en tur i skoven igen", "to, lige nu kun 10 minutter saa maa jeg"),
        ("jeg vil gerne gaa til brugsen", "oeh en toer i dag kan jeg gaa 200 m saa stopper jeg"),
    ],
)
def test_what_one_manages_today_is_no_measure_and_the_measure_is_asked(content, wish, level):
    """A number told as today's level ("jeg kan gå 300 meter, så stop") is the level's fact:
    the goal keeps the wish's measure (or none) and the measure question is asked."""
    turn = _at(content, wish, "current_level")
    before = turn.state["slots"].get("measures")
    turn = _said(turn, content, level)
    assert turn.state["slots"]["current_level"] == 2
    assert turn.state["slots"].get("measures") == before
    assert turn.state["slots"].get("level_measures")
    for _ in range(10):
        if turn.slot in ("measure", "frequency"):
            break
        turn = advance(turn.state, DONT_KNOW, content, TODAY, understand=understand)
    assert turn.slot == "measure"


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        # round 26 (fragments7): a thing and how much of it said as two one-word fragments, in
        # either order, is one amount with the article of the thing's gender
        ("hele. brødet.", "et helt brød"),
        ("kage. hele", "en hel kage"),
        ("æble. hele", "et helt æble"),
        ("oeh. halve. pizza", "en halv pizza"),
        # no such amount: a plural, a verb, more words, no amount word
        ("kartofler. hele", None),
        ("hele. skære", None),
        ("en hel kage. hver dag", None),
        ("kagen. selv", None),
    ],
)
def test_a_thing_and_its_amount_said_as_fragments_is_one_amount(content, said, sign):
    assert _amount_fragments(said, Ctx(content=content, today=TODAY)) == sign
