"""Property test: thousands of composed goal sentences, each linted for Danish grammar."""

from __future__ import annotations

import itertools
import re

import pytest

from assistant import CONTENT_ROOT
from assistant.content import get_content
from assistant.content.grammar import fold
from assistant.nlp.compose import compose, measure_phrase
from assistant.nlp.grammar import polish
from assistant.nlp.lemmas import content_words, full_table

CONTENT = get_content("da")
GOALS = CONTENT.goals
GRAMMAR = GOALS.grammar

# Own phrases as the wish analysis hands them over: a citizen's and a relative's ("sin", "sig").
OWN = [
    None,
    "ud at danse igen",
    "bage en kage til sin søns fødselsdag",
    "øh handle i Netto",
    "ikke falde mere",
    "se sit barnebarn",
    "gå ned til bageren med min rollator",
    "gå en tur",
]
MEASURES = [
    [],
    [{"value": 500, "unit": "meter"}],
    [{"value": 20, "unit": "minut"}],
    [{"value": 2, "unit": "kilo"}],
    [{"value": 5, "unit": "gang"}],
    [{"value": 2, "unit": "etage"}],
    [{"value": 14, "unit": "trin"}, {"value": 10, "unit": "minut"}],
]
REASONS = [
    None,
    "så hun kan besøge sin søster",
    "for at kunne hente min avis selv",
    "så jeg ser mine venner",
    "så min kone kan sove om natten",
    "saa jeg kan saa jeg kan komme ud",
    "fordi min kone og jeg dansede altid, hun er død nu",
    "ikke vente på hjemmeplejen",
    "så han kan se jeg klarer mig",
    "for ikke at falde",
    "fordi jeg gerne vil se mine børnebørn",
    "altså så jeg ikke skal bede min søn om hjælp",
]
FREQUENCIES = [None, {"times": 2, "per": "week"}, {"times": 1, "per": "day", "every": 2}]
DEADLINES = [None, "2026-12-24", "2027-03-01"]
HELP = [
    {},
    {"independence": "selv"},
    {"independence": "hjaelpemiddel", "aids": ["rollator"]},
    {"independence": "med_hjaelp", "people": ["datter"]},
]
SPEAKERS = ["citizen", "relative"]


def _grid():
    rows = itertools.product(sorted(CONTENT.activities), OWN, MEASURES, SPEAKERS)
    for k, (activity, own, measures, speaker) in enumerate(rows):
        yield {
            "activity": activity,
            "own_action": own,
            "measures": measures,
            "speaker": speaker,
            "motivation": REASONS[k % len(REASONS)],
            "frequency": FREQUENCIES[k % len(FREQUENCIES)],
            "deadline": DEADLINES[(k // 3) % len(DEADLINES)],
            **HELP[(k // 7) % len(HELP)],
        }


@pytest.fixture(scope="module")
def dictionary() -> set[str]:
    """Every Danish form of spacy-lookups-data plus every word of the content (slow: once)."""
    table = full_table()
    words = {w.lower() for w in table} | {w.lower() for w in table.values()}
    return words | {w.lower() for w in content_words(CONTENT_ROOT / "da")}


def _words(sentence: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\wæøåÆØÅ]+", sentence) if not w.isdigit()]


def _lint(sentence: str, dictionary: set[str]) -> list[str]:
    problems = []
    low = sentence.lower()
    words = _words(sentence)
    if re.search(r"\b(kan|kunne|vil|skal) (kan|kunne)\b", low.replace("vil kunne", "vil_kunne")):
        problems.append("doubled modal")
    if "kan kunne" in low or "kunne kunne" in low or "vil kunne ikke" in low:
        problems.append("modal stacking or misplaced negation")
    if any(a == b for a, b in itertools.pairwise(words)):
        problems.append("doubled word")
    for n in (2, 3, 4):
        grams = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
        if any(grams[i] == grams[i + n] for i in range(len(grams) - n)):
            problems.append(f"doubled run of {n} words")
    clauses = [fold(c) for c in re.findall(r"så jeg kan|så jeg|fordi", low)]
    if clauses.count("saa jeg kan") > 1:
        problems.append("doubled reason clause")
    for a, b in itertools.pairwise(sentence.split()):
        if a.lower() == "min" and GRAMMAR.noun_kind(b) == "n":
            problems.append(f"'min {b}'")
    unknown = [w for w in words if w not in dictionary]
    if unknown:
        problems.append(f"unknown words {unknown}")
    return problems


def test_a_grid_of_goals_is_grammatical_danish(dictionary):
    sentences = [(facts, compose(facts, GOALS)[0]) for facts in _grid()]
    assert len(sentences) >= 2000
    bad = []
    for facts, sentence in sentences:
        problems = _lint(sentence, dictionary)
        if problems:
            bad.append(f"{sentence}  <- {problems} {facts}")
    assert not bad, f"{len(bad)} bad sentences, e.g.:\n" + "\n".join(bad[:15])


def test_the_lint_catches_what_it_should(dictionary):
    assert _lint("Jeg vil kunne ikke falde.", dictionary)
    assert _lint("Jeg vil kunne gå, så jeg kan kunne hente min avis.", dictionary)
    assert _lint("Jeg vil kunne se min barnebarn.", dictionary)
    doubled = "Jeg vil kunne gå, så jeg kan gå til bageren så jeg kan gå til bageren."
    assert _lint(doubled, dictionary)
    assert _lint("Jeg vil kunne gå gå.", dictionary)
    assert _lint("Jeg vil kunne blorfe.", dictionary)
    assert not _lint("Jeg vil kunne se mit barnebarn, så jeg ser mine venner.", dictionary)


def test_unplaced_measures_are_returned_not_dropped():
    facts = {"activity": "indkoeb", "own_action": "handle ind", "measures": [
        {"value": 400, "unit": "meter"}]}  # fmt: skip
    sentence, unplaced = compose(facts, GOALS)
    assert unplaced == ["400 meter"]
    assert "400" not in sentence and "bære" not in sentence
    for facts in _grid():
        sentence, unplaced = compose(facts, GOALS)
        for measure in facts["measures"]:
            said = measure_phrase(measure, GOALS)
            assert said in sentence or said in unplaced, (sentence, unplaced, facts)


def test_an_answers_typed_capital_is_small_inside_the_goal_but_names_stay():
    grammar = GRAMMAR
    assert polish("Jeg vil selv kunne Rede seng Hver morgen", grammar) == (
        "Jeg vil selv kunne rede seng hver morgen"
    )
    assert polish("Jeg vil kunne gå med Bo til Brugsen Med min stok", grammar) == (
        "Jeg vil kunne gå med Bo til Brugsen med min stok"
    )
