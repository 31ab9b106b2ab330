"""A relative's kin (fix round 36): the role told as the compound that spells out the kin ("jeg
er Thorvalds søsterdatter", "jeg er hans brorsøn") is the niece's or nephew's; a kin word typed
before the name the relative answers for ("min morbror Thorvald", "min farbror aage") is no
part of the name the prompts use, as "min moster Inge" is not."""

from __future__ import annotations

import pytest
from engine_support import go
from test_engine_people_told31 import _to_people
from test_engine_relatives import relative_at_about


@pytest.mark.parametrize(
    ("about", "everyday", "said", "person"),
    [
        ("min morbror Thorvald", "Jeg hedder Susanne, jeg er Thorvalds søsterdatter og bor i Thy.",
         "jeg kommer om lørdagen og hjælper ham", "niece"),
        ("min farbror", "jeg er hans brordatter, han bor alene i Hobro", "mig", "niece"),
        ("min moster Else", "øh jeg er jo hendes søstersøn ikk og hun bor i Vejle",
         "det kan jeg godt", "nevø"),
        ("Poul", "jeg er Pouls brorsøn, han er 88 og bor paa landet",
         "jeg kan køre ham derhen", "nevø"),
    ],
)  # fmt: skip
def test_a_kin_compound_told_is_the_relatives_role(about, everyday, said, person):
    turn = _to_people(about, everyday, "han vil gerne kunne tage bussen igen")
    assert turn.slot == "people"
    turn = go(turn, said)
    people = turn.state["slots"]["people"]
    assert person in people and "datter" not in people and "søn" not in people


@pytest.mark.parametrize(
    ("about", "name"),
    [
        ("min morbror Thorvald", "Thorvald"),
        ("min farbror aage", "Aage"),
        ("det er min svoger Jens", "Jens"),
        ("min svigerinde Hanne hun er 79", "Hanne"),
    ],
)
def test_a_kin_word_before_the_name_is_no_part_of_it(about, name):
    turn = go(relative_at_about(), about)
    assert turn.slot == "everyday"
    assert name in turn.prompt
    assert not any(w[:1].isupper() and w.lower() in about.split() for w in turn.prompt.split()[1:]
                   if w.lower() != name.lower())  # fmt: skip


def test_a_daughter_told_plainly_stays_the_daughter():
    turn = _to_people("min mor Edith", "Jeg er Lone, hendes datter.", "hun vil gerne gaa ture")
    turn = go(turn, "jeg kan gå med hende")
    assert "datter" in turn.state["slots"]["people"]
