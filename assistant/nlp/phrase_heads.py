"""Noun slots of activity phrases matched by lemma and by a compound's last part.

An activity phrase names its nouns by form ("=gulvet", "=skabene") or by class ("@clothes").
Said in another form ("gulvene") or as the last part of a compound ("badeværelsesgulvet",
"køkkenskabene", "uldsokker") the noun is the same thing, so such a slot also takes the key
"u:<lemma>:<kind>", which a token carries when its lemma, or its last part's, is one of those
nouns, with the form's number and definiteness (form_kind); a form named in a slot takes only
its own kind ("=avis" is no "hente aviser", "=gulvet" is "køkkengulvet"), a lemma or a class
every kind ("@clothes": "uldsokker"). A compound that is a cue word of another activity than
its last part ("toiletstolen", "huskeøvelser") names its own, a last part under four letters
("handicap|bil") is too loose, and a word for a person ("oldebørnene") is no slot's person.
Only nouns count (a lemma with a definite plural form, or one not ending in a vowel as no
infinitive does, and none with a present participle): "=tage" stays a verb of its exact forms,
and "optage" is no "tage".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from assistant.content import Content
from assistant.content.lexicon import Lexicon

HEAD_KEY = "u:"
MIN_LEMMA = 3  # a noun this long at least ("sko", "kop")
MIN_FIRST = 3  # letters of a compound's first part ("uld|sokker")
LONG_TAIL, LONG_FIRST = 5, 4  # an unknown first part counts before a last part this long
MIN_WORD = 6  # a word this long at least may be a compound
MIN_TAIL = 4  # letters of a compound's last part ("køkken|gulv"; not "handicap|bil")
SHORT_TAIL = 3  # … in a word unknown as a whole, after a known first part MIN_SHORT_FIRST long
MIN_SHORT_FIRST = 4  # ("jagt|tøj", "arbejds|tøj"; not "bad|tøj")
SINGULAR, PLURAL, DEFINITE, DEFINITE_PLURAL = "s", "p", "d", "q"
KINDS = (SINGULAR, PLURAL, DEFINITE, DEFINITE_PLURAL)
DEFINITE_ENDINGS = ("en", "n", "et", "t")  # after the lemma (or its doubled last letter)
PLURAL_DEFINITE = ("ene", "erne")  # "gulvene", "skoene", "trapperne": only a noun's forms
GENITIVE = "s"
PARTICIPLE = "nde"  # "tagende": only a verb's form
CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")  # every other letter ends as an infinitive may


@dataclass(frozen=True)
class KnownWord:
    """A test for a known word: one of `words`, or one `is_word` knows (the spelling tables).
    A class, not a closure, so the built-content cache can keep it."""

    words: frozenset[str]
    is_word: Callable[[str], bool] | None = None

    def __call__(self, word: str) -> bool:
        """True for a known word."""
        return word in self.words or (self.is_word is not None and self.is_word(word))


@dataclass(frozen=True)
class PhraseHeads:
    """The nouns of the activity phrases' slots, by lemma, and every form of them."""

    lemmas: frozenset[str]
    forms: dict[str, str]  # a form (or the lemma itself) → its lemma, for those nouns only
    links: tuple[str, ...]  # the linking letters of compounds ("s", "e")
    is_word: Callable[[str], bool]
    # the activities' own cue words, each with the activities it names
    cue_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # the slot nouns shorter than MIN_TAIL that head a compound unknown as a whole ("jagt|tøj")
    short_tails: frozenset[str] = frozenset()
    # a word the lemma or spelling tables know as a whole ("legetøj"; the noun table, which
    # lists many compounds of a head, aside)
    is_whole: Callable[[str], bool] = KnownWord(frozenset())

    def key(self, word: str, lemma: str) -> str | None:
        """The head key of a token: its own lemma's when that is a slot noun, else its last
        part's when it is a compound of a known first part and such a noun; None otherwise."""
        if lemma in self.lemmas:  # a genitive ("folks") is left out of forms
            return head_key(lemma, word) if self.forms.get(word) == lemma else None
        if "-" in word.strip("-"):
            return self._hyphened(word)
        if len(word) < MIN_WORD or not word.isalpha():
            return None
        # a short last part ("jagt|tøj") only in a word the tables do not know as a whole
        # ("køre|tøj", "lege|tøj", "værk|tøj" are known words of their own: no clothes)
        shortest = MIN_TAIL if self.is_whole(word) else SHORT_TAIL
        for k in range(MIN_FIRST, len(word) - shortest + 1):
            tail = word[k:]
            noun = self.forms.get(tail)
            if noun is None:
                continue
            if len(tail) < MIN_TAIL and (
                noun not in self.short_tails or not self._short_first(word[:k])
            ):
                continue  # "jagt|tøj", "arbejds|tøj"; never a short guess after a short part
            if lemma != word and not lemma.endswith(noun):
                continue  # a known word of another make ("kurven" no "kur|ven")
            if not self._named_alike(word, tail, noun):
                return None  # "toiletstolen", "huskeøvelser": a cue of another activity
            if self._first_part(word[:k]) or self._unknown_compound(word, k):
                return head_key(noun, tail)
        return None

    def _short_first(self, head: str) -> bool:
        """True when `head` is a known first part MIN_SHORT_FIRST long, also one whose final e
        gave way to the linking "s" ("arbejd|s" of "arbejde": "arbejds|tøj")."""
        if self._first_part(head, MIN_SHORT_FIRST):
            return True
        return head.endswith("s") and len(head) > MIN_SHORT_FIRST and self.is_word(head[:-1] + "e")

    def _hyphened(self, word: str) -> str | None:
        """The head key of a compound written with a hyphen ("SOSU-skolen", "arbejds-tøjet"):
        its last part's, read as a word of its own or as a compound."""
        last = word.rstrip("-").rsplit("-", 1)[-1]
        if len(last) < MIN_LEMMA or not last.isalpha():
            return None
        noun = self.forms.get(last)
        return head_key(noun, last) if noun is not None else self.key(last, last)

    def _named_alike(self, word: str, tail: str, noun: str) -> bool:
        """True unless the compound is a cue word naming another activity than its last part
        does ("toilet|stolen": toilet, "stolen": a transfer); "nylon|strømper" is dressing both."""
        own = self.cue_words.get(word)
        if own is None:
            return True
        return own <= (
            self.cue_words.get(tail, frozenset()) | self.cue_words.get(noun, frozenset())
        )

    @staticmethod
    def _unknown_compound(word: str, k: int) -> bool:
        """True when the word ends in a long slot noun after a long first part the tables may
        not know ("kompressions|strømperne", "regional|bussen")."""
        return len(word) - k >= LONG_TAIL and k >= LONG_FIRST

    def _first_part(self, head: str, shortest: int = MIN_FIRST) -> bool:
        """True when `head`, or it without a linking letter, is a known word `shortest` long."""
        if len(head) >= shortest and self.is_word(head):
            return True
        return any(
            head.endswith(s) and len(head) - len(s) >= shortest and self.is_word(head[: -len(s)])
            for s in self.links
        )


def form_kind(form: str, lemma: str) -> str:
    """The number and definiteness of a noun's form: SINGULAR ("gulv"), PLURAL ("gulve"),
    DEFINITE ("gulvet") or DEFINITE_PLURAL ("gulvene")."""
    if form == lemma:
        return SINGULAR
    if form.endswith("ne"):
        return DEFINITE_PLURAL
    stems = (lemma, lemma + lemma[-1])
    if any(form == stem + end for stem in stems for end in DEFINITE_ENDINGS):
        return DEFINITE
    return PLURAL


def head_key(lemma: str, form: str) -> str:
    """The head key of a slot noun's form: its lemma and the form's kind (form_kind)."""
    return f"{HEAD_KEY}{lemma}:{form_kind(form, lemma)}"


def slot_words(content: Content) -> set[str]:
    """Every word an activity phrase's slots name: forms, lemmas and class words."""
    lex = content.lexicon
    out: set[str] = set()
    for act in content.activities.values():
        for pattern in (*act.phrases, *act.motion_phrases, *act.not_phrases):
            for raw in pattern.split():
                item = raw.rstrip("?")
                if item.startswith("*"):
                    continue
                for alt in item.split("|"):
                    if alt.startswith("@"):
                        out.update(lex.classes.get(alt[1:], ()))
                    else:
                        out.add(alt.lstrip("="))
    return {w.lower() for w in out}


def phrase_heads(
    content: Content,
    nouns: dict[str, str],
    stop_words: Iterable[str],
    is_word: Callable[[str], bool] | None = None,
) -> PhraseHeads:
    """The PhraseHeads of the content's activity phrases (`nouns`: the noun table; `is_word`:
    the spelling tables' known words, when shipped, for a compound's first part)."""
    lex = content.lexicon
    stops = frozenset(stop_words)
    forms_of: dict[str, set[str]] = {}
    for form, lemma in lex.lemmas.items():
        forms_of.setdefault(lemma, set()).add(form)
    people = lex.people
    lemmas = set()
    for word in slot_words(content):
        lemma = lex.lemma(word)
        if lemma in people or word in people:
            continue  # "oldebørnene" are no "børnene": a person's compound is another person
        if _is_noun(lemma, nouns, forms_of, stops):
            lemmas.add(lemma)
    forms = {lemma: lemma for lemma in lemmas}
    for lemma in lemmas:
        own = forms_of.get(lemma, set()) | {lemma}
        # "folks", "børnebørns": a genitive names whose, it is no slot's thing
        forms.update({f: lemma for f in own if f.isalpha() and not _genitive(f, own)})
    known_word = KnownWord(frozenset(lex.lemmas) | frozenset(nouns), is_word)
    cue_words: dict[str, frozenset[str]] = {}
    for act in content.activities.values():
        for cue in (*act.cues, *act.word_cues, *act.compound_cues):
            word = cue.split("^")[0].strip().lower()
            cue_words[word] = cue_words.get(word, frozenset()) | {act.id}
    short = frozenset(lex.lemma(w) for w in lex.classes.get("short_compound_heads", ()))
    whole = KnownWord(frozenset(lex.lemmas), is_word)
    return PhraseHeads(
        frozenset(lemmas), forms, tuple(lex.compound_links), known_word, cue_words, short, whole
    )


def _genitive(form: str, forms: set[str]) -> bool:
    """True for a genitive: a form that is another form of its noun and a final "s"."""
    return form.endswith(GENITIVE) and form[: -len(GENITIVE)] in forms


def _is_noun(lemma: str, nouns: dict[str, str], forms_of, stops: frozenset[str]) -> bool:
    """True for a noun of the noun table that no infinitive can be: a lemma ending in a
    consonant, or one with a definite plural form ("skoene", "trapperne")."""
    if len(lemma) < MIN_LEMMA or not lemma.isalpha() or lemma in stops or lemma not in nouns:
        return False
    forms = forms_of.get(lemma, ())
    if any(f.endswith(PARTICIPLE) and f[: -len(PARTICIPLE)] in (lemma, lemma[:-1]) for f in forms):
        return False  # "tagende", "sovende": a verb's present participle
    if lemma[-1] in CONSONANTS:
        return True
    return any(f != lemma and f.endswith(PLURAL_DEFINITE) for f in forms)


def head_alternatives(alt: str, lex: Lexicon, heads: PhraseHeads | None) -> set[str]:
    """The head keys one slot alternative adds ("=gulvet" → {"u:gulv:d"}: a form its own kind,
    a lemma or a class word every kind); none without heads."""
    if heads is None:
        return set()
    words = lex.classes.get(alt[1:], ()) if alt.startswith("@") else (alt.lstrip("="),)
    exact = alt.startswith("=")
    out = set()
    for w in words:
        lemma = lex.lemma(w.lower())
        if lemma in heads.lemmas:
            if exact:
                out.add(head_key(lemma, w.lower()))
            else:
                out.update(f"{HEAD_KEY}{lemma}:{kind}" for kind in KINDS)
    return out
