"""Fix round 48 (fG, blind159 Birgit): a wish of two doings that ends in their place ("rive
billetter af og sælge popcorn i biografen") keeps its second doing and the place when the sign
says the doings again with a time of its own ("… når jeg kan stå i billetten og rive billetter
af og sælge popcorn hele aftenen"): the sign says "gøre det" after its own doing. A wish's last
object the sign swaps for its whole ("klippe dem og vikle tråd om grenene" beside "… om et helt
træ") and a sign with an object of its own ("… en hel opvask") stay as before."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal

GOALS = get_content("da").goals


def _goal(wish: str, sign: str) -> str:
    facts = {"activity": "fritid", "own_action": wish, "speaker": "citizen", "criterion": sign}
    return compose_goal(facts, GOALS)


@pytest.mark.parametrize(
    ("wish", "sign", "wished", "signed"),
    [
        ("rive billetter af og sælge popcorn i biografen",
         "stå i billetten og rive billetter af og sælge popcorn hele aftenen fra halv syv til ni",
         "rive billetter af og sælge popcorn i biografen",
         "stå i billetten og gøre det hele aftenen fra halv syv til ni"),
        ("tage imod gæsterne og skænke kaffe i kirkesalen",
         "stå ved døren og tage imod gæsterne og skænke kaffe hele formiddagen",
         "tage imod gæsterne og skænke kaffe i kirkesalen",
         "stå ved døren og gøre det hele formiddagen"),
        ("sortere tøj og hænge det op på lageret",
         "sidde ved bordet og sortere tøj og hænge det op hele vagten",
         "sortere tøj og hænge det op på lageret",
         "sidde ved bordet og gøre det hele vagten"),
    ],
)  # fmt: skip
def test_the_wish_keeps_its_doings_and_place(wish, sign, wished, signed):
    goal = _goal(wish, sign)
    assert f"Jeg vil kunne {wished}." in goal
    assert f"når jeg kan {signed}." in goal


@pytest.mark.parametrize(
    ("wish", "sign", "wished"),
    [
        ("passe mine bonsaitræer i drivhuset igen, klippe dem og vikle tråd om grenene",
         "klippe og vikle tråd om et helt træ på en time",
         "passe mine bonsaitræer i drivhuset igen og klippe dem"),
        ("vaske op og tørre af i køkkenet", "stå ved vasken og vaske op og tørre af en hel opvask",
         "vaske op og tørre af i køkkenet"),
    ],
)  # fmt: skip
def test_a_swapped_object_or_the_signs_own_object_stays(wish, sign, wished):
    goal = _goal(wish, sign)
    assert f"Jeg vil kunne {wished}." in goal
    assert "gøre det" not in goal
