"""Round 30 (story30): long stories - a clause with its own subject kept whole in the goal."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal, criterion_phrase

GOALS = get_content("da").goals


@pytest.mark.parametrize(
    ("activity", "own", "criterion", "clause"),
    [
        # a name after "før", "inden", "indtil" is the subject of that clause, no run-on to cut
        ("madlavning", "lave morgenmad selv",
         "have lavet morgenmad og kaffe, før Lise kommer klokken otte", "før Lise kommer"),
        ("paaklaedning", "klæde mig på",
         "at jeg har fået tøjet på inden Jytte kommer med bussen", "inden Jytte kommer"),
        ("gang", "gå ned til postkassen",
         "gå ned til postkassen og hjem igen før Ove henter mig", "før Ove henter mig"),
        ("indkoeb", "handle ind selv",
         "have handlet ind i netto, inden Karen kommer hjem fra arbejde", "inden Karen kommer"),
        ("personlig_hygiejne", "gå i bad selv",
         "være vasket og barberet før Per kommer med avisen", "før Per kommer"),
        ("rengoering", "tænde op i brændeovnen",
         "have fået ild i ovnen foer Hanne ringer kl 7", "Hanne ringer"),
        ("madlavning", "lave aftensmad",
         "at maden står på bordet indtil Bo kommer hjem", "indtil Bo kommer hjem"),
    ],
)  # fmt: skip
def test_a_sign_keeps_a_time_clause_whose_subject_is_a_name(activity, own, criterion, clause):
    facts = {"activity": activity, "own_action": own, "criterion": criterion}
    sign = criterion_phrase(facts, GOALS)
    assert clause in sign, sign
    assert sign.split()[-1].strip(",") not in ("før", "foer", "inden", "indtil"), sign
    sentence = compose_goal(facts, GOALS)
    assert f"{clause.split()[0]}." not in sentence, sentence


@pytest.mark.parametrize(
    ("activity", "own", "clause"),
    [
        ("madlavning", "lave morgenmad før Lise står op", "før Lise står op"),
        ("rengoering", "tømme opvaskemaskinen inden Bodil kommer hjem", "inden Bodil kommer hjem"),
        ("gang", "gå ned efter avisen før Ib vaagner", "før Ib vaagner"),
    ],
)
def test_a_wish_keeps_a_time_clause_whose_subject_is_a_name(activity, own, clause):
    sentence = compose_goal({"activity": activity, "own_action": own}, GOALS)
    assert clause in sentence, sentence
