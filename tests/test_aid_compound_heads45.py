"""Fix round 45 (fC), blind149 Lene and Kristian, blind150 Bodil: aids lost because the lexicon
knew no word for them. (1) Compounds whose last part is a motor, a lectern or an amplifier
said as what one uses or got (aids.yaml tool_heads: "en talerpult", "en læsepult", "en
stemmeforstærker"), a reflective thing ("refleksvest", "refleks vest", "refleksbånd": aid_makers)
and the e-motor fitted to a bike or a trolley (the lexicon's elmotor) are aids. (2) An aid of
described_aid_turned said feature first ("pedaler med stropper", "en tallerken med en kant",
"sofaen med klodser") is that aid (nlp/described_aid.py). (3) A relative who does a part of it
and names aids beside is help, the aids kept for the draft (handlers._independence_read).
A motor, a pedal or an amplifier said of something else is none."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import go
from test_engine_wider_kin44 import _at_independence

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("jeg har fået en elmotor på cyklen til bakkerne", "elmotor"),
        ("min søn har sat en el-motor på min trehjulede cykel", "elmotor"),
        ("jeg har faaet en refleks vest af kommunen", "refleksvest"),
        ("han har fået et refleksbånd til armen", "refleksbånd"),
        ("logopæden har lånt mig en stemmeforstærker", "stemmeforstærker"),
        ("med en talerpult jeg kan holde fast i", "talerpult"),
        ("jeg har fået en læsepult så jeg ikke skal holde bogen", "læsepult"),
        ("han har faaet pedalerne med stropper paa tandemmen", "pedalstrop"),
        ("far vil gerne spise selv igen af en tallerken med en kant", "tallerkenkant"),
        ("vi har sat sofaen med klodser under så hun kan rejse sig", "møbelforhøjer"),
    ],
)
def test_a_compound_or_a_thing_said_with_its_feature_first_is_an_aid(text, aid):
    assert list(analyze(text, TODAY).aids) == [aid]


def test_both_aids_of_the_tandem_answer_are_named():
    text = (
        "Vi har fået pedaler med stropper, så fødderne ikke glider af, og en elmotor på "
        "tandemmen til bakkerne."
    )
    assert list(analyze(text, TODAY).aids) == ["pedalstrop", "elmotor"]


def test_a_reflective_vest_beside_a_stick_is_an_aid():
    aids = analyze("hun går tur om aftenen med refleksvest og stok", TODAY).aids
    assert set(aids) == {"refleksvest", "stok"}


@pytest.mark.parametrize(
    "text",
    [
        "jeg holder af at pille ved gamle motorer",
        "han reparerer bådmotoren i garagen",
        "vi har en båd med motor",
        "hun elsker refleksioner over livet",
        "min veninde Ellen kommer hver tirsdag",
        "jeg har en pedal på symaskinen",
        "han spiser af en tallerken med blomster på",
        "jeg er træt af at høre forstærkeren fra naboen",
    ],
)
def test_a_motor_pedal_plate_or_amplifier_of_something_else_is_none(text):
    assert list(analyze(text, TODAY).aids) == []


def test_the_cousin_steering_with_aids_named_is_help_and_keeps_the_aids():
    said = (
        "Hun kan ikke cykle alene mere, det er mig, der styrer forrest, og hun træder bagpå. Vi "
        "har fået pedaler med stropper, så fødderne ikke glider af, og en elmotor på tandemmen "
        "til bakkerne."
    )
    slots = go(_at_independence("min kusine Birthe"), said).state["slots"]
    assert slots["independence"] == "med_hjaelp"
    assert {"pedalstrop", "elmotor"} <= set(slots.get("aids") or []), slots
