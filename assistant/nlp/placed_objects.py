"""A thing said bare as the object of a verb of putting, lifting or carrying, before where it
goes ("sætter fad på bordet" → "sætter fadet på bordet"): a second language's dropped ending."""

from __future__ import annotations

from collections.abc import Callable

from assistant.content.grammar import EDGE, Grammar, fold


def placed_objects_written(
    words: list[str], g: Grammar, count_noun: Callable[[str, Grammar], bool]
) -> list[str]:
    """The definite form of a bare singular count noun right after a verb of placing_verbs and
    right before a preposition of placing_leads ("løfte gryde fra komfuret" → "gryden", "bære
    taske ud til bilen" → "tasken"); an idiom's noun ("sætte pris på", "lægge vægt på", "tage
    hensyn til": placed_idiom_nouns), a noun with its article ("sætte en kop på bordet"), a
    noun said last ("bære kurv") and a noun with no definite form in the lemma table
    ("sætte servietter i mappen": the table's noun list holds plurals too) stay as said."""
    if not g.placing_verbs:
        return words
    out = list(words)
    for i in range(1, len(out) - 1):
        verb, noun, lead = out[i - 1], out[i], out[i + 1]
        if verb[-1:] in EDGE or noun[-1:] in EDGE or not noun.islower():
            continue
        if fold(verb.lower()) not in g.placing_verbs or fold(lead.lower()) not in g.placing_leads:
            continue
        if fold(noun) in g.placed_idiom_nouns or not count_noun(noun, g):
            continue
        definite = g.definite_of(noun)  # the lemma table's: "servietter" is a plural
        if definite and definite != noun:
            out[i] = definite
    return out
