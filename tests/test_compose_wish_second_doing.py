"""A wish of a way and a doing there ("gå ned i dueslaget og fodre mine brevduer") beside a sign
that says only the way ("… gået ned i dueslaget om morgenen"): the doing is the wish's own, the
sign never replaces it (round 31, r123)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal

GOALS = get_content("da").goals


@pytest.mark.parametrize(
    ("activity", "own", "sign", "kept"),
    [
        ("fritid", "gå ned i dueslaget og fodre mine brevduer og give dem vand",
         "være gået ned i dueslaget om morgenen med protesen", "fodre mine brevduer"),
        ("gang", "gå ned til postkassen og hente min avis", "gå ned til postkassen uden at stoppe",
         "hente min avis"),
        ("fritid", "gå ud i haven og vande mine blomster", "gå ud i haven med stokken",
         "vande mine blomster"),
        ("socialt_samvaer", "gå over til naboen og drikke kaffe",
         "gå over til naboen uden at falde", "drikke kaffe"),
        ("transport", "cykle ned til havnen og kigge på bådene",
         "cykle ned til havnen og hjem igen", "kigge på bådene"),
        ("fritid", "køre ud til kolonihaven og plante kartofler",
         "køre ud til kolonihaven alene i min scooter", "plante kartofler"),
    ],
)  # fmt: skip
def test_a_doing_after_the_way_keeps_the_wish(activity, own, sign, kept):
    sentence = compose_goal({"activity": activity, "own_action": own, "criterion": sign}, GOALS)
    assert kept in sentence.split(".")[0], sentence


def test_a_sign_of_the_same_place_and_more_still_says_it_all():
    facts = {
        "activity": "gang",
        "own_action": "gå ned til postkassen med min nabo",
        "criterion": "gå ned til postkassen og hjem igen uden at stoppe",
    }
    sentence = compose_goal(facts, GOALS)
    assert sentence.startswith("Jeg vil kunne gå ned til postkassen og hjem igen uden at stoppe")
