"""The wish's own words keep their activity against a story that names another far more weakly
(fix round 38, blind135 Dagmar): going to the theatre is fritid, as the goldens read it, though
the story before names her neighbour and her late husband; a story that names its own activity
as strongly still lets the counts choose (the goldens' "… på toilet mange gange …")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "said",
    [
        "Efter Viggo døde, har min nabo Ruth haft hans plads. Jeg vil så gerne selv kunne gå i "
        "teatret igen på mit abonnement.",
        "min veninde Lis og jeg har altid gået sammen, nu går hun alene. Jeg vil gerne i "
        "teatret igen",
        "vi var fire venner der fulgtes ad hver gang. men nu kan jeg ikke. jeg vil gerne i "
        "biografen igen en gang om maaneden",
    ],
)
def test_the_wish_for_a_show_is_leisure_after_a_story_of_company(said):
    assert analyze(said, DAY).activity == "fritid"


def test_a_story_that_names_its_own_activity_strongly_still_counts():
    said = (
        "Om natten jeg skal på toilet mange gange. Jeg er bange for at falde. Jeg vil "
        "gerne have lys på gangen og gå selv med min stok."
    )
    assert analyze(said, DAY).activity == "toilet"
