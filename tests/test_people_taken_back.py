"""A helper taken back in the next breath (fix round 39): "Min søn kan hjælpe. Nej, ikke ham, han
har ikke tid." rules the son out, though the first sentence named him as help; a "nej, ikke
hende" of another gender, or a helper said alone, leaves the helper."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _roles(text: str) -> dict[str, str]:
    return analyze(text, TODAY).extras.get("people_roles") or {}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Min søn kan hjælpe. Nej, ikke ham, han har ikke tid.", "søn"),
        ("min soen kan hjaelpe mig. nej ik ham", "søn"),
        ("naboen kan godt køre mig til lægen. nej ik hende, hun er selv dårlig", "nabo"),
        (
            "øh min svigerdatter hun kan hjælpe med indkøb, nej ikke hende hun har travlt",
            "svigerdatter",
        ),
    ],
)
def test_a_helper_taken_back_is_unwanted(text, person):
    assert _roles(text)[person] == "unwanted"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Min søn kan hjælpe. Nej, ikke hende, min datter har ikke tid", "søn"),
        ("min søn kan hjælpe mig med at handle", "søn"),
        ("min datter hjælper mig med indkøb, hun kommer hver fredag", "datter"),
    ],
)
def test_a_helper_not_taken_back_stays(text, person):
    assert _roles(text)[person] == "helper"
