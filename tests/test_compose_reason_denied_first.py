"""A reason that opens by denying a purpose in a sentence of its own ("Det er ikke for at skyde
mest, det er lige meget.") and gives the real one in the next: the goal reads the next one,
never the denied one (fix round 34, blind129 Hans)."""

from __future__ import annotations

import pytest
from compose_support import GOALS

from assistant.nlp.compose import compose_goal

_FACTS = {"activity": "fritid", "own_action": "gå med på jagt igen", "independence": "selv"}


@pytest.mark.parametrize(
    ("speaker", "why", "kept", "denied"),
    [
        ("citizen", "Det er ikke for at skyde mest, det er lige meget. Det er kammeraterne.",
         "fordi det er kammeraterne", "skyde"),
        ("citizen", "det er ikke for at vinde noget. det er for at komme ud med de andre",
         "så jeg kan komme ud med de andre", "vinde"),
        ("citizen", "Nej, ikke fordi jeg skal have noget med hjem. Jeg savner naturen.",
         "fordi jeg savner naturen", "med hjem"),
        ("relative", "Det er ikke for at han skal skyde noget. Han savner kammeraterne.",
         "fordi jeg savner kammeraterne", "skyde"),
        ("citizen", "øh det er ikke for at fange mest. saa jeg kan komme ud paa vandet igen",
         "så jeg kan komme ud paa vandet igen", "fange"),
    ],
)  # fmt: skip
def test_a_denied_purpose_sentence_gives_way_to_the_next(speaker, why, kept, denied):
    sentence = compose_goal({**_FACTS, "speaker": speaker, "motivation": why}, GOALS)
    assert kept in sentence, sentence
    assert denied not in sentence and "ikke for at" not in sentence, sentence
