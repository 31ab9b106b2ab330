"""How many of whom, said between commas in a reason ("vi har trænet sammen i ti år, tre piger,
og bagefter drikker vi kaffe", blind149 Hanne), is an aside the goal's reason leaves out
(asides.py _headcount, _grammar.yaml headcount_nouns); a list of counts stays."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.asides import without_asides

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        (
            "vi har trænet sammen i ti år, tre piger, og bagefter drikker vi kaffe",
            "vi har trænet sammen i ti år, og bagefter drikker vi kaffe",
        ),
        (
            "vi spiller hver torsdag, fire mand, og så drikker vi en øl",
            "vi spiller hver torsdag, og så drikker vi en øl",
        ),
        (
            "fordi vi har gaaet sammen i mange aar, fem veninder, og det er hyggeligt",
            "fordi vi har gaaet sammen i mange aar, og det er hyggeligt",
        ),
        (
            "vi har sunget i koret siden 1980, to søstre, og det vil vi blive ved med",
            "vi har sunget i koret siden 1980, og det vil vi blive ved med",
        ),
    ],
)
def test_a_headcount_aside_is_left_out(told, kept):
    assert without_asides(told, G) == kept


@pytest.mark.parametrize(
    "told",
    [
        "fordi jeg har to drenge, tre piger, og mange børnebørn",
        "fordi vi er fire gamle venner, og vi ses hver uge",
        "fordi jeg har to børn, tre børnebørn, og to oldebørn",
        "vi er tre piger, og vi har det sjovt",
    ],
)
def test_counts_that_are_the_reason_stay(told):
    # counter-examples: a list of counts, a count that is the clause's own
    assert without_asides(told, G) == told
