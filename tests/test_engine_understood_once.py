"""A clear answer is understood the first time: a "med …" thing to the aid question, a value
taken back and said anew inside one answer, a sign said as a thing and its state, a wish in
short pieces that name different activities (the cards are offered), and a sign said as a thing
never stands after "kunne" without a verb. Through the real engine, typed and spoken, with and
without æøå, by the citizen and by a relative."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, answered_until, as_citizen, card, go

from assistant.dialogs.draft import _nominal
from assistant.dialogs.engine import new_state, start

SELF_WISH = "jeg vil gerne selv kunne ringe til mit barnebarn paa tabletten hver soendag"


def _at(slot: str, wish: str = SELF_WISH, answers: dict | None = None):
    return answered_until(as_citizen(), {"wish": wish, **(answers or {})}, slot)


def _as_relative(slot: str, wish: str):
    turn = start(CONTENT, new_state(CONTENT, today=TODAY))
    turn = go(turn, card("paaroerende"))
    answers = {"consent": card("ja"), "about": "min mor", "wish": wish}
    return answered_until(turn, answers, slot)


# --- "med" and a thing to the aid question is the aid --------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "øh med i padden og så en seddel hvor min søn har skrevet op hvad jeg skal trykke på ikk",
        "med i paden og saa en lap papir ik",
        "altså med stok og så en pude i ryggen",
        "med saadan en glasaabner-ting der sidder under skabet",
    ],
)
def test_a_med_thing_to_the_aid_question_is_the_aid_at_once(said):
    turn = _at("independence")
    assert "hjælpemiddel" in turn.prompt  # "Du vil gøre det selv. Skal du bruge …?"
    turn = go(turn, said)
    assert turn.slot != "independence"
    assert turn.state.slots["independence"] == "hjaelpemiddel"
    assert turn.state.slots.get("aid_said", "").startswith("med ")


@pytest.mark.parametrize(
    ("said", "level"),
    [("med hjælp fra min datter", "med_hjaelp"), ("med min søn ved siden af", "med_hjaelp")],
)
def test_a_med_person_is_help_not_an_aid(said, level):
    turn = go(_at("independence"), said)
    assert turn.state.slots["independence"] == level


def test_a_manner_after_med_is_no_aid():
    turn = go(_at("independence"), "med pauser")
    assert turn.state.slots.get("independence") != "hjaelpemiddel"


# --- a value taken back inside one answer: the last one said wins ---------------------------------


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        (
            "Til påske tænkte jeg først, men det er for længe. Lad os sige inden februar er omme.",
            "2027-02-28",
        ),
        ("til paaske taenkte jeg foerst men lad os sige inden februar er omme", "2027-02-28"),
        ("øh til sommer, nej vent, inden jul", "2026-12-24"),
        ("til jul eller nej om 3 uger", "2026-12-13"),
        ("til sommer troede jeg først men hun siger inden jul", "2026-12-24"),
    ],
)
def test_a_deadline_taken_back_is_the_one_said_last(said, deadline):
    turn = go(_at("deadline"), said)
    assert turn.slot != "deadline"
    assert turn.state.slots["deadline"] == deadline


@pytest.mark.parametrize(
    ("said", "frequency"),
    [
        ("to gange om ugen, eller nej, tre gange om ugen", {"times": 3, "per": "week", "every": 1}),
        ("hver dag nej undskyld hver anden dag", {"times": 1, "per": "day", "every": 2}),
        ("en gang om ugen hov nej to gange om ugen", {"times": 2, "per": "week", "every": 1}),
    ],
)
def test_a_frequency_taken_back_is_the_one_said_last(said, frequency):
    turn = go(_at("frequency", "jeg vil gerne gaa en tur selv"), said)
    assert turn.state.slots["frequency"] == frequency


@pytest.mark.parametrize(
    ("said", "value"), [("fire nej vent tre", 3), ("øh tre, lad os sige to", 2)]
)
def test_a_scale_value_taken_back_is_the_one_said_last(said, value):
    turn = go(_at("current_level"), said)
    assert turn.state.slots["current_level"] == value


@pytest.mark.parametrize(
    ("said", "value"),
    [("10 minutter, nej vent, et kvarter", 15), ("20 minutter eller nej 30 minutter", 30)],
)
def test_a_measure_taken_back_is_the_one_said_last(said, value):
    turn = go(_at("measure", "jeg vil gerne gaa en tur selv"), said)
    assert turn.state.slots["measures"][0]["value"] == value


@pytest.mark.parametrize(
    "said", ["hellere til jul", "lad os sige til jul", "øh til jul, nej vent, hun siger til jul"]
)
def test_an_answer_that_takes_nothing_back_is_read_whole(said):
    turn = go(_at("deadline"), said)
    assert turn.state.slots["deadline"] == "2026-12-24"


# --- a thing and its state, its subject with places, is the sign at once --------------------------


@pytest.mark.parametrize(
    "said",
    [
        "At alle planterne i stuen og i altankasserne er vandet og de visne blomster er pillet af",
        "at alle potterne i vindueskarmen og paa altanen er vandet",
        "naar blomsterne i kasserne ude paa altanen er vandet, uden at nogen har hjulpet",
    ],
)
def test_a_state_with_a_longer_subject_is_the_sign_at_once(said):
    turn = _as_relative("measure", "hun vil gerne selv kunne vande sine planter igen")
    turn = go(turn, said)
    assert turn.slot != "measure" and not turn.reprompt
    assert turn.state.slots.get("criterion")


# --- a wish in pieces that name different activities: the cards are offered ----------------------


@pytest.mark.parametrize(
    "wish", ["posten. hente den selv. ned til vejen", "brevkassen. selv. ud til vejen"]
)
def test_a_wish_in_pieces_naming_different_activities_offers_the_cards(wish):
    turn = answered_until(as_citizen(), {"wish": wish}, "activity")
    assert turn.slot == "activity"
    turn = go(turn, card("gang"))
    assert turn.state.slots["activity"] == "gang"


def test_a_wish_in_pieces_that_agree_is_read():
    turn = answered_until(as_citizen(), {"wish": "toilet. nat. selv"}, "motivation")
    assert turn.state.slots["activity"] == "toilet"


# --- a sign said as a thing never stands after "kunne" --------------------------------------------


@pytest.mark.parametrize(
    ("sign", "nominal"),
    [
        ("kaffe på kanden", True),
        ("kaffe paa kanden og rugbroed paa tallerkenen", True),
        ("vande alle planterne", False),
        ("strikke en hel sok", False),
        ("hente posten", False),
        ("hele stuen", False),
    ],
)
def test_a_sign_opening_with_a_thing_is_nominal(sign, nominal):
    assert _nominal(sign, CONTENT) is nominal


@pytest.mark.parametrize(
    "measure", ["kaffe på kanden. rugbrød på tallerkenen. selv", "kaffe paa kanden ik"]
)
def test_a_thing_as_the_sign_gets_the_activitys_verb(measure):
    wish = "morgenmad. selv. rugbrød og kaffe"
    answers = {"activity": card("madlavning"), "measure": measure}
    turn = answered_until(as_citizen(), {"wish": wish, **answers}, "confirm")
    assert "kunne kaffe" not in turn.prompt and "kan kaffe" not in turn.prompt
    assert "kunne lave" in turn.prompt
