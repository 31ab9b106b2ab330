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
            if found is None:  # a new stretch: spaCy reads the whole text once
                return self._whole(text)
            if texts and (texts[-1], found[0]) in pairs:
                return self._whole(text)  # "kl ." may be one special case
            texts.extend(found)
            spaces.extend([False] * len(found))
        return texts, spaces

    def _whole(self, text: str) -> tuple[list[str], list[bool]]:
        """spaCy's tokens of text; its stretches are kept when each holds whole tokens and no
        two tokens across a space could form a special case."""
        doc = self.tokenizer(text)
        texts = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        starts = [t.idx for t in doc]
        found, k = [], 0
        for match in _RUNS.finditer(text):
            lo, run = match.start(), match.group()
            if k and run[0] == " ":
                lo, run = lo + 1, run[1:]
                if not run:
                    continue
            first, end = k, lo + len(run)
            while k < len(texts) and starts[k] < end:
                k += 1
            if first == k or starts[first] != lo or starts[k - 1] + len(texts[k - 1]) != end:
                return texts, spaces  # a token across a space: keep nothing
            if first and (texts[first - 1], texts[first]) in self.pairs:
                return texts, spaces
            found.append((run, tuple(texts[first:k])))
        for run, parts in found:
            self.chunks.get_or(run, lambda p: p, parts)
        return texts, spaces
