"""A consonant struck twice ("varrer", "tallerrken") is the one known word with it typed once,
not a domain word one other letter away ("varmer", heaters): blind round 134, Gudrun ordered
"varrer" (groceries) online."""

from __future__ import annotations

import pytest

from assistant.nlp import get_analyzer


def spelled(text: str) -> list[str]:
    """The tokens of `text` as the lemma step reads them."""
    return get_analyzer().nlp(text)._.hm_spelling


@pytest.mark.parametrize(
    ("said", "typed", "meant"),
    [
        ("jeg vil bestille mine varrer paa nettet", "varrer", "varer"),
        ("hun vil selv baere varrerne ind fra bilen", "varrerne", "varerne"),
        ("jeg kan ikke holde tallerrken med den hand", "tallerrken", "tallerken"),
        ("han vil gaa med stokkken til kirken", "stokkken", "stokken"),
        ("jeg gaar ud med min rolattor hver dag", "rolattor", "rollator"),
        ("min kone kører mig i kørrestolen til byen", "kørrestolen", "kørestolen"),
    ],
)
def test_a_consonant_struck_twice_is_the_word_typed_once(said, typed, meant):
    words = spelled(said)
    assert meant in words and typed not in words


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("jeg vil kunne taende min varmer selv", "varmer"),
        ("vi skal ned ad trapperne til kaelderen", "trapperne"),
        ("jeg vil have sokkerne paa selv", "sokkerne"),
    ],
)
def test_a_known_word_with_a_double_consonant_stays(said, kept):
    assert kept in spelled(said)
