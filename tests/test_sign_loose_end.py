"""A sign told in the perfect with a second verb after "og" (fix round 33, reason33): "… ud til
fuglestationen og har taget billeder en hel formiddag" keeps its second clause ("og tage billeder
…"): a participle after its auxiliary that is also a definite noun ("taget", the roof) opens no
new sentence; and a sign cut inside its last clause never ends on the join or the lone
auxiliary after it ("… og have.")."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import at_measure, understand

from assistant.content import get_content
from assistant.dialogs.draft import build_draft
from assistant.dialogs.engine import advance
from assistant.dialogs.models import Answer, Turn
from assistant.nlp.phrase import without_loose_end

TODAY = date(2026, 12, 5)


def _at_measure(content, wish: str) -> Turn:
    return at_measure(content, wish, TODAY)


@pytest.mark.parametrize(
    ("wish", "said", "kept"),
    [
        (
            "jeg vil gerne fotografere fuglene igen",
            "At jeg selv er gået fra parkeringspladsen ud til fuglestationen og har taget "
            "billeder en hel formiddag uden at skulle hjem før tid.",
            "ud til fuglestationen og tage billeder en hel formiddag",
        ),
        (
            "jeg vil gerne kunne komme ud igen",
            "at jeg er kørt ned til havnen og har taget bussen hjem igen",
            "ned til havnen og tage bussen hjem igen",
        ),
        (
            "jeg vil gerne kunne gå i byen igen",
            "øh at jeg er gået ned i byen og har taget en kop kaffe på caféen",
            "ned i byen og tage en kop kaffe",
        ),
        (
            "jeg vil gerne gå tur med hunden igen",
            "at jeg har gået tur med hunden og har taget billeder af fuglene",
            "med hunden og tage billeder af fuglene",
        ),
        (
            "jeg vil gerne gå ned til stranden igen",
            "at jeg selv er gået ned til stranden og har taget en pause på bænken",
            "ned til stranden og tage en pause på bænken",
        ),
    ],
)
def test_a_second_perfect_after_og_stays_in_the_sign(content, wish, said, kept):
    turn = _at_measure(content, wish)
    turn = advance(turn.state, Answer("text", said), content, TODAY, understand=understand)
    goal = build_draft(turn.state, content, TODAY)["goal"]["text"]
    assert kept in goal
    assert "og have." not in goal


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("gå ned til stranden og har", "gå ned til stranden"),
        ("gå hele vejen ud til bænken og", "gå hele vejen ud til bænken"),
        ("cykle ud til sønnen, og kan", "cykle ud til sønnen"),
        ("bage boller og eller", "bage boller"),
        ("sidde der", "sidde der"),
        ("gå ned og op igen", "gå ned og op igen"),
        ("have det godt", "have det godt"),
    ],
)
def test_a_sign_never_ends_on_a_join_or_a_lone_auxiliary(words, kept):
    g = get_content("da").goals.grammar
    assert " ".join(without_loose_end(words.split(), g)) == kept
