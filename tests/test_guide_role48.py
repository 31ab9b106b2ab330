"""Fix round 48 (fH): showing the public round or what a place holds, as a guide does ("vise
folk stjernerne i den store kikkert på observatoriet", blind159 Mogens), is a volunteer's role
(arbejde_og_frivillig's phrases in content/da/activities.yaml), not the telescope read as a
device (kommunikation), so the sub-goals follow the wish's own deed, not the telephone. Showing
one's own family something, or a picture on the phone, stays as it was."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne vise folk stjernerne i den store kikkert paa observatoriet igen",
        "øh jeg vil gerne vise turisterne rundt i domkirken igen",
        "min far vil gerne vise de besoegende rundt paa museet igen",
        "jeg vil gerne kunne vise gæsterne haven på herregården om søndagen",
        "hun vil så gerne vise skoleklasserne dyrene paa gaarden igen",
        "jeg vil vise publikum rundt på udstillingen",
    ],
)
def test_showing_the_public_is_a_volunteers_role(text):
    assert analyze(text, TODAY).activity == "arbejde_og_frivillig"


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("jeg vil gerne kunne vise min datter billeder paa telefonen", "kommunikation"),
        ("jeg vil gerne vise mine børnebørn stjernerne", "socialt_samvaer"),
    ],
)
def test_showing_ones_own_people_stays(text, activity):
    assert analyze(text, TODAY).activity == activity
