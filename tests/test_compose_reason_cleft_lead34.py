"""A reason opened by a cleft before its lead ("det er fordi …", "det er for at …"):
the lead after it frames the reason (fix round 34, blind128 Aksel); a first sentence that only
says whose sake it is not ("Det er ikke for min egen skyld.") gives way to the next."""

from __future__ import annotations

import pytest
from compose_support import GOALS

from assistant.nlp.compose import compose_goal

_FACTS = {"activity": "fritid", "own_action": "skrive på min slægtsbog igen",
          "independence": "selv"}  # fmt: skip


@pytest.mark.parametrize(
    ("speaker", "why", "kept"),
    [
        ("citizen", "det er fordi jeg savner dem fra holdet", ", fordi jeg savner dem fra holdet"),
        ("relative", "det er for at hun kan give den til sine børnebørn",
         ", så jeg kan give den til mine børnebørn"),
        ("citizen", "det er ikke for min skyld. det er fordi min kone savner historierne",
         ", fordi min kone savner historierne"),
        ("citizen", "Det er ikke for min egen skyld. Så min søn ikke skal rydde op efter mig.",
         ", så min søn ikke skal rydde op efter mig"),
    ],
)  # fmt: skip
def test_a_cleft_before_the_lead_is_left_out(speaker, why, kept):
    sentence = compose_goal({**_FACTS, "speaker": speaker, "motivation": why}, GOALS)
    assert kept in sentence, sentence
    assert "det er" not in sentence.lower(), sentence


@pytest.mark.parametrize(
    ("why", "kept"),
    [
        ("jamen det er så flovt at de unge piger skal sidde og pille ved mine fødder", "flovt"),
        ("saa Birthe ikke skal staa op kl 6 for min skyld. hun er traet nok", "for min skyld"),
    ],
)
def test_a_cleft_of_a_state_and_a_purpose_for_ones_sake_stay(why, kept):
    sentence = compose_goal({**_FACTS, "speaker": "citizen", "motivation": why}, GOALS)
    assert kept in sentence, sentence
