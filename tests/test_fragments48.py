"""Fix round 48 (fF): one-word answers. A noun typed bare before a verb part whose object
pronoun agrees with it is that verb's object ("Sokker. Stoppe dem.": "stoppe sokkerne",
nlp/fragment_pointed.py, nlp/fragments.py); a reason typed as a present verb and "ikke" with no
subject is a clause in written order and lower case ("Smider ikke ud.": "så jeg ikke smider
ud", nlp/reason.py)."""

from __future__ import annotations

import pytest
from engine_support import at_summary

from assistant.nlp import get_analyzer


def _action(text: str) -> str | None:
    facts = get_analyzer("da").analyze(text, None)
    return (facts.extras or {}).get("action")


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Sokker. Stoppe dem.", "stoppe sokkerne"),
        ("sokker. stoppe dem. selv.", "stoppe sokkerne"),
        ("Strømper. Stoppe dem. Igen.", "stoppe strømperne"),
        ("kartofler. skraelle dem.", "skrælle kartoflerne"),  # typed without æøå
        ("Cykel. Pudse den.", "pudse cyklen"),
        ("øh blomster. vande dem.", "vande blomsterne"),
    ],
)
def test_a_bare_noun_is_the_object_its_pronoun_points_at(text, action):
    said = _action(text)
    assert said is not None and said.lower().startswith(action), said


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Sokker. Stoppe den.", "stoppe sokker"),  # "den" is no plural: not the socks
        ("Cykel. Pudse dem.", "pudse cykel"),  # "dem" is no singular
    ],
)
def test_a_pronoun_that_does_not_agree_leaves_the_fragments(text, wrong):
    said = _action(text)
    assert said is None or wrong not in said.lower(), said


def test_a_definite_thing_is_pointed_at_as_before():
    assert (_action("sengen. rede den") or "").lower() == "rede sengen"


def test_darning_is_no_dressing():
    goal = at_summary({"wish": "Sokker. Stoppe dem.", "motivation": "Smider ikke ud."}).goal_text
    assert "stoppe sokkerne" in goal, goal
    assert "tage sokker på" not in goal, goal
    assert "så jeg ikke smider ud" in goal, goal


@pytest.mark.parametrize(
    ("motivation", "said"),
    [
        ("Smider ikke ud.", "så jeg ikke smider ud"),
        ("smider ikke noget ud", "så jeg ikke smider noget ud"),
        ("Får det bedre.", "så jeg får det bedre"),  # no negation: as said, lower case
        ("Bliver ikke så ensom.", "så jeg ikke bliver så ensom"),
    ],
)
def test_a_subjectless_reason_is_written_in_order(motivation, said):
    goal = at_summary({"wish": "jeg vil gerne gå en tur i parken", "motivation": motivation})
    assert said in goal.goal_text, goal.goal_text
