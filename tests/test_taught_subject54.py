"""Fix round 54 (blind176 Yoko): the subject one teaches or takes lessons in stays bare after
the verb and "i" ("undervise i ikebana på aftenskolen", never "undervise i ikebanaen"), while a
second-language noun said bare after another preposition still gets its ending ("gå til
bager" → "til bageren"). Through the composer's polish and the real dialogue."""

from __future__ import annotations

import pytest
from compose_support import GOALS, dialogue_goal

from assistant.nlp.grammar import polish


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("jeg vil undervise i ikebana på aftenskolen igen", "undervise i ikebana på"),
        ("jeg vil undervise i dansk igen", "undervise i dansk"),
        ("hun vil gerne tage timer i keramik", "timer i keramik"),
        ("jeg har undervist i yoga i tyve år", "undervist i yoga"),
    ],
)
def test_the_subject_taught_stays_bare(said, kept):
    assert kept in polish(said, GOALS.grammar)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("jeg vil gå til bager og hjem", "til bageren"),  # a learner's bare noun: its ending
        ("jeg vil bære den i hånd", "i hånden"),
        ("jeg vil undervise børnene i hal", "i hallen"),  # no "undervise i" right before
    ],
)
def test_other_bare_nouns_after_a_preposition_still_get_their_ending(said, written):
    assert written in polish(said, GOALS.grammar)


def test_yokos_wish_through_the_dialogue():
    goal = dialogue_goal(
        wish="Ikebana, det er japansk blomsterkunst. Jeg har undervist ikebana på aftenskole i "
        "Gentofte i tyve år, hver tirsdag. Jeg vil gerne undervise i ikebana på aftenskolen igen."
    )
    assert "undervise i ikebana på aftenskolen" in goal, goal
    assert "ikebanaen" not in goal, goal
