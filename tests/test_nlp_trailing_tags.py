"""A spoken tag of several words said after the wish ("… søndagsturene ikke også ligesom før",
"gå til banko igen ikke sandt") is no part of the wish's own words: no "ikke" is left at its
end (blind130, Kurt); a negation inside the wish stays."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "jeg vil gerne køre med på klubbens ture ikke også ligesom før",
            "køre med på klubbens ture",
        ),
        ("øh jeg vil gerne gå til banko igen ikke også og så drikke kaffe", "gå til banko igen"),
        ("jeg vil gerne gå til banko igen ikke sandt", "gå til banko igen"),
        (
            "han vil gerne spille kort med drengene ikk også ligesom i gamle dage",
            "spille kort med drengene",
        ),
        ("altsaa jeg vil gerne selv bage boller igen ikke ogsaa", "bage boller igen"),
    ],
)
def test_a_spoken_tag_after_the_wish_is_cut(text, action):
    assert analyze(text, TODAY).extras["action"] == action


def test_a_negation_inside_the_wish_stays():
    facts = analyze("jeg vil gerne kunne gå uden stok og ikke falde", TODAY)
    assert "ikke falde" in facts.extras["action"]
