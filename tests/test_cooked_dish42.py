"""A cooking verb on a dish decides the activity whoever the dish is for: the soup for the
community dinner is cooking, not company; eating with the others stays company (fix round 42,
blind141 Birgit)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "Det, jeg vil, er at lave suppen til fællesspisningen i beboerhuset igen",
        "mor vil gerne koge en stor gryderet til julefrokosten med naboerne igen",
        "a vil gern bag boller til æ klub igen",
    ],
)
def test_a_dish_cooked_for_a_gathering_is_cooking(said):
    assert analyze(said, TODAY).activity == "madlavning"


def test_eating_with_the_others_stays_company():
    said = "jeg vil gerne spise med de andre til fællesspisningen i beboerhuset"
    assert analyze(said, TODAY).activity == "socialt_samvaer"
