"""The spaCy pipeline, built only from content: blank Danish, a lemma step and a rule step."""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.attrs import IS_PUNCT, IS_STOP
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from assistant.content import Content, nfc
from assistant.content.lexicon import LINE_MAX_DIGITS, LINE_NORM, NUM_NORM, Lexicon
from assistant.content.nouns import noun_table
from assistant.nlp.memo import Memo
from assistant.nlp.numbers import word_number
from assistant.nlp.phrase_heads import HEAD_KEY, PhraseHeads, phrase_heads
from assistant.nlp.present_verb import infinitives, present_verbs
from assistant.nlp.rules import Rule, RuleSet, compile_pattern
from assistant.nlp.spelling import SpellingStep, load_speller


def _register_extensions() -> None:
    for name in ("hm_keys", "hm_matches", "hm_tokens", "hm_spelling", "hm_said"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@dataclass(frozen=True)
class Tokens:
    """Per-token lists read once from the doc: lower-case forms, lemmas, flags, texts."""

    lower: list[str]
    lemma: list[str]
    punct: list[bool]
    stop: list[bool]
    text: list[str]  # as the spelling step restored it ("på")
    said: list[str]  # as typed or heard ("paa"); a joined compound keeps its space


def _route_number(lower: str, lex: Lexicon) -> bool:
    """True for a route's number with its letter ("5a", "150s"): digits, then one letter of
    the class line_letters (not "5km", "2x": a unit, a count)."""
    digits, letter = lower[:-1], lower[-1:]
    return (
        0 < len(digits) <= LINE_MAX_DIGITS
        and digits.isdigit()
        and letter in lex.classes.get("line_letters", ())
    )


class Lemmatizer:
    """Lower-cases, applies domain overrides and the trimmed lookup table, marks numbers.

    Sets, per token, the match keys {"n:<norm>", "l:<form>"} on doc._.hm_keys (norm: the lemma,
    or "#num" for a number) and the token columns on doc._.hm_tokens.
    """

    def __init__(self, lex: Lexicon, vocab: Vocab, heads: PhraseHeads | None = None):
        self.lex = lex
        self.heads = heads  # the activity phrases' noun slots: a head key per token
        self.vocab = vocab
        self.seen = Memo()  # text → (lower, lemma, keys)
        self.flags = Memo()  # text → (is_punct, is_stop), read from the vocabulary once
        self.verbs = infinitives(lex)  # "tænde": "at han selv tænder radioen" is its verb

    def __getstate__(self) -> dict:
        """The lemmatizer without spaCy's vocabulary (assemble() gives it one again)."""
        return {**self.__dict__, "vocab": None}

    def _text(self, text: str) -> tuple[str, str, frozenset[str]]:
        lower = nfc(text).lower()
        return lower, *self._word(lower)

    def _word(self, lower: str) -> tuple[str, frozenset[str]]:
        lex = self.lex
        bare = lower.rstrip(".") or lower
        lemma = lex.lemmas.get(lower) or lex.lemmas.get(bare) or bare
        value, _ordinal = word_number(lower, lex.numbers)
        norm = NUM_NORM if value is not None and lower not in lex.numbers.articles else lemma
        keys = [f"n:{norm}", f"l:{lower}", f"l:{bare}"]
        if _route_number(lower, lex):
            keys.append(f"n:{LINE_NORM}")  # "tage 5A", "med 150S": a bus route, no word
        head = self.heads.key(bare, lemma) if self.heads is not None else None
        if head is not None:
            keys.append(head)  # "badeværelsesgulvet": the slot "=gulvet" takes it
        return lemma, frozenset(keys)

    def _flags(self, text: str) -> tuple[bool, bool]:
        """The lexeme's is_punct and is_stop, from the functions the vocabulary sets them with
        (making the lexeme, as `vocab[text]` would, costs more than the answer)."""
        getters = self.vocab.lex_attr_getters or {}
        punct, stop = getters.get(IS_PUNCT), getters.get(IS_STOP)
        if punct is None or stop is None:
            lexeme = self.vocab[text]
            return lexeme.is_punct, lexeme.is_stop
        return bool(punct(text)), bool(stop(text))

    def columns(self, texts: list[str], said: list[str]) -> tuple[list, Tokens]:
        """(match keys per token, the token columns) of the restored texts and the typed ones."""
        if len(texts) != len(said):
            raise ValueError("the restored and the typed tokens differ in number")
        seen, flags, text_of, flags_of = self.seen, self.flags, self._text, self._flags
        rows = [seen.get(text) or seen.get_or(text, text_of, text) for text in texts]
        marks = [flags.get(typed) or flags.get_or(typed, flags_of, typed) for typed in said]
        if not rows:
            return [], Tokens([], [], [], [], list(texts), said)
        lower, lemma, keys = zip(*rows, strict=True)  # the columns, each read in one pass
        punct, stop = zip(*marks, strict=True)
        keys, lemma = list(keys), list(lemma)
        for k, verb in present_verbs(lower, lemma, stop, self.lex, self.verbs).items():
            # "at han selv tænder radioen": a verb, no slot noun ("tand") any more
            keys[k] = frozenset(x for x in keys[k] if not x.startswith(HEAD_KEY)) - {
                f"n:{lemma[k]}"
            } | {f"n:{verb}"}
            lemma[k] = verb
        return keys, Tokens(list(lower), lemma, list(punct), list(stop), list(texts), said)

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._
        said = ext.hm_said or [t.text for t in doc]  # as typed; the spelling step lists them
        texts = ext.hm_spelling or said  # restored by the spelling step, when it ran
        ext.hm_keys, ext.hm_tokens = self.columns(texts, said)
        return doc


class RuleMatcher:
    """Runs every content pattern; stores (label, start, end) triples on doc._.hm_matches."""

    def __init__(self, rules: RuleSet):
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # each `doc._` makes a new accessor object
        ext.hm_matches = self.rules.find(ext.hm_keys, ext.hm_tokens.punct)
        return doc


# The components are built (or read back from the built-content cache) before the pipeline:
# nlp.meta carries them to spaCy's factories without global state, and is emptied after.
@Language.factory("hm_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str) -> Lemmatizer:
    return nlp.meta["hm_parts"][name]


@Language.factory("hm_spelling")
def _make_spelling(nlp: Language, name: str) -> SpellingStep:
    return nlp.meta["hm_parts"][name]


@Language.factory("hm_rules")
def _make_rules(nlp: Language, name: str) -> RuleMatcher:
    return nlp.meta["hm_parts"][name]


def content_rules(content: Content, heads: PhraseHeads | None = None) -> RuleSet:
    """Compile stance, independence and activity phrase patterns from content (`heads`: the
    activity phrases' noun slots, matched by lemma and compound last part)."""
    lex = content.lexicon
    rules = [
        Rule(label, compile_pattern(p, lex)) for label, plist in lex.patterns.items() for p in plist
    ]
    for act in content.activities.values():
        rules += [Rule(f"ACT:{act.id}", compile_pattern(p, lex, heads)) for p in act.phrases]
        rules += [Rule(f"MOV:{act.id}", compile_pattern(p, lex, heads)) for p in act.motion_phrases]
        rules += [Rule(f"NOT:{act.id}", compile_pattern(p, lex, heads)) for p in act.not_phrases]
    return RuleSet(rules)


def cue_contexts(content: Content, stops: set[str]) -> list[set[str]]:
    """The words of each activity's cues, every form of their lemmas with them ("bage", "bagte",
    "boller", "ovnen"): words said together, the spelling step's context."""
    lemmas = content.lexicon.lemmas
    forms: dict[str, set[str]] = {}
    for form, lemma in lemmas.items():
        forms.setdefault(lemma, set()).add(form)
    out = []
    for act in content.activities.values():
        words = {nfc(c.split("^")[0]).lower() for c in (*act.cues, *act.word_cues)}
        words = {w for w in words if w.isalpha() and w not in stops}
        out.append(words | {f for w in words for f in forms.get(lemmas.get(w, w), ())})
    return out


def build_pipeline(content: Content) -> Language:
    """Return spacy.blank(lang) with the content-built spelling, lemma and rule components."""
    nlp = spacy.blank(content.lang)
    lemmas = content.lexicon.lemmas
    stops, nums = set(nlp.Defaults.stop_words), content.lexicon.numbers
    number_words = set(nums.cardinals) | set(nums.ordinals) | set(nums.fractions)
    # the content's own number words are never repaired ("fyrre" is 40, not "fyre")
    known = set(lemmas) | set(lemmas.values()) | stops | number_words
    no_join = stops | number_words
    lex = content.lexicon
    contexts = cue_contexts(content, stops)
    # "med busen": after a lead of a way, a rare word is read as a word of travel
    acts = list(content.activities)
    travel = contexts[acts.index(lex.travel_activity)] if lex.travel_activity in acts else ()
    speller = load_speller(
        content.root / "nlp",
        content.lang,
        known,
        no_join,
        loose_join=lex.aids,  # "strømpe på tager", "gå vogn": aids said in parts
        tool_tails=lex.tool_heads,  # "en knae skammel": a tool compound said in parts
        periods=lex.periods,
        period_leads=lex.period_preps | lex.every_words,
        contexts=contexts,
        travel=travel,
        name_leads=lex.people,  # "min søster birthe": a name after a word for a person
        lemmas=lemmas,  # "æ både": an inflected noun after West Jutland's article is plural
        counts=nums.cardinals,  # "to gång om æ uge": a dialect "gång" after a count is "gange"
        infinitive=content.goals.grammar.is_bare_infinitive,  # "å få en øl": "og få"
    )
    heads = phrase_heads(
        content,
        noun_table(content.root / "nlp" / "nouns.json"),
        stops,
        speller.is_word if speller is not None else None,
    )
    parts = {
        "hm_spelling": SpellingStep(speller) if speller is not None else None,
        "hm_lemmatizer": Lemmatizer(lex, nlp.vocab, heads),
        "hm_rules": RuleMatcher(content_rules(content, heads)),
    }
    return assemble(nlp, parts)


def assemble(nlp: Language, parts: dict[str, object | None]) -> Language:
    """nlp (a blank pipeline) with the built components `parts` added, by name, in order (a
    None is left out); a lemmatizer read back from the cache gets this vocabulary."""
    _register_extensions()
    nlp.meta["hm_parts"] = parts  # not JSON; the components hold them
    for name, part in parts.items():
        if part is not None:
            nlp.add_pipe(name)
    del nlp.meta["hm_parts"]
    lemmatizer = parts["hm_lemmatizer"]
    if isinstance(lemmatizer, Lemmatizer):
        lemmatizer.vocab = nlp.vocab
    return nlp


def rebuilt(lang: str, parts: dict[str, object | None]) -> Language:
    """A new spacy.blank(lang) with components built before (read back from the cache)."""
    return assemble(spacy.blank(lang), parts)
