"""People of fix round 33: a first name said with the group it comes from ("Kim fra bandet",
"Bente fra koret") is a friend from that group; a teacher said as one ("min lærer", "lærer
Mette", "læreren på sprogskolen") is a teacher, while "lærer" said as a verb ("jeg lærer at
gå") names no one."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


def _roles(text: str) -> dict[str, str]:
    return analyze(text, TODAY).extras["people_roles"]


@pytest.mark.parametrize(
    "text",
    [
        "Kim fra bandet vil gerne øve med mig om onsdagen",
        "øh og så Bente fra koret hun henter mig i bilen",
        "Jens fra holdet kan godt køre mig derud",
        "Mor kan få hjælp af Hanne fra kirkekoret om torsdagen",
        "ja altså Ole fra bridgeklubben han vil gerne følges med mig",
        "Grethe fra foreningen hjælper far med at komme op i bussen",
        "min mand og Kurt fra roklubben skal nok baere baaden",
        "Lis fra malerholdet har lovet at hente ham",
        "Poul fra vores orkester vil gerne øve med mig",
    ],
)
def test_a_name_from_a_group_is_a_friend(text):
    assert "ven" in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        # no name: the others of the group are no one helping
        "jeg vil ikke bare høre på når de andre i bandet spiller",
        "en fra koret har sagt det",
        # a thing said first in a sentence, coming from somewhere
        "Brevet fra klubben kom i går",
        "Kaffe fra holdet er det bedste",
        # said to be someone: that person word names them
        "Og Kaj fra klubben vil gerne være hans makker nu.",
        "Bodil fra koret er min nabo",
    ],
)
def test_no_name_from_a_group_names_no_friend(text):
    assert "ven" not in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lærer Mette på sprogskole, hun vente på mig.",
        "min lærer på sprogskolen hjælper mig med det",
        "læreren på aftenskolen vil gerne vente på mig",
        "hun har en sød lærer der hedder Karen",
        "min dansklærer Anne siger jeg godt kan",
        "og så min lærer Birthe hun ringer til mig",
        "lærerne på sprogskolen hjælper ham op ad trappen",
    ],
)
def test_a_teacher_is_a_person(text):
    assert "lærer" in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "jeg lærer at gå med rollatoren",
        "hun lærer mig at strikke",
        "vil gerne lære dansk så jeg selv kan snakke med lægen",
        "han lærer hurtigt og vil gerne videre",
        "jeg var lærer i 40 år",
        "Jeg lærer Dansk på sprogskolen",
    ],
)
def test_learning_names_no_teacher(text):
    assert "lærer" not in _roles(text)
