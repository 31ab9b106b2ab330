"""Fix round 44 (fD, blind146 Ib): a reason that opens with a short past clause about a thing of
the citizen's and goes on in the present ("fuglene var Lis' og mine, og når jeg står derude, så
er hun der lidt endnu") stays whole in the goal (nlp/past_opening.py), as the lead decided: whole,
grammatical, first person. A past story of the citizen's own ("jeg var lærer i 30 år, og …"), a
death told, or a past that goes on stay out as before."""

from __future__ import annotations

import pytest
from compose_support import GOALS

from assistant.nlp.compose import compose_goal

_HEAD = "Jeg vil kunne passe min have igen"


def _reason_in_goal(told: str, speaker: str = "citizen") -> str:
    facts = {"activity": "fritid", "own_action": "passe min have igen", "speaker": speaker}
    sentence = compose_goal({**facts, "reason_said": told}, GOALS)
    assert sentence.startswith(_HEAD), sentence
    return sentence[len(_HEAD) :]


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Fordi fuglene var Lis' og mine, og når jeg står derude, så er hun der lidt endnu.",
         ", fordi fuglene var Lis' og mine, og når jeg står derude, så er hun der lidt endnu."),
        ("det var min kones have, og når jeg luger, er hun hos mig",
         ", fordi det var min kones have, og når jeg luger, er hun hos mig."),
        ("øh det var min mands bil, og jeg kan godt lide at køre den",
         ", fordi det var min mands bil, og jeg kan godt lide at køre den."),
    ],
)  # fmt: skip
def test_a_short_past_opening_about_the_citizens_thing_stays_whole(told, reason):
    assert _reason_in_goal(told) == reason


@pytest.mark.parametrize(
    "told",
    [
        "jeg var lærer i 30 år, og jeg savner børnene",  # the citizen's own past: a story
        "vi byggede den sammen, og jeg holder den ved lige",
        "min kone døde sidste år, og det var hendes have",  # a death told
        "det var min kones have, og hun elskede den",  # the past goes on
        "jeg var glad for haven",
    ],
)
def test_a_past_story_stays_out(told):
    assert _reason_in_goal(told) == "."
