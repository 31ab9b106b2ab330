"""Fix round 50 (review A2): a trouble, an ailment or its treatment said alone as the reason
("Smerterne.", "Sukkersygen.", "Pillerne.", "Kiloene.") is no sake: no reason in the goal rather
than "for smerternes skyld" (_grammar.yaml sake_troubles, nlp/reason.py _for_whose_sake).
Counter-examples: living or cared-for things and body parts stay sakes ("Fuglene.", "Ryggen.",
"Knæene."), and so do people ("min datter")."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.reason import reason_parts

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    "told",
    [
        "Smerterne.",
        "øh smerten",
        "Sukkersygen.",
        "min sukkersyge",
        "Pillerne.",
        "tabletterne",
        "Kiloene.",
        "gigten",
        "Medicinen.",
        "for smerterne",
    ],
)
def test_a_trouble_alone_is_no_sake(told):
    frame, said = reason_parts(told, G, "citizen")
    assert frame != "for_sake" and "skyld" not in said, (frame, said)


@pytest.mark.parametrize(
    ("told", "sake"),
    [
        ("Fuglene.", "fuglenes skyld"),
        ("Ryggen.", "ryggens skyld"),
        ("knæene", "knæenes skyld"),
        ("Hønsene.", "hønsenes skyld"),
        ("for hoften", "hoftens skyld"),
        ("min datter", "min datters skyld"),
        ("Blodtrykket.", "blodtrykkets skyld"),
    ],
)
def test_living_things_body_parts_and_people_stay_sakes(told, sake):
    frame, said = reason_parts(told, G, "citizen")
    assert frame == "for_sake" and said.lower() == sake, (frame, said)
