"""A reason that fronts a weekday phrase before its clause, the subject a noun after the verb
("lørdag morgen spiser hele familien sammen") or, in a second language, before it ("lørdag
morgen hele familie spiser sammen"): written subject first with the phrase at its end, and kept
beside the citizen's own sentence after it (round 36)."""

from __future__ import annotations

import pytest
from compose_support import BATHING, goal_of, reason_of

from assistant.content import get_content
from assistant.nlp.grammar import polish

GRAMMAR = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("lørdag morgen hele familie spiser sammen. jeg køber rundstykker, det er min opgave",
         ", fordi hele familien spiser sammen lørdag morgen, og jeg køber rundstykker"),
        ("lørdag morgen spiser hele familien sammen",
         ", fordi hele familien spiser sammen lørdag morgen"),
        ("søndag middag mine børnebørn kommer. jeg laver mad til dem",
         ", fordi mine børnebørn kommer søndag middag, og jeg laver mad til dem"),
        ("om søndagen kommer hele familien", ", fordi hele familien kommer om søndagen"),
        ("fredag aften alle naboerne spiller kort",
         ", fordi alle naboerne spiller kort fredag aften"),
    ],
)  # fmt: skip
def test_a_fronted_time_phrase_goes_after_its_clause(told, reason):
    assert reason_of(goal_of(BATHING, reason_said=told)) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("i kirken møder jeg mine venner", ", fordi jeg møder mine venner i kirken"),
        ("i kirken jeg møder mine venner", ", fordi jeg møder mine venner i kirken"),
        ("i vandet der ryster han ikke så meget", ", fordi han ikke ryster så meget i vandet"),
    ],
)
def test_a_fronted_place_phrase_stays_as_before(told, reason):
    assert reason_of(goal_of(BATHING, reason_said=told)) == reason


def test_hele_and_a_bare_noun_before_its_verb_in_a_second_language_takes_the_definite():
    reason = reason_of(goal_of(BATHING, reason_said="fredag aften hele familie kommer hjem"))
    assert reason == ", fordi hele familien kommer hjem fredag aften"


def test_hele_and_a_bare_noun_said_in_order_stays_as_said():
    assert polish("hele familie kommer", GRAMMAR) == "hele familie kommer"
