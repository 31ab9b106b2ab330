"""Another person's view of the citizen (fix round 35, blind73): a difficulty said only as what
someone else thinks ("det er kun min datter der synes jeg er blevet glemsom") is no difficulty of
the citizen when the citizen's own firm resource is said before it; the resource stands and its
habit is the frequency. A view said alone, or beside a difficulty of the citizen's own, stays
the difficulty."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "jeg kan sagtens selv gå ned efter avisen, det er kun min søn der synes jeg er blevet for"
        " usikker på benene",
        "mor klarer fint sin medicin selv hun laegger den i doseringsaesken hver mandag, det er"
        " kun min bror der mener hun er blevet glemsom",
        "far kan stadig godt selv køre til brugsen hver fredag, det er naboen der synes han er"
        " blevet for glemsom",
        "øh jeg klarer sagtens mit bad selv to gange om ugen, min svigerdatter mener jeg har"
        " svært ved at komme ind i bruseren",
        "altså min mand kan sagtens selv tage sin medicin hver morgen, det er kun hans søster der"
        " tror han er blevet glemsom",
    ],
)
def test_a_difficulty_only_in_anothers_view_is_no_stance(text):
    assert analyze(text, TODAY).stance == "resource"


@pytest.mark.parametrize(
    ("text", "times", "per"),
    [
        (
            "mor klarer fint sin medicin selv hun laegger den i doseringsaesken hver mandag, det er"
            " kun min bror der mener hun er blevet glemsom",
            1,
            "week",
        ),
        (
            "altså min mand kan sagtens selv tage sin medicin hver morgen, det er kun hans søster"
            " der tror han er blevet glemsom",
            1,
            "day",
        ),
    ],
)
def test_the_resources_habit_is_its_frequency(text, times, per):
    freq = analyze(text, TODAY).frequency
    assert freq is not None and (freq.times, freq.per) == (times, per)


@pytest.mark.parametrize(
    "text",
    [
        "min datter synes jeg er blevet glemsom",
        "min datter synes jeg er blevet glemsom og jeg kan heller ikke huske mine aftaler",
        "jeg synes selv jeg er blevet glemsom, jeg kan ikke huske hvornaar jeg skal til laegen",
        "mor kan godt selv lave kaffe men min søster siger hun ikke kan finde ud af komfuret",
    ],
)
def test_a_view_alone_or_beside_the_citizens_own_difficulty_stays(text):
    assert analyze(text, TODAY).stance == "difficulty"
