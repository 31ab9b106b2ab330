"""A frequency of the goal is said before a last deed done at a yearly event, not after it
(fix round 47, helper fK; blind157 Hjørdis: "aflægge det på generalforsamlingen tre gange om
ugen"); a wish with no such deed, or about the event all through, keeps it at the end."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal

GOALS = get_content("da").goals
THREE_A_WEEK = {"times": 3, "per": "week", "every": 1}
DAILY = {"times": 1, "per": "day", "every": 1}


def _first(own: str, freq: dict) -> str:
    facts = {"activity": "fritid", "own_action": own, "frequency": freq}
    return compose_goal(facts, GOALS).split(".")[0]


@pytest.mark.parametrize(
    ("own", "freq", "expected"),
    [
        ("føre regnskabet på computeren og aflægge det på generalforsamlingen", THREE_A_WEEK,
         "føre regnskabet på computeren tre gange om ugen og aflægge det på generalforsamlingen"),
        ("øve mig på klaveret og spille for familien til min fødselsdag", DAILY,
         "øve mig på klaveret hver dag og spille for familien til min fødselsdag"),
        ("træne stemmen og synge i kirken til barnebarnets konfirmation", THREE_A_WEEK,
         "træne stemmen tre gange om ugen og synge i kirken til barnebarnets konfirmation"),
        ("gå med rollatoren og danse med min mand til sølvbrylluppet", DAILY,
         "gå med rollatoren hver dag og danse med min mand til sølvbrylluppet"),
        ("skrive talen og holde den til foreningens julefrokost", THREE_A_WEEK,
         "skrive talen tre gange om ugen og holde den til foreningens julefrokost"),
    ],
)  # fmt: skip
def test_the_frequency_goes_before_the_yearly_deed(own, freq, expected):
    assert expected in _first(own, freq)


@pytest.mark.parametrize(
    ("own", "freq", "expected"),
    [
        ("gå en tur med hunden og købe avisen", DAILY, "købe avisen hver dag"),
        ("bage kaffe og kage til fødselsdagen", THREE_A_WEEK, "fødselsdagen tre gange om ugen"),
        ("gå til generalforsamlingen og stemme på generalforsamlingen", THREE_A_WEEK,
         "stemme på generalforsamlingen tre gange om ugen"),
    ],
)  # fmt: skip
def test_no_yearly_deed_keeps_the_frequency_at_the_end(own, freq, expected):
    assert expected in _first(own, freq)
