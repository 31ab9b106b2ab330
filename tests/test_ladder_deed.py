"""A ladder for one kind of a hobby fits a wish only when the wish's deed is one its steps
practise: violin to old dances is no dancing, smoking fish in the garden no garden work,
embroidery no knitting, feeding sheep no bird table. Such wishes get steps from their own deed."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp.ladder_deed import other_deed, step_deeds
from assistant.nlp.subgoals import suggest_subgoals

TODAY = date(2026, 12, 5)
GOALS = get_content("da").goals
FRITID = GOALS.get("fritid")


def _texts(own: str, aids: list[str] | None = None, **extra) -> list[str]:
    goal = {
        "activity": "fritid",
        "own_action": own,
        "aids": aids or [],
        "current_level": 2,
        "people": ["nabo"],
        **extra,
    }
    return [s["text"] for s in suggest_subgoals(goal, GOALS, TODAY)]


@pytest.mark.parametrize(
    ("own", "aids", "foreign"),
    [
        # the steps of another hobby, chosen by a word that is not the deed
        ("spille harmonika til gammeldans i klubben", [], "danse"),
        ("spille guitar med til dans paa plejehjemmet", [], "danse"),
        ("ryge aal i min roegovn i haven igen", ["taburet"], "plante"),
        ("grille poelser ude i haven til boernebornene", [], "bede"),
        ("snitte smaa fugle i trae ude i haven", [], "potte"),
        ("male akvarel af blomsterbedene", [], "potte"),
        # embroidery, crochet and sewing are no knitting
        ("brodere korssting paa en dug igen", ["luplampe"], "strikke"),
        ("hækle et tæppe til mit barnebarn", [], "strikke"),
        ("sy gardiner til sommerhuset", [], "strikke"),
        # feeding names no bird by itself
        ("fodre hønsene og samle æg", ["rollator"], "foderbræt"),
        ("fodre geden og hestene om morgenen", [], "foder i en skål"),
    ],
)
def test_a_wish_of_another_deed_gets_steps_from_its_own_deed(own, aids, foreign):
    texts = _texts(own, aids)
    assert not [t for t in texts if foreign in t], texts
    deed = own.split()[0]
    assert all(deed in t for t in texts), texts


@pytest.mark.parametrize(
    ("own", "step"),
    [
        # counter-examples: the deed is the one the steps practise, or a deed of no kind
        ("danse gammeldans i forsamlingshuset igen", "danse en enkelt dans"),
        ("gaa ud i haven og luge", "arbejde i haven"),
        ("komme ud i haven igen", "arbejde i haven"),
        ("arbejde i haven en time om dagen", "plante i en potte"),
        ("strikke sokker til oldebørnene", "strikke i ti minutter"),
        ("fodre fuglene fra altanen", "foderbrættet"),
        ("fylde foderbrættet hver morgen", "foderbrættet"),
        ("synge i kirkekoret igen", "korprøve"),
        ("tage ud og fiske ved aaen", "fiske i et kvarter"),
        ("blive ved med at strikke til basaren", "strikke i ti minutter"),
    ],
)
def test_a_wish_of_the_steps_own_deed_keeps_its_ladder(own, step):
    texts = _texts(own)
    assert any(step in t for t in texts), texts


def test_a_wish_without_a_deed_of_its_own_is_left_to_its_words():
    """Words with no infinitive first ("kor igen", "haven") are not read as a deed."""
    birds = next(v for v in FRITID.ladders if "fuglene" in v.when)
    choir = next(v for v in FRITID.ladders if "kor" in v.when)
    assert not other_deed(["kor", "igen"], choir, FRITID, GOALS)
    assert not other_deed([], choir, FRITID, GOALS)
    assert not other_deed(["fodre", "fuglene"], birds, FRITID, GOALS)  # its `deeds`
    assert not other_deed(["fylde", "skaalen"], birds, FRITID, GOALS)  # a verb its steps open with
    assert other_deed(["spille", "til", "korproeve"], choir, FRITID, GOALS)
    assert "fylde" in step_deeds(birds)


@pytest.mark.parametrize(
    ("activity", "own", "aids", "step"),
    [
        # the kinds of a narrow activity are its things: the deed said with them is that kind
        ("indkoeb", "handle hos købmanden", ["blindestok"], "vejen"),
        ("transport", "køre en tur på cyklen igen", [], "pedalerne"),
        ("vask_og_hygiejne", "ordne mit hår selv", [], "rede mit hår"),
        ("kommunikation", "sende mails til mine børnebørn", [], "skærmen"),
        # work is a broad activity; its kind's own deeds are listed (`deeds`)
        ("arbejde_og_frivillig", "passe mit arbejde i butikken igen", [], "komme tilbage"),
        ("arbejde_og_frivillig", "tage mine vagter paa plejehjemmet igen", [], "komme tilbage"),
    ],
)
def test_a_deed_with_the_thing_of_a_kind_keeps_its_ladder(activity, own, aids, step):
    goal = {"activity": activity, "own_action": own, "aids": aids, "current_level": 2}
    texts = [s["text"] for s in suggest_subgoals(goal, GOALS, TODAY)]
    assert any(step in t for t in texts), texts
