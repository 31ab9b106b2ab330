"""Fix round 45 (fC), blind150 Bodil and Ursula: a thing given or got that the lexicon knows no
aid by is named with every thing the same sentence joins on after it by "og" and an article
("jeg har købt en let saks og et maskine uden ledning", "fået en avis vogn med el motor … og en
pande lampe og en refleks vest"), in the person's words, a learner's article agreeing with its
thing ("en maskine"; dialogs/aid_joined_given.py). A person, a time, or a thing of another
sentence is no thing joined. Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen, at_summary
from engine_support import go as answer

HAIR = {
    "wish": "jeg vil gerne selv klippe min mands haar igen",
    "measure": "at jeg kan klippe hele hovedet paa en halv time",
    "frequency": "hver tredje uge",
    "deadline": "til hans foedselsdag den 9. februar",
    "motivation": "fordi han kun vil have at jeg roerer ved hans hoved",
}


def _said(said: str) -> str:
    turn = answer(answered_until(as_citizen(), HAIR, "independence"), said)
    return str(turn.state.slots.get("aid_said") or "")


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        (
            "jeg har købt en let saks og et maskine uden ledning",
            "med en let saks og en maskine uden ledning",
        ),
        (
            "Ergoterapeuten har givet mig en høj taburet med hjul, så jeg kan sidde og klippe, og "
            "jeg har købt en let saks og et maskine uden ledning. Svend sidder på den lave stol.",
            "med en høj taburet med hjul, en let saks og en maskine uden ledning",
        ),
        (
            "jeg har fået en avis vogn med el motor som jeg kan skubbe og en pande lampe og en "
            "refleks vest og så har jeg vand pillerne",
            "med en avisvogn med elmotor, en pandelampe og en refleksvest",
        ),
        (
            "min datter har koebt en ny taske paa hjul og en let termokande til hende",
            "med en ny taske på hjul og en let termokande",
        ),
        ("øh vi har faaet en lille vogn og en lygte til den", "med en lille vogn og en lygte"),
        (
            "jeg har fået en ny kniv og et skærebræt med pigge",
            "med en ny kniv og et skærebræt med pigge",
        ),
    ],
)
def test_things_joined_to_a_thing_given_are_named_with_it(said, phrase):
    assert _said(said) == phrase


def test_the_goal_names_the_clipper_in_agreeing_danish():
    said = "jeg har købt en let saks og et maskine uden ledning"
    text = at_summary({**HAIR, "independence": said}).goal_text
    assert "med en let saks og en maskine uden ledning" in text, text
    assert "et maskine" not in text, text


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("jeg har købt en let saks og en gang om ugen kommer min datter", "med en let saks"),
        ("jeg har fået en skammel. Min mand har en bil og en trailer", "med en skammel"),
        ("kommunen har givet mig en ny seng og en lift", "med en ny seng og en lift"),
    ],
)
def test_times_people_other_sentences_and_two_gender_things_are_as_before(said, phrase):
    assert _said(said) == phrase


def test_a_friend_joined_on_is_no_thing():
    assert "veninde" not in _said("min datter har købt en ny kurv og en veninde kommer med")
