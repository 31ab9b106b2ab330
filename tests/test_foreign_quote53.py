"""Fix round 53 mend (review #1): a clause of another language right after a verb of saying is
what another said ("fordi min datter siger, you can do it, mor"): it stays in the goal's text,
or the reason keeps a "siger," with nothing said (nlp/foreign_parts.py)."""

from __future__ import annotations

import pytest
from compose_support import QUIET_ANSWERS
from engine_support import answered_until, as_citizen
from persona_expect import grammar_problems

from assistant.content import get_content
from assistant.nlp import get_analyzer
from assistant.nlp.foreign_parts import without_foreign_parts

SAYING = get_content("da").goals.grammar.reported_verbs


def _parts(text: str) -> str:
    sp = get_analyzer().spelling.speller
    return without_foreign_parts(text, sp.is_word, sp.foreign_function_words, SAYING)


@pytest.mark.parametrize(
    "said",
    [
        "fordi min datter siger, you can do it, mor",
        "fordi min søn sagde, it is good for you, og det vil jeg vise ham",
        "fordi min nabo siger, it is good, og hun har ret",
        "øh fordi lægen har sagt, in my age, det er vigtigt",
        "min mor hun fortæller, it is my life, så hun vil gerne",  # a relative tells
    ],
)
def test_a_quote_after_a_verb_of_saying_stays(said):
    assert _parts(said) == said


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # no verb of saying before the part: another language's tag still goes
        (
            "fordi min familie er alt for mig, family is everything.",
            "fordi min familie er alt for mig.",
        ),
        (
            "fordi jeg siger det til dem, it's in my blood, og det er godt",
            "fordi jeg siger det til dem, og det er godt",
        ),
        # the saying verb not last in its part: no quote of it
        (
            "fordi hun siger ikke noget, it is not so far, og det er fint",
            "fordi hun siger ikke noget, og det er fint",
        ),
    ],
)
def test_a_foreign_part_after_no_verb_of_saying_is_still_left_out(said, kept):
    assert _parts(said) == kept


@pytest.mark.parametrize(
    "why",
    [
        "fordi min datter siger, you can do it, mor",
        "fordi min søn sagde, you can do it, og det vil jeg vise ham",
        "fordi min nabo siger, it is good, og hun har ret",
    ],
)
def test_no_saying_verb_is_left_hanging_in_the_goal(why):
    answers = {**QUIET_ANSWERS, "wish": "Jeg vil gerne gå en tur", "motivation": why}
    goal = answered_until(as_citizen(), answers, "confirm").goal_text
    assert grammar_problems(goal) == [], goal
    assert "siger, mor" not in goal and "sagde, og" not in goal and "siger, og" not in goal, goal
