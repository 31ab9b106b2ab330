"""Second-language Danish written as Danish in the goal (fix round 39, blind139 Kamala): a bare
noun said first and taken up by "det" is the subject once ("fordi sari det er mig" → "fordi sari
er mig"); a body part said bare after "over" is definite ("over skulder" → "over skulderen");
big safety pins are an aid; an aid whose name begins like the activity ("påklædningsstok") does
not pick the activity's generic steps when the goal has its own words ("tage sari på")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.dislocated import without_resumptive
from assistant.nlp.grammar import polish
from assistant.nlp.subgoals import suggest_subgoals

TODAY = date(2026, 12, 6)
CONTENT = get_content("da")
G = CONTENT.goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("fordi sari det er mig", "fordi sari er mig"),
        ("fordi musik, det er mit liv", "fordi musik er mit liv"),
        ("fordi dans det er det bedste jeg ved", "fordi dans er det bedste jeg ved"),
        ("fordi haven det er mit et og alt", "fordi haven er mit et og alt"),  # as before
    ],
)
def test_a_bare_noun_taken_up_by_det_is_said_once(said, written):
    assert " ".join(without_resumptive(said.split(), G)) == written


@pytest.mark.parametrize(
    "said",
    [
        "fordi jeg det kan",  # a pronoun, no thing
        "fordi han det vil",
        "fordi sari er mig",  # said once already
    ],
)
def test_other_reasons_stay_as_said(said):
    assert without_resumptive(said.split(), G) == said.split()


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Jeg vil kunne lægge pallu over skulder selv.", "over skulderen"),
        ("Jeg vil kunne løfte armen over hoved igen.", "over hovedet"),
    ],
)
def test_a_body_part_after_over_is_definite(said, written):
    assert written in polish(said, G)


@pytest.mark.parametrize(
    "said",
    ["Jeg vil kunne gå over broen.", "Jeg vil kunne trække trøjen over hovedet selv."],
)
def test_other_phrases_after_over_stay(said):
    assert polish(said, G) == said


@pytest.mark.parametrize(
    "said",
    [
        "Ergoterapeut hun gav mig lang pind med krog og store sikkerhedsnåle.",
        "jeg bruger sikkerhedsnaale til kjolen",
    ],
)
def test_safety_pins_are_an_aid(said):
    assert "sikkerhedsnål" in analyze(said, TODAY).aids


def test_an_aids_name_picks_no_generic_ladder_for_own_words():
    goal = {
        "activity": "paaklaedning",
        "own_action": "tage sari på",
        "aids": ["påklædningsstok"],
        "independence": "hjaelpemiddel",
        "current_level": 1,
    }
    texts = [s["text"] for s in suggest_subgoals(goal, CONTENT.goals, TODAY)]
    assert not any("bukser" in t for t in texts), texts
    assert any("sari" in t for t in texts), texts


def test_a_dressing_goal_of_clothes_keeps_its_ladder():
    goal = {
        "activity": "paaklaedning",
        "own_action": "klæde mig på",
        "aids": ["påklædningsstok"],
        "independence": "hjaelpemiddel",
        "current_level": 1,
    }
    texts = [s["text"] for s in suggest_subgoals(goal, CONTENT.goals, TODAY)]
    assert any("bukser" in t for t in texts), texts
