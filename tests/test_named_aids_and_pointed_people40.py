"""Fix round 40 (blind139 Agnes): aids named in the aid answer are its level when a clause of
what one can do with them leaves the reading without one ("Og så har jeg fået nogle pigge, jeg
kan spænde under skoene"); a "for dem" in the wish says the people named before it ("læse højt
for børnene igen"); a present after a join and "selv" in a sign is said as the infinitive ("…
og selv kommer op af stolen" → "og selv komme op af stolen")."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

from assistant.dialogs.engine import advance, new_state, start
from assistant.dialogs.models import Answer
from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _at(content, wish: str, slot: str):
    dont_know = Answer("card", "ved_ikke")
    turn = start(content, new_state(content, today=TODAY, mode="text"))
    for cid in ("borger", "ja"):
        turn = advance(turn.state, Answer("card", cid), content, TODAY, understand=understand)
    for _ in range(40):
        if turn.slot == "wish":
            turn = advance(turn.state, Answer("text", wish), content, TODAY, understand=understand)
        if turn.slot == slot:
            return turn
        turn = advance(turn.state, dont_know, content, TODAY, understand=understand)
    raise AssertionError(f"never reached {slot}")


@pytest.mark.parametrize(
    "said",
    [
        "Rollatoren. Og så har jeg fået nogle pigge, jeg kan spænde under skoene, når det er glat.",
        "min stok og saa har jeg faaet nogle sko jeg kan lukke med velcro",
        "Gribetangen, og så har jeg fået en lille kurv, jeg kan hænge på rollatoren.",
    ],
)
def test_aids_named_beside_a_clause_of_what_one_can_do_are_the_level(content, said):
    turn = _at(content, "jeg vil gerne gå ned i byen igen", "independence")
    turn = advance(turn.state, Answer("text", said), content, TODAY, understand=understand)
    assert turn.state.slots["independence"] == "hjaelpemiddel"
    assert turn.slot != "independence"


def test_an_answer_with_no_aid_is_still_asked_again(content):
    turn = _at(content, "jeg vil gerne gå ned i byen igen", "independence")
    said = Answer("text", "det kommer an på vejret")
    turn = advance(turn.state, said, content, TODAY, understand=understand)
    assert turn.slot == "independence"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Jeg har læst højt i børnehaven i mange år. Pædagogen har været her med en tegning "
            "fra børnene. Jeg vil så gerne tilbage og læse højt for dem igen.",
            "læse højt for børnene igen",
        ),
        (
            "Jeg har altid strikket sammen med veninderne i syklubben. Jeg vil så gerne "
            "strikke med dem igen.",
            "strikke med veninderne igen",
        ),
        (
            "oldebørnene kommer hver søndag. jeg vil gerne lege med dem i haven igen",
            "lege med oldebørnene i haven igen",
        ),
    ],
)
def test_for_dem_says_the_people_named_before(text, action):
    assert action in (analyze(text, TODAY).extras.get("action") or "")


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the phrase names its people itself
        ("jeg vil gerne se mine børnebørn og lege med dem i haven",
         "se mine børnebørn og lege med dem i haven"),
        # things, no people: pointed_thing's matter, not this rule's
        ("jeg har mine tomater i drivhuset og jeg vil gerne passe dem igen", "passe dem igen"),
    ],
)  # fmt: skip
def test_dem_stays_without_people_to_point_at(text, action):
    assert analyze(text, TODAY).extras.get("action") == action


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "At jeg selv går ned til butikken med min rollator, køber ind og selv bærer "
            "posen hjem.",
            "gå ned til butikken med min rollator, købe ind og selv bære posen hjem",
        ),
        (
            "at jeg går op ad trappen og også tager vasketøjet med op",
            "gå op ad trappen og også tage vasketøjet med op",
        ),
    ],
)
def test_a_present_after_a_join_and_an_adverb_is_said_as_the_infinitive(text, sign):
    assert analyze(text, TODAY).extras.get("criterion") == sign
