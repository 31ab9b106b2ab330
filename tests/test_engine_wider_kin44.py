"""A relative of the wider family and the part they do (fix round 44, blind149 Lene om Birthe).

- "min kusine Birthe", "min fætter", "min tante", "min moster Else", "min niece Sofie": known
  relations (dialogue.yaml `relations`); a cousin is mutual (as "min veninde"), so the one
  answering is the citizen's cousin in the word they used, never "familien".
- A relative's independence answer that says they do a part of it ("det er mig, der styrer
  forrest, og hun træder bagpå") is help (dialogue.yaml helper_self), in a long answer too
  (read sentence by sentence); it is never asked again.
"""

from __future__ import annotations

import pytest
from engine_support import CONTENT, card, go
from test_engine_people_told31 import _to_people
from test_engine_relatives import relative_at_about

from assistant.dialogs.about import read_about


@pytest.mark.parametrize(
    ("about", "person"),
    [
        ("min kusine Birthe", "kusine"),
        ("min kusine", "kusine"),
        ("min fætter Ole", "fætter"),
        ("det er min fætter", "fætter"),
    ],
)
def test_a_cousin_answering_is_the_citizens_cousin(about, person):
    turn = _to_people(about, "vi er vokset op sammen", "hun vil gerne cykle med mig igen")
    assert turn.slot == "people"
    turn = go(turn, "Det er mig, der cykler med hende.")
    people = turn.state["slots"]["people"]
    assert person in people, people
    assert "pårørende" not in people, people


@pytest.mark.parametrize(
    ("about", "called", "pos"),
    [
        ("min tante Birthe", "tante", "hendes"),
        ("min moster", "moster", "hendes"),
        ("min onkel Karl", "onkel", "hans"),
        ("min morbror", "morbror", "hans"),
        ("min niece Sofie", "niece", "hendes"),
        ("min nevø", "nevø", "hans"),
    ],
)
def test_the_wider_family_is_a_known_relation(about, called, pos):
    told = read_about(None, about, CONTENT.dialogue) or {}
    assert told.get("called") == called and told.get("pos") == pos, told
    assert "speaker" not in told  # a niece or nephew, an aunt or uncle: gender unknown


@pytest.mark.parametrize("said", ["min nevø", "min kusine", "min tante"])
def test_a_wider_relation_is_no_name(said):
    # "min nevø" was a non-name before it was a relation: still no name is guessed from it
    told = read_about(None, said, CONTENT.dialogue) or {}
    assert told.get("name", "").startswith("din "), told


def test_an_aunts_niece_says_min_mor_of_her_sister():
    # the moster's niece: "min mor" is the citizen's sister
    turn = go(relative_at_about(), "min moster Else")
    assert turn.slot == "everyday" and "Else" in turn.prompt


def _at_independence(about: str):
    turn = go(relative_at_about(), about)
    answers = {
        "everyday": "hun bor i et rækkehus med sin mand",
        "wish": "hun vil gerne cykle på tandem rundt om søen igen",
        "motivation": "det er hendes frihed",
        "measure": "hele turen rundt om søen",
        "frequency": "hver søndag",
        "deadline": "til påske",
    }
    for _ in range(30):
        if turn.slot == "independence":
            return turn
        turn = go(
            turn, answers.get(turn.slot, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
        )
    raise AssertionError(turn.slot)


@pytest.mark.parametrize(
    "said",
    [
        "Hun kan ikke cykle alene mere, det er mig, der styrer forrest, og hun træder bagpå. Vi "
        "har fået pedaler med stropper, så fødderne ikke glider af, og en elmotor på tandemmen "
        "til bakkerne.",
        "det er mig der styrer og hun træder bag paa",
        "øh ja altså det bliver mig som kører, hun sidder bagpå",
        "Hun tør ikke selv mere. Så er det mig der holder i hende hele vejen rundt, og det går "
        "fint, når vi tager det stille og roligt og holder en pause ved caféen.",
    ],
)
def test_the_relative_doing_a_part_is_help(said):
    turn = go(_at_independence("min kusine Birthe"), said)
    assert turn.slot != "independence", turn.prompt  # understood at once
    assert turn.state["slots"]["independence"] == "med_hjaelp"


@pytest.mark.parametrize(
    "said",
    [
        "det er ikke mig der styrer, hun kører selv med elmotor",
        "hun cykler selv, det er mig der har købt cyklen",
    ],
)
def test_no_part_of_the_doing_is_no_help(said):
    # counter-examples: the relative does none of it ("ikke mig"), or "selv" is said first
    turn = go(_at_independence("min kusine Birthe"), said)
    assert turn.state["slots"].get("independence") != "med_hjaelp"
