"""Aids said in more words than their name: a chair with armrests ("en stol med armlæn", an
aid; a plain chair is none, and one named again as an arbejdsstol is that one chair) and
orthopaedic shoes said as an adjective and "sko" ("specielle sko fra hospital"), kept in the
words said for the goal sentence (round 34)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.compose import compose

TODAY = date(2026, 12, 5)
GOALS = get_content("da").goals


@pytest.mark.parametrize(
    "text",
    [
        "Med en luplampe og en god stol med armlæn og høj ryg fra hjælpemiddeldepotet",
        "mor vil gerne sidde ved spisebordet igen paa en stol med armlaen",
        "øh han skal ha en høj stol med armlænene så han selv kan rejse sig fra bordet",
        "hun har fået en stol med armlæn fra kommunen så hun kan sidde og strikke",
        "jeg vil gerne kunne sy ved symaskinen siddende på en stol med armlæn",
    ],
)
def test_a_chair_with_armrests_is_an_aid(text):
    assert "armlænsstol" in analyze(text, TODAY).aids


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne sidde på en almindelig stol og spise med de andre",
        "Selv. Nej, ikke noget hjælpemiddel, bare en stol uden armlæn",
        "hun sidder på en stol i køkkenet og skræller kartofler",
    ],
)
def test_a_plain_chair_is_no_aid(text):
    assert "armlænsstol" not in analyze(text, TODAY).aids


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("mæ æ rolla tor og så en høj stol mæ armlæn så a int ska stå op du ved sådan en arbejds "
         "stol", "arbejdsstol"),
        ("en stol med armlæn altså sådan en arbejdsstol som ergoterapeuten har", "arbejdsstol"),
    ],
)  # fmt: skip
def test_a_described_chair_named_again_is_the_chair_named(text, aid):
    aids = analyze(text, TODAY).aids
    assert aid in aids and "armlænsstol" not in aids


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Rollator. Og specielle sko fra hospital, til fod.", "specielle sko"),
        ("hun går med sine særlige sko og stokken", "særlige sko"),
        ("far skal have de specielle skoene paa naar han gaar til bageren", "specielle sko"),
        ("jeg har fået ortopædiske sko fra sygehuset", "ortopædiske sko"),
    ],
)
def test_shoes_said_with_their_kind_are_specialsko_in_the_words_said(text, said):
    facts = analyze(text, TODAY)
    assert "specialsko" in facts.aids
    assert facts.extras["aid_words"].get("specialsko") == said


def test_the_goal_names_shoes_and_the_armrest_chair_in_the_words_said():
    facts = {"activity": "transport", "own_action": "tage bussen til templet"}
    facts |= {"independence": "hjaelpemiddel", "aids": ["rollator", "specialsko"]}
    said = compose({**facts, "aid_words": {"specialsko": "specielle sko"}}, GOALS)[0]
    assert "med min rollator og mine specielle sko" in said, said
    facts = {"activity": "fritid", "own_action": "kniple igen"}
    facts |= {"independence": "hjaelpemiddel", "aids": ["luplampe", "armlænsstol"]}
    said = compose(facts, GOALS)[0]
    assert "med en luplampe og en stol med armlæn" in said, said
