"""Fix round 50 (fE): a reason typed as a definite plural noun ("Fuglene.", "roserne") names
whose sake the goal is for ("for fuglenes skyld"), as a definite singular does ("Udsigten." →
"for udsigtens skyld"): its -e ending makes it no infinitive (nlp/reason.py _plural_definite).
Before, "Fuglene. Køkkenvinduet." was read by its last part ("for køkkenvinduets skyld"). A verb
typed alone ("Danse.", "Tjene.") and a word whose lemma the tables give only as a function
word's ("Forene.") stay what they were. Mends Ingrid (blind161_enkeltord_ingrid)."""

from __future__ import annotations

import pytest
from engine_support import at_summary

from assistant.content import get_content
from assistant.nlp.reason import reason_parts

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("told", "sake"),
    [
        ("Fuglene. Køkkenvinduet.", "fuglenes skyld"),
        ("øh fuglene", "fuglenes skyld"),
        ("Roserne. Duften.", "rosernes skyld"),
        ("Hønsene.", "hønsenes skyld"),
        ("Blomsterne. Haven.", "blomsternes skyld"),
        ("vinduerne", "vinduernes skyld"),
    ],
)
def test_a_definite_plural_alone_is_whose_sake(told, sake):
    frame, said = reason_parts(told, G, "citizen")
    assert frame == "for_sake" and said.lower() == sake, (frame, said)


@pytest.mark.parametrize(
    ("told", "frame"),
    [
        ("Danse.", "so_that"),  # a verb typed alone
        ("Tjene.", "so_that"),
        ("Udsigten. Havnen.", "for_sake"),  # a definite singular, as before
        ("Forene.", ""),  # "for" + "ene" names no lining here
        # people said alone: no reason rather (test_compose_reason_cut_clauses)
        ("Kollegerne.", ""),
        ("naboerne", ""),
    ],
)
def test_verbs_and_singulars_stay(told, frame):
    assert reason_parts(told, G, "citizen")[0] == frame


def test_the_birds_are_the_goals_reason():
    goal = at_summary(
        {"wish": "Mejsekugler. Selv lave.", "motivation": "Fuglene. Køkkenvinduet."}
    ).goal_text
    assert "for fuglenes skyld" in goal and "køkkenvindue" not in goal.lower(), goal
