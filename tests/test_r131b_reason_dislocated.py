"""A reason that says a thing first and takes it up again with a pronoun ("fordi en havørred på
en flue, man selv har bundet, det er noget helt andet"): the thing is the subject, the clause
after the pronoun is the reason, no comment to leave out; and a denied sake ("Nej, det er ikke
for pengenes skyld.") gives way to the next sentence (fix round 35, blind131 Bent)."""

from __future__ import annotations

import pytest
from compose_support import GOALS

from assistant.nlp.compose import compose_goal

_FACTS = {"activity": "fritid", "own_action": "binde mine egne fluer igen", "independence": "selv"}


@pytest.mark.parametrize(
    ("speaker", "why", "kept"),
    [
        ("citizen",
         "Det er fordi en havørred på en flue, man selv har bundet, det er noget helt andet.",
         "fordi en havørred på en flue, man selv har bundet, er noget helt andet"),
        ("citizen", "øh fordi kortspillet, det er det eneste jeg har tilbage",
         "fordi kortspillet er det eneste"),
        ("citizen", "fordi min have den betyder alt for mig",
         "fordi min have betyder alt for mig"),
        ("citizen", "fordi en kage man selv har bagt, det er noget andet end en fra bageren",
         "fordi en kage man selv har bagt er noget andet"),
        ("relative", "fordi hans gamle motorcykel, den er hele hans liv",
         "fordi min gamle motorcykel er hele mit liv"),
    ],
)  # fmt: skip
def test_a_thing_said_first_and_taken_up_again_is_the_subject(speaker, why, kept):
    sentence = compose_goal({**_FACTS, "speaker": speaker, "motivation": why}, GOALS)
    assert kept in sentence, sentence


def test_an_object_taken_up_again_stays_as_said():
    why = "fordi haven, den har jeg passet i 40 aar"
    sentence = compose_goal({**_FACTS, "speaker": "citizen", "motivation": why}, GOALS)
    assert "fordi haven har jeg" not in sentence, sentence


@pytest.mark.parametrize(
    ("why", "kept", "denied"),
    [
        ("Nej, det er ikke for pengenes skyld. Det er fordi jeg savner havet.",
         "fordi jeg savner havet", "pengenes"),
        ("nej det er ikke for min egen skyld. saa min kone kan faa fred",
         "så min kone kan faa fred", "egen skyld"),
        ("Nej, det er ikke for pengenes skyld. Det er fordi en havørred på en flue, man selv har "
         "bundet, det er noget helt andet.", "er noget helt andet", "pengenes"),
    ],
)  # fmt: skip
def test_a_denied_sake_gives_way_to_the_next_sentence(why, kept, denied):
    sentence = compose_goal({**_FACTS, "speaker": "citizen", "motivation": why}, GOALS)
    assert kept in sentence, sentence
    assert denied not in sentence and "ikke for" not in sentence, sentence
