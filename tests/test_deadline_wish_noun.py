"""A dream, wish or hope told in the past about the future ("jeg havde en drøm om at komme til
Bornholm til sommer"): the time after the wish noun is one to reach, no time of the story
(round 30)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("jeg havde en drøm om at komme til Bornholm igen til sommer", "2027-06-01"),
        ("hun fik et ønske om at komme med på højskole til sommer", "2027-06-01"),
        ("vi havde en drøm om at tage til Sverige sammen til efteråret", "2027-09-01"),
        ("jeg havde et ønske om at bage til jul igen", "2026-12-24"),
        ("min mand havde en drøm om at se Færøerne til sommer", "2027-06-01"),
        ("han havde et ønske om at komme op i sommerhuset til påske", "2027-03-28"),
        ("jeg havde en droem om at cykle rundt om Fanø til sommer", "2027-06-01"),
        ("hun havde en drøm om at svømme i havet igen i juli", "2027-07-31"),
        ("altså jeg havde et haab om at komme med til guldbrylluppet til maj", "2027-05-31"),
    ],
)  # fmt: skip
def test_a_time_after_a_wish_noun_told_in_the_past_is_the_deadline(text, deadline):
    said = analyze(text, TODAY).deadline
    assert (said.isoformat() if hasattr(said, "isoformat") else said) == deadline


@pytest.mark.parametrize(
    "text",
    [
        "jeg havde en drøm i sommer og nu vil jeg gerne cykle igen",  # the dream's own time
        "han faldt i sommer og har ikke været ude siden",
    ],
)
def test_a_time_of_the_story_itself_stays_no_deadline(text):
    assert analyze(text, TODAY).deadline is None
