"""A dish of the citizen's own kitchen ("forårsruller", "dolma", "yufka") is cooking, also when
the wish names the family it is made for ("til familie", "til børnebørnene")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze


@pytest.mark.parametrize(
    "said",
    [
        "Jeg vil lave forårsruller selv igen. Vietnam forårsruller, til familie.",
        "jeg vil rulle foraarsruller til familien igen",
        "Jeg vil lave dolma til familie igen, som før.",
        "min mor vil gerne selv lave dolmades til børnebørnene om søndagen",
        "Jeg vil lave falafel selv, børn komme fredag.",
        "øh jeg vil gerne lave sushi til min datter og svigersøn",
        "Jeg vil selv lave nudelsuppe til familie. Pho, vietnamesisk.",
        "far vil lave couscous til hele familien igen",
        # fix round 49 (fB's activity_model_margin): the model no longer overrules the wish's own
        # cue ("lave samosa") with the counts of the occasion ("til fest i moskeen")
        "Jeg vil lave samosa til fest i moskeen, familie komme",
        "Jeg vil selv rulle vinblade til familie, som min mor.",
    ],
)
def test_a_dish_of_ones_own_kitchen_is_cooking(said):
    assert analyze(said, date(2026, 12, 4)).activity == "madlavning"
