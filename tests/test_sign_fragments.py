"""A sign typed as fragments whose later fragment says what is not there ("hel kabale. kort ikke
på gulvet.", "hele trappen. ingen pauser"): one sign with "uden" ("lægge hele kabalen uden kort
på gulvet"), never the fragment pasted after a comma ("…, kort ikke på gulvet")."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal

GOALS = get_content("da").goals


@pytest.mark.parametrize(
    ("activity", "own", "criterion", "sign", "lacks"),
    [
        ("fritid", "kabale", "hel kabale. kort ikke på gulvet.", "uden kort på gulvet",
         "kort ikke"),
        ("fritid", "løse krydsord", "hele krydsordet. ingen hjælp.", "uden hjælp", "ingen"),
        ("trapper", "gå på trappen", "hele trappen. ingen pauser", "uden pauser", "ingen"),
        ("spise_og_drikke", "spise selv", "hele tallerkenen. mad ikke på gulvet.",
         "uden mad på gulvet", "mad ikke"),
        ("fritid", "strikke", "en hel pind. masker ikke på gulvet", "uden masker på gulvet",
         "masker ikke"),
        ("fritid", "lægge puslespil", "hele puslespillet. brikker ikke på gulvet.",
         "uden brikker på gulvet", "brikker ikke"),
        ("spise_og_drikke", "hælde kaffe op", "fuld kop. intet spild.", "uden spild", "intet"),
    ],
)  # fmt: skip
def test_a_fragment_of_what_is_not_there_is_said_with_uden(activity, own, criterion, sign, lacks):
    facts = {"activity": activity, "own_action": own, "criterion": criterion, "speaker": "citizen"}
    sentence = compose_goal(facts, GOALS)
    assert sign in sentence, sentence
    assert lacks not in sentence, sentence
