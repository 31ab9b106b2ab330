"""An indefinite article said with the other gender's noun, as a second language may ("en høj
taburet og en monteringsstativ", "et cykel med el"): written with the noun's own article
("et monteringsstativ", "en cykel"). Only before a bare singular noun the tables give one
gender (a compound by its last part; "en trappelift" stays: "lift" is both), right after the
article or after one adjective; a noun said apart from the next noun ("en skab nøgle": one
compound) and function words ("et andet sted") stay as said.

A whole thing said without its article, as a fragment speaker or a second language may ("Helt
spil. Selv.", "spille hel time"): the article the noun takes goes before it ("et helt spil",
"en hel time"), when "hel"/"helt" agrees with the noun's gender and nothing before it is a
word of the noun phrase (an article, an owner, a number: "mit hele liv", "to hele dage"); "helt
hjem", "helt færdig", "hele dagen" stay as said."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def articles_agreeing(words: list[str], g: Grammar) -> list[str]:
    """The words with each indefinite article agreeing with its noun (see the module)."""
    articles = {_b(a): a for a in g.indefinite_articles.values()}
    if len(articles) < 2:
        return words
    out = list(words)
    for i in range(len(out) - 1):
        said = out[i]
        if said[-1:] in EDGE or _b(said) not in articles:
            continue
        j = i + 2 if _adjective(out[i + 1], g) and i + 2 < len(out) else i + 1
        noun = _noun_at(out, j, g)
        article = _own_article(noun, g) if noun else None
        if article and _b(article) != _b(said):
            out[i] = article[:1].upper() + article[1:] if said[:1].isupper() else article
            if j == i + 2:
                out[i + 1] = _adjective_for(out[i + 1], g.is_neuter_article(article), g)
    return out


def _own_article(noun: str, g: Grammar) -> str | None:
    """The noun's indefinite article when the tables give it one gender: the goal grammar's
    noun list ("hus": et), else nlp/nouns.json with one ending ("stativ"); None for a noun of
    both ("lift": en or et) or none."""
    kind = g.noun_kind(noun)
    if kind in ("c", "n"):
        return g.indefinite_articles.get(kind)
    return g.indefinite_article(noun) if g.of_one_gender(noun) else None


def _adjective_for(said: str, neuter: bool, g: Grammar) -> str:
    """The adjective in the form of the mended article ("en ny hus" → "et nyt hus", "et højt
    stol" → "en høj stol"); as said when it has no other form ("lille")."""
    if neuter:
        return g.bare_adjectives.get(_b(said), said)
    common = said.removesuffix("t")
    return common if common != said and _b(common) in g.bare_adjectives else said


def _adjective(word: str, g: Grammar) -> bool:
    """True for an adjective of bare_adjectives said between the article and its noun ("en høj
    …", "et højt …")."""
    if word[-1:] in EDGE or not word.islower():
        return False
    return _b(word) in g.bare_adjectives or _b(word.removesuffix("t")) in g.bare_adjectives


def _noun_at(words: list[str], j: int, g: Grammar) -> str | None:
    """The bare singular noun at j, lower-case as said, when nothing after it makes it the first
    part of a compound said apart; None otherwise."""
    word = words[j]
    core = word.rstrip(EDGE)
    if not core.isalpha() or not core.islower() or _b(core) in g.function_words:
        return None
    if g.lemma_forms.get(core, core) != core or g.is_bare_infinitive(core):
        return None  # "en stolene", "et løbe": no bare singular noun
    nxt = words[j + 1].rstrip(EDGE).lower() if j + 1 < len(words) and word == core else ""
    if nxt.isalpha() and g.indefinite_article(nxt) and _b(nxt) not in g.function_words:
        return None  # "en skab nøgle": a compound said apart
    return core


def whole_articles(words: list[str], g: Grammar) -> list[str]:
    """The words with an indefinite article before each whole thing said without one (see the
    module): "Helt spil." → "Et helt spil.", "spille hel time" → "spille en hel time"."""
    out: list[str] = []
    for i, said in enumerate(words):
        article = _whole_article(words, i, g)
        if article is not None:
            first = said[:1].isupper() and (i == 0 or words[i - 1][-1:] in _STOPS)
            out.append(article[:1].upper() + article[1:] if first else article)
            said = said.lower() if first else said
        out.append(said)
    return out


_STOPS = ".!?"


def _whole_article(words: list[str], i: int, g: Grammar) -> str | None:
    """The article for the whole thing at i ("helt spil": "et"), None for any other word."""
    said = words[i]
    if i + 1 >= len(words) or said[-1:] in EDGE or _b(said) not in g.length_whole_leads:
        return None
    if i and words[i - 1][-1:] not in EDGE and _in_phrase(words[i - 1], g):
        return None  # "mit hele liv", "en hel time": the phrase has its lead
    noun = words[i + 1].rstrip(EDGE).lower()
    function = g.function_words | g.motion_adverbs | g.place_adverbs
    if not noun.isalpha() or _b(noun) in function or _adjective(noun, g):
        return None  # "helt hjem", "helt ny"
    if g.lemma_forms.get(noun, noun) != noun or g.is_bare_infinitive(noun):
        return None  # "hele dagen", "hele børnene": a definite or plural form
    article = _own_article(noun, g)
    b = _b(said)
    neuter = b.endswith(_NEUTER_END)
    common = _b(said + _NEUTER_END) in g.length_whole_leads  # "hel" beside "helt"; not "hele"
    if article is None or not (neuter if g.is_neuter_article(article) else common):
        return None  # "hel spil", "helt time", "hele fredag": no agreement, said otherwise
    return article


_NEUTER_END = "t"  # "helt": the neuter form of "hel"


def _in_phrase(word: str, g: Grammar) -> bool:
    """True for a word that leads a noun phrase: an article, an owner, a number, a quantifier."""
    b = _b(word)
    leads = g.function_words | g.possessive_words | g.amount_words | g.noun_quantifiers
    return b in leads or word.isdigit() or b in g.range_numbers
