"""Fix round 43 (fC, blind141 Tesfay): a word no table knows that the person explains as a thing
("så koge i jebena, det er kaffekande af ler") takes the gender of the noun it is explained by,
so the goal writes it bare after a preposition as a known noun is written ("i jebenaen"); a word
not explained, a place, a name with a capital and a known word stay as said."""

from __future__ import annotations

import pytest
from test_engine_measures_said import _at, _goal, _said

from assistant.content import get_content
from assistant.nlp.explained_words import explained_nouns, grammar_knowing

CONTENT = get_content("da")
G = CONTENT.goals.grammar


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("så koge i jebena, det er kaffekande af ler.", {"jebena": "en"}),
        ("øh vi spiser injera, det er et brød af teff", {"injera": "et"}),
        ("min mor laver tagine, det er en gryde af ler ik", {"tagine": "n"}),
        ("hun har en samovar, det er sådan en tekande", {}),
    ],
)  # fmt: skip
def test_an_unknown_word_explained_by_a_noun_takes_its_gender(said, found):
    assert explained_nouns([said], G) == found


@pytest.mark.parametrize(
    "said",
    [
        "Til vores jul, Genna, det er 7. januar.",
        "jeg bor i brabrand, det er en bydel i aarhus",
        "jeg spiller petanque, det er sjovt",
        "koge kaffe i jebena, den er god",
        "jeg drikker kaffe, det er min medicin",
        "vi gik til martsmødet, det er et møde i foreningen",
        "han vil vinde klubmesterskabet, det er en pokal",
    ],
)
def test_a_name_a_place_a_state_or_a_known_word_is_not_explained(said):
    assert explained_nouns([said], G) == {}


@pytest.mark.parametrize(
    "said",
    ["vi går rundt om søen, det er en tur på en time", "derfor, det er en fornøjelse"],
)
def test_a_word_the_speller_knows_is_not_explained(said):
    """A known word typed as the speller knows it ("søen", "derfor") is not among the words no
    table knows, which the dialogue keeps (slot unknown_words)."""
    assert explained_nouns([said], G, frozenset({"jebena"})) == {}


def test_the_same_grammar_when_nothing_is_explained():
    assert grammar_knowing(G, ["jeg vil gerne bage boller igen"]) is G


@pytest.mark.parametrize(
    ("wish", "measure", "written"),
    [
        ("jeg vil lave kaffe igen, i jebena, det er kaffekande af ler",
         "at jeg selv kan koge kaffe i jebena og hælde op", "koge kaffe i jebenaen og"),
        ("jeg vil lave mad igen, tagine, det er en gryde af ler",
         "at jeg kan lave kylling i tagine til mine børn", "kylling i taginen til"),
    ],
)  # fmt: skip
def test_the_goal_writes_an_explained_word_as_a_known_noun(wish, measure, written):
    goal = _goal(_said(_at(CONTENT, wish, "measure"), CONTENT, measure), CONTENT)
    assert written in goal, goal


def test_an_unexplained_unknown_word_stays_as_said():
    """Counter-case: no explanation, no gender to guess: "i jebena" stays."""
    goal = _goal(
        _said(
            _at(CONTENT, "jeg vil lave kaffe igen", "measure"),
            CONTENT,
            "at jeg kan koge kaffe i jebena og hælde op",
        ),
        CONTENT,
    )
    assert "i jebena og" in goal, goal
