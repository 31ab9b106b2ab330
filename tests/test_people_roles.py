"""People as the person meant them: the role of each person named (tests/da/people/roles.yaml)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from yaml_support import safe_load

from assistant.nlp import analyze

TODAY = date(2026, 11, 22)
CASES = safe_load((Path(__file__).parent / "da" / "people" / "roles.yaml").read_text("utf-8"))


def _roles(text: str) -> dict[str, str]:
    return analyze(text, TODAY).extras["people_roles"]


def test_enough_realistic_sentences():
    assert len(CASES["sentences"]) >= 40
    assert {r for c in CASES["sentences"] for r in c["roles"].values()} >= {
        "helper", "companion", "beneficiary", "deceased", "missed", "unwanted", "other",
    }  # fmt: skip


@pytest.mark.parametrize("case", CASES["sentences"], ids=[c["text"] for c in CASES["sentences"]])
def test_role_of_each_person(case):
    assert _roles(case["text"]) == case["roles"]


@pytest.mark.parametrize(
    "text",
    [c["text"] for c in CASES["sentences"]],
)
def test_people_output_still_lists_every_person_named(text):
    facts = analyze(text, TODAY)
    assert set(facts.extras["people_roles"]) >= set(facts.people)
    assert "people_roles" not in facts.to_json()


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne kunne snakke med mine børnebørn igen, jeg øver med talepaedagogen "
        "hver tirsdag",
        "øh mor hun træner ordene med en talepædagog fra kommunen to gange om ugen",
    ],
)
def test_the_speech_therapist_one_trains_with_is_a_person(text):
    assert "talepædagog" in analyze(text, TODAY).people
