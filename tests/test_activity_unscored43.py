"""An activity the rules set from a direction of motion alone has no cue score: the word
counts' second opinion must weigh it without failing ("… og der vil han gerne ned igen")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)

# A wish whose only activity word is a direction ("ned", "op", "ud") after a story naming other
# things: found by the speed shift's benchmark, where it raised KeyError before the fix.
TEXTS = [
    "når angsten sidder i maven kan jeg ikke få noget ned og der vil han gerne ned igen hver "
    "torsdag",
    "naar angsten sidder i maven kan jeg ikke faa noget ned og der vil han gerne ned igen",
    "øh hun spiser ikke ret meget mere og der vil hun gerne op igen om lørdagen",
    "han har ikke lyst til maden og så vil han gerne ud igen hver dag",
    "min mand drikker for lidt kaffe og der vil han gerne ned igen til havnen",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_direction_wish_beside_other_cues_gives_facts(text):
    facts = analyze(text, TODAY)
    assert facts.stance == "wish"
    assert facts.activity is not None


def test_a_scored_activity_still_takes_the_counts_second_opinion():
    # counter-example: the rules' activity has its own cue score, as before
    facts = analyze("jeg tør ikke gå ned og vaske tøj i kælderen", TODAY)
    assert facts.activity == "toejvask"
