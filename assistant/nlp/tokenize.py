"""spaCy's tokenization of an utterance as plain strings, each stretch between spaces once.

`nlp.make_doc(text)` builds a Doc (a C array, lexemes, the `doc._` accessors) that the analyzer
only reads back as strings: about a tenth of an utterance's time. spaCy's tokenizer works on
the stretches between whitespace one by one, so the tokens of a stretch ("gange," → "gange",
",") are asked of spaCy once and kept. What a stretch gives never depends on its neighbours,
with one exception: a special case (an abbreviation such as "kl.") found across a space
("kl ."); when two neighbouring tokens could be part of one, the whole text goes to spaCy.
"""

from __future__ import annotations

import re

from spacy.tokenizer import Tokenizer

from assistant.nlp.memo import Memo

_RUNS = re.compile(r"\s+|\S+")  # `\s` is str.isspace, as in spaCy's own split


def special_pieces(tokenizer: Tokenizer) -> frozenset[str]:
    """Every piece (two characters or more) of a special case ("kl" + "." is in "kl.").

    spaCy finds a special case in a doc as the tokens it would have without it ("kl", "."),
    even across a space; two neighbouring tokens that could be part of one are a piece."""
    return frozenset(
        case[i:j]
        for case in tokenizer.rules
        for i in range(len(case))
        for j in range(i + 2, len(case) + 1)
    )


class ChunkTokenizer:
    """`split(text)` → (token texts, whether a space follows each), as spaCy's tokenizer."""

    def __init__(self, tokenizer: Tokenizer):
        self.tokenizer = tokenizer
        self.pieces = special_pieces(tokenizer)
        self.rules = frozenset(tokenizer.rules)
        self.chunks = Memo()  # stretch → its token texts (a tuple)

    def __getstate__(self) -> dict:
        """The tables without spaCy's tokenizer (the analyzer's reader gives it one again)."""
        return {**self.__dict__, "tokenizer": None}

    def split(self, text: str) -> tuple[list[str], list[bool]]:
        """The token texts of text and, per token, whether one space follows it."""
        if not text or "  " in text or not text.isprintable() or " " in (text[0], text[-1]):
            return self._split_runs(text)  # tabs, newlines, runs of spaces, a space at an end
        # words and punctuation with single spaces between them (nearly every utterance)
        texts: list[str] = []
        spaces: list[bool] = []
        chunks, pieces = self.chunks, self.pieces
        for run in text.split(" "):
            found = chunks.get(run)
            if found is None:
                found = chunks.get_or(run, self._chunk, run)
            if texts:
                if texts[-1] + found[0] in pieces:
                    return self._whole(text)  # "kl ." may be one special case
                spaces[-1] = True
            texts += found
            spaces += [False] * len(found)
        return texts, spaces

    def _split_runs(self, text: str) -> tuple[list[str], list[bool]]:
        """split() for any whitespace: stretches of it are tokens too, as in spaCy."""
        texts: list[str] = []
        spaces: list[bool] = []
        chunks, pieces = self.chunks, self.pieces
        for run in _RUNS.findall(text):
            if texts and run[0] == " ":  # one space after a token belongs to that token
                spaces[-1] = True
                run = run[1:]
                if not run:
                    continue
            found = chunks.get(run)
            if found is None:
                found = chunks.get_or(run, self._chunk, run)
            if texts and texts[-1] + found[0] in pieces:
                return self._whole(text)  # "kl ." may be one special case
            texts.extend(found)
            spaces.extend([False] * len(found))
        return texts, spaces

    def _chunk(self, chunk: str) -> tuple[str, ...]:
        """The tokens of one stretch. spaCy keeps a stretch whole when it is no special case
        and no prefix, suffix or infix is found in it (most words): then no Doc is made."""
        if chunk.isalpha() and chunk not in self.rules:
            # a word of letters only (most new stretches): spaCy's prefixes, suffixes and
            # infixes are punctuation, symbols or need a digit or a mark beside them
            return (chunk,)
        tok = self.tokenizer
        plain = (
            chunk not in self.rules
            and tok.prefix_search(chunk) is None
            and tok.suffix_search(chunk) is None
            and next(tok.infix_finditer(chunk), None) is None
        )
        return (chunk,) if plain else tuple(t.text for t in tok(chunk))

    def _whole(self, text: str) -> tuple[list[str], list[bool]]:
        """spaCy's tokens of the whole text."""
        doc = self.tokenizer(text)
        return [t.text for t in doc], [bool(t.whitespace_) for t in doc]
