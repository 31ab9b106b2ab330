"""Fix round 37 (f37h, blind134 Ane Marie): a second sentence opened by "og fordi" with the
citizen's own will ("… Og fordi jeg vil synge med …") is a second reason of her own today and
joins the first with "og"; one opened by someone else's will stays out."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.reason import reason_parts

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        (
            "Fordi det er der, mine venner er. Og fordi jeg vil synge med sammen med de andre.",
            "og jeg vil synge med sammen med de andre",
        ),
        (
            "det er hyggeligt i koret. og fordi jeg vil ikke sidde alene hjemme hver aften",
            "alene hjemme hver aften",
        ),
        (
            "fordi haven er mit et og alt. og fordi jeg vil se mine roser blomstre igen",
            "og jeg vil se mine roser blomstre igen",
        ),
        (
            "for der er hyggeligt i klubben. og for jeg vil gerne ha noget at stå op til",
            "og jeg vil ha noget at stå op til",
        ),
    ],
)
def test_second_because_with_own_will_joins(told, kept):
    frame, words = reason_parts(told, G, "citizen")
    assert frame == "because"
    assert kept in words


@pytest.mark.parametrize(
    "told",
    [
        "fordi maden smager bedre. og fordi min datter vil have det",
        "Jeg er glad for haven. Fordi min mand ville have den.",
    ],
)
def test_someone_elses_will_stays_out(told):
    _frame, words = reason_parts(told, G, "citizen")
    assert "vil" not in words.split() and "ville" not in words.split()
