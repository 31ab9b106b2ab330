"""A reason typed as a thing of a relative's: "Mormors sølv. Arvestykker." (pure).

The citizen answers why with what the thing of the wish is: her grandmother's silver, heirlooms.
The goal says it as a clause, "fordi det er mormors sølv og arvestykker" (the grammar's
owned_thing_phrase), never the fragments raw. The first fragment is a genitive and a noun the
grammar knows: the genitive of one of owned_thing_owners ("Mormors", "fars") or a possessive and
the genitive of such a word or one of kin_before_names ("min mands værktøj", "min mors
symaskine"); each later fragment is one
word that is no function word or past verb ("Arvestykker."). Anything else is no such reason.
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

_PARTS = 3  # fragments of such a reason at most


def owned_thing_reason(text: str, g: Grammar) -> str | None:
    """The reason as "det er mormors sølv og arvestykker" (see the module), or None."""
    if not g.owned_thing_phrase:
        return None
    parts = [p.split() for p in text.replace("!", ".").split(".") if p.strip(EDGE + " ")]
    if not 0 < len(parts) <= _PARTS or not _owned_thing(parts[0], g):
        return None
    later = [p[0].strip(EDGE).lower() for p in parts[1:] if len(p) == 1]
    if len(later) != len(parts) - 1 or not all(_word(w, g) for w in later):
        return None
    first = [w.strip(EDGE).lower() for w in parts[0]]
    things = [" ".join(first), *later]
    said = things[0] if len(things) == 1 else ", ".join(things[:-1]) + f" {g.and_word} {things[-1]}"
    return g.owned_thing_phrase.format(thing=said)


def _owned_thing(words: list[str], g: Grammar) -> bool:
    """True for "Mormors sølv", "min mands værktøj": an owner's genitive and a known noun."""
    said = [w.strip(EDGE) for w in words]
    if len(said) == 3 and _b(said[0]) in g.possessive_words:
        owner, kin = said[1], g.kin_before_names | g.owned_thing_owners
    elif len(said) == 2:
        owner, kin = said[0], g.owned_thing_owners
    else:
        return False
    low = _b(owner)
    if not (low.endswith("s") and low[:-1] in kin):
        return False
    noun = said[-1].lower()
    return g.noun_class(noun) is not None or bool(g.lemma_forms.get(noun))


def _word(word: str, g: Grammar) -> bool:
    """True for a word that may name a thing: no function word, past verb or number (a plural
    in -er reads as a present too: "arvestykker")."""
    return word.isalpha() and _b(word) not in g.function_words and not g.is_past(word)
