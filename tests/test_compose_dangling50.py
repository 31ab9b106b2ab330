"""Fix round 50 (review E): when the sign says the wish's tail again, the wish keeps its words
before that tail with no preposition left hanging ("gå ned til postkassen med" → "gå ned til
postkassen"); when nothing the wish is about is left after the hanging words go, both stay as
said instead of failing on an empty wish (compose._unrepeated: an IndexError before)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import _unrepeated

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("wish", "sign"),
    [
        ("med min ved gå en tur i haven", "hver dag gå en tur i haven"),
        ("ved hos gå en tur i haven", "hver dag gå en tur i haven"),
        ("og uden gå en tur i skoven", "om morgenen gå en tur i skoven"),
        ("ud ved gå en tur i haven", "hver dag gå en tur i haven"),
    ],
)
def test_a_wish_left_with_hanging_words_only_stays_as_said(wish, sign):
    assert _unrepeated(wish, sign, G) == (wish, sign)


@pytest.mark.parametrize(
    ("wish", "sign", "said"),
    [
        ("gå ned til postkassen med et brev hver dag", "sende et brev hver dag uden stok",
         "gå ned til postkassen"),
        ("støvsuge min lejlighed i bidder et rum ad gangen",
         "tage et rum ad gangen og holde pause", "støvsuge min lejlighed i bidder"),
    ],
)  # fmt: skip
def test_the_wish_still_leaves_its_shared_tail_to_the_sign(wish, sign, said):
    assert _unrepeated(wish, sign, G)[0] == said
