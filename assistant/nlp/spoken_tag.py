"""A spoken tag "ikke?" at a clause's end ("så er det dem der har holdt mig oppe ikke og så er det
hyggeligt", "det er hyggeligt ikke"): after a particle or place adverb (tag_after_words), a
phrase opened by an article, possessive or preposition ("en øl", "for hovedet"), an amount said
after the verb (tag_after_amounts: "griner lidt ikke") or an adjective of tag_adjective_endings
the negation would have stood before that word, or after the negation its clause said already,
so the "ikke" said after it asks for agreement and is no word of the reason. After a verb, a
pronoun or an adverb it is the negation ("det gør jeg ikke", "hun hjælper mig ikke"); after
what "er" says the subject is ("det er sjovt ikke", "det er min anden familie ikke") it is the
tag again, but never after where one is ("min mand er her ikke") or after the person a clause
of being with its verb first has as subject ("nu er min kone ikke"); after an
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
    if _own_be_negation(words, i, g):
        return False  # "min mand er her ikke", "nu er min kone ikke": the clause's negation
    before, head = _b(words[i - 1]), _b(words[i - 2])
    if before in g.tag_after_words:
        return True
    if before in g.tag_after_amounts:
        return True  # "griner lidt ikke": the negation would have said "griner ikke lidt"
    if _negated_already(words, i, g):
        return True  # "jeg gider ikke sidde og vente hele tiden ikke": one negation is said
    if _after_be(words, i, g):
        return True  # "det er sjovt ikke", "det er min anden familie ikke": "er ikke sjovt"
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
    return before not in pronouns and before.endswith(g.tag_adjective_endings)


#: Words said after a verb of being before a tag: "sjovt", "farfars kagemand", "en rigtig god dag".
_PREDICATE_MAX = 4


def _be_before(words: list[str], i: int, g: Grammar) -> int | None:
    """The index of the verb of being (tag_phrase_verbs) whose clause the one to four words before
    the negation at i end, or None when a mark or another verb comes first."""
    for k in range(i - 1, max(-1, i - 2 - _PREDICATE_MAX), -1):
        w = _b(words[k])
        if k < i - 1 and w in g.tag_phrase_verbs and words[k][-1:] not in EDGE:
            return k
        if words[k][-1:] in EDGE or w in g.modals or _verb_at(words, k, g):
            return None
    return None


def _verb_at(words: list[str], k: int, g: Grammar) -> bool:
    """True for a finite verb at k; a word of kin or a word after its article or possessive is a
    noun ("min datter", "en søster")."""
    w = _b(words[k])
    if w in g.kin_before_names or (k > 0 and _b(words[k - 1]) in g.articles | g.possessive_words):
        return False
    return g.is_present(w) or g.is_past(w)


def _after_be(words: list[str], i: int, g: Grammar) -> bool:
    """True for a negation at i right after what a verb of being says the subject is, no pronoun
    or adverb among it ("det er sjovt ikke", "det er farfars kagemand ikke", "det er min anden
    familie ikke"): the negation would have stood before it ("er ikke sjovt"), so it is the tag."""
    be = _be_before(words, i, g)
    if be is None:
        return False
    stops = g.subject_pronouns | g.object_pronouns | g.person_objects | g.negations
    stops = stops | g.clause_adverbs | g.degree_words | g.pre_modal_adverbs
    return not any(_b(w) in stops for w in words[be + 1 : i])


def _own_be_negation(words: list[str], i: int, g: Grammar) -> bool:
    """True when the negation at i is the own one of a clause of being: after where one is ("min
    mand er her ikke", "min datter er hjemme ikke": "er her ikke" is plain Danish), or after the
    person who is the subject of a clause with its verb first ("nu er Karen her ikke", "sådan er
    min mand ikke", "så er min mand med ikke": the subject stands after the verb)."""
    be = _be_before(words, i, g)
    if be is None:
        return False
    put_first = not _subject_before(words, be, g)
    if _b(words[i - 1]) in g.place_adverbs | g.pointed_noun_adverbs:
        return put_first or be == i - 2  # not "det er mit job derovre ikke": the tag
    return put_first and _person_at(words, be + 1, i, g)


def _subject_before(words: list[str], be: int, g: Grammar) -> bool:
    """True when the word before the verb of being at `be` is its subject: a pronoun, a name or
    a person ("det er", "Karen er", "min mand er"), not a word put first ("nu er", "om aftenen
    er")."""
    if be == 0:
        return False
    w = _b(words[be - 1])
    name = words[be - 1][:1].isupper() and be > 1 and words[be - 2][-1:] not in EDGE
    if w in g.subject_pronouns or w in g.kin_before_names or name:
        return True
    return be > 1 and _b(words[be - 2]) in g.possessive_words


def _person_at(words: list[str], k: int, end: int, g: Grammar) -> bool:
    """True when the words from k (before end) open with a person: a name ("Karen") or a
    possessive and a word of kin ("min mand")."""
    if words[k][:1].isupper() and _b(words[k]) not in g.subject_pronouns:
        return True
    return (
        k + 1 < end
        and _b(words[k]) in g.possessive_words
        and _b(words[k + 1]) in g.kin_before_names
    )


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
