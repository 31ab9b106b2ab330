"""Things typed as single nouns between full stops (round 27, r115c): a noun that is also a verb
("læge": the doctor, to heal) beside another noun is a list of things, no verb with its object;
a plural noun of a verb's lemma ("aftaler") is the object of a verb said alone; nouns listed
before a state ("… ingen glemt") are that state's subject."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import at_summary

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.compose import compose, result_sign
from assistant.nlp.states import with_state_verb

TODAY = date(2026, 12, 4)
GOALS = get_content("da").goals
G = GOALS.grammar
MEMORY = {"activity": "hukommelse", "speaker": "citizen", "frequency": None, "deadline": None}


def action(text: str) -> str | None:
    return (analyze(text, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("said", "other"),
    [
        ("tandlæge. læge.", "tandlæge"),  # "læge" (to heal) beside another noun: the doctor
        ("øh læge. fodpleje.", "fodpleje"),
        ("laege. frisoer. ingen glemt", "frisør"),  # typed without æøå
        ("frisør. læge. ingen glemt.", "frisør"),
    ],
)
def test_a_noun_that_is_also_a_verb_beside_nouns_takes_no_object(said, other):
    extras = analyze(said, TODAY).extras or {}
    for found in (extras.get("action") or "", extras.get("criterion") or ""):
        assert f"læge {other}" not in found, found  # no "læge frisør": heal the hairdresser


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("betale. regninger.", "betale regninger"),  # "regninger": "regningerne"
        ("øh huske. aftaler", "huske aftaler"),  # "aftale" is a verb too; "aftalerne" a noun
        ("skære. kartofler", "skære kartofler"),  # as before
        ("kød. skære. selv", "skære kød"),
    ],
)
def test_a_plural_noun_of_a_verbs_lemma_is_the_object_of_a_verb_said_alone(said, phrase):
    assert action(said) == phrase


@pytest.mark.parametrize(
    ("sign", "clause"),
    [
        ("tandlæge. fodpleje. ingen glemt", "hverken tandlægen eller fodplejen er glemt"),
        ("nøgle. pung. alle væk", "både nøglen og pungen er væk"),
        (
            "medicin. avis. frisør. ingen glemt.",
            "hverken medicinen eller avisen eller frisøren er glemt.",
        ),  # fmt: skip
    ],
)
def test_nouns_listed_before_a_state_are_its_subject(sign, clause):
    assert " ".join(with_state_verb(sign.split(), G)) == clause


@pytest.mark.parametrize(
    "sign",
    [
        "hente. bade. ingen glemt",  # verbs, not things
        "tandlæge. ingen glemt",  # one thing: no list
        "tandlæge. fodpleje. ingen",  # no state said
    ],
)
def test_no_listed_subject_without_two_things_and_a_state(sign):
    assert not " ".join(with_state_verb(sign.split(), G)).startswith(("hverken", "både"))


def test_a_listed_state_is_the_goals_sign_not_its_verb_phrase():
    sign = "tandlæge. fodpleje. ingen glemt"
    facts = {**MEMORY, "own_action": "huske aftaler", "criterion": sign}
    assert result_sign(facts, GOALS) == "hverken tandlægen eller fodplejen er glemt"
    sentence, _ = compose(facts, GOALS)
    wish = sentence.split(". Jeg ved", 1)[0]
    assert "tandlæge" not in wish and "glemt" not in wish, sentence
    assert "når hverken tandlægen eller fodplejen er glemt" in sentence, sentence


# --- a thing the lexicon knows no aid by, and its quality, typed as the answer to how ----------


@pytest.mark.parametrize(
    ("wish", "said", "aid", "goal"),
    [
        ("Medicin. Huske.", "whiteboard. stort", "med et stort whiteboard", "whiteboard"),
        ("huske. aftaler.", "Lup. Stor.", "med en stor lup", "lup"),
        ("huske. aftaler.", "tavle. stor.", "med en stor tavle", "tavle"),
        # the quality typed first goes to its thing too (fix round 44: "høj. stol.", blind147)
        ("huske. aftaler.", "stor. tavle.", "med en stor tavle", "tavle"),
    ],
)
def test_a_thing_and_its_quality_typed_as_the_answer_to_how_is_the_aid(wish, said, aid, goal):
    turn = at_summary({"wish": wish, "independence": said})
    assert turn.state.slots["independence"] == "hjaelpemiddel"
    assert turn.state.slots["aid_said"] == aid
    assert aid in turn.prompt


@pytest.mark.parametrize("said", ["datter. sød.", "tavle."])
def test_no_aid_from_a_person_or_a_thing_alone(said):
    turn = at_summary({"wish": "huske. aftaler.", "independence": said})
    assert not str(turn.state.slots.get("aid_said") or "").endswith(" tavle")
    assert "med en sød datter" not in turn.prompt
