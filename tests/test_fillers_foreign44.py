"""Tags from a first language other than English left out of the goal's words, as "I mean" is
("fordi cykler er mit liv, capisce?", blind149 Giuseppe): Italian, Arabic/Turkish and Spanish
tags a speaker of Danish as a second language puts in. Real grammar from the content."""

from __future__ import annotations

import pytest

from assistant.content import load_content
from assistant.nlp.grammar import polish
from assistant.nlp.phrase import without_filler_phrases


@pytest.fixture(scope="session")
def g():
    return load_content("da").goals.grammar


def _clean(text: str, g) -> str:
    return polish(" ".join(without_filler_phrases(text.split(), g)), g)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("fordi cykler er mit liv, capisce?", "fordi cykler er mit liv"),
        ("fordi allora jeg har altid lavet pasta til familien", "fordi jeg har altid lavet"),
        ("fordi det er min moskee, yani, der er mine venner", "fordi det er min moskee, der er"),
        ("fordi jeg savner haven, wallah.", "fordi jeg savner haven."),
        ("jeg vil gaa til fodbold igen inshallah", "jeg vil gaa til fodbold igen"),
        ("fordi bueno, det er min hobby", "fordi det er min hobby"),
        ("fordi mamma mia, det er godt at komme ud", "fordi det er godt at komme ud"),
    ],
)
def test_first_language_tags_are_left_out(said, written, g):
    out = _clean(said, g)
    assert out.startswith(written), out
    assert not {"capisce", "allora", "yani", "wallah", "inshallah", "bueno", "mamma"} & {
        w.strip(",.?!").lower() for w in out.split()
    }, out


@pytest.mark.parametrize(
    "said",
    [
        # Danish words that look alike stay: "alle", "pas", "mia" as a name is no tag
        "fordi alle mine venner kommer, og Mia er med",
        "fordi jeg skal have mit pas fornyet",
    ],
)
def test_danish_words_stay(said, g):
    assert _clean(said, g) == polish(said, g)
