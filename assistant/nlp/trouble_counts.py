"""Counts a trouble forces: how often it happens today, no goal frequency."""

from __future__ import annotations

from collections.abc import Sequence

FILLER_REACH = 2  # fillers ("altså", "jo") between the frequency and its cause


def forced_count(words: Sequence[str], freq, lex) -> bool:
    """True for several times a night said right before its cause ("jeg skal ud på toilettet
    tre fire gange hver nat pga prostataen", "han vågner fem gange om natten på grund af
    smerterne"): what the trouble forces on the night; "skal op og tisse to gange hver nat"
    says no cause and keeps it."""
    if freq is None or freq.value.times < 2 or words[freq.end - 1] not in lex.night_periods:
        return False
    k = freq.end
    while k < len(words) and k - freq.end < FILLER_REACH and words[k] in lex.fillers:
        k += 1
    return any(tuple(words[k : k + len(lead)]) == lead for lead in lex.cause_leads)
