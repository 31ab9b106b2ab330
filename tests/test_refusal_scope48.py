"""The scope of a no over the aid or person it governs (blind158 Annie): a decline that opens its
sentence ("Nej tak, jeg kan ikke holde døre for folk med en rollator") turns down the aid said
after it under a negation or after "til"; "not without" an aid keeps it ("nej, ikke uden min
rollator"); the speaker's own "nej" before a "han"/"hun" that refuses ("men nej, han skal ikke
sidde og vente") rules out a person even one told as willing to help. Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer

WALK = {
    "wish": "jeg vil gerne gaa med vandreklubben igen",
    "measure": "den korte rute paa 7 kilometer",
    "frequency": "hver søndag",
    "deadline": "til påske",
}


def _slots(said: str, slot: str = "independence") -> dict:
    answers = {**WALK, "independence": "selv"} if slot == "people" else WALK
    return answer(answered_until(as_citizen(), answers, slot), said).state.slots


def _goal_aids(slots: dict) -> list:
    story = slots.get("story_aids") or []
    return [a for a in slots.get("aids") or [] if a not in story]


@pytest.mark.parametrize(
    ("said", "kept", "refused"),
    [
        (
            "Jeg har en stok med klapsæde. Fysioterapeuten synes, jeg skal have en rollator "
            "med. Nej tak, jeg kan ikke holde døre for folk med en rollator.",
            "stok",
            "rollator",
        ),
        (
            "Jeg har min stok. Nej tak, jeg kan ikke holde doere for folk med en rollator.",
            "stok",
            "rollator",
        ),
        (
            "øh jeg har min stok. nej tak, jeg gider ikke slaebe rundt paa en rollator",
            "stok",
            "rollator",
        ),
        ("jeg har mine vandrestave. nej tak til rollatoren", "vandrestav", "rollator"),
        ("min stok, men nej tak, det gider jeg ikke med en kørestol", "stok", "kørestol"),
        (
            "Hun går med sin stok. Datteren synes hun skal have en rollator. Nej, hun kan ikke "
            "komme op i bussen med en rollator.",
            "stok",
            "rollator",
        ),
        ("jeg bruger stokken. ellers tak, jeg skal ikke ha nogen kørestol", "stok", "kørestol"),
    ],
)
def test_an_aid_inside_a_decline_is_turned_down_the_others_stay(said, kept, refused):
    slots = _slots(said)
    aids = _goal_aids(slots)
    assert kept in aids, slots
    assert refused not in aids, slots


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("nej tak, ikke uden min rollator", "rollator"),
        ("Nej, ikke uden min rollator.", "rollator"),
        ("Jeg kan ikke gaa uden min rollator.", "rollator"),
        ("Ja, men ikke uden stokken.", "stok"),
        ("Nej tak, jeg klarer mig med min stok.", "stok"),
        ("Nej tak, jeg kan ikke undvaere min stok.", "stok"),
        ("Jeg går med rollator. Nej, jeg kan ikke undvære den.", "rollator"),
        ("nej tak til hjemmeplejen, jeg har min rollator", "rollator"),
    ],
)
def test_an_aid_kept_or_not_governed_by_the_no_stays(said, aid):
    slots = _slots(said)
    assert aid in _goal_aids(slots), slots
    assert slots.get("independence") == "hjaelpemiddel", slots


@pytest.mark.parametrize("said", ["jeg vil kunne gaa uden min rollator", "uden rollator"])
def test_without_an_aid_still_means_without(said):
    assert not _goal_aids(_slots(said))


@pytest.mark.parametrize(
    ("said", "kept", "refused"),
    [
        (
            "Min veninde er også vejviser, hun går med mig. Min mand vil gerne køre mig, men "
            "nej, han skal ikke sidde og vente i fire timer.",
            "veninde",
            "mand",
        ),
        (
            "min nabo hjælper mig, min datter vil gerne hjælpe men nej tak hun har nok at se til",
            "nabo",
            "datter",
        ),
        (
            "Min søster kommer med. Min soen tilbyder at hente mig, men nej altsaa han skal ikke "
            "koere helt herud.",
            "søster",
            "søn",
        ),
    ],
)
def test_the_speakers_no_before_his_refusal_rules_the_person_out(said, kept, refused):
    people = _slots(said, "people").get("people") or []
    assert kept in people, people
    assert refused not in people, people


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("nej tak til hjemmeplejen, men min datter hjælper", "datter"),
        ("min datter vil gerne hjaelpe, men hun kan ikke om soendagen", "datter"),
        ("min kone hjælper mig. nej, hun kan ikke altid, men hun hjælper", "kone"),
        ("min søn hjælper, nej han kan ikke i weekenden men han hjælper mig om mandagen", "søn"),
    ],
)
def test_a_helper_no_no_of_the_speaker_rules_out_stays(said, person):
    assert person in (_slots(said, "people").get("people") or [])
