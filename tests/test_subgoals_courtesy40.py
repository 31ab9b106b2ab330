"""A yes to the sub-goals said with a yes or thanks in another language around the Danish word
("Hao. Godt.") accepts the steps, and a bare "godt" is a yes; a foreign word alone, or beside a
no, accepts nothing and never becomes a step. Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer

TAI_CHI = {
    "wish": "jeg vil gerne lave tai chi i parken igen med gruppen",
    "measure": "ti minutter",
    "frequency": "hver lørdag",
    "deadline": "om tre måneder",
    "independence": "med min stok",
    "people": "min kone",
}


def _at_steps():
    return answered_until(as_citizen(), TAI_CHI, "subgoals")


def _steps(turn) -> list[str]:
    return [item["text"] for item in turn.state["subgoals"] or []]


@pytest.mark.parametrize(
    "said",
    [
        "Hao. Godt.",
        "hao de, det er fint",
        "Godt.",
        "meget godt tak",
        "hǎo. ja det er gode skridt",
        "xie xie. fint",
        "Dui. Ja.",
        # other languages' yes and thanks before a Danish yes (blind142 Tariq)
        "Acha, godt. Ja.",
        "ji haan ji.. ja tak",
        "theek hai, det er fint",
        "naam. ja",
        "Haa, ja det er gode skridt. Mahadsanid",
    ],
)
def test_a_yes_with_foreign_words_accepts_the_steps(said):
    before = _at_steps()
    turn = answer(before, said)
    assert turn.slot == "confirm", turn.slot
    assert not [s for s in _steps(turn) if "hao" in s.lower() or "godt" in s.lower()]
    assert not [s for s in _steps(turn) if "acha" in s.lower() or "ji" in s.lower().split()]


@pytest.mark.parametrize("said", ["hao", "Hao de.", "xie xie", "acha", "Ji."])
def test_a_lone_foreign_word_is_no_yes_and_no_step(said):
    turn = answer(_at_steps(), said)
    assert turn.slot == "subgoals"
    assert not [s for s in _steps(turn) if "hao" in s.lower() or "xie" in s.lower()]


@pytest.mark.parametrize("said", ["hao. nej, de er for svære", "acha. nej, ikke dem"])
def test_a_no_beside_a_foreign_word_accepts_nothing(said):
    turn = answer(_at_steps(), said)
    assert turn.slot == "subgoals"
