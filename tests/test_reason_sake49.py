"""Fix round 49 (fB, blind161 Ingrid "Fuglene. Køkkenvinduet."): a one-word reason typed as an
answer opens, a compound whose last part is a known common noun's definite form ("køkken|vinduet",
"køkken|haven"), is written in small letters in its sake phrase ("for køkkenvinduets skyld", not
"for Køkkenvinduets skyld"); a name or a word of no known noun stays as said."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.reason import reason_parts

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Køkkenvinduet.", "køkkenvinduets skyld"),
        ("Køkkenhaven.", "køkkenhavens skyld"),
        ("Stuevinduet.", "stuevinduets skyld"),
        ("Barnebarnet.", "barnebarnets skyld"),  # a known noun, as before
    ],
)
def test_a_compound_typed_as_an_answer_opens_is_no_name(said, written):
    assert reason_parts(said, G) == ("for_sake", written)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Karen.", "Karens skyld"),  # a name, though "karen" is the definite of "kar"
        ("Vestervangen.", "Vestervangens skyld"),  # a road's name, no known noun's compound
    ],
)
def test_names_stay_as_said(said, written):
    assert reason_parts(said, G) == ("for_sake", written)
