"""The speed shortcuts of fix round 43 change no answer: the per-word gates of word_flags (a
rule module skipped when no word of the utterance may wake it) and the per-word memos (fold,
nfc of ASCII, a noun's definite form, activity stems)."""

from __future__ import annotations

import pytest

from assistant.content.files import nfc
from assistant.content.grammar import fold
from assistant.nlp import clauses, described_aid, special_garment, word_flags
from assistant.nlp.extract import cached_analyzer

# realistic answers, some that wake a gated module and some that do not
SAID = [
    "øh hun vil gerne kunne svømme igen i en speciel badedragt",
    "badedragt special, høj i halsen, det skal hun ha",
    "jeg vil gerne spise selv med vinkel skeen ik",
    "min mor bruger sådan en vinkelske til grøden",
    "med den strømpe ting fra kommunen vil jeg tage mine strømper på selv",
    "jeg vil gerne selv kunne faa strompe-tingen paa",
    "han er bange for at falde naar han gaar i bad",
    "et bræt man lægger hen over badekarret og sidder på",
    "en lang pind med krog så hun kan samle ting op",
    "vil gerne gå en tur hver dag med min hund",
    "min datter siger hun kan godt hente mig om tirsdagen",
    "jeg ved ikke rigtig altså",
]


def _columns(text: str):
    _keys, toks = cached_analyzer("da")._columns(text)
    return toks.lower, toks.lemma


def _open(monkeypatch) -> None:
    """Every gate open: the modules walk every word, as before the gates."""
    monkeypatch.setattr(described_aid, "utterance_bits", lambda *_a: -1)
    monkeypatch.setattr(special_garment, "utterance_bits", lambda *_a: -1)
    monkeypatch.setattr(clauses, "word_bits", lambda *_a: -1)


@pytest.mark.parametrize("text", SAID)
def test_a_gated_module_finds_what_it_finds_with_the_gate_open(text, monkeypatch):
    lex = cached_analyzer("da").lex
    words, lemmas = _columns(text)

    def found():
        return (
            described_aid.described_phrases(words, lemmas, lex),
            described_aid.made_aids(words, lemmas, lex),
            special_garment.special_garments(words, lemmas, lex),
            clauses.loose_aids(words, lex),
            clauses.fear_spans(words, lex, frozenset()),
        )

    gated = found()
    _open(monkeypatch)
    assert found() == gated


def test_the_gates_skip_a_plain_wish_and_wake_on_their_words():
    lex = cached_analyzer("da").lex
    plain = _columns("vil gerne gå en tur hver dag med min hund")
    assert not word_flags.utterance_bits(*plain, lex) & special_garment._GARMENT_BIT
    assert not word_flags.utterance_bits(*plain, lex) & described_aid._MADE_BIT
    assert not word_flags.word_bits(plain[0], lex) & clauses._LOOSE_BIT
    garment = _columns("hun vil gerne svømme i en speciel badedragt")
    assert word_flags.utterance_bits(*garment, lex) & special_garment._GARMENT_BIT
    made = _columns("jeg vil spise med en vinkelske")
    assert word_flags.utterance_bits(*made, lex) & described_aid._MADE_BIT
    loose = _columns("med den strømpe ting vil jeg selv")
    assert word_flags.word_bits(loose[0], lex) & clauses._LOOSE_BIT


def test_a_word_test_is_registered_once():
    with pytest.raises(ValueError, match="registered twice"):
        word_flags.register("special_garment", lambda _w, _l, _x: True)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Søster", "soester"), ("gaa", "gaa"), ("Å", "aa"), ("bær ", "baer "), ("", "")],
)
def test_fold_kept_per_word_gives_the_same(text, folded):
    assert fold(text) == folded
    assert fold(text) == folded  # the kept answer
    assert fold(text * 30) == folded * 30  # a long text is folded afresh


def test_nfc_of_ascii_and_of_decomposed_text():
    assert nfc("gaa til lægen") == "gaa til lægen"
    assert nfc("a\u030a") == "å"
    assert nfc("plain ascii") == "plain ascii"


def test_definite_of_kept_per_word_gives_the_same():
    grammar = cached_analyzer("da").content.goals.grammar
    first = [grammar.definite_of(w) for w in ("uge", "hånd", "bade", "xyzq")]
    assert first == [grammar.definite_of(w) for w in ("uge", "hånd", "bade", "xyzq")]
    assert grammar.definite_of("uge") == "ugen"
