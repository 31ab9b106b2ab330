"""Fix round 49 (fB, blind161 Ingrid "Mejsekugler. Selv lave."): a wish in fragments whose
object is a plural of a count noun on -e that the lemma table lacks, whole or as a compound's
last part ("kugler", "mejse|kugler"), is the verb's object ("lave mejsekugler"); a "selv" typed
before the verb is kept as it is after it ("selv lave": the citizen's own doing); the capital
of a part typed as a sentence is no name's ("Mejsekugler." → "mejsekugler"); fat balls for the
birds are a pastime (fritid, beside the bird feeder and the nesting box). Counter-examples: a
verb form is no plural ("Spiser. Selv."), a verb's own phrase stays as it was."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("wish", "action"),
    [
        ("Mejsekugler. Selv lave.", "lave mejsekugler"),
        ("mejsekugler. lave selv. igen", "lave mejsekugler igen"),
        ("Selv lave. Mejsekugler.", "lave mejsekugler"),
        ("Fedtkugler. Selv lave.", "lave fedtkugler"),
        ("Kugler. Selv lave.", "lave kugler"),
        ("Julekugler. Hænge op. Selv.", "Hænge julekugler op"),
        ("Æbleskiver. Selv bage.", "bage æbleskiver"),
        ("Fortov. Feje. Selv.", "Feje fortovet"),
    ],
)
def test_a_plural_noun_said_bare_is_the_verbs_object(wish, action):
    assert (understand(wish, TODAY).extras or {}).get("action") == action


@pytest.mark.parametrize(
    "wish",
    ["Mejsekugler. Selv lave.", "Fedtkugler. Selv lave.", "Selv bage. Æbleskiver."],
)
def test_selv_before_the_verb_is_kept(wish):
    assert understand(wish, TODAY).independence == "selv"


@pytest.mark.parametrize(
    ("wish", "activity"),
    [
        ("Mejsekugler. Selv lave.", "fritid"),
        ("oeh jeg vil gerne lave mejsekugler til fuglene igen", "fritid"),
        ("mor vil gerne selv kunne hænge fedtkugler op i æbletræet", "fritid"),
        ("han vil gerne kunne finde en geocache igen med sit barnebarn", "fritid"),
    ],
)
def test_fat_balls_and_geocaches_are_a_pastime(wish, activity):
    assert understand(wish, TODAY).activity == activity


@pytest.mark.parametrize(
    ("wish", "action"),
    [
        ("Spiser. Selv.", None),  # a verb's form, no plural of a noun
        ("Skjorter. Stryge.", "Stryge skjorter"),
        ("posten. selv hente", "hente posten"),
    ],
)
def test_other_fragments_are_read_as_before(wish, action):
    assert (understand(wish, TODAY).extras or {}).get("action") == action
