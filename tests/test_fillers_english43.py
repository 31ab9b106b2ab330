"""Fillers left out of the goal's reason: English fillers of a speaker of Danish as a second
language ("det er det, jeg kan, I mean, jeg har undervist", blind148 Malcolm) and tags from other
first languages ("mit liv, capisce?", blind149 Giuseppe), and the comma
before a filler or laugh that ends a sentence goes with it ("så det er mit bidrag, haha. Og
når …", blind148 Ester: not 'mit bidrag,.'). Real grammar from the content."""

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
        (
            "fordi det er det, jeg kan, I mean, jeg har undervist hele mit liv.",
            "fordi det er det, jeg kan, jeg har undervist hele mit liv.",
        ),
        ("fordi jeg mødte min kone i Danmark, you know.", "fordi jeg mødte min kone i Danmark."),
        ("jeg klarer mig selv, actually, men hoerelsen er daarlig", "jeg klarer mig selv, men"),
        ("fordi det er sjovt, you know, og jeg ser vennerne", "fordi det er sjovt, og jeg"),
        ("fordi klubben er mit liv, you see.", "fordi klubben er mit liv."),
        ("det er pinligt, I mean.", "det er pinligt."),
    ],
)
def test_english_fillers_are_left_out(said, written, g):
    out = _clean(said, g)
    assert out.startswith(written.rstrip(".")) and "mean" not in out and "know" not in out, out
    assert "actually" not in out and "see" not in out.split(), out


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("så det er mit bidrag, haha.", "så det er mit bidrag."),
        ("så det er mit bidrag, haha", "så det er mit bidrag"),
        # a full stop inside the goal's sentence is written as a comma (polish), once
        ("fordi konen faar fred, hehe. Og naar jeg", "fordi konen faar fred, og naar"),
        ("for at komme ud, øh.", "for at komme ud."),
        ("fordi jeg savner det, altså!", "fordi jeg savner det!"),
    ],
)
def test_a_filler_ending_a_sentence_takes_its_comma(said, written, g):
    out = polish(said, g)
    assert out.startswith(written), out
    assert ",." not in out and ",," not in out and not out.endswith(","), out


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("mit bidrag, haha, og jeg synger med", "mit bidrag, og jeg synger med"),
        ("med elcyklen altså, og så hjem", "med elcyklen, og"),
        ("gå en tur med min kone, og så hjem.", "gå en tur med min kone, og så hjem."),
        ("jeg vil gerne gå i banken, du ved, og hjem igen", "jeg vil gerne gå i banken, og"),
        # a filler with no mark of its own before more words ends nothing
        ("hente min medicin fra apotek, altså selv", "hente min medicin fra apoteket, selv"),
        ("gå i banken, du ved og hjem igen", "gå i banken, og hjem igen"),
        ("spille kort med vennerne, you know hver tirsdag", "spille kort med vennerne, hver"),
    ],
)
def test_a_filler_inside_a_sentence_keeps_the_comma(said, written, g):
    assert _clean(said, g).startswith(written), _clean(said, g)


# Tags from a first language other than English, left out as "I mean" is (blind149 Giuseppe:
# "fordi cykler er mit liv, capisce?"); Danish words that look alike stay.


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
