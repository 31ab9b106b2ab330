"""Fix round 46 (fH, blind154 Carlos): a second-language doubled subject in a reason, a noun
phrase taken up at once by its pronoun with no comma ("fordi de gamle de får vind i håret", "så
min datter hun siger"): the pronoun goes (nlp/dislocated.py), "de"/"den" said first being the
article of the thing, not the subject; the noun after a possessive is no verb ("datter"). A
pronoun that is the subject ("fordi de får …") and an object taken up stay as said."""

from __future__ import annotations

import pytest
from compose_support import GOALS

from assistant.content import get_content
from assistant.nlp.compose import compose_goal
from assistant.nlp.dislocated import without_resumptive

GRAMMAR = get_content("da").goals.grammar
_FACTS = {"activity": "fritid", "own_action": "cykle med de gamle igen", "independence": "selv"}


@pytest.mark.parametrize(
    ("speaker", "why", "kept"),
    [
        ("citizen", "fordi de gamle de elsker at komme ud", "fordi de gamle elsker at komme ud"),
        ("citizen", "øh fordi den gamle hund den trænger til at komme ud",
         "fordi den gamle hund trænger til at komme ud"),
        ("citizen", "fordi min datter hun siger det er godt for mig",
         "fordi min datter siger"),
        ("citizen", "fordi de unge paedagoger de har ikke tid", "fordi de unge"),
        ("citizen", "fordi min kone hun bliver glad naar jeg kommer ud",
         "fordi min kone bliver glad"),
    ],
)  # fmt: skip
def test_a_doubled_subject_keeps_the_noun(speaker, why, kept):
    sentence = compose_goal({**_FACTS, "speaker": speaker, "motivation": why}, GOALS)
    assert kept in sentence, sentence
    assert " de elsker" not in sentence and " hun siger" not in sentence, sentence


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("fordi de gamle de får vind i håret", "fordi de gamle får vind i håret"),
        ("så de gamle damer de kan komme ud", "så de gamle damer kan komme ud"),
        ("fordi min søster hun kommer hver dag", "fordi min søster kommer hver dag"),
        # counter-examples: the pronoun is the subject, or no thing is taken up
        ("fordi de får vind i håret", "fordi de får vind i håret"),
        ("fordi de ikke kan det de plejer", "fordi de ikke kan det de plejer"),
        ("fordi de selv vil det", "fordi de selv vil det"),
        ("fordi det er dejligt", "fordi det er dejligt"),
        ("fordi min datter og hun er glade", "fordi min datter og hun er glade"),
        ("så jeg ikke skal bede hjemmeplejen om det hver gang jeg synes det er lidt ulækkert",
         "så jeg ikke skal bede hjemmeplejen om det hver gang jeg synes det er lidt ulækkert"),
    ],
)  # fmt: skip
def test_the_resumptive_pronoun_goes(said, written):
    assert " ".join(without_resumptive(said.split(), GRAMMAR)) == written
