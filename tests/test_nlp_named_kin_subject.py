"""A person told by kin or friend and name as the subject of a wished clause ("have at min
gamle ven Bent kommer forbi", "… at min nabo Grethe går med") is one subject, not the start of
a run-on sentence at the name (phrase.run_on_at): the wish keeps the person and their doing."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goal_corpus import check  # noqa: E402

from assistant.nlp import analyze  # noqa: E402

TODAY = date(2026, 12, 4)


def action(text: str) -> str | None:
    return (analyze(text, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("jeg vil hellere have at min gamle ven Bent kommer forbi en gang om ugen", "kommer"),
        ("øh jeg vil gerne have at min nabo Grethe kommer og drikker kaffe om tirsdagen", "kommer"),
        ("jeg vil så gerne have at min søster Inge besøger mig hver søndag", "besøger"),
        ("altså jeg vil gerne have at min gode veninde Lis kommer forbi hver uge", "kommer"),
        ("mor vil gerne have at hendes bror Poul kommer på besøg i weekenden", "kommer"),
        ("jeg vil gerne have at min datter Sanne ringer til mig hver aften", "ringer"),
        ("han vil gerne have at hans gamle kammerat Svend kommer og spiller kort", "kommer"),
        ("jeg vil gerne have at mit barnebarn Emil kommer og hjælper i haven", "kommer"),
        ("vil gerne have at min nabo Jens går tur med mig om morgenen", "går"),
        ("jeg vil hellere have at min ven Ole henter mig til fodbold om lørdagen", "henter"),
    ],
)
def test_a_named_kin_subject_keeps_its_doing(said, kept):
    assert kept in (action(said) or "").split()


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil hellere have at min gamle ven Bent kommer forbi en gang om ugen",
        "jeg vil gerne have at min gode nabo Grethe kommer på besøg hver onsdag",
    ],
)
def test_the_goal_keeps_the_friend_as_told(said):
    goal = check(said, relative=False).goal
    words = said.split()
    name = next(w for w in words[1:] if w[:1].isupper())
    friend = words[words.index(name) - 2 : words.index(name)]  # by relation alone (round 47)
    assert " ".join(friend) in goal and name not in goal, goal


def test_a_name_after_a_noun_of_the_wish_still_starts_a_run_on():
    assert action("jeg vil gerne hilse på folk Bamse savner det") == "hilse på folk"


def test_a_named_person_after_a_main_join_still_starts_a_run_on():
    said = "min mand han vil så gerne tilbage på værkstedet og hans gamle chef Bent siger ok"
    assert "Bent" not in (action(said) or "")
