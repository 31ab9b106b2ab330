"""The spaCy pipeline, built only from content: blank Danish, a lemma step and rule matchers."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from assistant.content import Content, nfc
from assistant.nlp.lexicon import NUM_NORM, Lexicon, compile_pattern
from assistant.nlp.numbers import word_number


def _register_extensions() -> None:
    for name, default in (("hm_keys", None), ("num", None), ("ordinal", None)):
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)
    if not Doc.has_extension("hm_matches"):
        Doc.set_extension("hm_matches", default=None)


class Lemmatizer:
    """Lower-cases, applies domain overrides and the trimmed lookup table, marks numbers."""

    def __init__(self, lex: Lexicon):
        self.lex = lex

    def __call__(self, doc: Doc) -> Doc:
        lex = self.lex
        for tok in doc:
            lower = nfc(tok.text).lower()
            bare = lower.rstrip(".") or lower
            lemma = lex.lemmas.get(lower) or lex.lemmas.get(bare) or bare
            value, ordinal = word_number(lower, lex.numbers)
            tok._.num = value
            tok._.ordinal = ordinal
            tok.lemma_ = lemma
            is_num = value is not None and lower not in lex.numbers.articles
            tok.norm_ = NUM_NORM if is_num else lemma
            tok._.hm_keys = [f"n:{tok.norm_}", f"l:{lower}", f"l:{bare}"]
        return doc


class RuleMatcher:
    """Runs every content pattern; stores (label, start, end) triples on doc._.hm_matches."""

    def __init__(self, nlp: Language, patterns: dict[str, list[list[dict[str, Any]]]]):
        self.matcher = Matcher(nlp.vocab)
        for label, plist in patterns.items():
            self.matcher.add(label, plist)

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        doc._.hm_matches = [(strings[m], s, e) for m, s, e in self.matcher(doc)]
        return doc


@Language.factory("hm_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str) -> Lemmatizer:
    return Lemmatizer(nlp.meta["hm_lexicon"])


@Language.factory("hm_rules")
def _make_rules(nlp: Language, name: str) -> RuleMatcher:
    return RuleMatcher(nlp, nlp.meta["hm_patterns"])


def rule_patterns(content: Content) -> dict[str, list[list[dict[str, Any]]]]:
    """Compile stance, independence and activity phrase patterns into Matcher patterns."""
    lex = content.lexicon
    out: dict[str, list[list[dict[str, Any]]]] = {}
    for label, plist in lex.patterns.items():
        out[label] = [compile_pattern(p, lex) for p in plist]
    for act in content.activities.values():
        if act.phrases:
            out[f"ACT:{act.id}"] = [compile_pattern(p, lex) for p in act.phrases]
    return out


def build_pipeline(content: Content) -> Language:
    """Return spacy.blank(lang) with the content-built lemma and rule components."""
    _register_extensions()
    nlp = spacy.blank(content.lang)
    # meta carries the parsed content to the factories without global state.
    nlp.meta["hm_lexicon"] = content.lexicon
    nlp.meta["hm_patterns"] = rule_patterns(content)
    nlp.add_pipe("hm_lemmatizer")
    nlp.add_pipe("hm_rules")
    # The parsed objects are not JSON: drop them once the components hold them.
    del nlp.meta["hm_lexicon"], nlp.meta["hm_patterns"]
    return nlp
