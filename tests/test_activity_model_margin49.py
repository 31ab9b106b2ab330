"""Fix round 49 (fB, the counts' second opinion against a reading of the point's own words):
the word counts (activity_model.py) do not overrule an activity the wish's own words name (or,
with no wish, the sentence after an opening occasion) when the counts' activity is named only
beside them, by a trouble in a part of its own or the occasion (activity_model_margin.py);
they still help a weak reading, one whose rival the point's words also name, and one far less
likely by the counts."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze
from assistant.nlp.activity_model_margin import kept_reading, named_only_beside, reading_spans

TODAY = date(2026, 12, 6)

KEPT_BY_THE_RULES = [
    (
        "jeg vil gerne ud og finde geocacher med mine børnebørn men jeg kan ikke bruge appen på "
        "telefonen",
        "fritid",
    ),
    (
        "far vil gerne ud og finde geocacher i skoven med sit barnebarn igen men han kan ikke se "
        "skaermen paa telefonen",
        "fritid",
    ),
    (
        "mor vil gerne ud og plukke svampe i skoven med sin nabo igen men hun kan ikke se "
        "displayet paa mobilen",
        "fritid",
    ),
    ("han vil gerne ud og fiske ved åen igen men han kan ikke se skærmen på telefonen", "fritid"),
    (
        "far vil så gerne med i mandegruppen igen. Men han kan ikke gå ret langt med sin stok.",
        "socialt_samvaer",
    ),
    ("Når jeg kører med flextrafik til genoptræningen, kan jeg ikke nå at tisse inden", "toilet"),
]

STILL_HELPED = [
    # the rival named by the wish's own words: the tablet of the talk
    ("jeg vil gerne snakke med min søn i Aarhus på ipaden hver søndag", "kommunikation"),
    # a refusal beside the wish is no trouble: the counts file walking football as exercise
    (
        "min mand han vil ikke gå til holdtræning i ældrecentret han siger der er for mange gamle "
        "damer men han vil gerne spille walking football om onsdagen med sin gamle kammerat fra "
        "værftet",
        "styrke_og_motion",
    ),
]


@pytest.mark.parametrize(
    ("said", "expected"), KEPT_BY_THE_RULES, ids=[c[0] for c in KEPT_BY_THE_RULES]
)
def test_the_point_keeps_its_reading(said, expected):
    assert analyze(said, TODAY).activity == expected


@pytest.mark.parametrize(("said", "expected"), STILL_HELPED, ids=[c[0] for c in STILL_HELPED])
def test_the_counts_still_help(said, expected):
    assert analyze(said, TODAY).activity == expected


def test_kept_reading_both_ways():
    own = {"fritid": (3.0, 2)}
    assert kept_reading("fritid", "kommunikation", own, 6.4, True) == "fritid"
    assert kept_reading("fritid", "kommunikation", own, 20.0, True) == "kommunikation"  # far
    assert kept_reading("fritid", "kommunikation", own, 6.4, False) == "kommunikation"
    weak = {"fritid": (1.0, 2)}  # a weak cue of the wish: the counts help
    assert kept_reading("fritid", "kommunikation", weak, 6.4, True) == "kommunikation"
    both = {"fritid": (3.0, 2), "kommunikation": (3.5, 5)}  # the wish names the rival too
    assert kept_reading("fritid", "kommunikation", both, 6.4, True) == "kommunikation"


def test_named_only_beside():
    table = {(0, 4): {"a": (3.0, 1)}, (5, 9): {"b": (3.5, 6)}, (9, 12): {}}

    def scores(lo, hi):
        out = {}
        for (s, e), sc in table.items():
            if lo <= s and e <= hi:
                out.update(sc)
        return out

    assert named_only_beside("b", [(5, 9)], (0, 4), 12, scores)
    assert not named_only_beside("a", [(5, 9)], (9, 12), 12, scores)  # named elsewhere
    assert not named_only_beside("c", [(5, 9)], (0, 4), 12, scores)  # named nowhere


def test_reading_spans():
    def stance(lo, hi):
        return "difficulty" if lo == 5 else "wish"

    assert reading_spans((0, 4), (), [(0, 5), (5, 9)], 9, stance) == ((0, 4), [(5, 9)])
    assert reading_spans(None, [(0, 5)], [(0, 9)], 9, stance) == ((5, 9), [(0, 5)])
