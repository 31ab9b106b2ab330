"""Compounds around a genitive that the speech recognition splits (blind130, Kurt): a compound
said apart before its head's definite genitive joins it ("veteran traktor klubbens":
veterantraktorklubbens, "golf klubbens", "kirke korets"), and a bare compound with its linking s
after a definite genitive joins ("klubbens søndags ture": søndagsture); person's genitives, a
short piece and other words stay apart."""

from __future__ import annotations

import pytest
from test_spelling_noun_pairs import spelled


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("øh jeg vil gerne med på veteran traktor klubbens ture igen", "veterantraktorklubbens"),
        ("jeg vil med paa motor cykel klubbens tur til sommer", "motorcykelklubbens"),
        ("vi skal med på golf klubbens tur ikk", "golfklubbens"),
        ("hun synger i kirke korets julekoncert", "kirkekorets"),
        ("jeg vil med på bowling holdets tur", "bowlingholdets"),
        ("jeg vil gerne med på klubbens søndags ture igen", "søndagsture"),
        ("far vil gerne med på vandreklubbens tirsdags ture", "tirsdagsture"),
        ("hun vil med på foreningens jule frokost altså", "julefrokost"),
    ],
)
def test_a_compound_split_around_a_genitive_is_joined(said, joined):
    assert joined in spelled(said)


@pytest.mark.parametrize(
    ("said", "apart"),
    [
        ("til alle barnets føds dage", ["føds", "dage"]),
        ("han vil lukke bilens dør selv", ["bilens", "dør"]),
        ("vi holder fest til min søster klubbens jubilæum", ["søster", "klubbens"]),
        ("han kommer om morgens bussen", ["morgens", "bussen"]),
    ],
)
def test_other_words_around_a_genitive_stay_apart(said, apart):
    words = spelled(said)
    assert all(w in words for w in apart), words
