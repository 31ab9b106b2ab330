"""Spoken sentence boundaries in a told reason, said without punctuation.

"det er der jeg har mine veninder og musikken den gør mig så glad jeg bliver helt ked af det" is
two sentences: "… og musikken gør mig så glad. jeg bliver helt ked af det". A new sentence begins
where a clause is complete and a new subject and its finite verb follow (starts_run_on), where
"det er …" follows a complete clause ("… for mig det er sådan noget …"), or where the verb stands
before its subject after a fronted time phrase ("… til de kommer nogle dage er de der først").
A subject said twice ("musikken den gør") is said once.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar, fold
from assistant.content.grammar import bare as _b
from assistant.nlp.clause_whole import open_clause_start
from assistant.nlp.phrase import run_on_at, run_on_leads, starts_run_on

_EDGE = ",.;:!?"
_FRONTED = 3  # words of a fronted phrase before its verb at most ("om nogle dage er de")


def _finite(word: str, g: Grammar) -> bool:
    """A finite verb ("kommer", "var", "kan"); "datter", "veninder", known nouns, are none."""
    if _b(word) in g.modals | g.past_words or g.is_past(word):
        return True
    return g.is_present(word) and g.noun_kind(word) is None


def _verb(words: Sequence[str], i: int, g: Grammar) -> bool:
    """True for a finite verb or an infinitive after a modal or "at" ("synes", "kan mærke"): a
    clause after it without "at" is its object ("jeg synes de er søde"), no new sentence."""
    if _b(words[i]) in g.object_clause_verbs:
        return True
    if _finite(words[i], g):
        return True
    before = _b(words[i - 1]) if i else ""
    return g.is_infinitive(words[i]) and before in g.modals | g.infinitive_markers


def spoken_sentences(text: str, g: Grammar, others: frozenset[str] | None = None) -> list[str]:
    """The spoken sentences of one told sentence said without a stop between them, a subject
    said twice said once ("og musikken den gør" → "og musikken gør"). others: the subjects that
    begin another person's story, left to reason._without_others_story (the citizen's
    han/hun/de/man; a relative's han/hun is the citizen, a sentence of its own)."""
    others = g.others_subjects if others is None else others
    # the citizen's own "Else hun holdt …": "hun" is Else; a relative's "min kone hun" is the
    # citizen, read in reason.py
    persons = bool(others & g.citizen_pronouns)
    words = without_doubled_subjects(text.split(), g, persons)
    parts: list[list[str]] = [[]]
    for k, w in enumerate(words):
        start = k - len(parts[-1])
        if len(parts[-1]) >= 2 and _boundary(words, start, k, g, others):
            parts[-1][-1] = parts[-1][-1].rstrip(",:")
            parts.append([])
        parts[-1].append(w)
    return [" ".join(p) for p in parts if p]


def _boundary(words: Sequence[str], start: int, k: int, g: Grammar, others) -> bool:
    """True when a new spoken sentence begins at words[k] after a complete clause."""
    prev = _before(words, k, g)
    if prev < start or words[prev][-1:] in _EDGE:
        return False
    p = _b(words[prev])
    if p in run_on_leads(g) | g.clause_subordinators | g.modals | g.main_joins | g.comparisons:
        return False  # "når de kommer", "hver gang jeg mangler", "ligesom vi har gjort"
    if not any(_finite(w, g) for w in words[start : prev + 1]):
        return False  # no clause before it is complete ("min datter hun kommer")
    if open_clause_start(words, start, prev + 1, g, lambda w: _finite(w, g)) is not None:
        return False  # "…, og ude i mosen har jeg det bedst": no cut inside the clause "og" opened
    if p in g.so_as_words and prev > start and _b(words[prev - 1]) == fold(g.so_word):
        return False  # "… i gang, så længe jeg kan": a clause of degree, no new sentence
    if _fronted_verb_first(words, k, g) and p not in g.be_verbs:
        # "… til de kommer nogle dage er de der": the order says a main clause; after a verb
        # of being the phrase is its complement ("når hænderne er i jorden er jeg glad")
        return True
    if _verb(words, prev, g) or p in g.run_on_relative_heads | g.relative_head_words:
        return False  # "jeg synes de er søde", "sådan noget man kan", "det første han læser"
    b = _b(words[k])
    if b not in g.run_on_subjects - others:
        return False
    if any(tuple(_b(w) for w in words[k : k + len(q)]) == q for q in g.quote_leads):
        return False  # "… min post han siger det er …": the citizen's words (reason.py)
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if _b(nxt) in g.past_words or g.is_past(nxt):
        return False  # "… på bænken jeg var selv fisker …": the past, left out in reason.py
    # "… mine veninder jeg har …": "jeg" never says "mine veninder" again, as "han" may
    return (
        run_on_at(words, k, g) if b in (g.self_subject, g.we_word) else starts_run_on(words, k, g)
    )


def _before(words: Sequence[str], k: int, g: Grammar) -> int:
    """The index of the word before k that is no spoken filler ("dødsannoncerne haha det er")."""
    i = k - 1
    while i > 0 and _b(words[i]) in g.spoken_fillers and words[i][-1:] not in _EDGE:
        i -= 1
    return i


def _fronted_verb_first(words: Sequence[str], k: int, g: Grammar) -> bool:
    """ "… til de kommer nogle dage er de der …", "… om et par år gider de …": a fronted time
    phrase opens at k, then the finite verb and its subject pronoun (main-clause order)."""
    if _b(words[k]) not in g.run_on_fronted_openers:
        return False
    # "om et par år gider de": an article after the opener is the phrase's own, no lead
    article = k + 1 < len(words) and _b(words[k + 1]) in g.indefinite_articles.values()
    for j in range(k + 1 + article, min(k + _FRONTED + 1 + article, len(words) - 1)):
        if words[j - 1][-1:] in _EDGE or words[j][-1:] in _EDGE:
            return False  # "… ser nogle mennesker. han siger": a sentence ended there
        if _b(words[j]) in g.run_on_fronted | g.clause_subordinators | run_on_leads(g):
            return False  # "… om søndagen det har hun", "i seng når han vil": no fronted phrase
        if _finite(words[j], g) and g.noun_kind(words[j]) is None:
            return _b(words[j + 1]) in g.run_on_subjects
    return False


def without_doubled_subjects(words: list[str], g: Grammar, persons: bool = False) -> list[str]:
    """A subject said twice, a noun and then "den"/"det" ("og musikken den gør mig glad",
    "huset det er for stort"), said once; after a join, a comma or at the start. With persons,
    a person's name or kin and then "han"/"hun" too ("og Else hun holdt", "min kone hun var")."""
    out: list[str] = []
    for i, w in enumerate(words):
        if persons and _person_said_again(words, i, g):
            continue
        if (
            i > 0
            and i + 1 < len(words)
            and _b(w) in g.subject_said_again.values()
            and words[i - 1][-1:] not in _EDGE
            and _b(w) == _pronoun_of(words[i - 1], g)
            and g.is_present(words[i + 1])
            and (i == 1 or words[i - 2][-1:] in ",;" or _b(words[i - 2]) in g.main_joins)
        ):
            continue
        out.append(w)
    return out


def _person_said_again(words: Sequence[str], i: int, g: Grammar) -> bool:
    """True for "han"/"hun" at i with its finite verb next, said right after the person it
    names at a clause's start: a name ("og Else hun holdt haven") or kin after a possessive
    ("min kone hun var", "mor hun sagde")."""
    if i < 1 or i + 1 >= len(words) or _b(words[i]) not in g.citizen_pronouns & g.subject_pronouns:
        return False
    person, verb = words[i - 1], words[i + 1]
    said = verb.isalpha() and verb.islower() and _b(verb) not in g.function_words  # "holdt"
    if person[-1:] in _EDGE or not (_finite(verb, g) or said):
        return False
    head = i - 1
    kin = _b(person) in g.citizen_words | g.kin_before_names | g.citizen_kin
    if kin and i > 1 and _b(words[i - 2]) in g.possessive_words and words[i - 2][-1:] not in _EDGE:
        head = i - 2  # "min kone hun"
    elif not (kin and _b(person) in g.citizen_words):  # "mor hun": kin said as a name
        leads = g.function_words | g.clause_subordinators | g.main_joins | run_on_leads(g)
        name = person[:1].isupper() and person.isalpha() and _b(person) not in leads
        if not name or kin:  # "Fordi hun er …": a lead, no name
            return False
    if head == 0 or words[head - 1][-1:] in ",;.!?":
        return True
    return _b(words[head - 1]) in g.main_joins | g.clause_subordinators


def _pronoun_of(word: str, g: Grammar) -> str:
    """The pronoun a definite singular noun is said again with ("musikken" → "den", "huset" →
    "det"); "" for any other word ("kusinerne det er …": no subject said twice)."""
    b = _b(word)
    if not word.isalpha() or len(b) < 4 or b in g.function_words | g.run_on_there_after:
        return ""
    if _finite(word, g):
        return ""
    for kind, ends in g.noun_endings:
        for end in ends:
            stem = b[: -len(end)] if b.endswith(end) else ""
            # "huset": "hus"; "konen": "kone"; "musikken": "musik", its consonant doubled
            stems = (stem, stem + end[:1], stem[:-1] if stem[-2:-1] == stem[-1:] else "")
            known = [g.nouns[x] for x in stems if x in g.nouns]
            # a noun the lexicon does not know is taken by its ending ("musikken")
            definite = kind != "pl" or len(end) > 2  # "blomsterne de", not "vente de"
            if len(stem) > 2 and definite and (kind in known or not known):
                return g.subject_said_again.get(kind, "")
    return ""


def comment_starts(words: Sequence[str], k: int, g: Grammar) -> bool:
    """True when a comment of its own begins at k, "det"/"den" and a present verb after a word
    that ends a clause ("… i dødsannoncerne haha det er det første jeg læser"): a reason that
    must be cut short may end before it."""
    if k < 1 or k + 1 >= len(words) or _b(words[k]) not in g.comment_subjects:
        return False
    prev = _before(words, k, g)
    p = _b(words[prev])
    leads = run_on_leads(g) | g.clause_subordinators | g.modals | g.main_joins
    if words[prev][-1:] in _EDGE or p in leads or _verb(words, prev, g):
        return False
    return g.is_present(words[k + 1])
