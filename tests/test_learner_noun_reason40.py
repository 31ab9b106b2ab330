"""A learner's reason that opens with a count noun that looks like an infinitive, its article
dropped, and a finite verb ("Og gruppe er mine venner", blind140 Wei) is a clause of its own:
", fordi gruppen er mine venner", never a deed after "så jeg kan"; a verb said as the deed
("hjælpe mine børn") and a noun before a noun ("børste tænder") stay as they were."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.grammar import polish
from assistant.nlp.reason import reason_parts

GOALS = get_content("da").goals
G = GOALS.grammar


def _written(text: str) -> tuple[str, str]:
    frame, words = reason_parts(text, G, "citizen")
    return frame, polish(f"Jeg vil gå med, fordi {words}.", G) if frame == "because" else words


@pytest.mark.parametrize(
    ("said", "clause"),
    [
        ("Og gruppe er mine venner.", "fordi gruppen er mine venner"),
        ("gruppe er mine venner, uden dem jeg er alene", "fordi gruppen er mine venner"),
        ("Tai chi er godt for krop. Og gruppe er mine venner.", "fordi gruppen er mine venner"),
        ("klasse er mine venner, vi ses hver uge", "fordi klassen er mine venner"),
        ("stue er for lille til rollator", "fordi stuen er for lille"),
    ],
)
def test_a_learners_bare_noun_subject_is_a_clause_of_its_own(said, clause):
    frame, written = _written(said)
    assert frame == "because", (frame, written)
    assert clause in written, written


@pytest.mark.parametrize(
    ("said", "frame"),
    [
        ("hjælpe mine børn", "so_that"),
        ("klare mig selv igen", "so_that"),
    ],
)
def test_a_deed_said_bare_stays_a_purpose(said, frame):
    assert reason_parts(said, G, "citizen")[0] == frame


def test_a_verb_before_a_noun_that_looks_finite_stays():
    frame, words = reason_parts("børste tænder selv hver morgen", G, "citizen")
    assert frame == "so_that" and words.startswith("børste tænder"), (frame, words)
