"""A sign that ends with a span of days ("…, hver morgen i en uge", "… en hel uge i træk") keeps
it: past the criterion finder's max_words, and after another person's clause that the goal leaves
out (round 27, spans)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import understand

from assistant.content import get_content
from assistant.dialogs.engine import advance, new_state, start
from assistant.dialogs.models import Answer
from assistant.nlp.criterion import span_lead

TODAY = date(2026, 12, 4)
CONTENT = get_content("da")


@pytest.mark.parametrize(
    ("part", "lead"),
    [
        ("hver morgen i en uge", 2),
        ("hver dag i fjorten dage", 2),
        ("i en hel uge", 0),
        ("en hel uge i traek", 0),  # typed without æøå
        ("tre dage i træk", 0),
        ("syv aftener i træk", 0),
        ("hun kommer fem dage i streg", 2),
    ],
)  # fmt: skip
def test_a_span_of_days_at_the_end_is_found(part, lead):
    assert span_lead(part.split(), CONTENT.lexicon.criterion) == lead


@pytest.mark.parametrize(
    "part",
    ["gå ned i dag", "hun kommer i morgen", "to gange i ugen", "gå i bad", "uden at vi hjælper"],
)
def test_no_span_of_days_without_a_count(part):
    assert span_lead(part.split(), CONTENT.lexicon.criterion) is None


@pytest.mark.parametrize(
    ("said", "span"),
    [
        # a long sign: the removed clause of others before the span does not cut it off
        ("øh at han selv har lavet sin kaffe og smurt sin mad, også rugbrødet, uden at vi "
         "skal hjælpe ham med det, hver morgen i en uge", "hver morgen i en uge"),
        ("at hun selv har redt sengen og lagt dynen paa plads helt, uden at min bror skal "
         "goere det for hende bagefter, hver dag i fjorten dage", "hver dag i fjorten dage"),
        ("at han har taget sine stroemper og sko paa, ogsaa de nye skoe, uden at hjemmeplejen "
         "skal sidde ved siden af ham, syv aftener i traek", "syv aftener i træk"),
    ],
)  # fmt: skip
def test_a_long_sign_keeps_its_span_of_days(said, span):
    criterion = understand(said, TODAY).extras["criterion"]
    assert criterion.endswith(span)


def test_a_long_sign_without_a_span_still_ends_before_its_last_clause():
    said = (
        "at han selv har lavet sin kaffe og smurt sin mad, også rugbrødet, uden at vi skal "
        "hjælpe ham med det, og så sidder han og hører radio bagefter"
    )
    criterion = understand(said, TODAY).extras["criterion"]
    assert "radio" not in criterion


def _goal(who: str, answers: dict[str, str]) -> str:
    """The goal text last shown in a dialogue of `who` (a who card) answering `answers`."""
    turn = start(CONTENT, new_state(CONTENT, today=TODAY))
    for answer in (Answer("card", who), Answer("card", "ja")):
        turn = advance(turn.state, answer, CONTENT, TODAY, understand=understand)
    shown = ""
    for _ in range(40):
        shown = turn.goal_text or shown
        if turn.slot in ("handover", "confirm"):
            return shown
        said = answers.get(turn.slot)
        if said is not None:
            answer = Answer("text", said)
        else:
            cards = {"subgoals": "ja", "current_level": "2", "importance": "4"}
            answer = Answer("card", cards.get(turn.slot, "ved_ikke"))
        turn = advance(turn.state, answer, CONTENT, TODAY, understand=understand)
        json.dumps(turn.state.to_json())
    raise AssertionError(f"no end; stuck at {turn.slot}")


@pytest.mark.parametrize(
    ("who", "wish", "measure", "span", "gone"),
    [
        # a son speaks of his father: his own clause goes, the span after it stays
        ("paaroerende", "at han selv kan lave sin morgenmad igen",
         "at han selv har lavet sin kaffe og smurt sin mad, også rugbrødet, uden at jeg skal "
         "hjælpe ham med det, hver morgen i en uge",
         "hver morgen i en uge", "hjælpe"),
        # a home helper in office words, typed without æøå: the staff's "vi" clause goes
        ("medarbejder", "borgeren oensker at kunne lave sin morgenmad selv",
         "at han har lavet kaffe og smurt sin mad uden at vi skal hjaelpe, hver dag i fjorten "
         "dage", "hver dag i fjorten dage", "vi skal"),
        # a daughter, typed without æøå, with "i træk" after her own visit
        ("paaroerende", "at mor selv kan tage sin medicin",
         "at pillerne er vaek fra aesken naar jeg kigger om fredagen tre uger i traek",
         "tre uger i træk", "kigger"),
    ],
)  # fmt: skip
def test_the_span_after_a_clause_left_out_stays_in_the_sign(who, wish, measure, span, gone):
    goal = _goal(who, {"wish": wish, "measure": measure, "frequency": "hver dag"})
    assert "nået det, " in goal, goal
    sign = goal.split("nået det, ", 1)[1].split(". ")[0]
    assert span in sign
    assert gone not in sign
