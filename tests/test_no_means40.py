"""A no to every means at the question of how ("nej, jeg skal ikke have noget hjælpemiddel",
"nej ingen hjælp, jeg kan selv"): done alone, no aid in the goal, not asked again; a thing or a
helper said instead stays the answer. And a fronted "når" clause in the reason whose subject
carries a comma ("når jeg spiller, glemmer jeg, at …") is turned whole, never cut to "og jeg".
New sentences of round 40, through the real engine and content."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen, at_summary
from engine_support import go as answer

CHOIR = {
    "wish": "jeg vil gerne synge i koret i kirken igen",
    "measure": "hele gudstjenesten",
    "frequency": "hver torsdag",
    "deadline": "til påske",
}


def _at_how():
    turn = answered_until(as_citizen(), CHOIR, "independence")
    assert "hjælpemiddel" in turn.prompt, turn.prompt
    return turn


@pytest.mark.parametrize(
    "said",
    [
        "Nej, jeg skal ikke have noget hjælpemiddel, jeg skal bare have stemmen tilbage.",
        "nej tak ingen hjalpemidler",
        "øh nej jeg har ikke brug for nogen hjælp, jeg kan selv",
        "nej ingen hjælp. min søn har nok at gøre",
        "ikke noget hjælpemiddel til mig tak",
        "hun skal ikke have nogen hjælpemidler, hun vil gerne selv",
        "nej ingen rollator",
    ],
)
def test_a_no_to_every_means_is_done_alone(said):
    turn = answer(_at_how(), said)
    assert turn.slot != "independence", turn.prompt
    slots = turn.state["slots"]
    assert slots["independence"] == "selv"
    turn = answered_until(turn, {"people": "min datter"}, "confirm")
    assert "hjælpemid" not in turn.goal_text and "rollator" not in turn.goal_text, turn.goal_text
    assert [e["slot"] for e in turn.state["transcript"]].count("independence") == 1
    assert answer(turn, "ja").draft["goal"]["aids"] == []


@pytest.mark.parametrize(
    ("said", "level", "word"),
    [
        ("ikke noget hjælpemiddel, men en god stol", "hjaelpemiddel", "stol"),
        ("nej ingen rollator, jeg går med stokken", "hjaelpemiddel", "stok"),
        ("nej ingen hjælpemidler, min kone hjælper mig", "med_hjaelp", "kone"),
        ("med min stok", "hjaelpemiddel", "stok"),
        ("med en stor lup. nej ikke den vægtmanchet", "hjaelpemiddel", "lup"),
    ],
)
def test_a_means_said_with_the_no_stays_the_answer(said, level, word):
    turn = answer(_at_how(), said)
    assert turn.slot != "independence", turn.prompt
    assert turn.state["slots"]["independence"] == level
    turn = answered_until(turn, {"people": "ingen"}, "confirm")
    assert word in turn.goal_text, turn.goal_text
    assert "ikke noget" not in turn.goal_text and "ingen" not in turn.goal_text, turn.goal_text
    assert "vægtmanchet" not in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    ("reason", "clause"),
    [
        (
            "Fordi koret er min familie. Og når jeg synger, glemmer jeg, at jeg er syg.",
            "og jeg glemmer, at jeg er syg, når jeg synger",
        ),
        (
            "når jeg er i kirken, mærker jeg, at jeg hører til",
            "jeg mærker, at jeg hører til, når jeg er i kirken",
        ),
        ("når vi synger, er jeg glad.", "jeg er glad, når vi synger"),
    ],
)
def test_a_fronted_when_clause_in_the_reason_is_turned_whole(reason, clause):
    turn = at_summary({**CHOIR, "motivation": reason, "independence": "selv", "people": "ingen"})
    assert clause in turn.goal_text, turn.goal_text
    assert "og jeg." not in turn.goal_text and "jeg, " not in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    ("reason", "clause"),
    [
        (
            "når jeg maler, tænker jeg ikke på smerterne",
            "jeg ikke tænker på smerterne, når jeg maler",
        ),
        ("naar jeg synger saa taenker jeg ikke paa min ryg", "tænker på min ryg"),
        ("for når jeg synger, tænker jeg på min mor", "når jeg synger, tænker jeg på min mor"),
    ],
)
def test_a_hedge_verb_with_its_own_object_is_the_reasons_verb(reason, clause):
    turn = at_summary({**CHOIR, "motivation": reason, "independence": "selv", "people": "ingen"})
    assert clause in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("med en stor kortholder tænker jeg", "med en stor kortholder"),
        ("hver dag tror jeg, på stranden", "hver dag på stranden"),
        ("tænker jeg ikke på smerterne", "tænker jeg ikke på smerterne"),
        ("så tror jeg på det", "så tror jeg på det"),
    ],
)
def test_a_hedge_is_dropped_unless_its_verb_governs_what_follows(said, kept):
    from engine_support import CONTENT

    from assistant.nlp.phrase import without_filler_phrases

    g = CONTENT.goals.grammar
    assert " ".join(without_filler_phrases(said.split(), g)).replace(",", "") == kept
