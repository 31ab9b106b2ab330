"""Company said after a comma that follows an occasion clause in the wish ("…, når det er min
tur, med sild og æg") goes with the deed, not with the clause."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "jeg vil gerne kunne smore smorrebroddet selv igen naar det er min tur, "
            "med sild og aeg",
            "smøre smørrebrødet selv igen med sild og æg når det er min tur",
        ),
        (
            "hun vil gerne bage kage igen når der er fødselsdag, med flødeskum og jordbær",
            "bage kage igen med flødeskum og jordbær når der er fødselsdag",
        ),
        (
            "min mor vil gerne dække bord igen når familien kommer, med det gode stel",
            "dække bord igen med det gode stel når familien kommer",
        ),
    ],
)
def test_company_after_an_occasion_clause_goes_with_the_deed(text, action):
    assert analyze(text, TODAY).extras["action"] == action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("jeg vil gerne gå en tur igen, med min mand", "gå en tur igen med min mand"),
        (
            "jeg vil gerne spille kort med de andre damer når klubben har åbent",
            "spille kort med de andre damer når klubben har åbent",
        ),
    ],
)
def test_company_without_an_occasion_clause_stays_where_said(text, action):
    assert analyze(text, TODAY).extras["action"] == action
