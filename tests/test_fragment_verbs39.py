"""A wish in fragments whose verb the lemma table knew only once the content named it ("flaget.
hejse. selv. igen.", "frimærkerne. sortere.") is joined to one phrase, also after a filler; the
flag's rope is no clothesline, and hoisting one's flag is a pastime (round 39)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("flaget. hejse. selv. igen.", "hejse flaget"),
        ("frimærkerne. sortere.", "sortere frimærkerne"),
        ("øh. frimærkerne. sortere.", "sortere frimærkerne"),
        ("dejen. ælte. selv", "ælte dejen"),
        ("flaget. hejse det. selv", "hejse flaget"),
        ("billederne. scanne. min søn hjælper", "scanne billederne"),
    ],
)
def test_a_wish_in_fragments_with_an_everyday_verb_is_one_phrase(text, phrase):
    assert analyze(text, TODAY).extras["spelled"].startswith(phrase)


@pytest.mark.parametrize(
    "text",
    ["flaget. hejse. selv. igen.", "jeg vil gerne selv hejse flaget på flagstangen igen"],
)
def test_hoisting_the_flag_is_a_pastime(text):
    assert analyze(text, TODAY).activity == "fritid"


@pytest.mark.parametrize(
    "text",
    ["jeg kan ikke hive i snoren til flaget", "flagstangen. snoren. for tung"],
)
def test_the_flags_rope_is_no_laundry(text):
    assert analyze(text, TODAY).activity != "toejvask"


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne hænge vasketøjet op på snoren i haven",
        "hun kan ikke naa snoren med armene og haenge toejet op",
    ],
)
def test_the_clothesline_stays_laundry(text):
    assert analyze(text, TODAY).activity == "toejvask"
