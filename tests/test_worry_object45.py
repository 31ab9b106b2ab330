"""Fix round 45 (fG, blind83 Jytte): what a worry is about ("ligger vågen og tænker på penge og
regninger") names no activity of its own beside a mood or sleep trouble; its words weigh as side
words (assistant/nlp/worry_object.py)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze, get_analyzer
from assistant.nlp.worry_object import worry_spans

TODAY = date(2026, 12, 6)
LEX = get_content("da").lexicon


@pytest.mark.parametrize(
    "said",
    [
        "øhm jeg ligger vågen hver nat og tænker på penge og regninger, jeg vil gerne sove igen",
        "mor ligger og spekulerer over huset og haven hele natten og kan ikke sove",
        "jeg kan ikke sove fordi jeg tænker på regningerne hele tiden",
        "far ligger vaagen og bekymrer sig om pengene, han er helt udkørt om dagen",
        "jeg sover dårligt fordi jeg bekymrer mig for økonomien",
    ],
)
def test_the_worrys_object_names_no_activity_beside_sleep(said):
    assert analyze(said, TODAY).activity == "humoer_og_energi"


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        # a plan is no worry's object
        ("jeg tænker på at begynde at svømme igen", "styrke_og_motion"),
        # no mood or sleep beside: the thing thought of keeps its activity
        ("jeg tænker tit på min have, jeg vil gerne kunne passe den selv igen", "fritid"),
    ],
)
def test_other_things_thought_of_keep_their_reading(said, activity):
    assert analyze(said, TODAY).activity == activity


def _spans(text: str) -> list[str]:
    doc = get_analyzer().nlp(text)
    words = [t.lower_ for t in doc]
    lemmas = [t.lemma_ for t in doc]
    return [" ".join(words[lo:hi]) for lo, hi in worry_spans(words, lemmas, LEX)]


@pytest.mark.parametrize(
    ("said", "objects"),
    [
        ("jeg tænker på penge og regninger jeg vil sove", ["penge og regninger"]),
        ("jeg tænker på penge og ligger vågen", ["penge"]),
        ("jeg tænker på at flytte", []),
    ],
)
def test_the_span_is_the_worrys_noun_phrase(said, objects):
    assert _spans(said) == objects
