"""A tool compound said bare, joined by "og" or a comma to a "med" phrase earlier in the same
sentence ("med noder i stor skrift … og varmehandsker på inden"), is used as that is: an aid
named by its lemma, as with an article ("og nogle store dyneklemmer") (round 36)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("told", "aid"),
    [
        ("Med noder i stor skrift, som min nabo printer, og varmehandsker på i fem minutter "
         "inden.", "varmehandske"),
        ("med store noder, og så varmehandsker paa inden jeg spiller", "varmehandske"),
        ("med klodser under sengen og dyneklemmer", "dyneklemme"),
        ("med rollatoren, og skærehandsker, ja", "skærehandske"),
        ("jeg luger med knæpuden og gummihandsker paa", "gummihandske"),
        ("med en lup, og så papirklemmer til listen", "papirklemme"),
    ],
)  # fmt: skip
def test_a_bare_tool_compound_joined_to_a_means_is_an_aid(told, aid):
    assert aid in analyze(told, TODAY).aids


@pytest.mark.parametrize(
    ("told", "not_aid"),
    [
        ("jeg har varmehandsker i skuffen", "varmehandske"),  # no means said
        ("vi spiser med kniv og gaffel og vinglas", "vinglas"),
        ("jeg går ud med hunden og skraldeposerne", "skraldepose"),
    ],
)
def test_a_bare_compound_not_said_as_a_means_is_no_aid(told, not_aid):
    assert not_aid not in analyze(told, TODAY).aids
