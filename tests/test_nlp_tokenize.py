"""The analyzer's list path gives what spaCy's tokenizer and the pipeline's Doc path give."""

from __future__ import annotations

import pytest

from assistant.nlp import get_analyzer
from assistant.nlp.tokenize import ChunkTokenizer, special_pieces

TRICKY = [
    "jeg vil gerne gå på trapper",
    "to gange om ugen, hver morgen.",
    "a  b",
    "a   b",
    "a\nb",
    "a \n b",
    "hej.  du",
    "a\t\tb",
    "kl. 8",
    "kl . 8",
    "kl .8",
    "f.eks. (kl.) 8:30",
    "ca . 5 km",
    "10km og 2,5 kg",
    "A/S og a/s",
    "www.borger.dk eller http://x.dk/y?z=1",
    "jeg er glad :-) ja",
    "(hjemmeplejen)",
    '"jeg kan ikke"',
    "hun sagde: 'nej' - og så?!",
    "ka' ik' gå",
    "Jeg bor i Aarhus.",
    "1/2 time",
    "8-10 minutter",
    "slut ",
    " start",
    "",
]


def _spacy(tokenizer, text):
    doc = tokenizer(text)
    return [t.text for t in doc], [bool(t.whitespace_) for t in doc]


@pytest.mark.parametrize("text", TRICKY)
def test_tokens_are_spacys_tokens_and_spaces(text):
    tokenizer = get_analyzer().nlp.tokenizer
    fresh = ChunkTokenizer(tokenizer)
    assert fresh.split(text) == _spacy(tokenizer, text)
    assert fresh.split(text) == _spacy(tokenizer, text)  # the second time from kept stretches


def test_kept_stretches_do_not_leak_between_texts():
    tokenizer = get_analyzer().nlp.tokenizer
    chunked = ChunkTokenizer(tokenizer)
    for text in TRICKY + list(reversed(TRICKY)):
        assert chunked.split(text) == _spacy(tokenizer, text), text


@pytest.mark.parametrize(
    "chunk",
    ["gange,", "(hej)", "10km", "kl.", "f.eks.", "A/S", ":-)", "www.dr.dk", "morgen", "\n", "  "],
)
def test_a_stretch_is_whole_only_when_spacy_keeps_it_whole(chunk):
    tokenizer = get_analyzer().nlp.tokenizer
    assert list(ChunkTokenizer(tokenizer)._chunk(chunk)) == [t.text for t in tokenizer(chunk)]


def test_pieces_of_special_cases_send_the_text_to_spacy():
    pieces = special_pieces(get_analyzer().nlp.tokenizer)
    assert "kl." in pieces and "kl" in pieces
    assert "morgen," not in pieces


def test_a_token_across_a_space_sends_the_text_to_spacy():
    # "kl" + "." is a piece of the special case "kl.": that text is read whole by spaCy
    tokenizer = get_analyzer().nlp.tokenizer
    chunked = ChunkTokenizer(tokenizer)
    chunked.split("kl")  # keeps the stretch "kl"
    chunked.split(".")
    assert chunked.split("kl .") == _spacy(tokenizer, "kl .")


@pytest.mark.parametrize(
    "text",
    [
        "så kom bade baenken igen",  # a split compound joined
        "vil gerne kunnevaske mit tøj",  # glued words split
        "jeg vil gerne kunnevaske min bade bænk, og kl. 8 paa mandag",
        "Min søn  kommer hver dag.\nHan hjælper mig.",
    ],
)
def test_the_list_path_gives_the_docs_columns(text):
    analyzer = get_analyzer()
    doc = analyzer.nlp(text)
    said, spaces = analyzer.tokens.split(text)
    texts, said = analyzer.spelling.repair(said, spaces)
    keys, tokens = analyzer.lemmatizer.columns(texts, said)
    assert tokens == doc._.hm_tokens
    assert keys == doc._.hm_keys
    assert analyzer.rules.find(keys, tokens.punct) == doc._.hm_matches


def test_punctuation_and_stop_flags_are_the_vocabularys():
    analyzer = get_analyzer()
    vocab = analyzer.nlp.vocab
    words = ["jeg", "Og", "IKKE", "morgen", ".", ",", "...", "-", "(", "10", "ti", "§", "«", "\n"]
    for word in words:
        lexeme = vocab[word]
        assert analyzer.lemmatizer._flags(word) == (lexeme.is_punct, lexeme.is_stop), word
