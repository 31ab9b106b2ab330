"""A name the wish already says with who the person is ("bage småkager med mit oldebarn Alma")
is not said so again in the reason ("og så Alma lærer at bage dem"): the goal tells it once
(round 30)."""

from __future__ import annotations

import pytest
from engine_support import at_summary

from assistant.dialogs.named_kin import kin_not_said


def _goal_text(wish: str, reason: str) -> str:
    return at_summary({"wish": wish, "motivation": reason}).prompt.split("\n")[0]


@pytest.mark.parametrize(
    ("wish", "reason", "name"),
    [
        ("jeg vil gerne bage boller med mit barnebarn Sofie igen",
         "så Sofie kan lære det ligesom jeg lærte det af min mor", "mit barnebarn Sofie"),
        ("øh jeg vil gerne kunne gå tur med min hund og min nabo Grete om morgenen",
         "fordi Grete og jeg har gået tur sammen i tyve år", "min nabo Grete"),
        ("jeg vil gerne selv kunne køre ud og besøge min søster Inge i Odense",
         "Inge er syg og hun bliver glad når jeg kommer", "min søster Inge"),
        ("jeg vil gerne kunne spille kort med min bror Poul om torsdagen igen",
         "så Poul ikke sidder alene derhjemme hele ugen", "min bror Poul"),
        ("jeg vil gerne kunne læse højt for mit oldebarn Emil igen",
         "altså fordi Emil elsker når jeg læser op", "mit oldebarn Emil"),
        ("jeg vil gerne kunne tage bussen ud til min kone Ruth paa plejehjemmet",
         "fordi Ruth bliver rolig naar jeg holder hende i haanden", "min kone Ruth"),
    ],
)  # fmt: skip
def test_a_name_the_wish_tells_who_is_stays_bare_in_the_reason(wish, reason, name):
    text = _goal_text(wish, reason)  # round 47: the relation, never the first name
    *tie, first = name.split()
    assert " ".join(tie) in text and first not in text, text


@pytest.mark.parametrize(
    ("kin", "said", "kept"),
    [
        ({"Alma": "mit oldebarn"}, "bage småkager med mit oldebarn Alma", {}),
        ({"Karin": "min datter"}, "gaa ned til min datter Karin", {}),  # typed without æøå
        ({"Karin": "min datter"}, "gå ned til Karin", {"Karin": "min datter"}),
        ({"Karin": "min datter", "Ole": "min søn"}, "spise med min søn Ole",
         {"Karin": "min datter"}),
    ],
)  # fmt: skip
def test_kin_the_wish_says_is_left_out(kin, said, kept):
    assert kin_not_said(kin, said) == kept
