"""Aids heard where they are said in passing (fix round 36, blind132 Hans Jørgen and Ejnar).

- An aid said only in the measure answer ("… gå ned på molen med rollatoren") tells how one
  manages, but the aid question is still asked: what else helps ("og så en stangholder på
  rollatoren") is heard there.
- On "Hvad vil du rette?" the word for aids as a kind ("hjælpemidlerne skal rettes") names what
  to change, no aid: the aid question is asked again.
- An answer to the aid question that opens with an article and a thing the lexicon does not
  know ("en sneskubber med langt skaft") is that thing, as if said after "med".
"""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen, at_summary, card, go


def _measure_then(wish: str, measure: str) -> dict:
    return {"wish": wish, "motivation": "fordi jeg savner det", "measure": measure}


@pytest.mark.parametrize(
    ("wish", "measure"),
    [
        (
            "jeg vil gerne ned og fiske ved havnen igen",
            "at jeg selv kan gå ned på molen med rollatoren og fiske en hel time",
        ),
        (
            "hun vil gerne i haven og luge igen",
            "at hun kan gaa ud i haven med sin stok og luge et helt bed",
        ),
        (
            "øh jeg vil gerne kunne gå over til min veninde igen",
            "når jeg kan gå hele vejen derover med rolatoren uden at hvile",
        ),
    ],
)
def test_an_aid_said_only_in_the_measure_leaves_the_aid_question_asked(wish, measure):
    answers = _measure_then(wish, measure)
    turn = answered_until(as_citizen(), answers, "measure")
    turn = go(turn, measure)
    assert turn.state["slots"]["independence"] == "hjaelpemiddel"
    answered_until(turn, answers, "independence")  # asked, not skipped


def test_the_aid_question_after_the_measure_hears_the_other_aid():
    answers = _measure_then(
        "jeg vil gerne ned og fiske fra molen igen",
        "at jeg selv kan gå ned på molen med rollatoren og fiske en hel time",
    )
    turn = answered_until(as_citizen(), answers, "independence")
    turn = go(turn, "med rollatoren og så en stang holder som jeg spænder fast på rollatoren")
    assert {"rollator", "stangholder"} <= set(turn.state["slots"]["aids"])


def test_an_aid_said_with_the_wish_still_fills_how_one_manages():
    # counter-example: the wish names the rollator as its means; the measure repeats it
    answers = _measure_then(
        "jeg vil gerne gå en tur i parken med min rollator",
        "at jeg kan gå hele vejen rundt om søen med rollatoren",
    )
    turn = answered_until(as_citizen(), answers, "measure")
    turn = go(turn, answers["measure"])
    assert not turn.state["slots"].get("independence_by_measure")


SNOW = {
    "wish": "jeg vil selv kunne skovle sne på fortovet igen",
    "motivation": "fordi det er mit fortov",
    "independence": "med min stok",
}


@pytest.mark.parametrize(
    "change",
    [
        "Hjælpemidlerne skal rettes, ikke stokken.",
        "hjælpemidlerne er forkerte",
        "det er hjælpemidler der er forkert",
    ],
)
def test_the_word_for_aids_at_the_change_turn_asks_the_aid_question_again(change):
    turn = at_summary(SNOW)
    turn = go(turn, card("nej"))
    assert turn.slot == "change"
    turn = go(turn, change)
    assert turn.slot == "independence"
    assert "hjælpemiddel" not in turn.state["slots"].get("aids", [])


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (
            "En sneskubber med langt skaft, som jeg kan skubbe med begge hænder.",
            "sneskubber",
        ),
        ("øh en saltspreder på hjul", "saltspreder"),
        ("et stykke reb ved trappen til at holde i", "reb"),
    ],
)
def test_an_aid_answer_opening_with_an_article_and_a_thing_is_that_thing(answer, said):
    turn = answered_until(as_citizen(), SNOW, "confirm")
    turn = go(turn, card("nej"), "hjælpemidlerne skal rettes", answer)
    assert turn.slot == "confirm"
    assert said in turn.state["slots"]["aid_said"]
    assert turn.state["slots"]["independence"] == "hjaelpemiddel"


@pytest.mark.parametrize(
    "answer",
    [
        "en fra hjemmeplejen skal være med",
        "en gang imellem",
        "en anden skal hjælpe mig",
        "et par gange har jeg prøvet",
        "en god ven",
        "en stol står i badet",
        "et GPS-ur vil jeg ikke have",
    ],
)
def test_someone_a_time_a_clause_or_a_refusal_after_the_article_is_no_thing(answer):
    answers = {"wish": "jeg vil gerne i bad selv igen", "motivation": "så jeg føler mig frisk"}
    turn = answered_until(as_citizen(), answers, "independence")
    turn = go(turn, answer)
    assert not turn.state["slots"].get("aid_said")
