"""A measure or container noun before a plural ("en hel kasse knive", "en spand klemmer") is a
quantity of the plural, never one compound ("kasseknive"); a tool's compound said apart ("en
knae skammel") and a measure before a singular still join as before. New sentences of round 42."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze, get_analyzer

TODAY = date(2026, 12, 6)


def joined(text: str) -> list[str]:
    """The compounds the speller joins in `text`."""
    speller = get_analyzer().nlp.get_pipe("hm_spelling").speller
    words, joins = speller.fix_words(text.split())
    return ["".join(words[i : i + n]).lower() for i, n in joins]


@pytest.mark.parametrize(
    "text",
    [
        "at jeg kan slibe en hel kasse knive på en eftermiddag",
        "han vil gerne kunne bære en hel spand klemmer ud til tørresnoren",
        "hun plukker en kurv handsker op fra gulvet",  # an odd sentence, the same class
        "jeg vil slibe en hel kasse knive igen for naboerne",
        "min far vil kunne sortere en hel kasse gafler og knive",
        "en hel pose klemmer",
    ],
)
def test_a_measure_before_a_plural_is_no_compound(text):
    assert not any(j.startswith(("kasse", "spand", "kurv", "pose")) for j in joined(text))


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        ("jeg sidder på en knae skammel", "knæskammel"),
        ("med sådan en kaffe kop", "kaffekop"),
    ],
)
def test_a_tool_compound_said_apart_still_joins(text, compound):
    assert compound in joined(text)


def test_the_quantity_stays_in_the_words_of_the_measure():
    facts = analyze(
        "at jeg kan slibe en hel kasse knive, en ti-tolv stykker, på en eftermiddag", TODAY
    )
    spelled = facts.extras["spelled"]
    assert "kasse knive" in spelled and "kasseknive" not in spelled, spelled
