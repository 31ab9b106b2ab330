"""Pruning said in fragments, the trees first ("æbletræerne. beskære. selv. igen."): the verb
goes first and takes the trees as its object ("beskære æbletræerne"), never "kunne æbletræerne
og beskære"; pruning and fruit trees are garden work (fritid). Fix round 38, blind136 Valdemar."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


def action(text: str) -> str | None:
    return (analyze(text, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("æbletræerne. beskære. selv. igen.", "beskære æbletræerne"),
        ("roserne. beskære.", "beskære roserne"),
        ("frugttræerne. beskaere. selv", "beskære frugttræerne"),
        ("pæretræet. beskære. igen", "beskære pæretræet"),
    ],
)
def test_pruning_in_fragments_puts_the_verb_first(said, phrase):
    found = action(said) or ""
    assert found.startswith(phrase)


@pytest.mark.parametrize(
    "said",
    [
        "æbletræerne. beskære. selv. igen.",
        "jeg vil gerne beskære mine æbletræer igen",
        "far vil selv beskaere frugttraeerne til foråret",
        "kan ikke naa op i aebletraeerne mere med armene",
    ],
)
def test_pruning_and_fruit_trees_are_fritid(said):
    assert analyze(said, TODAY).activity == "fritid"


def test_a_wish_already_in_order_stays_as_said():
    assert action("jeg vil gerne beskære æbletræerne selv igen").startswith("beskære æbletræerne")
