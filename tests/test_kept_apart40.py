"""A term written in two words ("tai chi", spelling.yaml kept_apart) is never joined into the one
word a cue spells ("taichi"), so the goal keeps the person's spelling (blind140 Wei); the activity
is read either way, and a compound typed in two words is still joined ("sommer huset")."""

from __future__ import annotations

from datetime import date

import pytest
from test_spelling_noun_pairs import spelled

from assistant.nlp import analyze, get_analyzer

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil lave tai chi igen i parken med gruppen",
        "mor vil gerne tilbage til tai chi om tirsdagen",
        "jeg gaar til taichi to gange om ugen",
        "han vil gerne lave tai chi med de andre kinesere hver lørdag",
    ],
)
def test_tai_chi_is_exercise_either_way(said):
    assert analyze(said, TODAY).activity == "styrke_og_motion"


def test_tai_chi_typed_apart_stays_apart():
    texts, _said = get_analyzer().spelling.repair(["lave", "tai", "chi"], [True, True, False])
    assert texts == ["lave", "tai", "chi"]


def test_a_word_split_by_the_recogniser_is_still_joined():
    assert "sommerhuset" in spelled("vi vil ud til sommer huset og lave tai chi")
    words = spelled("vi vil ud til sommer huset og lave tai chi")
    assert words[-2:] == ["tai", "chi"], words
