"""A told reason written whole as clean Danish (round 23, reason13): a clause that tells how or
which in the past ("… som vi gjorde derhjemme") leaves the reason in the present, a spoken
"det …" run on after it is a clause of its own, and a fixed particle phrase ("ved lige") keeps
its last word, a filler elsewhere."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose

GOALS = get_content("da").goals


def _goal(motivation: str, speaker: str = "citizen") -> str:
    facts = {
        "activity": "fritid",
        "own_action": "gå til sang om onsdagen",
        "speaker": speaker,
        "frequency": None,
        "deadline": None,
        "motivation": motivation,
    }
    return compose(facts, GOALS)[0]


def _reason(sentence: str) -> str:
    """The goal's first sentence after the wish: its reason, from ", så"/", fordi"."""
    first = sentence.split(". Jeg ved", 1)[0]
    return first[first.index(",") :].rstrip(".") if "," in first else ""


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # spoken, a past "som" clause and then how it feels
        ("øh jeg vil synge alle de gamle salmer igen som vi gjorde dengang det gør mig glad",
         ", så jeg kan synge alle de gamle salmer igen som vi gjorde dengang, det gør mig glad"),
        # typed without æøå, "ligesom jeg gjorde før"
        ("saa jeg kan bage boller til boernene igen ligesom jeg gjorde foer",
         ", så jeg kan bage boller til boernene igen ligesom jeg gjorde foer"),
        # "hvor vi boede": which place, not a past reason
        ("så jeg kan gå ned til havnen hvor vi boede før",
         ", så jeg kan gå ned til havnen hvor vi boede før"),
    ],
)  # fmt: skip
def test_a_past_clause_of_how_or_which_keeps_the_reason(told, reason):
    assert _reason(_goal(told)) == reason


@pytest.mark.parametrize(
    "told",
    [
        # the reason itself in the past stays out
        "jeg gik altid til sang med min mand",
        "vi gjorde det altid derhjemme",
    ],
)
def test_a_reason_told_in_the_past_stays_out(told):
    assert _reason(_goal(told)) == ""


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("jeg vil synge de gamle sange igen det gør mig så glad",
         ", så jeg kan synge de gamle sange igen, det gør mig så glad"),
        ("så jeg kan komme ud blandt folk igen det betyder meget for mig",
         ", så jeg kan komme ud blandt folk igen, det betyder meget for mig"),
    ],
)  # fmt: skip
def test_a_spoken_det_clause_after_the_reason_is_its_own_clause(told, reason):
    assert _reason(_goal(told)) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("for at holde hukommelsen ved lige", ", så jeg kan holde hukommelsen ved lige"),
        ("øh så jeg kan holde mig selv ved lige ikk", ", så jeg kan holde mig selv ved lige"),
        ("for at hun kan holde hovedet ved lige", ", så jeg kan holde hovedet ved lige"),
        # "lige" elsewhere is a filler
        ("så jeg lige kan komme ud", ", så jeg kan komme ud"),
    ],
)  # fmt: skip
def test_ved_lige_keeps_its_particle(told, reason):
    speaker = "relative" if " hun " in told else "citizen"
    assert _reason(_goal(told, speaker)) == reason
