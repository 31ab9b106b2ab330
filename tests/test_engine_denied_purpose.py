"""An answer to why that first denies a purpose in a sentence of its own ("Nej, det er ikke for
at ro om kap. Det er for at komme ud på søen …", "Det er ikke fordi jeg skal vinde. Det er fordi
jeg savner damerne", "ikke så jeg kan tjene penge") keeps the denied purpose out of the reason;
the purpose said after it is the reason. Through the real engine and on the analyzer."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from test_engine_hedge import at_step, go, text

CARDS = "jeg vil gerne spille kort i klubben igen"


@pytest.mark.parametrize(
    ("said", "reason", "denied"),
    [
        (
            "Nej, det er ikke for at ro om kap eller blive hurtig. Det er for at komme ud på søen"
            " med holdet igen, der er jeg glad, og det er der, jeg snakker med folk.",
            "komme ud på søen",
            "kap",
        ),
        (
            "Det er ikke fordi jeg skal vinde noget. Det er fordi jeg savner damerne.",
            "damerne",
            "vinde",
        ),
        ("nej det er ikke fordi jeg skal vinde jeg vil bare se damerne igen", "damerne", "vinde"),
        (
            "Det er ikke så jeg kan tjene penge. Det er så jeg har noget at stå op til om dagen.",
            "stå op til",
            "penge",
        ),
        ("nej ikke for at blive den bedste. for at komme ud blandt folk", "blandt folk", "bedste"),
        (
            "altsaa det er ikke for at vise mig frem. Det er for at holde hovedet i gang.",
            "hovedet",
            "vise",
        ),
    ],
)
def test_a_denied_purpose_of_its_own_sentence_is_no_reason(content, said, reason, denied):
    slots = go(at_step(content, CARDS, "motivation"), content, text(said)).state["slots"]
    told = f"{slots.get('motivation') or ''} {slots.get('reason_said') or ''}"
    assert reason in told
    assert denied not in told


@pytest.mark.parametrize(
    ("said", "reason", "denied"),
    [
        ("ikke så jeg kan blive tynd men så jeg kan gå med min datter", "datter", "tynd"),
        (
            "nej ikke så hun kan vinde noget, så hun kan komme ud blandt folk igen",
            "blandt folk",
            "vinde",
        ),
        ("jeg vil ikke så jeg kan vinde men så jeg kan se damerne", "damerne", "vinde"),
    ],
)
def test_a_so_purpose_denied_is_no_reason(said, reason, denied):
    motivation = understand(said, date(2026, 12, 5)).motivation or ""
    assert reason in motivation and denied not in motivation, motivation


def test_a_lack_told_before_a_purpose_stays_a_reason(content):
    said = "Jeg orker ikke at sidde alene hele dagen. Så jeg kan snakke med nogen."
    slots = go(at_step(content, CARDS, "motivation"), content, text(said)).state["slots"]
    assert "alene" in (slots.get("reason_said") or "")
