"""Fix round 44 (fA): whole dialogues typed in one-word fragments ("enkeltord"), through the real
engine and draft: the wish's verb typed anywhere among the fragments (object before or after it),
a ride taken to a place ("bus. tage. alene. by." → "tage bussen til byen", nlp/fragment_ride.py),
an eating place and a meal (nlp/fragment_outing.py), a way with its distance as the sign
(nlp/fragment_walk.py) and aids typed as fragments with their parts. The goal sentence is
Danish: no dotted fragment, no stray adjective, the citizen's own words. Ordinary sentences are
counter-examples that keep their goal."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, at_summary

from assistant.dialogs.draft import build_draft
from assistant.nlp import analyze


def _draft(answers: dict[str, str]) -> dict:
    return build_draft(at_summary(answers).state, CONTENT, TODAY)["goal"]


def _clean(text: str) -> None:
    """No fragment typed with its full stop inside a sentence of the goal."""
    for sentence in text.split(". "):
        assert len(sentence.split()) > 2, text


@pytest.mark.parametrize(
    ("answers", "said", "activity"),
    [
        ({"wish": "strømper. selv. tage. på."}, "selv kunne tage strømper på", "paaklaedning"),
        ({"wish": "kaffe. lave. selv."}, "selv kunne lave kaffe", "madlavning"),
        ({"wish": "øh kaffe. brygge. selv. igen"}, "selv kunne brygge kaffe igen", "madlavning"),
        ({"wish": "vafler. bage. selv. igen."}, "selv kunne bage vafler igen", "madlavning"),
        ({"wish": "kage. bage. igen. oldebørn."}, "kunne bage kage igen", "madlavning"),
        ({"wish": "bus. tage. alene. by."}, "selv kunne tage bussen til byen", "transport"),
        ({"wish": "toget. tage. selv. Aarhus."}, "selv kunne tage toget til Aarhus", "transport"),
        (
            {"wish": "kro. fredag. frokost. igen."},
            "kunne komme på kroen til fredagsfrokost igen",
            "socialt_samvaer",
        ),
    ],
)
def test_a_wish_typed_in_fragments_is_one_phrase_in_the_goal(answers, said, activity):
    goal = _draft(answers)
    assert said in goal["text"], goal["text"]
    assert goal["activity"] == activity
    _clean(goal["text"])


def test_aids_typed_in_fragments_are_named_with_their_parts():
    goal = _draft(
        {
            "wish": "vafler. bage. selv. igen.",
            "independence": "vaffeljern. let. piskeris. tykt. greb.",
        }
    )
    assert "med et let vaffeljern og et piskeris med tykt greb" in goal["text"], goal["text"]
    assert "tykt" not in goal["aids"] and "greb" not in goal["aids"]
    assert {"vaffeljern", "piskeris"} <= set(goal["aids"])


def test_a_way_typed_in_fragments_is_the_sign_with_its_distance():
    goal = _draft(
        {"wish": "brugsen. gå. selv.", "measure": "gå. selv. brugsen. 300. meter. hjem. igen."}
    )
    assert "når jeg kan gå de 300 meter til Brugsen og hjem igen" in goal["text"], goal["text"]
    assert goal["measures"] == [{"value": 300, "unit": "meter"}]


@pytest.mark.parametrize(
    ("wish", "said"),
    [
        ("jeg vil gerne bage vafler igen", "Jeg vil kunne bage vafler igen."),
        ("jeg vil gerne tage bussen til byen alene", "tage bussen til byen"),
        ("jeg vil gerne gå på kroen til søndagsmiddag igen", "gå på kroen til søndagsmiddag igen"),
    ],
)
def test_a_wish_said_as_a_sentence_keeps_its_goal(wish, said):
    assert said in _draft({"wish": wish})["text"]


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("bus. tage. alene. by.", "tage bussen til byen"),
        ("tage. bus. byen. selv", "tage bussen til byen"),
        ("øh bussen. tage. igen", "tage bussen igen"),
        ("køre. med. toget", "køre med toget"),
        ("taxa. tage. hospitalet", "tage taxaen til hospitalet"),
        ("tage. tøjet. på", "tage tøjet på"),  # no ride: as before
    ],
)
def test_a_ride_typed_in_fragments_is_taken_to_its_place(said, action):
    assert (analyze(said, TODAY).extras or {}).get("action") == action
