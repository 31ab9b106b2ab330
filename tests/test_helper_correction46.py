"""Fix round 46 (fH, blind154 Ole): a helper corrected on the summary names the right one ("Det
er ikke min søn, der hjælper … Det er min svigersøn Kenneth, hendes far. Skriv svigersønnen."):
the one asserted (also by "skriv …", "ret det til …", typed without æøå) is the goal's helper
now; a person said right after them as who they are ("…, hendes far") is no second one
(dialogs/helper_instead.py). A refusal alone, or another only told of, adds nobody. And an aid
with a "med"-feature said before the others keeps its head ("en trappestige med en bøjle at
holde i", dialogs/aid_feature.with_aid_before)."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, answered_until, card, go

from assistant.dialogs.engine import new_state, start
from assistant.dialogs.models import Turn

_CITIZEN = {
    "wish": "jeg vil gerne kunne male havelågen igen",
    "measure": "male hele lågen på en formiddag",
    "frequency": "to gange om ugen",
    "deadline": "til påske",
    "independence": "med stokken",
    "people": "min søn hjælper mig med at bære",
}
_RELATIVE = {
    "about": "min far Poul",
    "wish": "han vil gerne kunne male havelågen igen",
    "measure": "male hele lågen på en formiddag",
    "frequency": "to gange om ugen",
    "deadline": "til påske",
    "independence": "med stokken",
    "people": "min bror hjælper ham med at bære",
}


def _summary(relative: bool) -> Turn:
    who = "paaroerende" if relative else "borger"
    answers = _RELATIVE if relative else _CITIZEN
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card(who), card("ja"))
    turn = answered_until(turn, {**answers, "handover": card("ikke_selv")}, "confirm")
    assert turn.state["slots"]["people"] == ["søn"], turn.state["slots"]["people"]
    return turn


_AT = {False: _summary(False), True: _summary(True)}


@pytest.mark.parametrize(
    ("relative", "answer", "people"),
    [
        (False, "Nej, det passer ikke. Det er ikke min søn, han er flyttet til Aarhus. Det er min "
                "svigersøn Jesper, barnebarnets far. Skriv svigersønnen.", ["svigersøn"]),
        (False, "nej det er ikke min son der hjaelper, det er min svigersoen", ["svigersøn"]),
        (False, "nej ikke min søn, det er min svigersøn Jesper, hendes far, der hjælper",
         ["svigersøn"]),
        (False, "Nej det er forkert. Det er ikke sønnen, det er naboen Bent, min gode ven. "
                "Skriv naboen.", ["nabo"]),
        (False, "nej, ret det til svigersønnen, ikke sønnen", ["svigersøn"]),
        (False, "øh nej ikke sønnen. skriv svigersønnen", ["svigersøn"]),
        (False, "Nej, ikke min søn men min svigersøn", ["svigersøn"]),
        (True, "nej ikke min bror, det er naboen Bent, hans gamle makker", ["nabo"]),
    ],
)  # fmt: skip
def test_a_helper_corrected_by_name_is_the_new_helper(relative, answer, people):
    turn = go(_AT[relative], answer)
    assert turn.state["slots"]["people"] == people, turn.state["slots"]["people"]


@pytest.mark.parametrize(
    ("relative", "answer"),
    [
        (False, "nej ikke min søn. Min svigersøn bor i Norge"),
        (False, "nej ikke min søn, han arbejder i Norge, og min svigersøn har ikke tid"),
        (False, "nej, min søn kan ikke mere, han er syg"),
        (True, "nej ikke min bror, han har for travlt"),
    ],
)  # fmt: skip
def test_a_refusal_alone_adds_nobody(relative, answer):
    assert go(_AT[relative], answer).state["slots"]["people"] == []


@pytest.mark.parametrize(
    ("independence", "shown"),
    [
        ("Jeg har fået en trappestige med en bøjle at holde i og en malerrulle på et langt "
         "skaft. Armslyngen? Nej, den bruger jeg ikke.",
         "med en trappestige med en bøjle"),
        ("Nej, ikke noget nyt. Jeg bruger en rollator med en kurv foran.",
         "med min rollator med en kurv foran"),
    ],
)  # fmt: skip
def test_an_aid_with_its_feature_keeps_its_head(independence, shown):
    answers = {**_CITIZEN, "independence": independence}
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("borger"), card("ja"))
    turn = answered_until(turn, {**answers, "handover": card("ikke_selv")}, "confirm")
    assert shown in turn.goal_text, turn.goal_text


def test_a_second_aid_by_its_own_name_stays_a_second_aid():
    answers = {**_CITIZEN, "independence": "nej, jeg har en rollator med en lille stok"}
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("borger"), card("ja"))
    turn = answered_until(turn, {**answers, "handover": card("ikke_selv")}, "confirm")
    # fix round 49 (fD's aid_as_said): the second aid keeps the citizen's own words
    assert "med min rollator og en lille stok" in turn.goal_text, turn.goal_text
