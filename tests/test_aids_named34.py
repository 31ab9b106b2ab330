"""Aids named by their own word, not by the last part of a compound (fix round 34, blind129):
a hunter's stick to lean and sit on ("skydestok") is no walking stick, and a needle
threader ("nåletræder", typed "naaletraeder") is an aid, also said alone as a word."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("Med en skydestok, som jeg kan støtte mig til, når jeg står på posten.", "skydestok"),
        ("øh han vil gerne med på jagt igen med sin skydestok ikk", "skydestok"),
        ("min mand skal have skydestokken med ud til posten", "skydestok"),
        ("jeg vil selv kunne sy knapper i med en naaletraeder og en lup", "nåletræder"),
        ("hun skal bruge en nåletræder, for hun kan ikke se nålens øje", "nåletræder"),
        ("nåletræder. lup.", "nåletræder"),
        ("mor vil gerne sy igen, med trådtræderen fra Matas", "nåletræder"),
    ],
)
def test_an_aid_named_by_its_own_word(said, aid):
    aids = analyze(said, TODAY).aids
    assert aid in aids and "stok" not in aids, aids


def test_a_walking_stick_is_still_a_walking_stick():
    assert list(analyze("han går ud til bilen med sin stok", TODAY).aids) == ["stok"]
