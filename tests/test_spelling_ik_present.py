"""A spoken "ik" right after a present-tense verb and before a preposition negates the verb (the
clause goes on after it); the tag "ik?" ends its clause and stays (blind round 132: "det købte
rugbrød smager ik af noget" lost its negation in the reason)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import get_analyzer

TODAY = date(2026, 12, 5)


def _spelled(text: str) -> str:
    facts = get_analyzer("da").analyze(text, TODAY)
    return str(facts.extras.get("spelled") or text)


@pytest.mark.parametrize(
    ("said", "negated"),
    [
        ("Det koebte rugbroed smager ik af noget", "smager ikke af noget"),
        ("kaffen fra automaten smager ik af noget mere", "smager ikke af noget"),
        ("bussen holder ik ved min vej om soendagen", "holder ikke ved"),
        ("benet baerer ik paa trappen laengere", "bærer ikke på"),
        ("min datter hjaelper ik med indkoebene", "hjælper ikke med"),
        ("øh skulderen taaler ik over hovedet mere", "tåler ikke over"),
    ],
)
def test_ik_between_a_present_verb_and_a_preposition_negates(said, negated):
    assert negated in _spelled(said)


@pytest.mark.parametrize(
    ("said", "tag"),
    [
        ("min soester ik hun bor i Odense", "søster ik hun"),
        ("vi spiser frokost ik og saa gaar vi en tur", "frokost ik og"),
        ("naar hun ringer ik om aftenen", "ringer ik om"),
        ("og hoere hvordan hun har det ik om morgenen", "det ik om"),
    ],
)
def test_the_tag_ik_stays_where_it_ends_a_clause(said, tag):
    assert tag in _spelled(said)
