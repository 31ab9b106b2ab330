"""Fix round 50 (fC, blind164 Gülten and Finn): a reason that after every mend still reads as
speech or a second language stays out of the goal sentence and is kept for staff
(nlp/reason_gate.py). A body part said bare as a clause's subject ("når hænder er i jord",
"fordi ben gør ondt") fails; a main clause run on with no join after a predicate adjective or
a place adverb first gets its comma ("og så er det hyggeligt, vi snakker hele vejen";
nlp/reason_commas.run_on_commas), so a reason is left out only when the comma cannot mend it.
The persona lint flags a reason left as said in any goal (tests/persona_expect.py).
Counter-examples: a body part with its article or possessive, a bare part after a preposition,
"som" or "at" left unsaid after a noun or a question word, a good reason kept whole."""

from __future__ import annotations

import pytest
from compose_support import reason_in_goal
from persona_expect import grammar_problems

from assistant.content import get_content
from assistant.nlp.compose import compose_goal, reason_first_person
from assistant.nlp.reason_gate import reason_unwritable

GOALS = get_content("da").goals
G = GOALS.grammar


@pytest.mark.parametrize(
    "told",
    [
        # round 50 m2: mended first (tests/test_body_parts_reason50.py); out stay a mended
        # reason with a main clause spliced on and a fronted clause left alone
        "Når hænder er i jord, jeg er glad, jeg glemmer smerter.",
        "fordi når fingre er varme jeg kan strikke",
        "Fordi ben gør ondt når jeg sidder stille, jeg skal bevæge mig.",
        "Min mor siger: når ryg gør ondt hun bliver sur.",
    ],
)
def test_a_second_languages_bare_body_subject_keeps_the_reason_out(told):
    facts = {"activity": "fritid", "own_action": "gå ned til havnen", "speaker": "citizen"}
    assert compose_goal({**facts, "reason_said": told}, GOALS) == "Jeg vil kunne gå ned til havnen."
    assert reason_first_person(told, GOALS, "citizen")  # kept for staff in goal.motivation


@pytest.mark.parametrize(
    ("told", "written"),
    [
        ("fordi jeg bliver glad når hænderne er i jorden",
         ", fordi jeg bliver glad når hænderne er i jorden."),
        ("fordi mine ben gør ondt når jeg sidder stille",
         ", fordi mine ben gør ondt når jeg sidder stille."),
        ("fordi jeg har ondt i ryg og jeg vil ud", ", fordi jeg har ondt i ryggen og jeg vil ud."),
        ("fordi det er det eneste jeg har tilbage", ", fordi det er det eneste jeg har tilbage."),
        ("fordi jeg selv vil bestemme hvornår jeg står op",
         ", fordi jeg selv vil bestemme hvornår jeg står op."),
        ("fordi han fortæller mig alt muligt han ikke fortæller sine forældre",
         ", fordi han fortæller mig alt muligt han ikke fortæller sine forældre."),
    ],
)  # fmt: skip
def test_a_good_reason_stays_whole(told, written):
    assert reason_in_goal(told, "citizen") == written


@pytest.mark.parametrize(
    ("told", "written"),
    [
        ("fordi de gamle ikke kan komme nogen steder og så er det hyggeligt vi snakker hele vejen",
         ", fordi de gamle ikke kan komme nogen steder, og så er det hyggeligt, vi snakker hele"
         " vejen."),
        ("fordi blomsterne ikke skal gå ud de er Aages og mine",
         ", fordi blomsterne ikke skal gå ud, de er Aages og mine."),
        # a run-on the reason's cleaning cuts already (nlp/reason.py): no comma needed
        ("fordi det er så dejligt vi griner hele tiden", ", fordi det er så dejligt."),
        ("fordi vi sidder derude vi kan snakke i fred", ", fordi vi sidder derude."),
        ("fordi vi har det så sjovt derovre ik vi griner", ", fordi vi har det så sjovt derovre."),
    ],
)  # fmt: skip
def test_a_run_on_main_clause_gets_its_comma(told, written):
    assert reason_in_goal(told, "citizen") == written


@pytest.mark.parametrize(
    "words",
    [
        "hænder er i jord, er jeg glad",
        "ben gør ondt når jeg sidder stille",
        "når fingrene er varme",
    ],
)
def test_the_gate_fails(words):
    assert reason_unwritable(words, G)


@pytest.mark.parametrize(
    "words",
    [
        "når hænderne er i jorden, er jeg glad",
        "mit knæ gør ondt",
        "det er så hyggeligt, vi snakker hele vejen",
        "det er der jeg kan trække vejret",
        "så er det hyggeligt",
        "når hænder er i jord, er jeg glad",  # mended: "når hænderne er i jord"
        "fordi knæ gør ondt",  # mended: "fordi knæet gør ondt"
        # a run-on is the composer's to comma, no failure of the gate (test_body_parts_reason50)
        "det er så hyggeligt vi snakker hele vejen",
    ],
)
def test_the_gate_passes(words):
    assert not reason_unwritable(words, G)


def test_the_lint_flags_a_reason_left_as_said():
    raw = (
        "Jeg vil kunne dyrke grøntsager i fælleshaven igen, fordi når hænder er i jord, er jeg"
        " glad. Det vil jeg kunne inden den 1. april 2027."
    )
    assert any("the reason left as said" in p for p in grammar_problems(raw))
    mended = raw.replace("når hænder er i jord", "når hænderne er i jorden")
    assert not any("the reason left as said" in p for p in grammar_problems(mended))


@pytest.mark.parametrize(
    ("raw", "mended"),
    [
        ("Jeg vil kunne gå, fordi ben gør ondt når jeg sidder.",
         "Jeg vil kunne gå, fordi mine ben gør ondt når jeg sidder."),
        ("Jeg vil kunne gå, fordi det er så hyggeligt vi snakker.",
         "Jeg vil kunne gå, fordi det er så hyggeligt, vi snakker."),
        ("Jeg vil kunne gå, fordi når det er sommer er jeg glad.",
         "Jeg vil kunne gå, fordi når det er sommer, er jeg glad."),
    ],
)  # fmt: skip
def test_the_lint_has_its_own_patterns(raw, mended):
    """D1: the lint flags what the product's gate lets through (a run-on, a missing comma)."""
    assert any("the reason left as said" in p for p in grammar_problems(raw))
    assert not any("the reason left as said" in p for p in grammar_problems(mended))
