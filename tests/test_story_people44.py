"""Fix round 44 (fH): people told only in the everyday story ("jeg bor med min kone") leave
goal.people once the people answer names anyone, a refused one too ("min svigersøn, nej"); a first
name opening the people answer with its helping verb after an apposition ("Ahmad, en af drengene,
han henter mig") is a helper beside a refused relative. An answer that names no one keeps the
story's people; a helper named in both stays."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, at_summary

from assistant.dialogs.draft import build_draft


def _people(answers: dict[str, str]) -> list[str]:
    return build_draft(at_summary(answers).state, CONTENT, TODAY)["goal"]["people"]


@pytest.mark.parametrize(
    ("everyday", "people", "kept", "gone"),
    [
        (
            "Jeg bor med min kone Rosa i en lejlighed.",
            "Min svigersøn Thomas nej, han siger jeg skal slappe af.",
            [],
            ["kone", "svigersøn"],
        ),
        (
            "jeg bor sammen med min kone",
            "min svoger, nej, han bestemmer for meget",
            [],
            ["kone", "svoger"],
        ),
        (
            "Jeg bor med min mand Erik i et hus.",
            "Grethe, en af pigerne fra strikkeklubben, hun henter mig",
            ["Grethe"],
            ["mand"],
        ),
        (
            "jeg bor med min kone",
            "Bent, han kører mig derhen. Min søn nej.",
            ["Bent"],
            ["kone", "søn"],
        ),
        (
            "Jeg bor med min kone Rosa.",
            "Ahmad, en af drengene, han er 19, han henter mig i bil. Min svigersøn nej.",
            ["Ahmad"],
            ["kone", "svigersøn"],
        ),
    ],
)
def test_story_people_leave_when_the_people_answer_names_anyone(everyday, people, kept, gone):
    found = _people(
        {"everyday": everyday, "wish": "jeg vil gerne spille kort igen", "people": people}
    )
    assert set(kept) <= set(found), found
    assert not set(gone) & set(found), found


@pytest.mark.parametrize(
    ("everyday", "people", "kept"),
    [
        ("Jeg bor med min kone Rosa i en lejlighed.", "ved ikke", ["kone"]),  # names no one
        ("min datter kommer hver dag og hjaelper mig", "min datter", ["datter"]),
        ("Jeg bor med min kone Rosa i en lejlighed.", "min nabo", ["nabo"]),
    ],
)
def test_counter_examples_keep_their_people(everyday, people, kept):
    found = _people(
        {"everyday": everyday, "wish": "jeg vil gerne spille kort igen", "people": people}
    )
    assert set(kept) <= set(found), found
