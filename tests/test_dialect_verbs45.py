"""Fix round 45 (fG, blind83 Ketty and Aase): the Nordjysk "et" after a modal is "ikke" before
any infinitive the lemma table knows ("a ka et sluge"), still the article before a noun ("a ska
et par ting"); the Østjysk "æ" is the speaker before any present tense that is no noun ("æ
glemmer", "æ savner"), still the article before a noun ("æ fisker")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze, get_analyzer

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "a ka et sluge de store piller, min datter må knuse dem i æ yoghurt hver morgen",
        "han ka et læse æ avis mer, æ bogstaver er for små",
        "a ka et skrive mit navn mæ æ pen længer",
        "a ka et huske æ pinkode når a står i æ butik",
        "mor ka et tygge æ kød mer",
        "a ka et sove om natten for æ ben",
    ],
)
def test_nordjysk_et_after_a_modal_before_a_verb_is_the_negation(said):
    assert analyze(said, TODAY).stance == "difficulty"


@pytest.mark.parametrize(
    ("said", "stance"),
    [
        ("æ glemmer tit å sluk for kaffemaskinen", "difficulty"),
        ("æ glemmer å tag mine piller om morgenen", "difficulty"),
        ("æ glemmer hele tiden hvor a har lagt æ nøgler", "difficulty"),
    ],
)
def test_ostjysk_ae_before_a_present_tense_is_the_speaker(said, stance):
    facts = analyze(said, TODAY)
    assert (facts.stance, facts.perspective) == (stance, "self")


@pytest.mark.parametrize(
    ("said", "stance"),
    [
        # "et" before a noun stays the article
        ("a ska et par ting i æ by i morgen", "resource"),
        ("jeg kan et digt udenad", "resource"),
        # "æ" before a noun in -er stays the article
        ("æ fisker kommer hver fredag mæ fisk", "resource"),
    ],
)
def test_the_article_stays_before_a_noun(said, stance):
    assert analyze(said, TODAY).stance == stance


def spelled(text: str) -> str:
    return " ".join(get_analyzer().nlp(text)._.hm_spelling)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("a ka et sluge de store piller", "jeg kan ikke sluge"),
        ("æ glemmer tit å sluk for æ kaffemaskine", "jeg glemmer"),
        ("æ savner mine børnebørn", "jeg savner"),
        # "æ" before a noun's plural and "et" before a neuter noun stay the articles
        ("hun ka int bær æ kager ud", "kagerne"),
        ("a ska et par ting i æ by", "et par"),
        ("æ piger kommer i dag", "pigerne"),
    ],
)
def test_the_speller_reads_the_dialect_word_by_the_verb_after_it(said, kept):
    assert kept in spelled(said)
