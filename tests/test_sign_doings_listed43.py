"""Fix round 43 (fA, blind146 Ib): a sign that lists its doings after commas ("gå ned til
volieren, fylde foder og vand og skrabe bunden ren, og gå op igen …") is one sign: an
infinitive after the comma is the next doing, not the first word of a told main clause (its
object "foder" no finite verb). A clause told after a comma still goes."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal

GOALS = get_content("da").goals


@pytest.mark.parametrize(
    ("own", "sign", "kept"),
    [
        (
            "passe mine undulater igen",
            "gå ned til volieren, fylde foder og vand og skrabe bunden ren, og gå op igen uden"
            " at skulle sætte mig og hvile mere end én gang",
            "skrabe bunden ren, og gå op igen",
        ),
        (
            "passe mine høns igen",
            "gå ned i hønsehuset, hente æggene og give dem foder",
            "hente æggene og give dem foder",
        ),
        (
            "fodre fuglene igen",
            "gaa ud til foderbraettet, fylde frø i og gaa ind igen uden at hvile",
            "fylde frø i",
        ),
        (
            "passe min have",
            "gå ud i haven, vande blomsterne og luge et bed",
            "vande blomsterne og luge et bed",
        ),
    ],
)
def test_a_sign_listing_its_doings_stays_whole(own, sign, kept):
    facts = {"activity": "fritid", "own_action": own, "criterion": sign}
    sentence = compose_goal(facts, GOALS)
    assert kept in sentence, sentence


@pytest.mark.parametrize(
    ("own", "sign", "gone"),
    [
        # a main clause told after the comma still goes
        (
            "pudse vinduer",
            "pudse alle 8 vinduer, indvendig, udvendig tager vinduespudseren",
            "tager",
        ),
        ("gå en tur", "gå ned til Brugsen, bagefter henter min søn mig", "henter"),
    ],
)
def test_a_told_clause_after_the_comma_still_goes(own, sign, gone):
    facts = {"activity": "fritid", "own_action": own, "criterion": sign}
    sentence = compose_goal(facts, GOALS)
    assert gone not in sentence, sentence
