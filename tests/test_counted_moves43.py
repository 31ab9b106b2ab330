"""A counted movement of an exercise ("ti knæbøjninger") is counted as repetitions also with a
rate after it ("hver morgen": how often the exercise is done) and when prescribed after any
modal ("han skal lave ti knæbøjninger … men han gider ikke"); a count of things with a rate
("to piller hver morgen") stays a rate, no measure (fix round 43, blind81)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)
REPS = "gang"


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("han skal lave ti knaebojninger hver morgen som fysen har sagt men han gider ikke", 10),
        ("jeg vil lave ti knæbøjninger hver morgen", 10),
        ("Lave 20 armbøjninger hver dag", 20),
        ("jeg vil gerne kunne lave 15 armboejninger om dagen", 15),
        ("øh mor skal lave 10 tåhævninger tre gange om dagen", 10),
        ("far skal lave tyve knæbøjninger hver dag men han glemmer det", 20),
    ],
)  # fmt: skip
def test_counted_moves_are_repetitions_beside_a_rate(said, count):
    measures = [(m.value, m.unit) for m in analyze(said, TODAY).measures]
    assert (count, REPS) in measures, measures


@pytest.mark.parametrize(
    "said",
    [
        "han skal tage to piller hver morgen",
        "jeg vil drikke seks glas vand om dagen",
        "jeg lavede ti armbøjninger i går",
    ],
)  # fmt: skip
def test_a_counted_thing_with_a_rate_or_a_story_is_no_measure(said):
    assert not analyze(said, TODAY).measures
