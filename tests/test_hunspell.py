"""The expansion of a Hunspell dictionary (hunspell-da) into its stand-alone word forms."""

from __future__ import annotations

import pytest

from assistant.nlp import hunspell
from assistant.nlp.hunspell import expand
from assistant.nlp.spelling_build import cached_dictionary

# da_DK's shape in little: flag 7 doubles a short stem's last consonant ("butik" → "butikk"),
# a form that is no word (NEEDAFFIX 8) but takes its continuation suffixes (2, 11); flag 9
# doubles it for compounds only (ONLYINCOMPOUND 36), flag 29 adds a compound-only "s".
AFF = """FLAG num
FORBIDDENWORD 6
NEEDAFFIX 8
ONLYINCOMPOUND 36
SFX 2 Y 2
SFX 2 0 en/34 [^e]
SFX 2 0 n/34 e
SFX 7 Y 2
SFX 7 0 k/11,2,8,34 k
SFX 7 0 t/11,2,8,34 t
SFX 9 Y 1
SFX 9 0 t/2,8,36 t
SFX 11 Y 2
SFX 11 0 er/34 [^e]
SFX 11 0 erne/34 [^e]
SFX 29 Y 1
SFX 29 0 s/36 .
SFX 38 Y 2
SFX 38 0 ere/34 .
SFX 38 0 est/34 .
SFX 42 Y 1
SFX 42 0 k/8,38,34 k
"""
DIC = "6\nbutik/7,29\ntablet/7\nkat/9\nsmuk/42\nlampe/2\nfrem/8,2\n"


@pytest.fixture
def forms(tmp_path):
    dic, aff = tmp_path / "da_DK.dic", tmp_path / "da_DK.aff"
    aff.write_text(AFF, "utf-8")
    dic.write_text(DIC, "utf-8")
    return expand(dic, aff)


def test_a_doubled_consonant_form_takes_its_continuation_suffixes(forms):
    # "butikk" needs a further suffix: "butikken", "butikker", "butikkerne" are words
    assert {"butikken", "butikker", "butikkerne", "tabletten", "tabletterne"} <= set(forms)
    assert forms["butikken"] == "butik"
    assert {"smukkere", "smukkest"} <= set(forms)  # an adjective's degrees


def test_a_form_that_needs_an_affix_is_no_word_itself(forms):
    assert not {"butikk", "tablett", "smukk"} & set(forms)
    assert "frem" not in forms and "fremen" in forms  # a stem that needs an affix


def test_compound_only_forms_and_their_continuations_are_left_out(forms):
    assert not {"butiks", "katt", "katten"} & set(forms)
    assert "kat" in forms


def test_the_plain_forms_are_kept(forms):
    assert {"butik", "tablet", "smuk", "lampe", "lampen"} <= set(forms)


@pytest.mark.slow
@pytest.mark.skipif(
    not (hunspell.DICT_DIR / "da_DK.dic").is_file(), reason="hunspell-da is not installed"
)
def test_hunspell_da_gives_the_definite_forms_of_nouns_that_double_their_consonant():
    forms = cached_dictionary().forms
    found = {
        "butikken", "klinikken", "katten", "kattene", "sønnen", "vennerne", "tabletten",
        "klubben", "ryggen", "svømmehallen", "blodproppen", "smukkere", "minutter",
    }  # fmt: skip
    assert found <= forms
    assert not {"butikk", "katt", "sønn", "smukk"} & forms
