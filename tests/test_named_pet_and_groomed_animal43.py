"""A pet the citizen names before the wish (round 43, blind147 Bitten): "Jeg har en kongepudel
der hedder Molly … bade og klippe Molly igen" wishes "bade og klippe min kongepuddel Molly igen";
bathing or grooming an animal is a pastime, never the citizen's own hygiene; a sign that lists
more doings than the wish ("bade hende, føne hende tør og klippe hele pelsen …") is said whole,
not as "gøre det"; "toer" after an object is "tør" ("føne hende toer")."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.compose import compose_goal

TODAY = date(2026, 12, 6)
GOALS = get_content("da").goals


def _action(said: str) -> str:
    return str((understand(said, TODAY).extras or {}).get("action"))


# --- 1. a named pet said with its noun ----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("Jeg har en kongepudel der hedder Molly, hun er 6. Jeg vil gerne selv kunne bade og"
         " klippe Molly igen her hjemme i bryggerset", "bade og klippe min kongepuddel Molly igen"),
        ("jeg har en hund som hedder Bobby og jeg vil gerne kunne gaa tur med Bobby igen",
         "gå tur med min hund Bobby igen"),
        ("Jeg har en kat der hedder Misser. Jeg vil gerne kunne børste Misser selv",
         "børste min kat Misser"),
        ("Jeg har en veninde der hedder Inge, jeg vil gerne besøge Inge igen",
         "besøge min veninde Inge igen"),
    ],
)  # fmt: skip
def test_a_name_given_before_is_said_with_its_noun(said, phrase):
    assert phrase in _action(said)


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        # the noun said with the name already
        ("jeg har en puddel der hedder Molly og vil gerne bade min puddel Molly",
         "bade min puddel Molly"),
        # no name given: a name said only in the wish stays as it is
        ("jeg vil gerne kunne besøge Inge igen", "besøge Inge igen"),
        # a name given to someone the citizen does not say they have
        ("min nabo har en hund der hedder Bobby, jeg vil gerne gå tur med Bobby",
         "gå tur med Bobby"),
    ],
)  # fmt: skip
def test_a_name_not_given_so_stays(said, phrase):
    action = _action(said)
    assert phrase in action and "min hund Bobby" not in action, action


# --- 2. grooming an animal is no own hygiene ----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne kunne bade min hund selv igen",
        "jeg vil selv kunne bade og børste katten",
        "jeg vil gerne kunne bade og klippe min puddel igen",
        "hun vil gerne kunne vaske sin hund i haven",
        "jeg vil gerne trimme hunden selv igen",
    ],
)
def test_grooming_an_animal_is_a_pastime(said):
    assert analyze(said, TODAY).activity == "fritid"


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg vil gerne kunne bade mig selv igen", "vask_og_hygiejne"),
        ("jeg vil gerne kunne gå i bad selv og vaske mit hår", "vask_og_hygiejne"),
        ("jeg vil gerne kunne klippe mine negle selv", "vask_og_hygiejne"),
        ("jeg vil gå tur med hunden", "gang"),
    ],
)
def test_own_care_and_walking_the_dog_stay(said, activity):
    assert analyze(said, TODAY).activity == activity


# --- 3. a sign of more doings than the wish is said whole ---------------------------------------


def _goal(own_action: str, criterion: str) -> str:
    facts = {"activity": "fritid", "speaker": "citizen", "independence": "selv"}
    return compose_goal({**facts, "own_action": own_action, "criterion": criterion}, GOALS)


def test_a_sign_listing_more_doings_is_said_whole():
    goal = _goal(
        "bade og klippe min puddel igen",
        "bade hende, føne hende tør og klippe hele pelsen på en formiddag med pauser, uden at jeg"
        " skal i seng bagefter",
    )
    assert "føne hende tør og klippe hele pelsen på en formiddag" in goal, goal
    assert "gøre det" not in goal, goal


def test_a_sign_naming_the_wishs_doings_again_is_still_said_short():
    goal = _goal(
        "åbne syltetøjsglas og koge kartofler og hælde vandet fra",
        "åbne glasset og koge kartoflerne og hælde vandet fra uden at spilde",
    )
    assert "gøre det uden at spilde" in goal, goal


# --- 4. "toer" after an object is "tør" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "spelled"),
    [
        ("At jeg selv kan bade hende, foene hende toer og klippe hele pelsen", "føne hende tør"),
        ("jeg vil kunne vaske den og tørre den toer", "tørre den tør"),
    ],
)
def test_toer_after_an_object_is_dry(said, spelled):
    assert spelled in str((understand(said, TODAY).extras or {}).get("spelled"))


@pytest.mark.parametrize("said", ["min mand har en toer i tennis", "det er en toer"])
def test_a_two_stays_a_two(said):
    assert "toer" in str((understand(said, TODAY).extras or {}).get("spelled"))
