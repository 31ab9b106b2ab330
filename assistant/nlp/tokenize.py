"""spaCy's tokenization of an utterance as plain strings, each stretch between spaces once.

`nlp.make_doc(text)` builds a Doc (a C array, lexemes, the `doc._` accessors) that the analyzer
only reads back as strings: about a tenth of an utterance's time. spaCy's tokenizer works on
the stretches between whitespace one by one, so the tokens of a stretch ("gange," → "gange",
",") are asked of spaCy once and kept. What a stretch gives never depends on its neighbours,
with one exception: a special case (an abbreviation such as "kl.") found across a space
("kl ."); when two neighbouring tokens could be such a pair the whole text goes to spaCy.
"""

from __future__ import annotations

import re

from spacy.tokenizer import Tokenizer

from assistant.nlp.memo import Memo

_RUNS = re.compile(r"\s+|\S+")  # `\s` is str.isspace, as in spaCy's own split


def special_pairs(tokenizer: Tokenizer) -> frozenset[tuple[str, str]]:
    """Neighbouring tokens inside a special case as spaCy finds it in a doc: "kl." is ("kl",
    "."). A pair across a space could be merged into a special case by the whole doc."""
    plain = Tokenizer(
        tokenizer.vocab,
        rules={},
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )
    pairs = set()
    for case in tokenizer.rules:
        parts = [t.text for t in plain(case)]
        pairs.update(zip(parts, parts[1:], strict=False))
    return frozenset(pairs)


class ChunkTokenizer:
    """`split(text)` → (token texts, whether a space follows each), as spaCy's tokenizer."""

    def __init__(self, tokenizer: Tokenizer):
        self.tokenizer = tokenizer
        self.pairs = special_pairs(tokenizer)
        self.rules = frozenset(tokenizer.rules)
        self.chunks = Memo()  # stretch → its token texts (a tuple)

    def split(self, text: str) -> tuple[list[str], list[bool]]:
        """The token texts of text and, per token, whether one space follows it."""
        texts: list[str] = []
        spaces: list[bool] = []
        chunks, pairs = self.chunks, self.pairs
        for run in _RUNS.findall(text):
            if texts and run[0] == " ":  # one space after a token belongs to that token
                spaces[-1] = True
                run = run[1:]
                if not run:
                    continue
            found = chunks.get(run)
            if found is None:
                found = chunks.get_or(run, self._chunk, run)
            if texts and (texts[-1], found[0]) in pairs:
                return self._whole(text)  # "kl ." may be one special case
            texts.extend(found)
            spaces.extend([False] * len(found))
        return texts, spaces

    def _chunk(self, chunk: str) -> tuple[str, ...]:
        """The tokens of one stretch. spaCy keeps a stretch whole when it is no special case
        and no prefix, suffix or infix is found in it (most words): then no Doc is made."""
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
