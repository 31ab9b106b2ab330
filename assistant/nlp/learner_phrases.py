"""Two noun phrases a second-language speaker says without their article, written as Danish
says them: the speaker's own body part as a verb's object ("skak holder hoved i gang" →
"holder hovedet i gang", learner_body_nouns) and a person or thing described after a verb of
being ("jeg er ikke syg gammel mand" → "ikke en syg gammel mand", learner_described_adjectives).
A noun that goes on into another word of its phrase, a role said bare ("jeg er farmor") and an
adjective of no list stay as said."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def _ends_phrase(words: list[str], k: int, g: Grammar) -> bool:
    if words[k][-1:] in EDGE or k + 1 == len(words):
        return True
    closers = g.dangling | g.main_joins | g.clause_adverbs | g.subordinators | g.degree_words
    return _b(words[k + 1]) in closers | g.phrase_end_adverbs | g.static_adverbs | g.place_adverbs


def _verb(word: str, g: Grammar) -> bool:
    return g.is_present(word) or g.is_infinitive(word) or g.is_past(word)


def body_objects_definite(words: list[str], g: Grammar) -> list[str]:
    """A listed body part said bare right after a verb, ending its phrase: its definite."""
    out = list(words)
    for k in range(1, len(out)):
        core = out[k].rstrip(EDGE)
        if not core.islower() or _b(core) not in g.learner_body_nouns:
            continue
        if out[k - 1][-1:] in EDGE or not _verb(out[k - 1], g) or not _ends_phrase(out, k, g):
            continue
        definite = g.definite_singular(core)
        if definite:
            out[k] = definite + out[k][len(core) :]
    return out


def body_subjects_definite(words: list[str], g: Grammar) -> list[str]:
    """A listed body part said bare as the subject right after a clause's lead ("uden at ryg gør
    ondt", "når knæ er hævet"), its verb in the present next (a negation between): its
    definite ("uden at ryggen gør ondt"); "min ryg gør ondt" and a bare part after a
    preposition ("ondt i ryg") are no such subject."""
    out = list(words)
    for k in range(1, len(out) - 1):
        core = out[k].rstrip(EDGE)
        if core != out[k] or not core.islower() or _b(core) not in g.learner_body_nouns:
            continue
        if out[k - 1][-1:] in EDGE or _b(out[k - 1]) not in g.noun_subject_leads:
            continue
        j = k + 1
        while j < len(out) - 1 and _b(out[j]) in g.negations:
            j += 1
        if not (g.is_present(out[j]) or _b(out[j]) in g.modals):
            continue
        definite = g.definite_singular(core)
        if definite:
            out[k] = definite
    return out


def described_predicates(words: list[str], g: Grammar) -> list[str]:
    """Listed adjectives and a bare singular noun after a verb of being (a negation or clause
    adverb between), ending the phrase: the noun's indefinite article before them."""
    out = list(words)
    k = 1
    while k < len(out) - 1:
        if _b(out[k - 1]) not in g.be_verbs or out[k - 1][-1:] in EDGE:
            k += 1
            continue
        start = k
        while start < len(out) and _b(out[start]) in g.negations | g.clause_adverbs:
            start += 1
        end = start
        while end < len(out) and _b(out[end]) in g.learner_described_adjectives:
            if out[end][-1:] in EDGE:
                break
            end += 1
        if end == start or end >= len(out) or out[end - 1][-1:] in EDGE:
            k += 1
            continue
        noun = out[end].rstrip(EDGE)
        article = g.indefinite_article(noun) if noun.isalpha() and noun.islower() else None
        common = article and not g.is_neuter_article(article)
        if common and not g.is_dictionary_plural(noun) and _ends_phrase(out, end, g):
            out.insert(start, article)  # a neuter noun would need its adjectives' -t: stays
            k = end + 2
            continue
        k += 1
    return out
