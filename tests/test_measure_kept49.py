"""A distance said with "de" as a length already known ("gå parkrun igen hele de 5 km") is the
way, no sign of the goal reached: the measure question is still asked, and its answer with a
time and conditions ("på under en time uden at holde pause") goes in the goal (blind round 162,
Susanne). A distance wished bare ("gå 5 km") stays the measure, unasked."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyzer_for
from assistant.nlp.phrase import without_told_clause

CONTENT = get_content("da")
TODAY = date(2026, 12, 7)


def analyze(text: str):
    return analyzer_for(CONTENT).analyze(text, TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne gaa parkrun igen hele de 5 km",
        "øh jeg vil gerne kunne gå de 2 kilometer rundt om søen igen",
        "hun vil så gerne gå hele de 400 meter ned til købmanden igen",
        "han vil gerne cykle de 3 km ud til kolonihaven igen",
        "jeg vil gerne klare alle de 5 km i skoven igen",
    ],
)
def test_a_known_length_is_the_way_and_the_sign_is_still_asked(text):
    facts = analyze(text)
    assert facts.stance == "wish" and facts.measures
    assert facts.extras["distance_told"]


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne kunne gaa 5 km igen",
        "jeg vil gerne cykle 10 km igen",
        "vi vil gerne gå 2 km sammen igen",
        "hun vil gerne gå en 400 meter hver dag",
    ],
)
def test_a_distance_wished_bare_stays_the_measure(text):
    facts = analyze(text)
    assert facts.measures and not facts.extras["distance_told"]


# --- a sign's list after a comma is kept whole (blind round 162, Agnethe) ----------------------

GRAMMAR = CONTENT.goals.grammar


@pytest.mark.parametrize(
    "sign",
    [
        "spille en hel gudstjeneste med præludium, fem salmer og postludium",
        "synge hele koncerten med, tre salmer og to sange",
        "gå hele ruten, fire runder og hjem igen",
        "bage til hele familien, to kager og boller",
    ],
)
def test_a_counted_list_after_a_comma_is_kept(sign):
    assert without_told_clause(sign.split(), GRAMMAR) == sign.split()


@pytest.mark.parametrize(
    ("sign", "kept"),
    [
        # a main clause after the comma still goes ("…, udvendig tager vinduespudseren")
        ("pudse alle 8 vinduer, indvendig, udvendig tager vinduespudseren",
         "pudse alle 8 vinduer, indvendig"),
    ],
)  # fmt: skip
def test_a_told_clause_after_a_comma_still_goes(sign, kept):
    assert " ".join(without_told_clause(sign.split(), GRAMMAR)) == kept
