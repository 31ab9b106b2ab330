"""A relative's reason reported in speech (blind148 Søren about Gerhard): a quote lead said
another way ("hun siger altid, at", "han mener, at", "hun har sagt, at", "han har tit fortalt
mig, at") reads as "hun siger, at" (assistant.nlp.quote_lead), so the citizen's words come in
the first person; a past exception aside ("…, kun da Edith døde, …") is a story, left out of
the reason (assistant.nlp.except_aside). A head torch is an aid, and an aid told more of by
"med" ("en stok med pig og en pandelampe") keeps its own name in the goal."""

from __future__ import annotations

import pytest
from compose_support import reason_in_goal
from engine_support import answered_until, as_citizen
from engine_support import go as answer


def _reason_in_goal(told: str, speaker: str = "relative") -> str:
    return reason_in_goal(told, speaker)


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("hun siger altid, at hun bliver glad naar hun kommer ud",
         ", fordi jeg bliver glad naar jeg kommer ud."),
        ("han mener, at han bliver staerkere af at gaa",
         ", fordi jeg bliver staerkere af at gaa."),
        ("Hun har sagt, at hun savner veninderne.", ", fordi jeg savner veninderne."),
        ("øh hun siger tit at det giver hende ro", ", fordi det giver mig ro."),
        ("Hun har tit fortalt mig, at hun savner haven", ", fordi jeg savner haven."),
        ("han siger jo selv, at han keder sig derhjemme", ", fordi jeg keder mig derhjemme."),
        ("hun siger altid at det er hendes bedste tid", ", fordi det er min bedste tid."),
        ("han synes, at det er hans bidrag", ", fordi det er mit bidrag."),
    ],
)  # fmt: skip
def test_a_quote_lead_said_otherwise_gives_the_citizens_words(told, reason):
    assert _reason_in_goal(told) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # the plain lead, as before
        ("hun siger at hun savner veninderne", ", fordi jeg savner veninderne."),
        ("Han siger, at han ikke vil opgive det", ", fordi jeg ikke vil opgive det."),
        # another's words stay another's
        ("fysioterapeuten siger at om morgenen er han staerkest",
         ", fordi fysioterapeuten siger, at jeg er staerkest om morgenen."),
    ],
)  # fmt: skip
def test_the_plain_lead_and_anothers_words_are_unchanged(told, reason):
    assert _reason_in_goal(told) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # a negated lead tells what the citizen does not say: no reason of theirs
        ("hun siger aldrig at hun har ondt", "."),
        ("Han siger ikke, at han er træt, men det er han.", "."),
        # … and the next sentence is still read ("så jeg aldrig at jeg har ondt" was written)
        ("øh hun siger aldrig at hun har ondt. Hun savner veninderne.",
         ", fordi jeg savner veninderne."),
    ],
)  # fmt: skip
def test_a_denied_quote_is_no_reason(told, reason):
    assert _reason_in_goal(told) == reason


@pytest.mark.parametrize(
    ("told", "speaker", "reason"),
    [
        ("Han siger, at han ikke har sprunget en eneste dag over i 40 år, kun da Edith døde.",
         "relative", ", fordi jeg ikke har sprunget en eneste dag over i 40 år."),
        ("fordi jeg ikke har sprunget en dag over i 40 år, undtagen da min kone døde",
         "citizen", ", fordi jeg ikke har sprunget en dag over i 40 år."),
        ("jeg har ikke misset en øvning i 20 år, kun dengang jeg var indlagt, og koret er mit "
         "et og alt", "citizen",
         ", fordi jeg ikke har misset en øvning i 20 år, og koret er mit et og alt."),
        ("hun siger at hun har gaaet til kor i 30 aar, bortset fra da hun fik ny hofte",
         "relative", ", fordi jeg har gaaet til kor i 30 aar."),
    ],
)  # fmt: skip
def test_a_past_exception_aside_is_left_out_of_the_reason(told, speaker, reason):
    assert _reason_in_goal(told, speaker) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # an exception of today is no story: it stays as told
        ("jeg går ud hver dag, undtagen når det regner", ", fordi jeg går ud hver dag, undtagen "
         "når det regner."),
    ],
)  # fmt: skip
def test_an_exception_of_today_stays(told, reason):
    assert _reason_in_goal(told, "citizen") == reason


_RAIN = {
    "wish": "jeg vil gerne selv aflæse regnmåleren i haven igen",
    "measure": "gå de 30 meter ud til måleren og ind igen uden at falde",
    "frequency": "hver morgen",
    "deadline": "til påske",
}


def _aid_slots(said: str) -> dict:
    return answer(answered_until(as_citizen(), _RAIN, "independence"), said).state.slots


@pytest.mark.parametrize(
    ("said", "aids", "phrase"),
    [
        ("Jeg har fået en stok med pig og en pandelampe, så jeg kan se i mørket.",
         ["stok", "pandelampe"], "med min stok med pig og en pandelampe"),
        ("jeg har en stok med pig og en luplampe", ["stok", "luplampe"],
         "med min stok med pig og en luplampe"),
        ("min rollator med lys og en pandelampe", ["rollator", "pandelampe"],
         "med min rollator med lys og en pandelampe"),
        ("øh med hovedlygten paa og stokken", ["pandelampe", "stok"], None),
    ],
)  # fmt: skip
def test_an_aid_told_more_of_keeps_its_name_beside_the_next(said, aids, phrase):
    slots = _aid_slots(said)
    assert slots.get("independence") == "hjaelpemiddel"
    assert sorted(slots.get("aids") or []) == sorted(aids), slots.get("aids")
    if phrase:
        assert slots.get("aid_said") == phrase


def test_two_things_the_first_unknown_are_still_named_as_said():
    slots = _aid_slots("med røremaskinen og sådan en skål med sugekop")
    assert slots.get("aid_said") == "med røremaskinen og sådan en skål med sugekop"
