"""Fix round 45 (fB): a trainer said alone in an answer that names a club, team, band or
association in another sentence ("Kaj fra holdet kører mig derud. Træneren Brian har lært at
bruge hjertestarteren") is the club's coach ('træner'); in an answer that names rehabilitation,
the municipality or a centre ("genoptræningsholdet", "holdet i kommunen", "træningscentret")
the trainer stays the therapist ('terapeut'), and a word that only ends in a group's word
("i forhold til", "et ophold") names no club (nlp/club_coach.py _club_told). In the dialogue a
trainer said alone to who can help is the coach of a club another answer names, unless an
answer names rehabilitation (dialogs/coach_told.py)."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import answered_until, as_citizen

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "Kaj fra holdet kører mig derud. Træneren Brian har lært at bruge hjertestarteren.",
        "jeg spiller i klubben om tirsdagen. traeneren siger jeg skal tage det roligt",  # no æøå
        "min makker fra bridgeklubben henter mig og træneren holder øje med mig",
        "han går til badminton i foreningen og træneren Jens ved hvad der er sket",  # a relative
        "øh vi ror i roklubben ikk og så er træneren jo med i båden",
    ],
)
def test_a_trainer_alone_beside_a_club_told_elsewhere_is_the_coach(said):
    people = analyze(said, TODAY).people
    assert "træner" in people and "terapeut" not in people, people


@pytest.mark.parametrize(
    "said",
    [
        "jeg går på genoptræningsholdet og træneren hjælper mig",
        "træneren på træningscentret hjælper mig op på cyklen, holdet er søde",
        "holdet i kommunen er godt og træneren viser øvelserne",
        "træneren hjælper mig med at gå på trappen i forhold til før",
        "jeg har et ophold på sygehuset og træneren kommer hver dag",
    ],
)
def test_a_trainer_of_rehabilitation_stays_the_therapist(said):
    people = analyze(said, TODAY).people
    assert "terapeut" in people and "træner" not in people, people


def _people(everyday: str, wish: str, people: str) -> list:
    answers = {"everyday": everyday, "wish": wish, "people": people}
    return answered_until(as_citizen(), answers, "confirm").state.slots.get("people") or []


@pytest.mark.parametrize(
    ("wish", "people", "expected"),
    [
        ("jeg vil gerne spille gåfodbold i boldklubben igen",
         "træneren Brian har været på kursus i hjertestarter", ["træner"]),
        ("jeg vil gerne ro i roklubben igen", "traeneren hjaelper mig i baaden", ["træner"]),
        ("øh jeg vil gerne spille badminton i foreningen igen", "min søn og træneren",
         ["søn", "træner"]),
    ],
)  # fmt: skip
def test_a_trainer_alone_is_the_coach_of_the_club_the_wish_names(wish, people, expected):
    assert _people("jeg bor alene i et hus", wish, people) == expected


@pytest.mark.parametrize(
    ("everyday", "wish", "people"),
    [
        # rehabilitation named in another answer: the trainer may be the municipality's
        ("jeg går til genoptræning på centret om tirsdagen",
         "jeg vil gerne spille gåfodbold i boldklubben igen", "træneren hjælper mig"),
        # no club named anywhere
        ("jeg bor alene i et hus", "jeg vil gerne gå tur i skoven igen",
         "træneren hjælper mig med øvelserne"),
        # the municipality named with the trainer
        ("jeg bor alene i et hus", "jeg vil gerne spille gåfodbold i klubben igen",
         "træneren fra kommunen hjælper mig"),
        # the therapist named beside the trainer: one label, kept
        ("jeg bor alene i et hus", "jeg vil gerne spille gåfodbold i klubben igen",
         "terapeuten og træneren hjælper mig"),
    ],
)  # fmt: skip
def test_a_trainer_alone_stays_the_therapist_without_a_club_or_with_rehabilitation(
    everyday, wish, people
):
    found = _people(everyday, wish, people)
    assert "terapeut" in found and "træner" not in found, found
