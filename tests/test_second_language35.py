"""Second-language Danish from blind129 Yusuf (fix round 35): someone said with a bare
infinitive right after "uden" gets "at" and the modal ("uden Abdi trække mig op" → "uden at
Abdi skal trække mig op")."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.grammar import polish

GRAMMAR = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("op igen fem gange uden Abdi trække mig op", "uden at Abdi skal trække mig op"),
        ("klare badet uden Hanne vaske min ryg", "uden at Hanne skal vaske min ryg"),
        ("handle selv uden min søn hjælpe mig", "uden at min søn skal hjælpe mig"),
        ("komme i tøjet uden min datter komme hver morgen", "uden at min datter skal komme"),
        ("gå tur uden Fatima holde min arm", "uden at Fatima skal holde min arm"),
    ],
)
def test_someone_with_a_bare_infinitive_after_uden_gets_at_and_the_modal(said, written):
    assert written in polish(said, GRAMMAR)


@pytest.mark.parametrize(
    "said",
    [
        "gå til bageren uden min stok",
        "klare det uden hjælp",
        "handle uden at min datter skal køre",
        "jeg vil klare det uden Gud hjælpe mig",
    ],
)
def test_uden_with_a_thing_or_a_whole_clause_stays(said):
    assert polish(said, GRAMMAR).count(" at ") == said.count(" at ")
