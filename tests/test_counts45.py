"""Fix round 45 (fG, blind83 Karin and Jørn): a treatment's rhythm beside a trouble ("træt
efter dialysen tre gange om ugen") is no goal frequency (frequency.yaml treatment_nouns); a
counted exercise movement anywhere in the wish ("op på 15 knæbøjninger og løfte 10 kilo") is a
measure of repetitions beside the wish's other measures (assistant/nlp/repetition_count.py)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _measures(facts) -> set[tuple[float, str]]:
    return {(m.value, m.unit) for m in facts.measures}


@pytest.mark.parametrize(
    "said",
    [
        "far er helt smadret efter dialysen tre gange om ugen og orker ikke at gå ud",
        "mor faar kemo hver tredje uge og hun kan ikke spise bagefter",
        "øh jeg får dialyse tre gange om ugen og så kan jeg ikke gå i bad selv",
        "min kone er så træt efter strålebehandlingen hver dag at hun ikke kan lave mad",
        "han er udmattet efter behandlingen hver fredag og ligger i sengen hele weekenden",
    ],
)
def test_a_treatments_rhythm_is_no_goal_frequency(said):
    assert analyze(said, TODAY).frequency is None


@pytest.mark.parametrize(
    ("said", "times", "per"),
    [
        # in a wish the rhythm stays the goal's
        ("jeg vil gerne selv kunne køre ud til dialysen tre gange om ugen", 3, "week"),
        # a habit of the activity in a difficulty keeps its rhythm
        ("jeg kan ikke gå i bad selv hver dag", 1, "day"),
        ("jeg går til genoptræning to gange om ugen og det klarer jeg fint selv", 2, "week"),
    ],
)
def test_other_rhythms_stay(said, times, per):
    freq = analyze(said, TODAY).frequency
    assert freq is not None and (freq.times, freq.per) == (times, per)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "jeg vil gerne op på 15 knæbøjninger og kunne løfte 10 kilo igen",
            {(15, "gang"), (10, "kilo")},
        ),
        ("øh jeg vil gerne op på femten knæbøjninger igen", {(15, "gang")}),
        ("far vil gerne kunne gå 2 km og tage 20 knæbøjninger", {(2, "kilometer"), (20, "gang")}),
        ("mor vil gerne komme op på ti armbøjninger mod væggen inden jul", {(10, "gang")}),
        ("jeg vil kunne klare tyve tåhævninger på trappen igen", {(20, "gang")}),
    ],
)
def test_counted_exercise_movements_in_a_wish_are_repetitions(said, expected):
    assert _measures(analyze(said, TODAY)) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # today's limit is no measure to reach
        ("jeg kan kun tage fem knæbøjninger nu men jeg vil gerne løfte 10 kilo", {(10, "kilo")}),
        # a count of things that are no exercise is no repetition
        ("jeg vil gerne bage ti boller til børnebørnene", {(10, "bolle")}),
    ],
)
def test_other_counts_stay_as_they_were(said, expected):
    assert _measures(analyze(said, TODAY)) == expected
