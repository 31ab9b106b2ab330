"""A professional where a course of treatment began or ended (fix round 35, blind71): "hun er
startet hos psykologen", "far stoppede hos fysioterapeuten" tell the place of the course, no
person of the citizen's network; one met there without a course begun ("hun har været hos
lægen", "træne hos fysioterapeuten") or acting ("psykologen siger") stays named."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("min mand er startet hos en psykolog og han sover lidt bedre nu", "psykolog"),
        (
            "jeg er begyndt hos fysioterapeuten og vil gerne gå til bageren selv til foråret",
            "fysioterapeut",
        ),
        ("mor er lige startet hos diætisten ikk og hun vil gerne lave sin mad igen", "diætist"),
        (
            "efter jeg startede hos psykologen har jeg faaet mere overskud og vil i koret igen",
            "psykolog",
        ),
        (
            "han er faerdig hos ergoterapeuten nu men han vil gerne kunne tage toej paa selv",
            "ergoterapeut",
        ),
        (
            "far stoppede hos fysioterapeuten i sommer og nu vil han gerne traene selv hver dag",
            "fysioterapeut",
        ),
        (
            "øh hun er begyndt hos en ny psykolog og hun vil gerne ud at gå om morgenen igen",
            "psykolog",
        ),
    ],
)
def test_a_professional_where_a_course_began_is_a_place(text, person):
    assert person not in analyze(text, TODAY).people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("hun har været hos lægen med sin ryg og han siger hun skal gå mere", "læge"),
        ("jeg vil gerne træne hos fysioterapeuten to gange om ugen", "fysioterapeut"),
        ("min psykolog har startet et hold og jeg vil gerne komme med", "psykolog"),
    ],
)
def test_a_professional_met_or_acting_stays_named(text, person):
    assert person in analyze(text, TODAY).people
