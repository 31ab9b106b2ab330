"""A spoken tag "ikke?" at a clause's end ("så er det dem der har holdt mig oppe ikke og så er det
hyggeligt", "det er hyggeligt ikke"): after a particle or place adverb (tag_after_words), a
phrase opened by an article, possessive or preposition ("en øl", "for hovedet"), an amount said
after the verb (tag_after_amounts: "griner lidt ikke") or an adjective of tag_adjective_endings
the negation would have stood before that word, or after the negation its clause said already,
so the "ikke" said after it asks for agreement and is no word of the reason. After a verb, a
pronoun or an adverb it is the negation ("det gør jeg ikke", "hun hjælper mig ikke"); after
what "er" says the subject is ("det er sjovt ikke") it is the tag again; after an
infinitive of tag_chain_verbs a modal governs it is the tag again ("… skal kunne ikke":
nlp/chain_tag.py)."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.chain_tag import after_verb_chain


def clause_end_tag(words: list[str], i: int, g: Grammar) -> bool:
    """True for a negation at i said as a tag after the word before it (see the module); the
    caller knows the clause ends after it."""
    if _b(words[i]) not in g.negations or i < 2 or words[i - 1][-1:] in EDGE:
        return False
    before, head = _b(words[i - 1]), _b(words[i - 2])
    if before in g.tag_after_words:
        return True
    if before in g.tag_after_amounts:
        return True  # "griner lidt ikke": the negation would have said "griner ikke lidt"
    if _negated_already(words, i, g):
        return True  # "jeg gider ikke sidde og vente hele tiden ikke": one negation is said
    if _after_predicate(words, i, g):
        return True  # "det er sjovt ikke", "det er farfars kagemand ikke": "er ikke sjovt"
    gap = g.subject_pronouns | g.clause_adverbs | g.negations | g.pre_modal_adverbs
    bare = [_b(w) for w in words]
    chain = g.tag_chain_verbs.__contains__
    leads = g.articles | g.possessive_words
    if after_verb_chain(bare, i, g.modals, gap, chain, g.tag_chain_objects, leads):
        return True  # "… en morfar skal kunne ikke": after a modal's infinitive (nlp/chain_tag)
    adverbs = g.negations | g.clause_adverbs | g.degree_words | g.pre_modal_adverbs
    if before in adverbs or g.is_present(before) or g.is_past(before) or before in g.modals:
        return False  # "hun kommer ikke", "det kan jeg ikke", "det vil jeg bestemt ikke"
    if head in g.dangling and words[i - 2][-1:] not in EDGE:
        return before not in g.subject_pronouns  # "en øl ikke", "for hovedet ikke", "for mig ikke"
    pronouns = g.subject_pronouns | g.object_pronouns | g.person_objects
    if before not in pronouns and _phrase_opened(words, i, g, pronouns | adverbs):
        return True  # "min anden familie ikke": a phrase with its adjective, then the tag
    return before not in pronouns and before.endswith(g.tag_adjective_endings)


_PREDICATE_MAX = 3  # words said after "er" before a tag: "farfars kagemand", "et godt sted"


def _after_predicate(words: list[str], i: int, g: Grammar) -> bool:
    """True for a negation at i right after what "er" says the subject is (one to three words,
    no verb, pronoun or adverb among them: "det er sjovt ikke", "det er farfars kagemand
    ikke"): the negation would have stood before them ("er ikke sjovt"), so it is the tag."""
    stops = g.subject_pronouns | g.object_pronouns | g.person_objects | g.negations
    stops = stops | g.clause_adverbs | g.degree_words | g.pre_modal_adverbs | g.modals
    for k in range(i - 1, max(0, i - 1 - _PREDICATE_MAX) - 1, -1):
        w = _b(words[k])
        if k < i - 1 and w == _b(g.be_word) and words[k][-1:] not in EDGE:
            return True
        if words[k][-1:] in EDGE or w in stops or g.is_present(w) or g.is_past(w):
            return False
    return False


#: Words back from a tag to the article, possessive or preposition of its phrase ("min anden
#: familie ikke", "på den gamle bænk ikke").
_PHRASE_REACH = 4


def _phrase_opened(words: list[str], i: int, g: Grammar, stops: frozenset[str]) -> bool:
    """True when the words before the negation at i are a noun phrase with a word or two before
    its noun ("min anden familie", "en rigtig god dag"), opened by a word of `dangling` right
    after a verb of being (tag_phrase_verbs: "det er min anden familie ikke"); a verb, a
    pronoun, an adverb or a mark between ends the search (then it is a negation)."""
    for k in range(i - 2, max(-1, i - 1 - _PHRASE_REACH), -1):
        w = _b(words[k])
        if words[k][-1:] in EDGE or w in stops or g.is_present(w) or g.is_past(w):
            return False
        if w in g.modals:
            return False
        if w in g.dangling:
            return k > 0 and _b(words[k - 1]) in g.tag_phrase_verbs
    return False


def _negated_already(words: list[str], i: int, g: Grammar) -> bool:
    """True when the clause that ends at i said its negation before ("jeg gider ikke vente på
    hjemmeplejen hele tiden ikke"): a second "ikke" at its end is the tag, never a double
    negation; the clause starts after a mark, a relative lead, or a join or lead and its subject
    ("sidde og vente", "være til besvær" are one clause). Not an "ikke" right after a clause
    adverb ("og min søn heller ikke", "hun kan stadig ikke"): a negation of its own clause."""
    if i > 0 and _b(words[i - 1]) in g.clause_adverbs:
        return False
    leads = g.main_joins | g.clause_subordinators
    for k in range(i - 1, -1, -1):
        w = _b(words[k])
        if words[k][-1:] in EDGE or w in g.relative_leads:
            return False
        if w in leads and _b(words[k + 1]) in g.subject_pronouns:
            return False  # "… og jeg ser hende ikke", "at hun kommer ikke": a clause of its own
        if w in g.negations:
            return True
    return False
