"""A wish whose object is a name the citizen gave before to a thing or an animal they have:
"Jeg har en kongepuddel der hedder Molly … bade og klippe Molly igen" wishes "bade og klippe min
kongepuddel Molly igen", so the goal says what Molly is.

The thing is told as `pointed_thing` reads a thing the citizen has ("jeg har en …": a known noun
of the article's gender), then its name after one of the grammar's naming leads and verbs ("der
hedder", "som hedder"). A name said with its noun already ("min puddel Molly") stays as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar, fold
from assistant.nlp.pointed_thing import had_thing, own_possessive

_EDGE = ",.;:!?"


def named_thing(action: str | None, words: Sequence[str], said: Sequence[str], g: Grammar) -> str:
    """The wish's phrase with a name given before to a thing the citizen has said with its noun
    and the citizen's possessive ("bade og klippe Molly" → "… min kongepuddel Molly")."""
    tokens = (action or "").split()
    if len(tokens) < 2 or not g.is_infinitive(tokens[0]):
        return action or ""
    told = _named(words, said, g)
    for p, token in enumerate(tokens[1:], start=1):
        name = token.rstrip(_EDGE)
        if name not in told or fold(tokens[p - 1]).lower() in g.possessive_words:
            continue
        if p > 1 and fold(tokens[p - 1]).lower() == fold(told[name][1]).lower():
            continue  # "min puddel Molly": the noun said already
        kind, noun = told[name]
        return " ".join([*tokens[:p], own_possessive(kind, g), noun, *tokens[p:]])
    return action or ""


def _named(words: Sequence[str], said: Sequence[str], g: Grammar) -> dict[str, tuple[str, str]]:
    """Name as said → (gender, noun as said) for every thing the citizen has and names ("jeg har
    en kongepuddel der hedder Molly")."""
    out: dict[str, tuple[str, str]] = {}
    if not any(fold(w) in g.naming_verbs for w in words[3:]):
        return out  # no verb of naming said ("hedder"; most answers): no name to find
    for j in range(len(words) - 4):
        had = had_thing(words, said, j, g) or _had_noun(words, said, j, g)
        if had is None or said[j + 1].rstrip(_EDGE) != said[j + 1]:
            continue
        lead, verb, name = words[j + 2], words[j + 3], said[j + 4].rstrip(_EDGE)
        if fold(lead) in g.naming_leads and fold(verb) in g.naming_verbs and name[:1].isupper():
            out.setdefault(name, had)
    return out


def _had_noun(words: Sequence[str], said: Sequence[str], j: int, g: Grammar):
    """(gender, noun as said) for "jeg har en kongepuddel": a noun of the dictionary (nouns.json)
    the grammar's short noun list lacks, of the article's gender by its definite ending."""
    kind = g.article_genders.get(words[j])
    if kind is None or j < 2 or words[j - 2] != g.self_subject:
        return None
    if g.lemma_forms.get(words[j - 1]) not in g.owning_verbs:
        return None
    ending = g.noun_class(words[j + 1])
    if (
        ending is None
        or "|" in ending
        or g.lemma_forms.get(words[j + 1], words[j + 1]) != words[j + 1]
    ):
        return None
    gender = "n" if ending.rstrip("+").endswith("t") else "c"
    return (gender, said[j + 1]) if gender == kind else None
