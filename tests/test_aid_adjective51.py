"""An aid said with an adjective in its -e form and given an indefinite article in the goal
agrees with the article ("øh jeg har fået … lange saks": "en lang saks"; "tykke bestik": "et tykt
bestik"; telegraph.indefinite_adjective); a plural keeps its -e form and takes no article."""

from __future__ import annotations

import pytest
from compose_support import GOALS, dialogue_goal

from assistant.nlp.telegraph import indefinite_adjective


def _goal(wish: str, aids: str) -> str:
    return dialogue_goal(wish=wish, independence=aids)


@pytest.mark.parametrize(
    ("wish", "aids", "said"),
    [
        ("jeg vil gerne sy igen", "øh jeg har fået en stor lup og lange saks",
         "med en stor lup og en lang saks"),
        ("jeg vil gerne spise selv", "ergoterapeuten har givet mig tykke bestik",
         "med et tykt bestik"),
        ("jeg vil gerne bage igen", "kommunen har givet mig høje stol med hjul",
         "med en høj stol med hjul"),
    ],
)  # fmt: skip
def test_a_singular_aid_said_with_an_e_adjective_agrees_with_its_article(wish, aids, said):
    assert said in _goal(wish, aids)


@pytest.mark.parametrize(
    ("wish", "aids", "said"),
    [
        ("jeg vil gerne bage igen", "min søn har givet mig lille vogn", "med en lille vogn"),
        ("jeg vil gerne vaske op selv", "jeg har faaet lange gummihandsker og en opvaskebørste",
         "med lange gummihandsker"),
    ],
)  # fmt: skip
def test_an_adjective_that_agrees_already_or_a_plural_stays(wish, aids, said):
    assert said in _goal(wish, aids)


@pytest.mark.parametrize(
    ("said", "article", "written"),
    [("lange", "en", "lang"), ("tykke", "et", "tykt"), ("høje", "en", "høj"),
     ("lille", "et", "lille"), ("nye", "en", "ny"), ("gode", "en", "gode"),
     ("lang", "et", "lang")],
)  # fmt: skip
def test_indefinite_adjective(said, article, written):
    assert indefinite_adjective(said, article, GOALS.grammar) == written
