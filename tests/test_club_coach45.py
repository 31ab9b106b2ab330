"""Fix round 45 (fB): a trainer said alone in an answer that names a club, team, band or
association in another sentence ("Kaj fra holdet kører mig derud. Træneren Brian har lært at
bruge hjertestarteren") is the club's coach ('træner'); in an answer that names rehabilitation,
the municipality or a centre ("genoptræningsholdet", "holdet i kommunen", "træningscentret")
the trainer stays the therapist ('terapeut'), and a word that only ends in a group's word
("i forhold til", "et ophold") names no club (nlp/club_coach.py _club_told)."""

from __future__ import annotations

from datetime import date

import pytest

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
