"""Fix round 52 (fB): the goal sentence's nouns and clauses written as Danish says them.

- A side before a body part ("med højre arm", "løfte venstre arm") keeps the part bare: the side
  is no verb whose object the part is (body_sides; learner_phrases.body_objects_definite).
- A material one works in stays bare after its preposition ("male i olie", "hugge figurer i
  sæbesten", "strikke i uld"; bare_after_prepositions); a thing in a place is still definite
  ("bære i hånden", "hente vand i spanden").
- A learner's "uden" before a definite noun subject and its verb gets its "at" ("uden fingrene
  sover" → "uden at fingrene sover"; learner_without); "uden pause", "uden at …" stay.
- A plural said first and taken up by "de" after "og" ("og folk de danser") is the subject
  ("og folk danser"; dislocated.py), as after "fordi" ("fordi naboerne de hjælper mig").
"""

from __future__ import annotations

import pytest
from compose_support import dialogue_goal, goal_for_motivation, reason_of
from persona_expect import grammar_problems

_PLAY = "jeg vil spille sjoelbak i klubben igen"


def _sign(measure: str) -> str:
    """The goal's sign sentence for a told measure ("… når jeg kan …")."""
    goal = dialogue_goal(wish=_PLAY, measure=measure)
    return goal.split("Jeg ved, at jeg har nået det, ", 1)[1].split(". Det vil")[0]


@pytest.mark.parametrize(
    ("measure", "written"),
    [
        (
            "At jeg kan spille en hel omgang med højre arm, uden skulderen gør ondt.",
            "når jeg kan spille en hel omgang med højre arm, uden at skulderen gør ondt",
        ),
        (
            "at jeg kan løfte venstre arm op til skabet",
            "når jeg kan løfte venstre arm op til skabet",
        ),
        (
            "at jeg kan bære i hånd uden at tabe noget",
            "når jeg kan bære i hånden uden at tabe noget",
        ),
        ("at jeg kan løfte arm over hovedet", "når jeg kan løfte armen over hovedet"),
    ],
)
def test_a_side_keeps_the_body_part_bare(measure, written):
    assert _sign(measure) == written


@pytest.mark.parametrize(
    ("wish", "said"),
    [
        ("jeg vil gerne male portrætter af mine oldebørn i olie igen", "i olie igen"),
        ("jeg vil hugge figurer i saebesten paa vaerkstedet igen", "i sæbesten på værkstedet"),
        ("jeg vil strikke sokker i uld til mine børnebørn", "i uld til"),
        ("jeg vil lave krukker i ler igen", "i ler igen"),
        ("øh jeg vil stege frikadeller i olie", "i olie"),
    ],
)
def test_a_material_stays_bare(wish, said):
    assert said in dialogue_goal(wish=wish)


@pytest.mark.parametrize(
    ("wish", "said"),
    [
        ("jeg vil hente vand i spand", "i spanden"),
        ("jeg vil gå til bager og hjem igen", "til bageren"),
    ],
)
def test_a_thing_in_a_place_is_still_definite(wish, said):
    assert said in dialogue_goal(wish=wish)


@pytest.mark.parametrize(
    ("measure", "written"),
    [
        (
            "At jeg kan spille fem sange efter hinanden, uden fingrene sover og uden pause.",
            "uden at fingrene sover og uden pause",
        ),
        ("at jeg kan gå en tur uden benene gør ondt", "uden at benene gør ondt"),
        ("at jeg kan gå en tur uden haenderne ryster", "uden at hænderne ryster"),
    ],
)
def test_uden_before_a_definite_subject_gets_its_at(measure, written):
    assert _sign(measure).endswith(written)


@pytest.mark.parametrize(
    ("measure", "written"),
    [
        ("at jeg kan gå en tur uden pause", "uden pause"),
        ("at jeg kan gå en tur uden at benene gør ondt", "uden at benene gør ondt"),
        ("at jeg kan gå en tur uden min stok", "uden min stok"),
    ],
)
def test_uden_with_no_clause_of_its_own_stays(measure, written):
    assert _sign(measure).endswith(written)


_FACTS = {"activity": "fritid", "own_action": "gå ned til havnen igen", "independence": "selv"}


@pytest.mark.parametrize(
    ("why", "written"),
    [
        (
            "Fordi når jeg spiller, jeg er hjemme på Kreta igen, og folk de danser.",
            ", fordi jeg er hjemme på Kreta igen, når jeg spiller, og folk danser",
        ),
        ("fordi jeg kommer ud og folk de siger hej", ", fordi jeg kommer ud og folk siger hej"),
        ("fordi jeg er glad og børn de griner", ", fordi jeg er glad og børn griner"),
        ("fordi naboerne de hjælper mig", ", fordi naboerne hjælper mig"),
    ],
)
def test_people_said_first_and_taken_up_by_de(why, written):
    sentence = goal_for_motivation(_FACTS, why)
    assert grammar_problems(sentence) == [], sentence
    assert reason_of(sentence) == written


@pytest.mark.parametrize(
    ("why", "written"),
    [
        ("fordi jeg er glad og de kommer tit", ", fordi jeg er glad og de kommer tit"),
        ("fordi jeg savner dem og det de siger", ", fordi jeg savner dem og det de siger"),
    ],
)
def test_a_plain_de_is_the_subject(why, written):
    assert reason_of(goal_for_motivation(_FACTS, why)) == written
