"""Fix round 44 (fH): single words typed with commas between them ("orkidéerne, selv, igen") are
read as the same words typed as fragments (nlp/comma_list.py), so no comma scrap reaches the goal;
a wish of a thing's definite plural ("hønsene", "tomaterne") is a thing, no verb; a thing's part
typed after an adjective alone ("kande. lang. tud.") is the part's shape, with its æøå ("stol.
ryglaen." → "en stol med ryglæn"). Sentences and lists with a phrase in them are counter-examples
that stay as said."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, at_summary

from assistant.dialogs.draft import build_draft
from assistant.nlp.comma_list import commas_as_fragments


def _draft(answers: dict[str, str]) -> dict:
    return build_draft(at_summary(answers).state, CONTENT, TODAY)["goal"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("tomaterne, selv, igen", "tomaterne. selv. igen."),
        ("Else, 88, enke, rækkehus", "Else. 88. enke. rækkehus."),
        ("kande, lang, tud, lup.", "kande. lang. tud. lup."),
        ("hønsene, selv. igen", "hønsene. selv. igen."),
    ],
)
def test_single_words_with_commas_read_as_fragments(text, read):
    assert commas_as_fragments(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "kaffe, kage og avis",  # a phrase among the pieces
        "vande, alle 12, selv",
        "ja, selv",  # two pieces only
        "2,5, 3",  # a decimal comma
        "jeg vil gerne bage vafler, boller, kage igen",
        "hun siger, at hun vil selv",
    ],
)
def test_sentences_and_phrases_keep_their_commas(text):
    assert commas_as_fragments(text) == text


@pytest.mark.parametrize(
    ("answers", "said"),
    [
        ({"wish": "vafler, bage, selv, igen"}, "Jeg vil selv kunne bage vafler igen."),
        ({"wish": "øh kaffe, brygge, selv"}, "Jeg vil selv kunne brygge kaffe."),
        (
            {"wish": "tomaterne, selv, igen", "measure": "vande. selv."},
            "Jeg vil selv kunne vande tomaterne",
        ),
        (
            {"wish": "hønsene, selv, igen", "measure": "fodre. selv."},
            "Jeg vil selv kunne fodre hønsene",
        ),
        ({"wish": "krydsord, igen, selv"}, "Jeg vil selv kunne løse krydsord"),
    ],
)
def test_a_wish_typed_with_commas_leaves_no_comma_scrap(answers, said):
    goal = _draft(answers)
    assert said in goal["text"], goal["text"]
    assert ", igen" not in goal["text"] and ", selv" not in goal["text"]


@pytest.mark.parametrize(
    ("aids", "said", "stored", "not_stored"),
    [
        ("kande, lang, tud", "med en kande med lang tud", {"kande"}, {"tud", "lang"}),
        ("kop. tud. lup.", "med en kop med tud og en lup", {"kop", "lup"}, {"tud"}),
        ("krus, hank, lup", "med et krus med hank og en lup", {"krus", "lup"}, {"hank"}),
        ("stol. hoej. ryglaen.", "med en høj stol med ryglæn", {"stol"}, {"ryglaen"}),
        ("rollator. saede. kurv.", "med en rollator med sæde og kurv", {"rollator"}, set()),
    ],
)
def test_a_part_typed_after_its_thing_is_said_with_it(aids, said, stored, not_stored):
    goal = _draft({"wish": "vafler. bage. selv. igen.", "independence": aids})
    assert said in goal["text"], goal["text"]
    assert stored <= set(goal["aids"]), goal["aids"]
    assert not (not_stored & set(goal["aids"])), goal["aids"]


def test_an_adjective_of_the_thing_stays_the_things():
    goal = _draft({"wish": "vafler. bage. selv. igen.", "independence": "stok. lang. rollator."})
    assert "med en lang stok og en rollator" in goal["text"], goal["text"]


def test_a_wish_said_as_a_sentence_keeps_its_list():
    goal = _draft({"wish": "jeg vil gerne bage vafler, boller, kage igen"})
    assert "bage vafler, boller og kage igen" in goal["text"], goal["text"]
