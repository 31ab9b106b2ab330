"""Fix round 49 (blind159 Svend, "skyde 30 pile på 18 meter"): things counted beside a measure
of a unit are measures too (spec/analyze.md measures). "bage 20 boller på en time" gives the
20 buns and the hour (nlp/counted_object.py with_counted, read in nlp/extract.py both for a
wish and for a sign); a posture verb joined by "og" ("stå og skyde 30 pile", units.yaml
counted_posture) leads to the verb whose count it is. Rates, aids and counts of no object stay
out, and the goal keeps the count where it was said."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import at_summary

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _measures(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in analyze(text, TODAY).measures]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("jeg vil gerne kunne bage 20 boller på en time", [(20, "bolle"), (1, "time")]),
        ("øh hun vil gerne kunne bage tyve boller paa en time", [(20, "bolle"), (1, "time")]),
        ("min far vil gerne kunne skrælle ti kartofler på et kvarter",
         [(10, "kartoffel"), (15, "minut")]),
        ("jeg vil kunne spille 18 huller på tre timer", [(18, "hul"), (3, "time")]),
        # a sign said alone, after "kan"; a posture verb and "og" before the counting verb
        ("at jeg kan skyde 30 pile på 18 meter på to timer",
         [(30, "pile"), (18, "meter"), (2, "time")]),
        ("At jeg kan stå og skyde 30 pile på 18 meter.", [(30, "pile"), (18, "meter")]),
        ("jeg vil gerne kunne sidde og skrælle tyve kartofler", [(20, "kartoffel")]),
    ],
)  # fmt: skip
def test_things_counted_beside_a_unit_are_measures(text, measures):
    assert _measures(text) == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # a rate, an aid counted, a count of no object: as before
        ("jeg vil gerne kunne tage 2 piller om dagen", []),
        ("jeg vil gerne kunne gå 3 km med to stave", [(3, "kilometer")]),
        ("jeg vil gerne gå en tur på 20 minutter med 2 stokke", [(20, "minut")]),
        ("jeg vil kunne gå 2 km", [(2, "kilometer")]),
        ("jeg vil gerne kunne bage 20 boller", [(20, "bolle")]),
        # the count after a verb the posture does not lead: none read
        ("jeg vil gerne kunne stå og vente i 10 minutter", [(10, "minut")]),
    ],
)
def test_other_counts_stay_as_before(text, measures):
    assert _measures(text) == measures


@pytest.mark.parametrize(
    ("wish", "measure", "sign"),
    [
        ("jeg vil gerne bage boller til mine børnebørn igen",
         "at jeg kan bage 20 boller på en time",
         "når jeg kan bage 20 boller på en time."),
        ("øh han vil gerne bage igen", "at han kan bage tyve boller paa en time",
         "når jeg kan bage tyve boller på en time."),
    ],
)  # fmt: skip
def test_the_goal_says_the_count_once_where_it_was_said(wish, measure, sign):
    turn = at_summary({"wish": wish, "measure": measure})
    assert sign in turn.goal_text, turn.goal_text
    assert turn.goal_text.count("på en time") == 1, turn.goal_text
