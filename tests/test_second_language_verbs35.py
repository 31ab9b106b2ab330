"""Second-language verbs said bare after their subject that are nouns too (fix round 35,
blind130 Hawa): "min datter arbejde tidlig" is "min datter arbejder tidlig", "han bo i Aarhus"
is "han bor i Aarhus"; a noun after an owner ("min mor kage") stays as said."""

from __future__ import annotations

import pytest
from compose_support import SINGING, goal_of, reason_of


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Min datter arbejde tidlig, klokken syv.", "min datter arbejder tidlig"),
        ("fordi min mand arbejde om natten", "min mand arbejder om natten"),
        ("min søn bo i Aarhus, han kan ikke komme", "min søn bor i Aarhus"),
        ("min mor rejse hjem til Tyrkiet om sommeren", "min mor rejser hjem"),
        ("Min søn bo langt væk og han arbejde meget", "han arbejder meget"),
        ("jeg arbejde på fabrik i tyve år, nu jeg vil bruge tid med familie", "jeg arbejder"),
    ],
)
def test_a_bare_verb_that_is_a_noun_too_after_its_subject_is_present(said, written):
    reason = reason_of(goal_of(SINGING, motivation=said))
    assert written in reason, reason


def test_an_adjective_after_a_plural_article_stays():
    reason = reason_of(goal_of(SINGING, motivation="de lange klemmer er nemme at bruge"))
    assert "de lange klemmer" in reason, reason


def test_a_noun_after_an_owner_stays():
    reason = reason_of(goal_of(SINGING, motivation="min mors kage er den bedste"))
    assert "kager" not in reason, reason
