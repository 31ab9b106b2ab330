"""The citizen's own goal, measured on the realistic golden corpus (see tests/goal_corpus.py).

A fixed sample (every SAMPLE-th wish sentence, about a quarter) keeps the suite quick;
`benchmarks/goals.py` plays all of them and prints the figures.
"""

from __future__ import annotations

import pytest
from goal_corpus import check, wish_sentences

SAMPLE = 4
MIN_KEPT = 0.95  # share of goals that keep every content word of the person's own phrase


@pytest.fixture(scope="module")
def checks():
    sentences = wish_sentences()
    assert len(sentences) >= 800, "the realistic corpus of wishes shrank"
    return [check(text, relative) for text, relative in sentences[::SAMPLE]]


def test_no_drafted_goal_breaks_danish_grammar(checks):
    bad = [c for c in checks if any(not p.startswith("own words") for p in c.problems)]
    assert not bad, "\n".join(f"{c.text}\n  -> {c.goal}\n  {c.problems}" for c in bad[:10])


def test_the_goals_keep_the_persons_own_words(checks):
    lost = [c for c in checks if c.problems]
    kept = 1 - len(lost) / len(checks)
    shown = "\n".join(f"{c.text}\n  -> {c.goal}\n  {c.problems}" for c in lost[:10])
    assert kept >= MIN_KEPT, f"{kept:.1%} of {len(checks)} goals keep the own words\n{shown}"
