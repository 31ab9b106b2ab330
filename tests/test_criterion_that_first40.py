"""A that-clause said first is the sign (fix round 40, blind139 Elna: "at jeg selv henter hende i
vuggestuen og har hende hjemme hos mig …, og jeg kan give hende mad …" kept only "give hende
mad", the nursery lost): a modal in a clause joined after it ("og jeg kan …") adds its deed when
the subject is the same and both fit, and never replaces it."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _sign(text: str) -> str:
    return analyze(text, TODAY).extras.get("criterion") or ""


@pytest.mark.parametrize(
    ("text", "kept", "lost"),
    [
        (
            "øh at jeg selv henter ham i børnehaven og har ham hjemme hos mig til hans far får "
            "fri fra arbejde om aftenen og jeg kan give ham aftensmad",
            "hente ham i børnehaven og have ham hjemme hos mig",
            "give ham aftensmad",  # too long to join: the first clause is the sign
        ),
        (
            "at jeg henter min barnebarn ved skolen og går med hende hele vejen hjem til mig "
            "gennem parken ved søen og hun kan lege med hunden",
            "hente min barnebarn ved skolen og gå med hende",
            "lege med hunden",  # her deed, not the citizen's
        ),
    ],
)
def test_the_that_clause_said_first_is_the_sign(text, kept, lost):
    sign = _sign(text)
    assert kept in sign
    assert lost not in sign


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "at jeg selv gaar ned til bageren. og jeg kan hente rundstykker",
            "gå ned til bageren og hente rundstykker",
        ),
        (
            "altså at jeg selv tager bussen ind til lægen uden min datter. og jeg kan købe en "
            "billet i automaten",
            "tage bussen ind til lægen uden min datter og købe en billet i automaten",
        ),
        (
            "at jeg selv kører ud til kolonihaven på min cykel og vander alle blomsterne og "
            "bærbuskene langs hækken og jeg kan sidde lidt i solen bagefter",
            "køre ud til kolonihaven på min cykel og vande alle blomsterne og bærbuskene langs "
            "hækken og sidde lidt i solen bagefter",
        ),
    ],
)
def test_a_short_modal_clause_of_the_same_subject_joins_it(text, sign):
    assert _sign(text) == sign


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # no that-clause first: the modal's clause is the sign, as before
        ("jeg går tur hver dag og jeg kan gå hen til kirken", "gå hen til kirken"),
        (
            "at jeg kan gå ned til havnen og hjem igen uden at stoppe",
            "gå ned til havnen og hjem igen uden at stoppe",
        ),  # fmt: skip
    ],
)
def test_without_a_that_clause_first_the_modal_gives_the_sign(text, sign):
    assert _sign(text) == sign
