"""A verb typed without æøå whose typing is a rare real word ("roere": rowers) is read as the verb
in a verb's place; a way of holding shown or taught ("vist mig nogle greb") is no grab rail."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze, get_analyzer

TODAY = date(2026, 12, 5)


def spelled(text: str) -> str:
    """The sentence as the spelling step repairs it."""
    return " ".join(get_analyzer().nlp(text)._.hm_spelling)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("naar jeg kan roere dejen selv", "røre"),
        ("jeg vil gerne kunne roere i gryden igen", "røre"),
        ("min mor kan ikke roere i grøden mere", "røre"),
        ("hun skal lære at roere suppen uden at spilde", "røre"),
        ("jeg kan godt selv roere sovsen", "røre"),
    ],
)
def test_a_typing_that_is_a_rare_word_is_the_verb_after_a_modal_or_at(text, word):
    assert word in spelled(text).split()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("der var otte roere i baaden", "roere"),  # rowers: no verb's place
        ("roere og kajakfolk moedes ved havnen", "roere"),
        ("han boede i Ringe i mange aar", "boede"),  # lived: a past form, no verb's place
        ("de to roere vil gerne ro til Fanoe", "roere"),
    ],
)
def test_the_real_word_stays_where_no_verb_stands(text, word):
    assert word in spelled(text).split()


@pytest.mark.parametrize(
    "text",
    [
        "ergoterapeuten har vist mig nogle greb saa jeg kan aabne glas",
        "hun viste mig et par smarte greb til at holde kniven",
        "jeg skal laere de rigtige greb naar jeg løfter gryden",
        "terapeuten har lært mig greb så jeg ikke taber koppen",
        "øh hun har vist os forskellige greb til at komme op",
    ],
)
def test_a_way_of_holding_taught_is_no_grab_rail(text):
    assert "støttehåndtag" not in analyze(text, TODAY).aids


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne have nogle greb i badet saa jeg kan komme op",
        "kommunen har sat et par greb op ved toilettet",
        "jeg vil gerne kunne rejse mig med grebet på væggen",
    ],
)
def test_a_grab_rail_told_where_it_is_stays_an_aid(text):
    assert "støttehåndtag" in analyze(text, TODAY).aids
