"""Fix round 36 (f36a, blind132 Hans Jørgen): a noun's plural in -e said apart from the
definite noun it begins ("ved havne fronten") joins into the compound, though its -t form is a
verb's participle ("havnet") and so looked like an adjective; and "ligesom" before someone and a
verb in the past ("ligesom min morfar lærte mig det") compares, no filler left out."""

from __future__ import annotations

import pytest
from compose_support import SINGING, goal_of, reason_of

from assistant.nlp import get_analyzer


def spelled(text: str) -> str:
    """The words of `text` as the lemma step reads them."""
    return " ".join(w for w in get_analyzer().nlp(text)._.hm_spelling if w)


@pytest.mark.parametrize(
    ("said", "fixed"),
    [
        (
            "øh jeg vil gerne ned og fiske ved havne fronten igen ikk",
            "øh jeg vil gerne ned og fiske ved havnefronten igen ikk",
        ),
        ("vi sidder tit ved bade kanten og snakker", "vi sidder tit ved badekanten og snakker"),
        ("drengene leger i drenge værelset", "drengene leger i drengeværelset"),
        # an adjective's definite form stays apart from its noun
        ("han går med den lette støvsuger", "han går med den lette støvsuger"),
        ("hun vil sidde i den store stol", "hun vil sidde i den store stol"),
        # "både" is "both" here, no plural of "båd"
        (
            "hun vil synge for både koret og menigheden",
            "hun vil synge for både koret og menigheden",
        ),
    ],
)
def test_a_nouns_plural_before_a_definite_noun_joins(said, fixed):
    assert spelled(said) == fixed


def _goal(motivation: str) -> str:
    return goal_of(SINGING, motivation=motivation)


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        (
            "fordi jeg vil lære mit barnebarn at synge ligesom min mormor lærte mig det",
            "ligesom min mormor lærte mig det",
        ),
        (
            "saa jeg kan vise Emma salmerne ligesom min far viste mig dem",
            "ligesom min far viste mig dem",
        ),
        (
            "øh så jeg kan køre børnebørnene til kor ligesom min far kørte mig",
            "ligesom min far kørte mig",
        ),
    ],
)
def test_ligesom_before_someone_and_a_verb_compares(told, kept):
    assert kept in reason_of(_goal(told))


def test_ligesom_as_a_filler_still_goes():
    # counter-example: "ligesom" before no subject is a spoken filler
    reason = reason_of(_goal("fordi jeg ligesom savner at synge med de andre"))
    assert "ligesom" not in reason and "savner at synge" in reason
