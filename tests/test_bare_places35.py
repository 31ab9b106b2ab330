"""Second-language Danish leaves the ending off a place said after a preposition (fix round
35, blind128 Reza): "spille i café i forening" is written "i caféen i foreningen", also with the
habit's days after it ("i klub fredag" → "i klubben fredag"). "på café" is an idiom of "på"
only, and a place ending like an activity ("forening", "bygning") is no "til træning"."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.grammar import polish

GRAMMAR = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("spille backgammon igen i café i forening", "i caféen i foreningen"),
        ("spille kort i forening", "spille kort i foreningen"),
        ("drikke kaffe i café med min ven", "i caféen med min ven"),
        ("gå til møde i boligforening", "i boligforeningen"),
        ("hjælpe til i forening fredag og søndag", "i foreningen fredag og søndag"),
        ("spille domino i forening tirsdag og torsdag med min nabo", "i foreningen tirsdag og"),
        ("komme ind i bygning selv", "i bygningen selv"),
    ],
)
def test_a_bare_place_after_a_preposition_takes_its_ending(said, written):
    assert written in polish(said, GRAMMAR)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("gå på café med min veninde", "på café"),
        ("komme til fællesspisning fredag og søndag med min nabo", "til fællesspisning fredag"),
        ("komme til træning tirsdag og fredag med min rollator", "til træning tirsdag"),
        ("gå i kirke søndag og onsdag med min kone", "i kirke søndag"),
        ("komme i seng selv", "i seng selv"),
    ],
)
def test_an_idiom_said_bare_stays_bare(said, kept):
    assert kept in polish(said, GRAMMAR)
