"""Words no table knows that the person explains as a thing ("jebena, det er kaffekande af
ler"): they take the gender of the noun they are explained by, so the goal can give them
their ending ("koge kaffe i jebena" → "i jebenaen")."""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Iterable
from dataclasses import replace

from assistant.content.goals import GoalTemplates
from assistant.content.grammar import EDGE, NOUN_LAST_PART, Grammar, fold

_MIN_LETTERS = 3  # shortest explained word ("te, det er …" is known anyway)
_DEFINITE_ENDINGS = ("en", "et", "n", "t", "ene", "erne", "ne", "rne")


def _unknown(word: str, g: Grammar) -> bool:
    """True for a lower-case word of letters that no noun, lemma or word list knows."""
    if not (word.isalpha() and word.islower() and len(word) >= _MIN_LETTERS):
        return False
    b = fold(word)
    said = g.function_words | g.subject_pronouns | g.object_pronouns | g.articles
    said |= g.possessive_words | g.amount_words | g.clause_adverbs | g.place_adverbs
    if b in said or word in g.lemma_forms or word in g.lemmas:
        return False
    return g.noun_class(word) is None and g.noun_kind(word) is None and not _known_form(word, g)


def _known_form(word: str, g: Grammar) -> bool:
    """True for the definite form of a known noun or a compound ending in one ("martsmødet":
    "møde" + "t", "klubmesterskabet": "mesterskab" + "et")."""
    for end in _DEFINITE_ENDINGS:
        stem = word[: -len(end)] if word.endswith(end) else ""
        if any(
            stem[k:] in g.noun_classes
            for k in range(len(stem) - _MIN_LETTERS + 1)
            if k == 0 or len(stem) - k >= NOUN_LAST_PART
        ):
            return True
    return False


def _explaining_noun(words: list[str], k: int, g: Grammar) -> str | None:
    """The known noun after "det er" (an article between or not) from k, else None."""
    if k + 2 >= len(words) or words[k][-1:] in EDGE or words[k + 1][-1:] in EDGE:
        return None
    if fold(words[k].lower()) not in g.resumptive_pronouns:
        return None
    if fold(words[k + 1].lower()) not in g.cleft_verbs:
        return None
    n = k + 3 if fold(words[k + 2].strip(EDGE).lower()) in g.articles else k + 2
    if n >= len(words):
        return None
    noun = words[n].rstrip(EDGE)
    if not (noun.isalpha() and noun.islower()) or fold(noun) in g.function_words:
        return None
    if fold(noun) in g.explained_places:
        return None  # "brabrand, det er en bydel": a place, written as said
    return noun if g.noun_class(noun) is not None else None


def explained_nouns(
    texts: Iterable[str], g: Grammar, unknown: frozenset[str] | None = None
) -> dict[str, str]:
    """{word: its noun class} for each unknown lower-case word (one of `unknown`, the words the
    speller did not know, when given) said right before ", det er" and
    a known noun ("jebena, det er kaffekande" → "jebena": "en", as "kande"; "injera, det er et
    brød" → "injera": "et"); a known word, a name with a capital and a noun not said after "det
    er" ("jebena er god") give none."""
    out: dict[str, str] = {}
    for text in texts:
        words = str(text or "").split()
        for i in range(len(words) - 3):
            if not words[i].endswith(",") or words[i][:-1][-1:] in EDGE:
                continue
            word = words[i][:-1]
            if not _unknown(word, g) or word in out:
                continue
            if unknown is not None and word not in unknown:
                continue  # "søen, det er …": a word the speller knows
            noun = _explaining_noun(words, i + 1, g)
            if noun is None:
                continue
            neuter = (g.noun_class(noun) or "").rstrip("+").endswith("t")
            ending = "t" if neuter else "n"
            out[word] = ending if word.endswith("e") else "e" + ending
    return out


_TAUGHT: dict[tuple[int, tuple[tuple[str, str], ...]], tuple[Grammar, Grammar]] = {}
_TAUGHT_MAX = 32  # grammars kept with explained words (one per dialogue's words)
# Grammar's cached sets that do not read the noun table, shared with a grammar taught words
_SHARED = ("lemmas", "present_forms", "never_present", "singular_noun_endings")


def _taught(g: Grammar, taught: tuple[tuple[str, str], ...]) -> Grammar:
    key = (id(g), taught)
    kept = _TAUGHT.get(key)
    if kept is None or kept[0] is not g:
        if len(_TAUGHT) >= _TAUGHT_MAX:
            _TAUGHT.clear()
        known = replace(g, noun_classes=ChainMap(dict(taught), g.noun_classes))
        for name in _SHARED:  # the word tables' own sets, as they were: no second copy
            if name in vars(g):
                vars(known)[name] = vars(g)[name]
        kept = _TAUGHT[key] = (g, known)
    return kept[1]


def grammar_knowing(
    g: Grammar, texts: Iterable[str], unknown: frozenset[str] | None = None
) -> Grammar:
    """The grammar with the words the person explained as things in its noun table (see
    explained_nouns); the same grammar when nothing was explained."""
    found = explained_nouns(texts, g, unknown)
    return _taught(g, tuple(sorted(found.items()))) if found else g


#: (id of the templates, id of a grammar taught words) → (both, the templates with it): one
#: dialogue composes with the same templates each time (compose_goal's memo knows them).
_TAUGHT_GOALS: dict[tuple[int, int], tuple[GoalTemplates, Grammar, GoalTemplates]] = {}


def templates_knowing(
    goals: GoalTemplates, texts: Iterable[str], unknown: frozenset[str]
) -> GoalTemplates:
    """The goal templates with a grammar that knows the words of `unknown` the person explained
    as things (grammar_knowing); the same templates when nothing was explained."""
    if not unknown:
        return goals
    known = grammar_knowing(goals.grammar, texts, unknown)
    if known is goals.grammar:
        return goals
    kept = _TAUGHT_GOALS.get((id(goals), id(known)))
    if kept is None or kept[0] is not goals or kept[1] is not known:
        if len(_TAUGHT_GOALS) >= _TAUGHT_MAX:
            _TAUGHT_GOALS.clear()
        kept = (goals, known, replace(goals, grammar=known, variants={}))
        _TAUGHT_GOALS[(id(goals), id(known))] = kept
    return kept[2]


def glossed_nouns(text: str, g: Grammar, unknown: frozenset[str]) -> dict[str, str]:
    """{word: the noun that glosses it} for each word of `unknown` said right before ", det er"
    and a known noun with no article that ends its clause ("risha, det er plekter, så …":
    "risha": "plekter"): the Danish name of the same thing, said in its place. An explanation
    with an article or more words after the noun ("jebena, det er kaffekande af ler", "injera,
    det er et brød") tells what kind of thing the word is and keeps it."""
    words = str(text or "").split()
    out: dict[str, str] = {}
    for i in range(len(words) - 3):
        word = words[i][:-1].lower()
        if not words[i].endswith(",") or word not in unknown or not _unknown(word, g):
            continue
        if fold(words[i + 3].strip(EDGE).lower()) in g.articles:
            continue
        noun = _explaining_noun(words, i + 1, g)
        last = i + 3 == len(words) - 1 or words[i + 3][-1:] in EDGE
        if noun is not None and last:
            out[word] = noun
    return out
