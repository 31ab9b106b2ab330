"""Fix round 47 (fH; blind corpus 85 Jytte): an owned child or grandchild opening the sentence
with a modal and "kunne" wishes an ability of their own ("Min søn vil så gerne kunne løbe fem
kilometer igen"): told of them, perspective other with nobody named, as "Min mand vil gerne
kunne …" already was (people.yaml kin_ability_words, clauses._kin_own_matter). With the speaker
in that clause ("min datter vil gerne kunne hente mig") the child helps: the speaker's own."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Min søn vil gerne kunne løbe igen.",
        "min datter vil saa gerne kunne cykle til arbejde igen",
        "øh vores søn vil gerne kunne gå på trapper igen",
        "Mit barnebarn vil gerne kunne svømme igen efter operationen.",
        "altså min datter vil bare gerne kunne gaa en tur i skoven igen",
        "Vores søn skal kunne klare sig selv i køkkenet inden sommer.",
        # the spouse, as before
        "Min mand vil gerne kunne løbe igen.",
    ],
)
def test_a_child_wishing_an_ability_is_told_of(text):
    facts = analyze(text, TODAY)
    assert facts.perspective == "other"
    assert not facts.people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Min datter vil gerne kunne hente mig om fredagen.", "datter"),
        ("Min søn vil gerne have, at jeg kan gå igen.", "søn"),
        ("Min datter vil så gerne kunne se mig danse igen.", "datter"),
        ("Min søn vil gerne køre mig til træning.", "søn"),
        ("Jeg vil gerne kunne løbe igen, min søn vil gerne kunne løbe med.", "søn"),
    ],
)
def test_a_child_with_the_speaker_in_the_clause_stays_the_speakers(text, person):
    facts = analyze(text, TODAY)
    assert facts.perspective == "self"
    assert person in facts.people
