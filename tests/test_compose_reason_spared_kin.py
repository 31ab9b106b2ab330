"""A reason told of a relative first ("Min datter arbejde tidlig, klokken syv.") and what that
one should not have to do next ("Hun skal ikke bekymre for Abdi."): both, the second as the
purpose ("…, så hun ikke skal bekymre sig for Abdi"), with a verb's left-out reflexive written
(fix round 36, blind130 Hawa)."""

from __future__ import annotations

import pytest
from compose_support import BATHING, goal_of, reason_of

from assistant.content import get_content
from assistant.nlp.grammar import polish

GRAMMAR = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Min datter arbejde tidlig, klokken syv. Hun skal ikke bekymre for Abdi. Og jeg vil "
         "være med, ikke sidde hjemme alene.",
         ", fordi min datter arbejder tidligt, klokken syv, så hun ikke skal bekymre sig for Abdi"),
        ("min søn bor i Aarhus. han skal ikke køre hele vejen hver uge",
         ", fordi min søn bor i Aarhus, så han ikke skal køre hele vejen hver uge"),
        ("Min mand er syg. Han skal ikke løfte mig mere.",
         ", fordi min mand er syg, så han ikke skal løfte mig mere"),
        ("min datter har travlt med børnene. hun skal ikke komme hver dag",
         ", fordi min datter har travlt med børnene, så hun ikke skal komme hver dag"),
    ],
)  # fmt: skip
def test_what_the_relative_should_not_have_to_do_is_the_purpose(told, reason):
    assert reason_of(goal_of(BATHING, motivation=told)) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Min datter arbejder meget. Hun kommer om søndagen.", ", fordi min datter arbejder meget"),
        ("Jeg er alene. Hun skal ikke komme hver dag.", ", fordi jeg er alene"),
    ],
)
def test_a_second_sentence_of_no_burden_spared_or_no_relative_first_stays_out(told, reason):
    assert reason_of(goal_of(BATHING, motivation=told)) == reason


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("så hun ikke skal bekymre for Abdi", "bekymre sig for Abdi"),
        ("jeg skal ikke skynde om morgenen", "skynde mig om morgenen"),
        ("så vi ikke skal bekymre for det", "bekymre os for det"),
        ("så de ikke skal bekymre.", "bekymre sig."),
    ],
)
def test_a_reflexive_verbs_left_out_reflexive_is_written(said, written):
    assert written in polish(said, GRAMMAR)


@pytest.mark.parametrize(
    "said",
    [
        "så min datter ikke skal bekymre sig om mig",
        "det bekymrer hende meget",
        "jeg vil ikke bekymre mig",
    ],
)
def test_a_reflexive_said_or_an_object_stays(said):
    assert polish(said, GRAMMAR) == said
