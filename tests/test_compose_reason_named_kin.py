"""Round 31 (story31): a reason is never cut mid-clause at a name said after a kin word ("når
min mand Finn ser fodbold") or at the relative clause of another person's story ("hun har sin
mand, der er syg")."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import reason_first_person

GOALS = get_content("da").goals


@pytest.mark.parametrize(
    ("told", "end"),
    [
        ("så har jeg noget at lave om aftenen naar min mand Finn ser fodbold", "Finn ser fodbold"),
        ("fordi jeg keder mig når min datter Lise er på arbejde", "Lise er på arbejde"),
        ("så jeg kan lave mad til når min søn Peter kommer hjem fra arbejde",
         "Peter kommer hjem fra arbejde"),
        ("fordi jeg bliver så glad når min ven Ole ringer", "Ole ringer"),
        ("så jeg ikke sidder alene mens min kone Grethe er til gymnastik",
         "Grethe er til gymnastik"),
    ],
)  # fmt: skip
def test_a_name_after_a_kin_word_is_its_subjects_own(told, end):
    reason = reason_first_person(told, GOALS, "citizen")
    assert reason.endswith(end), reason


@pytest.mark.parametrize(
    ("told", "left"),
    [
        ("så min søn ikke skal køre herud hver dag, han har sin kone, der er syg, og så jeg kan "
         "klare mig selv", "der er syg"),
        ("så Lise ikke skal hente mig, hun har en hund, som skal luftes, og så jeg føler mig fri",
         "som skal luftes"),
        ("så min datter kan få fri, hun har to drenge, der går i skole, og så jeg kan komme ud",
         "der går i skole"),
    ],
)  # fmt: skip
def test_another_persons_story_goes_with_its_relative_clause(told, left):
    reason = reason_first_person(told, GOALS, "citizen")
    assert left not in reason, reason
    assert reason.split(",")[1].strip().split()[0] not in ("der", "som"), reason
