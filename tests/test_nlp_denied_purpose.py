"""A purpose said under a negation ("det er ikke for at vinde", "nej ikke for at blære mig") is
denied, no reason of the goal; the purpose said after it ("men for at hygge mig med de andre",
"det er for at min ryg bliver bedre") is the reason. "for ikke at falde" stays a purpose."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        ("det er ikke for at vinde men for at hygge mig med de andre", "hygge mig med de andre"),
        ("det er ikke for at tabe mig, det er for at min ryg bliver bedre", "min ryg bliver bedre"),
        (
            "hun siger det er ikke for at vise sig, men for at kunne gå med sine veninder igen",
            "gå med sine veninder",
        ),
        ("altsaa ikke for at vinde noget men for at holde hovedet i gang", "holde hovedet i gang"),
        (
            "øh det er ikke for at spare penge det er for at han kan lave mad til sig selv igen",
            "lave mad til sig selv",
        ),
        ("Nej. Ikke for at blære mig, men for at lære mit barnebarn at sy.", "barnebarn"),
    ],
)
def test_the_purpose_after_a_denied_one_is_the_reason(said, reason):
    motivation = understand(said, TODAY).motivation or ""
    assert reason in motivation, motivation


@pytest.mark.parametrize(
    ("said", "denied"),
    [
        ("det er ikke for at vinde", "vinde"),
        ("nej det er ikke for at blive den bedste på holdet", "bedste"),
        ("det er sgu ikke for at vise mig frem", "vise"),
        ("Nej, det er ikke for at vinde. Jeg har lovet min nabo at spille med ham.", "vinde"),
        ("det er jo ikke for at blive berømt hun synger i koret", "berømt"),
    ],
)
def test_a_denied_purpose_is_no_reason(said, denied):
    assert denied not in (understand(said, TODAY).motivation or "")


def test_a_purpose_not_to_stays_the_reason():
    motivation = understand("jeg vil gå med stokken for ikke at falde igen", TODAY).motivation
    assert "falde" in (motivation or "")
