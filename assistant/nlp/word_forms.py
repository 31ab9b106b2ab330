"""The goal's word forms: every word the composer writes that the person did not say is a form
the lexicon knows. An inflection or rewrite step that made a form no Dane writes ("træe" of
"træer", "dukkernen" of "dukkerne") gives the person's own form back; `unknown_forms` finds such
words in a finished goal (the persona and goal-corpus checks measure with it).

Known are: a form or lemma of the lemma table (nlp/lemmas.json), a noun of the noun table
(nlp/nouns.json) and its definite singular, a compound whose last part is one of those, a word
of the grammar's own lists or of the goal templates, numbers and words with a capital (names).
A definite form with an ending added ("dukkerne" + "n") is no form, though its letters may read
as a compound ("duk" + "kernen").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import fields

from assistant.content.goals import GoalTemplates
from assistant.content.grammar import EDGE, NOUN_PART, Grammar, nfc

_WORD = re.compile(r"\w+", re.UNICODE)
_ADDED_MAX = 3  # letters an ending adds to a word ("dukkerne" + "n", "træ" + "erne")
_TAIL_MIN = 3  # a compound's known last part ("papir|klip")
_KEPT_PREFIX = 3  # letters a made form shares with the person's word it was made from
_PLACE_REACH = 3  # words from a place's preposition to its noun ("i vikingelaugets vævestue")
_VOCABULARY_KEPT = 8  # contents whose vocabulary is kept at a time
_VOCABULARY: dict[int, tuple[object, frozenset[str]]] = {}


def _strings(value) -> Iterable[str]:
    """Every string inside a value of the grammar or the templates (keys of a dict too)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _strings(v)


def _vocabulary(templates: GoalTemplates) -> frozenset[str]:
    """The lower-case words of the grammar's own lists and of the goal templates' texts. Kept
    once per content: the variants of the templates (a relative's, a taught word's) share its
    texts and differ in a few words of a list only."""
    g = templates.grammar
    kept = _VOCABULARY.get(id(templates.common))
    if kept is not None and kept[0] is templates.common:
        return kept[1]
    words: set[str] = set()
    for f in fields(g):
        value = getattr(g, f.name)
        if f.name in ("lemma_forms", "noun_classes"):
            continue  # the tables themselves are asked directly
        for text in _strings(value):
            words.update(w.lower() for w in _WORD.findall(nfc(text)))
    for text in _strings(templates.common):
        words.update(w.lower() for w in _WORD.findall(nfc(text)))
    for template in templates.by_activity.values():
        for text in _strings([getattr(template, f.name) for f in fields(template)]):
            words.update(w.lower() for w in _WORD.findall(nfc(text)))
    found = frozenset(words)
    if len(_VOCABULARY) >= _VOCABULARY_KEPT:
        _VOCABULARY.clear()
    _VOCABULARY[id(templates.common)] = (templates.common, found)
    return found


def _listed(w: str, g: Grammar) -> bool:
    """True for a word the lemma table or the noun table lists as it is."""
    return w in g.lemma_forms or w in g.lemmas or w in g.noun_classes


def no_verb_of(said: str, infinitive: str, g: Grammar) -> bool:
    """True when the lemma table gives the said word as a form of another lemma and the
    infinitive a rewrite made of it is no verb of the table (no participle): "træer" is
    "træ"'s plural, "hænder" "hånd"'s, "terninger" a plural of the noun table: no "træe",
    "hænde", "terninge" after "og"; "banker" stays a verb's ("banke")."""
    s, m = nfc(said.strip(EDGE)).lower(), nfc(infinitive.strip(EDGE)).lower()
    if g.has_participle(m):
        return False
    lemma = g.lemma_forms.get(s)
    # "terninger": no form of the lemma table, but "terning" + "er" of the noun table
    return (lemma is not None and lemma != m) or g.is_dictionary_plural(s)


def _noun_definite(w: str, g: Grammar) -> bool:
    """True for the definite singular of a noun of the tables ("stokken", "cyklen",
    "vævestuen" by its last part "stue")."""
    for end in g.form_definite_ends:
        if not w.endswith(end) or len(w) - len(end) < 2:
            continue
        stem = w[: -len(end)]
        stems = {stem, stem[:-1], stem[:-1] + "e" + stem[-1:]}  # "stokk|en", "cykl|en"
        if any(s and g.definite_singular(s) == w for s in stems):
            return True
    return False


def _noun_plural(w: str, g: Grammar) -> bool:
    """True for a plural, definite or not, of a count noun of the noun table whose forms the
    lemma table does not give ("terninger", "terningerne", "kopperne"); a noun it gives forms of
    has those forms only ("træ": "træer", no "træe")."""
    for end in g.form_plural_ends:
        stem = w[: -len(end)]
        if not w.endswith(end) or len(stem) < NOUN_PART:
            continue
        for s in (stem, stem[:-1] if stem[-1:] == stem[-2:-1] else ""):  # "kop|p|er"
            if s and (g.noun_classes.get(s) or "").endswith("+") and s not in g.lemmas:
                return True
    return False


def _plain_known(w: str, g: Grammar, vocabulary: frozenset[str]) -> bool:
    return w in vocabulary or _table_form(w, g)


def known_form(word: str, templates: GoalTemplates) -> bool:
    """True for a word the lexicon knows as a Danish form (see the module), or one it does not
    judge: a number, a name (a capital), a word with a hyphen or an apostrophe."""
    w = nfc(word.strip(EDGE))
    if not w.isalpha() or w.lower() != w:
        return True
    g = templates.grammar
    vocabulary = _vocabulary(templates)
    if _plain_known(w, g, vocabulary):
        return True
    if w.endswith("s") and len(w) > _TAIL_MIN and known_form(w[:-1], templates):
        return True  # a genitive: "vikingelaugets"
    return any(
        # the last part a form of the tables, or a function word ("hjemme|fra"), not any
        # word of a list ("tern|inge")
        (_table_form(w[k:], g) or w[k:] in g.function_words)
        and (_plain_known(w[:k], g, vocabulary) or _plain_known(w[: k - 1], g, vocabulary))
        for k in range(NOUN_PART, len(w) - _TAIL_MIN + 1)
    )  # the first part as it is or with a linking "s" or "e" ("arbejds|tøj")


def _table_form(w: str, g: Grammar) -> bool:
    """True for a form of the lemma table or the noun table ("klip", "stuen", "træerne")."""
    return _listed(w, g) or _noun_definite(w, g) or _noun_plural(w, g)


def _definite(s: str, g: Grammar) -> bool:
    """True for a noun's definite form ("dukkerne", "stuen", "huset"): the tables give it as
    a form, or its stem is a noun of the noun table."""
    if not s.endswith(g.form_definite_forms) or s in g.lemmas or g.has_participle(s):
        return False  # "savne": a verb of the table, no "sav" + "ne"
    lemma = g.lemma_forms.get(s)
    if lemma and lemma != s:
        return g.definite_of(lemma) == s or g.has_definite_plural(lemma)
    return any(
        s.endswith(e) and len(s) - len(e) >= NOUN_PART and s[: -len(e)] in g.noun_classes
        for e in g.form_definite_forms
    )


def _made_of(w: str, said: frozenset[str], g: Grammar) -> str | None:
    """The person's word a made form was made of: a definite the form adds an ending to
    ("dukkerne" → "dukkernen"), or a word the form cut short or changed at its end ("træer" →
    "træe")."""
    best, shared = None, _KEPT_PREFIX - 1
    for s in said:
        if s == w or abs(len(s) - len(w)) > _ADDED_MAX:
            continue
        k = 0
        while k < min(len(s), len(w)) and s[k] == w[k]:
            k += 1
        if k > shared and k >= min(len(s), len(w)) - 1:
            best, shared = s, k
    return best


def _doubled_definite(w: str, said: frozenset[str], g: Grammar) -> bool:
    """True for a person's definite with a definite ending added ("dukkerne" + "n")."""
    return any(
        w.startswith(s)
        and w[len(s) :] in g.form_definite_forms + g.form_definite_ends
        and _definite(s, g)
        for s in said
    )


def _said_with_ending(w: str, said: frozenset[str], g: Grammar) -> bool:
    """True for a word the person said with a plural or definite ending added, itself no
    definite ("jebena" → "jebenaen", a word the person explained)."""
    return any(
        w.startswith(s)
        and w[len(s) :] in g.form_plural_ends + g.form_definite_ends
        and not _definite(s, g)
        for s in said
    )


def said_words(values: Iterable) -> frozenset[str]:
    """The lower-case words of every text among the values (a fact's strings, nested too)."""
    return frozenset(w.lower() for text in _strings(list(values)) for w in _WORD.findall(text))


def unknown_forms(text: str, said: frozenset[str], templates: GoalTemplates) -> list[str]:
    """The words of a goal that the person did not say and the lexicon does not know as a form,
    or that add an ending to the person's own definite ("dukkernen")."""
    g = templates.grammar
    found = []
    for word in text.split():
        w = nfc(word.strip(EDGE + "\"'()"))
        low = w.lower()
        if not w or low in said:
            continue
        if w == low and _doubled_definite(low, said, g):
            found.append(w)  # "dukkernen"
        elif not known_form(w, templates) and not _said_with_ending(low, said, g):
            found.append(w)  # "træe"
    return found


def kept_forms(sentence: str, said: frozenset[str], templates: GoalTemplates) -> str:
    """The goal with each made form no Dane writes (see unknown_forms) given back as the person
    said it: "klippe papirklip, fugle og træe" → "… og træer" when "træer" was said."""
    g = templates.grammar
    bad = set(unknown_forms(sentence, said, templates))
    if not bad:
        return sentence
    out = []
    for word in sentence.split(" "):
        core = word.strip(EDGE)
        own = _made_of(core, said, g) if core in bad and core.islower() else None
        out.append(word.replace(core, own, 1) if own else word)
    return " ".join(out)


def _same_place(earlier: str, later: str, g: Grammar) -> bool:
    """True when two nouns name one place: the same word, one the other's definite, or the
    earlier a compound ending in it ("vævestue", "vævestuen")."""
    a, b = earlier.strip(EDGE).lower(), later.strip(EDGE).lower()
    if not (a.isalpha() and b.isalpha()):
        return False
    return a == b or g.definite_of(a) == b or g.definite_singular(a) == b


def without_doubled_place(sentence: str, g: Grammar) -> str:
    """The goal without a place said twice in one verb's phrase: "væve brikbånd i vikingelaugets
    vævestue igen i vævestuen" → "… vævestue igen". Only a later "i"/"på" phrase of one noun
    that names the place of an earlier one of the same preposition with no verb between ("gå en
    tur i haven og sidde i haven" says two doings and stays)."""
    words = sentence.split(" ")
    drop: set[int] = set()
    for j in range(1, len(words) - 1):
        lead = words[j].lower()
        if lead not in g.place_leads or words[j][-1:] in EDGE:
            continue
        for i in range(j - 1, -1, -1):
            w = words[i].strip(EDGE)
            if words[i][-1:] in EDGE or g.is_finite(w) or g.has_participle(w.lower()):
                break  # a new clause or a verb of its own: another doing's place
            if words[i].lower() != lead:
                continue
            heads = words[i + 1 : min(j, i + 1 + _PLACE_REACH)]
            if any(_same_place(h, words[j + 1], g) for h in heads):
                drop |= {j, j + 1}
            break
    if not drop:
        return sentence
    kept = [w for k, w in enumerate(words) if k not in drop]
    last = max(drop)
    if words[last][-1:] in EDGE and last - 2 >= 0 and last - 2 not in drop:
        kept_at = last - 2 - sum(1 for k in drop if k < last - 2)
        kept[kept_at] = kept[kept_at].rstrip(EDGE) + words[last][len(words[last].rstrip(EDGE)) :]
    return " ".join(kept)
