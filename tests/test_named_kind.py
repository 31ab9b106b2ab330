"""The wish's thing said again with the kind's own name ("Jeg vil bage brød selv igen. Tyrkisk
brød, yufka."): the goal keeps the citizen's own word (assistant/nlp/named_kind.py)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


def _action(text: str) -> str:
    return analyze(text, TODAY).extras["action"] or ""


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Jeg vil bage brød selv igen. Tyrkisk brød, yufka.", "brød som yufka"),
        ("Jeg vil lave mad selv igen. Bosnisk mad, pita.", "bosnisk mad som pita"),
        ("min mor vil gerne lave suppe igen. Polsk suppe, barszcz.", "polsk suppe som barszcz"),
        ("Jeg vil gerne bage kager igen. Arabiske kager, maamoul.", "kager som maamoul"),
        ("jeg vil selv lave te igen. Persisk te, chai", "te som chai"),
        ("Jeg vil spille kort igen. Kort, rami.", "kort som rami"),
        ("far vil gerne lave mad igen. Somalisk mad, canjeero.", "mad som canjeero"),
        ("Jeg vil bage brød igen. Brød, lavash. Børnebørn kan lide.", "brød som lavash"),
        ("Jeg vil lave mad til min mand igen. Kurdisk mad, dolma.", "mad som dolma"),
        ("hun vil gerne strikke igen. Sokker, ragsokker.", "strikke"),
    ],
)
def test_the_kinds_own_name_is_kept_with_the_thing(said, kept):
    assert kept in _action(said)


@pytest.mark.parametrize(
    ("said", "lacks"),
    [
        ("Jeg vil spise mad. Godt mad, altså.", "som"),
        ("Jeg vil bage kage. Min kage, Othello.", "som"),
        ("Jeg vil bage brød igen. Jeg bager, tit.", "som"),
    ],
)
def test_no_name_after_a_filler_an_owner_or_a_verb(said, lacks):
    assert lacks not in _action(said).split()
