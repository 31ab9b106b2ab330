"""A part said with an aid after "med" is kept whole ("strandrollator med store ballonhjul":
not "med store" left dangling); a relative's "hendes"/"hans" said as a predicate ("havet er
hendes, …") takes the gender and number of its subject in first person ("havet er mit",
"børnene er mine"), also before a comma (fix round 41, blind143 Gudrun)."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, answered_until, as_citizen
from engine_support import go as answer

from assistant.nlp.grammar import agree

G = CONTENT.goals.grammar
AMBER = {
    "wish": "jeg vil gerne ned på stranden igen og samle rav selv",
    "measure": "500 meter",
    "frequency": "en gang om ugen",
    "deadline": "om tre måneder",
}


def _aid_said(said: str) -> str:
    turn = answer(answered_until(as_citizen(), AMBER, "independence"), said)
    return str(turn.state.slots.get("aid_said") or "")


@pytest.mark.parametrize(
    ("said", "part"),
    [
        ("de har lånt mig en strandrollator med store ballonhjul, der kan køre i sand",
         "med store ballonhjul"),
        ("jeg har min rollator med store hjul og bremser", "med store hjul"),
        ("en rollator med brede dæk så den ikke synker ned", "med brede dæk"),
        ("jeg bruger min gaastol med tykke gummihjul", "med tykke gummihjul"),
    ],
)  # fmt: skip
def test_the_part_said_with_an_aid_is_kept_whole(said, part):
    assert part in _aid_said(said)


@pytest.mark.parametrize(
    ("said", "part"),
    [
        ("med min rollator med en lygte på", "med en lygte på"),
        ("rollatoren med kurv, og så min stok", "med kurv"),
    ],
)
def test_a_one_word_part_stays_as_said(said, part):
    aid_said = _aid_said(said)
    assert part in aid_said
    assert f"{part} og min" in aid_said or aid_said.endswith(part)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("fordi havet er min, og fordi jeg", "fordi havet er mit, og fordi jeg"),
        ("huset er min.", "huset er mit."),
        ("børnene er min igen", "børnene er mine igen"),
        ("børnene er min.", "børnene er mine."),
        ("køkkenet er min igen", "køkkenet er mit igen"),
    ],
)
def test_a_possessive_as_predicate_agrees_with_its_subject(said, written):
    assert " ".join(agree(said.split(), G)) == written


@pytest.mark.parametrize(
    "said", ["haven er min, og jeg", "det er min.", "hvad er min, er din", "kaffen er min."]
)
def test_a_common_gender_subject_or_no_noun_leaves_it(said):
    assert " ".join(agree(said.split(), G)) == said
