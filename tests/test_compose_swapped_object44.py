"""A wish's last listed doing ending in a short object of its own ("…, klippe dem og vikle tråd
om grenene") beside a sign that says that doing with its own whole or amount ("klippe og vikle
tråd om et helt træ på en time"): the doing is said once, in the sign, and the wish's list is
closed with "og" ("passe mine bonsaitræer i drivhuset igen og klippe dem"; fix round 44,
blind143 Lis). A longer object of the wish's own, or a sign that says nothing more, keeps the
wish as it was."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal

GOALS = get_content("da").goals


def _sentence(activity: str, own: str, sign: str) -> str:
    return compose_goal({"activity": activity, "own_action": own, "criterion": sign}, GOALS)


@pytest.mark.parametrize(
    ("activity", "own", "sign", "wish"),
    [
        ("fritid", "passe mine bonsaitræer i drivhuset igen, klippe dem og vikle tråd om grenene",
         "klippe og vikle tråd om et helt træ på en time uden at hænderne låser",
         "passe mine bonsaitræer i drivhuset igen og klippe dem."),
        ("fritid", "passe mine tomater i drivhuset igen, vande dem og binde ranker op om stokkene",
         "vande og binde ranker op om alle planterne på en formiddag",
         "passe mine tomater i drivhuset igen og vande dem."),
    ],
)  # fmt: skip
def test_a_listed_doing_the_sign_says_with_its_own_object_goes(activity, own, sign, wish):
    sentence = _sentence(activity, own, sign)
    first = sentence.split(". ")[0] + "."
    assert first.endswith(wish), sentence
    words = sentence.lower().replace(",", "").replace(".", "").split()
    grams = [" ".join(words[k : k + 4]) for k in range(len(words) - 3)]
    assert len(grams) == len(set(grams)), sentence


@pytest.mark.parametrize(
    ("activity", "own", "sign", "kept"),
    [
        # an object of several words is the wish's own and stays
        ("fritid", "passe mine bonsaitræer igen, klippe dem og vikle tråd om de tykke grene på "
         "ahornen", "klippe og vikle tråd om et helt træ på en time", "de tykke grene på ahornen"),
        # a sign that says the doing and nothing more: the wish stays as it is
        ("fritid", "passe mine bonsaitræer igen, klippe dem og vikle tråd om grenene",
         "klippe og vikle tråd om grenene", "vikle tråd om grenene"),
        # the list of doings said with an amount (fix round 35) is unchanged
        ("fritid", "passe mit akvarie igen, skifte vandet og rense ruden",
         "skifte en tredjedel af vandet og rense ruden uden at skulle sætte mig",
         "igen og skifte vandet"),
    ],
)  # fmt: skip
def test_counter_examples_keep_the_wish(activity, own, sign, kept):
    sentence = _sentence(activity, own, sign)
    assert kept in sentence.split(". ")[0], sentence
