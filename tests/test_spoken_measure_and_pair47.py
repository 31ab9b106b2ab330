"""Fix round 47 (fE, blind155 Poul Erik, speech-recognised): a unit of a measure after "den" is
no comment's verb ("kilometer" reads like a present in -er), so "gå den kilometer fra skolen og
hjem" is the sign, not a comment "den kilometer" (the sign had been cut to "gå"); a comment
with its own verb still goes, and the way said after its amount stays (blind121 Ejner); a pair
in the object form said after a clause whose subject is "vi" ("vi har vores egen tid ham og
mig") says who "vi" are and is written in the subject form between commas, the speaker last
("…, han og jeg"). A pair that is an object ("hjælper ham og mig", "med ham og mig") stays."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal
from assistant.nlp.grammar import polish

GOALS = get_content("da").goals
G = GOALS.grammar


def _sign(own: str, sign: str) -> str:
    facts = {"activity": "indkoeb", "own_action": own, "speaker": "citizen", "criterion": sign}
    return compose_goal(facts, GOALS)


@pytest.mark.parametrize(
    ("own", "sign", "said"),
    [
        ("hente drengen fra skole igen", "gå den kilometer fra skolen og hjem til os uden at"
         " stoppe mere end en gang", "når jeg kan gå den kilometer fra skolen og hjem til os"),
        ("gå en tur igen", "gå den kilometer ned til havnen uden at stoppe",
         "når jeg kan gå den kilometer ned til havnen uden at stoppe"),
        ("gå en tur igen", "gå de 500 meter til Brugsen og hjem igen",
         "når jeg kan gå de 500 meter til Brugsen og hjem igen"),
        ("svømme igen", "svømme den kilometer i bassinet uden pause",
         "når jeg kan svømme den kilometer i bassinet uden pause"),
    ],
)  # fmt: skip
def test_a_measure_after_den_is_part_of_the_sign(own, sign, said):
    assert said in _sign(own, sign)


def test_a_comment_with_its_own_verb_still_goes():
    goal = _sign("gå en tur igen", "gå ned til Brugsen og hjem igen det er en km")
    assert "når jeg kan gå ned til Brugsen og hjem igen." in goal, goal


def test_the_way_after_a_comments_amount_stays():
    sign = (
        "at jeg kan gå derhen og hjem igen det er sådan en tre hundrede meter med højst to"
        " pauser på rollatoren uden at ilten slipper op ikk"
    )
    goal = _sign("gå hen til kiosken og købe min lottokupon", sign)
    assert "gå derhen og hjem igen med højst to pauser på rollatoren uden at ilten slipper" in goal


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("fordi vi så har vores egen tid ham og mig og han fortæller mig alt",
         "fordi vi så har vores egen tid, han og jeg, og han fortæller mig alt"),
        ("fordi vi går en tur hende og mig", "fordi vi går en tur, hun og jeg"),
        ("fordi så kan vi snakke sammen mig og ham", "fordi vi så kan snakke sammen, han og jeg"),
        ("fordi vi har det sjovt dem og mig.", "fordi vi har det sjovt, de og jeg."),
    ],
)  # fmt: skip
def test_a_pair_after_vi_is_its_apposition(said, written):
    assert polish(said, G) == written


@pytest.mark.parametrize(
    "said",
    [
        "fordi hun hjælper ham og mig",
        "fordi vi spiser med ham og mig",
        "fordi jeg har tid ham og mig",  # no "vi" before it
        "fordi vi ser ham og mig på billedet",
    ],
)
def test_an_object_pair_stays(said):
    assert polish(said, G) == said
