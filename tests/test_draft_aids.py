"""The goal's aids: those named for the goal, an aid said short after its whole name as one."""

from __future__ import annotations

import pytest

from assistant.dialogs.draft import _goal_aids


@pytest.mark.parametrize(
    ("slots", "expected"),
    [
        # the story's "badetaburet", then "på taburetten" in the measure: the story's aid
        (
            {"aids": ["badetaburet", "støttehåndtag", "taburet"],
             "story_aids": ["badetaburet", "støttehåndtag"]},
            ["badetaburet", "støttehåndtag"],
        ),
        ({"aids": ["rollator", "taburet"], "story_aids": ["rollator"]}, ["taburet"]),
        ({"aids": ["badetaburet", "taburet"], "story_aids": []}, ["badetaburet"]),
        ({"aids": ["stok", "albuestok"], "story_aids": []}, ["albuestok"]),
    ],
)  # fmt: skip
def test_an_aid_said_short_after_its_whole_name_is_that_aid(slots, expected):
    assert _goal_aids(slots) == expected


@pytest.mark.parametrize(
    ("independence", "expected"),
    [("selv", []), ("med_hjaelp", []), ("hjaelpemiddel", ["rollator"]), (None, ["rollator"])],
)
def test_the_storys_aid_is_the_goals_only_when_done_with_an_aid(independence, expected):
    slots = {"aids": ["rollator"], "story_aids": ["rollator"], "independence": independence}
    assert _goal_aids(slots) == expected
