"""A sign led by "lave" is a sign (fix round 41, blind140 Wei: "Jeg kan lave hele 24-form med
gruppe, 24 bevægelser, ti minutter, …" kept only "i ti minutter"): "lave" is on the stop-word
list, yet a verb of a doing (criterion.yaml stop_verbs)."""

from __future__ import annotations

import pytest
from conftest import understand
from test_engine import TODAY, wished_until

from assistant.content import get_content
from assistant.dialogs.engine import advance
from assistant.dialogs.models import Answer
from assistant.nlp import analyze

CONTENT = get_content("da")


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("at jeg kan lave hele formen i ti minutter uden at holde fast i stolen",
         "lave hele formen i ti minutter uden at holde fast i stolen"),
        ("lave alle 24 bevægelser på ti minutter", "lave alle 24 bevægelser på ti minutter"),
        ("øh at hun kan lave sine øvelser i 20 minutter uden pause",
         "lave sine øvelser i 20 minutter uden pause"),
        ("jeg kan lave frokost til os begge på en halv time",
         "lave frokost til os begge på en halv time"),
    ],
)  # fmt: skip
def test_a_sign_led_by_lave_is_read(said, sign):
    assert (analyze(said, TODAY).extras or {}).get("criterion") == sign


def test_the_count_of_a_learners_sign_is_kept_beside_the_time():
    said = "Jeg kan lave hele 24-form med gruppe, 24 bevægelser, ti minutter, og ikke holde i stol."
    turn = wished_until(CONTENT, "jeg vil lave tai chi igen i parken", "measure")
    turn = advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)
    assert "24 bevægelser" in turn.state.slots["criterion"]
    assert turn.state.slots["measures"] == [{"value": 10, "unit": "minut"}]


@pytest.mark.parametrize("said", ["det er lave borde", "ti minutter", "de lave stole er gode"])
def test_no_sign_without_a_doing(said):
    assert not (analyze(said, TODAY).extras or {}).get("criterion")
