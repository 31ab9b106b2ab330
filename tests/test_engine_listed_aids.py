"""Bare things typed to the aid question ("stativ. tyk pen.", "skammel. lup.", "stativ og tyk
pen"), one of them an aid of the lexicon or a tool ("stativ", "ipadstativ", "skammel",
"skærebræt"), are the means: the question says "med", so the goal names them as said ("med et
stativ og en tyk pen") and each aid or tool is an aid; other bare words (a person, food) are none.
An aid said bare after "og" beside the answer's own phrase takes its article ("og et rullebord").
Through the real engine (the cases of r127a's reverted ec83f27d, now read after the telegraph
aid, by the listed things of handlers._listed_things_aid)."""

from __future__ import annotations

import pytest
from engine_support import CONTENT
from test_engine_hedge import at_step, go, text

from assistant.dialogs.draft import named_aid
from assistant.dialogs.more_aids import aids_beside

PAD = "jeg vil selv laese avisen paa ipaden"
PAINT = "jeg vil gerne male akvarel igen"
BREAD = "hun vil gerne selv smoere sin mad"
CARDS = "jeg vil spille kort med naboerne igen"
SHAVE = "han vil selv barbere sig igen"


@pytest.mark.parametrize(
    ("wish", "said", "aid", "phrase"),
    [
        (PAD, "ipadstativ. touchpen.", "ipadstativ", "med et ipadstativ og en touchpen"),
        (PAD, "stativ og tyk pen", "stativ", "med et stativ og en tyk pen"),
        (PAINT, "skammel. lup.", "skammel", "med en skammel og en lup"),
        (PAINT, "høj stol. lup.", "lup", "med en høj stol og en lup"),
        (BREAD, "skaerebraet. lille kniv.", "skærebræt", "med et skærebræt og en lille kniv"),
        (CARDS, "kortholder, stor lampe", "kortholder", "med en kortholder og en stor lampe"),
        (SHAVE, "spejl. stol.", "spejl", "med et spejl og en stol"),
        (PAINT, "staffeli. skammel", "skammel", "med et staffeli og en skammel"),
    ],
)
def test_bare_things_with_an_aid_answered_to_the_aid_question_are_the_aids(
    content, wish, said, aid, phrase
):
    turn = go(at_step(content, wish, "independence"), content, text(said))
    slots = turn.state["slots"]
    assert turn.slot != "independence"  # understood at once
    assert slots["independence"] == "hjaelpemiddel"
    assert aid in slots["aids"]
    assert slots["aid_said"] == phrase


@pytest.mark.parametrize("said", ["søn. Bent.", "min datter", "datter. nabo."])
def test_bare_words_without_an_aid_are_no_aids(content, said):
    turn = go(at_step(content, PAINT, "independence"), content, text(said))
    assert not turn.state["slots"].get("aid_said")
    assert turn.state["slots"].get("independence") != "hjaelpemiddel"


@pytest.mark.parametrize(
    ("said", "phrase", "aids", "named"),
    [
        ("Med høj stol i køkken, ergoterapeut give mig. Og rullebord, så ikke bære gryde.",
         "med høj stol i køkkenet", ["stol", "rullebord"],
         "med høj stol i køkkenet og et rullebord"),
        ("med rollator i hjem. og badetaburet", "med rollator i hjemmet",
         ["rollator", "badetaburet"], "med rollator i hjemmet og en badetaburet"),
        ("med stok, og gribetang, datter give", "med stok", ["stok", "gribetang"],
         "med stok og en gribetang"),
    ],
)  # fmt: skip
def test_an_aid_said_bare_after_og_is_named_with_its_article(said, phrase, aids, named):
    """ "Og rullebord, så ikke bære gryde": the trolley named beside the chair ("og et
    rullebord"), though the phrase says the chair's place in its own form ("i køkkenet")."""
    g = CONTENT.goals.grammar
    kept = aids_beside(said, phrase, aids, lambda w: named_aid(w, CONTENT), g, frozenset({"så"}))
    assert kept == named
