"""Fix round 39 (fB, blind138 Rita): an aid joined on by "og" with a clause of having or getting
before it ("… en høj stol så jeg kan sidde ned og kaste og så har jeg fået en gribetang til at
samle boldene op med") is named beside the answer's own aid phrase; an aid said in a clause
joined otherwise ("stokken bruger jeg ikke") is not."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, at_summary

from assistant.dialogs.draft import named_aid
from assistant.dialogs.more_aids import aids_beside

G = CONTENT.goals.grammar


def _goal(wish: str, how: str) -> str:
    return at_summary({"wish": wish, "independence": how}).prompt.split("\n")[0].lower()


@pytest.mark.parametrize(
    ("wish", "how", "named"),
    [
        ("jeg vil gerne komme med til boccia igen",
         "fysioterapeuten siger jeg skal have en høj stol så jeg kan sidde ned og kaste og så har "
         "jeg fået en gribe tang til at samle boldene op med",
         "med en høj stol og en gribetang"),
        ("jeg vil gerne lave min egen mad igen",
         "med en høj stol ved komfuret og jeg har også fået en griber til de øverste skabe",
         "med en høj stol ved komfuret og en griber"),
        ("han vil gerne kunne gå i bad selv igen",
         "med en badebænk og så fik han en toiletforhøjer fra kommunen",
         "med en badebænk og en toiletforhøjer"),
    ],
)  # fmt: skip
def test_an_aid_got_in_a_joined_clause_is_named_beside(wish, how, named):
    assert named in _goal(wish, how)


def test_an_aid_in_a_clause_joined_otherwise_is_not_added():
    said = "med rollatoren og stokken bruger jeg ikke mere"
    got = (("har", "jeg", "fået"), ("jeg", "har"))
    kept = aids_beside(
        said, "med rollatoren", ["rollator", "stok"], lambda w: named_aid(w, CONTENT), G, got=got
    )
    assert kept == "med rollatoren"
