"""Fix round 42 (fE, blind145 Kaj, Lilly): a verb joined by "og"/"eller" to an infinitive after a
modal is never glued to its object ("hugge og kløve brænde"); a noun of the noun table the word
list lacks joins a definite head after a preposition ("med ukulele holdet"); a compound on a word
of the wish is another thing ("en ukulelerem" beside "spille ukulele"); a tool's phrase names the
other aids the answer uses ("med en håndledsskinne og en ukulelerem")."""

from __future__ import annotations

from datetime import date

import pytest
from test_engine_measures_said import _at, _goal, _said

from assistant.content import get_content
from assistant.nlp import analyze

TODAY = date(2026, 12, 6)
CONTENT = get_content("da")


def _spelled(said: str) -> str:
    return analyze(said, TODAY).extras.get("spelled") or said


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Jeg vil hugge og kløve brænde selv igen ude i skuret", "kløve brænde"),
        ("jeg vil gerne kløve brænde igen", "kløve brænde"),
        ("han kan ikke save eller kløve brænde mere", "kløve brænde"),
        ("jeg vil gerne kunne hugge og kløve brænde igen ude i skuret", "kløve brænde"),
    ],
)
def test_a_verb_in_an_infinitives_place_is_not_glued_to_its_object(said, kept):
    assert kept in _spelled(said), _spelled(said)


def test_a_compound_said_whole_stays():
    assert "kløvebrænde" in _spelled("han vil hente kløvebrænde i skuret")


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("jeg vil spille med ukulele holdet igen", "ukuleleholdet"),
        ("jeg går op på ukulele timen om tirsdagen", "ukuleletimen"),
        ("vi stod som dommer ved cricket kampene", "cricketkampene"),
    ],
)
def test_a_loan_noun_before_a_definite_head_is_one_compound(said, joined):
    assert joined in _spelled(said), _spelled(said)


def test_a_loan_noun_before_a_preposition_stays_apart():
    assert "spille ukulele med holdet" in _spelled("jeg vil spille ukulele med holdet")


@pytest.mark.parametrize(
    ("wish", "said", "named"),
    [
        ("øh jeg vil gerne spille ukulele igen",
         "jeg har fået en håndleds skinne af ergoterapeuten og så har jeg købt en ukulele rem",
         ["håndledsskinne", "ukulelerem"]),
        ("jeg vil gerne spille ukulele i klubben igen",
         "med en haandleds skinne fra kommunen og saa en ukulele rem jeg selv har koebt",
         ["håndledsskinne", "ukulelerem"]),
    ],
)  # fmt: skip
def test_the_tool_and_the_known_aid_beside_it_are_both_named(wish, said, named):
    goal = _goal(_said(_at(CONTENT, wish, "independence"), CONTENT, said), CONTENT)
    assert all(n in goal for n in named), goal
