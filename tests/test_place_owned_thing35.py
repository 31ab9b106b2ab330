"""A place the story told, brought to the wish (fix round 35, blind130 Grethe): a compound whose
first part has its double letter typed once is repaired ("lopemarkedet" → "loppemarkedet"), and
a short thing said with its owner in the wish ("stå ved min bod igen") takes the place the story
told it at."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze, get_analyzer

TODAY = date(2026, 12, 5)


def spelled(text: str) -> list[str]:
    """The tokens of `text` as the lemma step reads them."""
    return get_analyzer().nlp(text)._.hm_spelling


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("vi var paa lopemarkedet i loerdags", "loppemarkedet"),
        ("mor vil gerne ned paa lopemarkedet igen", "loppemarkedet"),
        ("jeg vil gerne selv lave kartofelmosen til søndag", "kartoffelmosen"),
        ("øh han vil gerne møde sin gamle klasekammeraten igen", "klassekammeraten"),
        ("hun kan ikke bære drikevandet op", "drikkevandet"),
    ],
)
def test_a_compound_with_a_double_letter_of_its_first_part_typed_once(typed, word):
    assert word in spelled(typed)


@pytest.mark.parametrize("word", ["motionscentret", "spilaften", "cykelstien", "skrivebordet"])
def test_a_compound_spelled_right_stays(word):
    assert word in spelled(f"jeg vil gerne hen til {word}")


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Jeg har haft en bod paa lopemarkedet i hallen i 15 aar. Jeg vil gerne kunne staa ved"
            " min bod igen",
            "stå ved min bod på loppemarkedet igen",
        ),
        (
            "hun har et skur i haven med alt sit værktøj. hun vil gerne rydde op i sit skur igen",
            "rydde op i sit skur i haven igen",
        ),
        (
            "øh vi har en bod på kræmmermarkedet hvert år og jeg vil gerne sælge fra min bod igen",
            "sælge fra min bod på kræmmermarkedet igen",
        ),
    ],
)
def test_a_short_thing_said_with_its_owner_takes_the_place_the_story_told(text, action):
    assert analyze(text, TODAY).extras["action"] == action


def test_a_short_thing_without_owner_stays_as_said():
    text = "jeg har et skur i haven. jeg vil gerne bygge et skur mere"
    assert "i haven" not in (analyze(text, TODAY).extras["action"] or "")
