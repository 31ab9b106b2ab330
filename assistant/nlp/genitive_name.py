"""A first name said in the genitive ("Ankers barnebarn", "Lis' fødselsdag", "Birthes billede"),
told from a name that merely ends in s ("Andreas henter mig", "Niels kører", "Lars"): the one
reader of dialogs/named_kin.py, dialogs/untied_name.py and nlp/kin_unnamed.py (pure).

An apostrophe always says a genitive. A word ending in s is one only when a thing it owns follows
it (a small word that is no verb, no function word and no mark between), and never when the word
itself is a name the answers said ("min søn Andreas …, når Andreas henter mig").
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold


def genitive_name(
    word: str, after: str, g: Grammar | None, known: frozenset[str] = frozenset()
) -> str | None:
    """The name whose genitive `word` is ("Ankers" → "Anker", "Lis'" → "Lis") when `after` is
    what it owns, else None; `known` holds the folded names the answers said (no genitive)."""
    core = word.rstrip(EDGE)
    if core.endswith("'"):
        stem = core[:-1]
        return stem if _name_shaped(stem) else None
    if len(core) < 3 or not core.endswith("s") or not _name_shaped(core) or core != word:
        return None  # "Ankers, hvis …": nothing owned after a mark
    if fold(core) in known or not owned(after, g):
        return None  # "når Andreas henter mig": a name of its own, no genitive
    return core[:-1]


def owned(after: str, g: Grammar | None) -> bool:
    """True when `after` can be the thing a genitive before it owns ("barnebarn", "gamle"): a
    small word that is no finite verb, modal, adverb of the clause or function word (with no
    grammar `g`: any small word)."""
    word = after.strip(EDGE)
    if not word or not word.isalpha() or not word[:1].islower():
        return False
    if g is None:
        return True
    low = fold(word)
    if low in g.modals or low in g.function_words or low in g.clause_adverbs:
        return False  # "når Andreas ikke kan"
    lemma = g.lemma_forms.get(word, word)  # "Ruths børn", "Ankers gamle hus"
    if low in g.joined_adverbs or (lemma != word and g.has_participle(lemma)):
        return False  # "når Niels kørte", "Lars gik": a verb's form
    if g.is_present(low):
        return lemma != word and g.noun_class(lemma) is not None  # "Birthes billeder"
    if g.noun_class(word) is not None:
        return True  # "Birthes billede": a noun, though it looks like a past form
    if g.is_past(word):
        return False  # "når Andreas hentede mig"
    return g.noun_class(lemma) is not None or lemma in g.bare_adjectives


def _name_shaped(word: str) -> bool:
    """True for a word written as a first name: a capital, then small letters."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()
