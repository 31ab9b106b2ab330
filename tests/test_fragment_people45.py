"""Fix round 45 (fA): a person typed among the aids in one-word fragments ("stok. datter.",
"rollator. søn. hjælper.") is no thing: never an aid, never "med en stok og en datter" in the
goal (nlp/fragment_people.py); things typed alone keep their list. Unit rule and whole dialogues
through the real engine and draft."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, at_summary

from assistant.dialogs.draft import build_draft, names_person
from assistant.nlp.fragment_people import without_people

G = CONTENT.goals.grammar


def _person(word: str) -> bool:
    return names_person(word, CONTENT.lexicon)


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("stok. datter.", "stok."),
        ("rollator. søn. hjælper. nabo.", "rollator."),
        ("Stok. Datter. Kører.", "Stok."),
        ("piskeris. tykt. greb. barnebarn.", "piskeris. tykt. greb."),
        ("øh rollator. svigersøn.", "øh rollator."),
    ],
)
def test_people_typed_as_fragments_are_left_out_of_the_things(said, left):
    assert without_people(said, _person, G) == left


@pytest.mark.parametrize(
    "said",
    [
        "stok. rollator.",  # things only
        "vaffeljern. nyt. let.",
        "min datter har købt en ny stok",  # a sentence: as said
        "rollator med sæde",
    ],
)
def test_answers_without_a_person_fragment_stay_as_said(said):
    assert without_people(said, _person, G) == said


def _goal(answers: dict) -> dict:
    return build_draft(at_summary(answers).state, CONTENT, TODAY)["goal"]


@pytest.mark.parametrize(
    ("answers", "aid", "person"),
    [
        ({"wish": "brugsen. gå. selv.", "independence": "stok. datter."}, "stok", "datter"),
        (
            {"wish": "brugsen. gaa. selv.", "independence": "rollator. søn. nabo."},
            "rollator",
            "søn",
        ),
        (
            {"wish": "vafler. bage. selv.", "independence": "vaffeljern. let. barnebarn."},
            "vaffeljern",
            "barnebarn",
        ),
        ({"wish": "brugsen. gå. selv.", "independence": "Stok. Datter."}, "stok", "datter"),
    ],
)
def test_a_person_typed_among_aids_is_no_aid(answers, aid, person):
    goal = _goal(answers)
    assert aid in goal["aids"], goal["aids"]
    assert person not in goal["aids"], goal["aids"]
    assert f"en {person}" not in goal["text"] and f"et {person}" not in goal["text"], goal["text"]
    assert aid in goal["text"], goal["text"]


def test_a_person_typed_with_their_part_is_their_helper():
    goal = _goal({"wish": "brugsen. gå. selv.", "independence": "stok. datter. hjælper."})
    assert goal["aids"] == ["stok"] and "datter" in goal["people"]
    assert "hjælper" not in goal["text"], goal["text"]


@pytest.mark.parametrize(
    ("answers", "said"),
    [
        (
            {"wish": "brugsen. gå. selv.", "independence": "stok. rollator."},
            "med en stok og en rollator",
        ),
        ({"wish": "brugsen. gå. selv.", "independence": "rollator. let."}, "med en let rollator"),
        (
            {
                "wish": "jeg vil gerne gå til Brugsen",
                "independence": "min stok og min datter hjælper",
            },
            "med min stok",
        ),
    ],
)
def test_aids_without_people_keep_their_phrase(answers, said):
    goal = _goal(answers)
    assert said in goal["text"], goal["text"]
