"""A trainer said with the club, team or association it trains is the club's coach ('træner'),
the municipality's trainer said alone or with its place stays 'terapeut' (fix round 41)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "traeneren i klubben hjaelper mig ned i baaden",  # typed without æøå
        "og så er der træneren på holdet, han holder øje med mig",
        "træneren fra vores roklub vil gerne have mig med igen",  # a compound club, a gap word
        "klubbens træner kører mig derud om lørdagen",  # the club's genitive
        "min mand siger at seniorholdets træner godt kan hjælpe",
        "øhm træneren i foreningen tager de tunge ting",
    ],
)
def test_a_trainer_with_a_club_is_the_coach(said):
    people = analyze(said, TODAY).people
    assert "træner" in people and "terapeut" not in people


@pytest.mark.parametrize(
    "said",
    [
        "træneren fra kommunen hjælper mig med øvelserne",
        "træneren på centret hjælper mig op af stolen",
        "træneren hjælper mig med at gå på trappen",
        "terapeuten i genoptræningen viser mig hvordan",
    ],
)
def test_a_trainer_without_a_club_stays_the_therapist(said):
    people = analyze(said, TODAY).people
    assert "terapeut" in people and "træner" not in people


@pytest.mark.parametrize(
    "said",
    [
        "jeg traener en tre gange om ugen med elastikken",  # the verb, no coach
        "hun træner i klubben hver tirsdag",  # the verb before the club
    ],
)
def test_the_verb_traener_names_no_coach(said):
    assert "træner" not in analyze(said, TODAY).people
