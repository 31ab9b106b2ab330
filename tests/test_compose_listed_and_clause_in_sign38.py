"""A wish's list after its comma said again in the sign ("finde mine ting hver morgen,
høreapparatet, brillerne og nøglerne" beside "finde høreapparatet, brillerne og nøglerne …"):
every part the sign says goes, not only the last; a part the sign leaves out keeps the whole list.
A clause ending the purpose or reason that the sign says too ("uden at ringe til Nanna" beside
"… uden at ringe til nogen") is said once, in the sign (fix round 38, blind136 Willy). A reason
that says the goal's "vil kunne" again before the goal's own verb ("og jeg vil kunne spille for
familien") says "jeg vil spille …" (blind137 Gerda)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal

GOALS = get_content("da").goals


def _wish(sentence: str) -> str:
    return sentence.split(". Jeg ved")[0]


@pytest.mark.parametrize(
    ("own", "sign", "kept"),
    [
        ("finde mine ting om morgnen, brillerne, telefonen og nøglerne",
         "finde brillerne, telefonen og nøglerne selv hver dag en uge",
         "finde mine ting om morgnen"),
        ("pakke min taske, pungen, mobilen og buskortet",
         "pakke pungen, mobilen og buskortet uden at glemme noget", "pakke min taske"),
        ("huske mine ting inden jeg går, nøglerne, stokken og tasken",
         "huske nøglerne, stokken og tasken selv fem dage i træk", "huske mine ting"),
        ("finde mine sager hver morgen, hoerapparatet, brillerne og noeglerne",
         "finde hoerapparatet, brillerne og noeglerne uden hjaelp", "finde mine sager hver morgen"),
    ],
)  # fmt: skip
def test_every_listed_part_the_sign_says_goes(own, sign, kept):
    facts = {"activity": "hukommelse", "own_action": own, "criterion": sign}
    wish = _wish(compose_goal(facts, GOALS))
    assert kept in wish and "," not in wish.split("kunne ", 1)[1], wish


def test_a_listed_part_the_sign_leaves_out_keeps_the_whole_list():
    facts = {
        "activity": "hukommelse",
        "own_action": "pakke min taske om morgenen, pungen, telefonen og nøglerne",
        "criterion": "finde telefonen og nøglerne selv uden at glemme noget",
    }
    wish = _wish(compose_goal(facts, GOALS))
    assert "pungen, telefonen og nøglerne" in wish, wish


def test_a_two_part_list_said_in_the_sign_still_goes():
    facts = {
        "activity": "madlavning",
        "own_action": "lave min morgenmad igen, kaffe og havregryn og et stykke rugbrød",
        "criterion": "lave kaffe og havregryn og smøre mit brød",
    }
    assert "rugbrød" not in _wish(compose_goal(facts, GOALS))


@pytest.mark.parametrize(
    ("reason", "sign", "gone", "kept"),
    [
        ("så jeg kan komme ud af døren til bageren uden at ringe til Nanna",
         "finde mine nøgler og være ude af døren inden ni uden at ringe til nogen",
         "til Nanna", "til bageren"),
        ("saa jeg kan tage bussen til byen uden at spørge min søn om hjælp",
         "tage bussen alene tre gange uden at spørge min søn", "min søn om hjælp", "til byen"),
        ("så jeg kan handle i Netto uden at skulle have hjemmeplejen med",
         "gå ned i Netto og hjem igen uden at skulle have nogen med", "hjemmeplejen",
         "i Netto"),
    ],
)  # fmt: skip
def test_a_purpose_clause_the_sign_says_goes_from_the_purpose(reason, sign, gone, kept):
    facts = {"activity": "indkoeb", "own_action": "klare mig selv om morgenen",
             "criterion": sign, "purpose_said": reason, "speaker": "citizen"}  # fmt: skip
    sentence = compose_goal(facts, GOALS)
    wish = _wish(sentence)
    assert gone not in wish and kept in wish, sentence


def test_a_purpose_clause_the_sign_does_not_say_stays():
    facts = {
        "activity": "indkoeb",
        "own_action": "klare mig selv om morgenen",
        "criterion": "gå ned til bageren og hjem igen tre dage i træk",
        "purpose_said": "så jeg kan komme ud af døren uden at ringe til min datter",
        "speaker": "citizen",
    }
    sentence = compose_goal(facts, GOALS)
    assert "uden at ringe til min datter" in sentence, sentence


@pytest.mark.parametrize(
    ("activity", "own", "why", "said", "kept"),
    [
        ("fritid", "spille på mit klaver igen",
         "musikken er alt for mig. og jeg vil kunne spille for familien",
         "og jeg vil spille for familien", "musikken er alt for mig"),
        ("fritid", "synge i koret igen",
         "fordi det er hyggeligt og jeg vil kunne synge til mit barnebarns bryllup",
         "jeg vil synge til mit barnebarns bryllup", "hyggeligt"),
        ("gang", "gå en tur ved stranden",
         "jeg savner havet, og jeg vil kunne gå med mine børnebørn", "jeg vil gå med mine",
         "savner havet"),
    ],
)  # fmt: skip
def test_the_goals_modals_are_said_once_before_its_own_verb(activity, own, why, said, kept):
    facts = {"activity": activity, "own_action": own, "motivation": why, "speaker": "citizen"}
    sentence = compose_goal(facts, GOALS)
    assert said in sentence and kept in sentence and "vil kunne" not in sentence.split(",", 1)[1]


def test_the_modals_before_another_verb_stay():
    facts = {
        "activity": "fritid",
        "own_action": "spille på mit klaver igen",
        "motivation": "musikken holder mig i gang. og jeg vil kunne klare mig selv om dagen",
        "speaker": "citizen",
    }
    sentence = compose_goal(facts, GOALS)
    assert "jeg vil kunne klare mig selv" in sentence, sentence
