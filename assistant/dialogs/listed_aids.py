"""Aids answered as bare things to the aid question ("stativ. tyk pen.", "rollator, høj
stol", "ipadstativ og touchpen"): the question says "med", so a short answer of things, one of
them an aid or a tool compound's last part, lists the means in the person's words."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold
from assistant.nlp.clauses import tool_name
from assistant.nlp.telegraph import _adjective_key as adjective_key
from assistant.nlp.telegraph import _agreeing as agreeing

#: Words of one thing said bare ("stor grøn knap"): adjectives and the noun.
_THING_WORDS = 3
#: Things in one such answer at most.
_THINGS = 4


def _parts(text: str, g: Grammar) -> list[list[str]]:
    """The things of an answer, split at full stops, commas and the and-word ("stativ. tyk
    pen", "stok og gribetang"): the words of each, lower-cased."""
    parts: list[list[str]] = [[]]
    for word in text.split():
        w = word.strip(EDGE).lower()
        if fold(w) == fold(g.and_word):
            parts.append([])
            continue
        if w:
            parts[-1].append(w)
        if word[-1:] in ".,!?;":
            parts.append([])
    return [p for p in parts if p]


def _aid_of(noun: str, lex, named) -> str | None:
    """The aid a bare noun names: an aid of the lexicon, a tool compound ("ipadstativ"), or a
    tool head said alone ("stativ", "skammel") by its lemma; else None."""
    return named(noun) or tool_name(noun, lex) or lex.tool_heads.get(noun)


def listed_aids(
    text: str, g: Grammar, lex, named, with_word: str
) -> tuple[list[str], str, int] | None:
    """The aids and their "med …" phrase of an answer that is only bare things, each a noun of
    known gender with adjectives before it at most, one of them an aid (`named`: the lexicon's
    aid of a word, else None) or a tool: "stativ. tyk pen." → (["stativ"], "med et stativ og en
    tyk pen", 2: the count of things); None for any other answer ("min datter", "selv")."""
    parts = _parts(text, g)
    if not parts or len(parts) > _THINGS or any(len(p) > _THING_WORDS for p in parts):
        return None
    phrases, aids = [], []
    for part in parts:
        noun = part[-1]
        article = g.indefinite_article(noun) if noun.isalpha() else None
        keys = [adjective_key(w, g) for w in part[:-1]]
        if not article or None in keys or adjective_key(noun, g) is not None:
            return None
        said = [agreeing(w, k, article, g) for w, k in zip(part[:-1], keys, strict=True)]
        if None in said:
            return None
        phrases.append(" ".join([article, *said, noun]))  # type: ignore[list-item]
        aid = _aid_of(noun, lex, named)
        if aid and aid not in aids:
            aids.append(aid)
    if not aids:
        return None
    listed = phrases[0]
    if len(phrases) > 1:
        listed = ", ".join(phrases[:-1]) + f" {g.and_word} {phrases[-1]}"
    return aids, f"{with_word} {listed}", len(phrases)
