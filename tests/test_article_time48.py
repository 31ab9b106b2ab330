"""Fix round 48 (fH): a time of day or feast said bare after a preposition keeps no invented
article ("til midnat", not "til midnatten", blind159 Henning; goals/_grammar.yaml
bare_after_prepositions), and an abbreviation typed without its full stop is written with it
in the goal ("fra kl 19 til 22" → "kl. 19", blind159 Mogens; nlp/abbreviation_stop.py,
_grammar.yaml abbreviations_with_stop)."""

from __future__ import annotations

import pytest
from test_compose_blind import _play

from assistant.content import get_content
from assistant.nlp.abbreviation_stop import abbreviations_stopped

WALK = "jeg vil gerne gaa med natteravnene igen"


@pytest.mark.parametrize(
    ("measure", "said"),
    [
        ("at jeg kan være med lige til midnat ik", "til midnat"),
        ("at jeg kan gå fra klokken ti og frem til midnat", "frem til midnat"),
        ("øh at jeg kan gaa hele runden og hjem foerst efter midnat", "efter midnat"),
        ("at jeg kan holde ud til fyraften", "til fyraften"),
    ],
)
def test_a_time_said_bare_after_a_preposition_stays_bare(measure, said):
    goal = _play({"wish": WALK, "measure": measure})
    assert said in goal, goal
    assert "midnatten" not in goal and "fyraftenen" not in goal, goal


@pytest.mark.parametrize(
    ("wish", "measure", "said"),
    [
        ("min far vil gerne kunne gaa med til nytaarskoncerten",
         "at han kan blive til efter midnat",
         "til efter midnat"),
        ("hun vil gerne med til festen igen", "at hun kan sidde med ved bordet til midnat",
         "ved bordet til midnat"),
    ],
)  # fmt: skip
def test_a_relative_tells_the_time_bare(wish, measure, said):
    goal = _play({"wish": wish, "measure": measure}, relative=True)
    assert said in goal, goal


def test_a_learners_bare_thing_still_takes_its_article():
    goal = _play({"wish": WALK, "measure": "at jeg kan stå ved bord hele vagt"})
    assert "ved bordet hele vagten" in goal, goal


@pytest.mark.parametrize(
    ("measure", "said"),
    [
        ("at jeg kan vaere der hele aftenen fra kl 19 til 22 uden at ryggen laaser", "fra kl. 19"),
        ("at jeg kan gaa ca 4 kilometer", "ca. 4"),
        ("at jeg kan gå med fra kl. 22", "fra kl. 22"),
    ],
)
def test_an_abbreviation_is_written_with_its_stop(measure, said):
    goal = _play({"wish": WALK, "measure": measure})
    assert said in goal, goal
    assert "kl.." not in goal, goal


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("hjem kl 22", "hjem kl. 22"),
        ("evt med min stok", "evt. med min stok"),
        ("hjem kl. 22", "hjem kl. 22"),  # written already
        ("min kl", "min kl"),  # at the end: no word after it
        ("KL 22", "KL 22"),  # capitals: no such abbreviation here
        ("en klokke kl", "en klokke kl"),
    ],
)
def test_only_an_abbreviation_before_a_word_takes_the_stop(text, written):
    assert abbreviations_stopped(text, get_content("da").goals.grammar) == written
