"""A garment made for the body, said special ("en speciel badedragt", "badedragt special,
høj"), is an aid named by the garment; a garment said plainly, or "speciel" of something else,
is none."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        (
            "Med stomi bælte, stramt. Og badedragt special, høj, så pose ikke se.",
            "specialbadedragt",
        ),
        ("jeg skal have en speciel badedragt saa posen ikke kan ses", "specialbadedragt"),
        ("min mor bruger nogle særlige bukser efter operationen", "specialbukser"),
        ("øh hun har faaet en saerlig bh efter brystoperationen", "specialbh"),
    ],
)
def test_a_garment_said_special_is_an_aid(text, aid):
    assert aid in analyze(text, TODAY).aids


@pytest.mark.parametrize(
    "text",
    [
        "jeg har koebt en ny badedragt til svoemmehallen",
        "det er en speciel dag for mig naar jeg kommer i vandet",
        "hun vil gerne selv tage sine bukser på om morgenen",
    ],
)
def test_a_plain_garment_or_another_special_thing_is_no_aid(text):
    assert not any(a.startswith("special") for a in analyze(text, TODAY).aids)


def test_the_goal_writes_the_garment_once_in_the_words_said():
    from assistant.content import get_content
    from assistant.nlp.compose import compose

    goals = get_content("da").goals
    facts = {
        "activity": "styrke_og_motion",
        "own_action": "gå til vandgymnastik igen",
        "independence": "hjaelpemiddel",
        "aids": ["specialbadedragt"],
        "aid_words": {"specialbadedragt": "specielle badedragt"},
        "speaker": "citizen",
    }
    assert "med min specielle badedragt" in compose(facts, goals)[0]
    facts["own_action"] = "komme i svømmehallen igen med en speciel badedragt"
    assert compose(facts, goals)[0].count("badedragt") == 1
