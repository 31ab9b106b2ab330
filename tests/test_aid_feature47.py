"""Fix round 47 (fD): dialogs/aid_feature.with_aid_before finds the "med …" phrase in the answer
by aid_feature.phrase_at, its twin, so a sentence's end typed on the feature's last word ("… en
trappestige med en bøjle. den er god") keeps the aid's head, as it did without the mark; an aid
named by its own name and a phrase with no aid before it are left as they are."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, answered_until, card, go

from assistant.dialogs.aid_feature import with_aid_before
from assistant.dialogs.engine import new_state, start

_CITIZEN = {
    "wish": "jeg vil gerne kunne male havelågen igen",
    "measure": "male hele lågen på en formiddag",
    "frequency": "hver sommer",
    "deadline": "til juni",
    "motivation": "fordi den trænger",
}


@pytest.mark.parametrize(
    ("independence", "shown"),
    [
        ("Jeg har fået en trappestige med en bøjle at holde i. Den er god.",
         "med en trappestige med en bøjle"),
        ("Jeg har fået en trappestige med en bøjle at holde i og en malerrulle på et langt "
         "skaft.", "med en trappestige med en bøjle"),
    ],
)  # fmt: skip
def test_an_aid_with_its_feature_keeps_its_head(independence, shown):
    answers = {**_CITIZEN, "independence": independence}
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("borger"), card("ja"))
    turn = answered_until(turn, {**answers, "handover": card("ikke_selv")}, "confirm")
    assert shown in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    ("phrase", "told", "found"),
    [
        ("med en bøjle", "en trappestige med en bøjle. den er god", "med en trappestige med en"),
        ("med en bøjle", "en trappestige med en bøjle og en rulle", "med en trappestige med en"),
        ("med en bøjle", "jeg har en bøjle", "med en bøjle"),  # not said as a "med" phrase
        ("med en stok", "en rollator med en stok", "med en stok"),  # an aid by its own name
    ],
)
def test_with_aid_before_reads_the_phrase_as_its_twin_does(phrase, told, found):
    got = with_aid_before(phrase, told.split(), CONTENT.goals.grammar, CONTENT)
    assert got.startswith(found), got
