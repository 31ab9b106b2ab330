"""An end point said after a count of more than one and its plural noun, as a second language and
speech say it uninflected ("strikke fem huer færdig", "bage to kager færdigt", "alle tolv
julekort færdig"): written in the plural that agrees with the things ("fem huer færdige";
grammar finished_plurals). One thing ("en hue færdig"), a count of time ("på to timer færdig")
and an end point of the doer ("jeg er færdig") stay as said."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

#: Most words of the counted noun phrase between the count and the end point ("fem små huer").
_NOUN_WORDS = 2


def counted_finished(words: list[str], g: Grammar) -> list[str]:
    """The words with each end point after a counted plural in its plural (see the module)."""
    if not g.finished_plurals:
        return words
    out = list(words)
    for k in range(2, len(out)):
        core = out[k].rstrip(EDGE)
        plural = g.finished_plurals.get(_b(core))
        if plural is None or not core.islower():
            continue
        if _counted(out, k, g):
            out[k] = plural + out[k][len(core) :]
    return out


def _counted(words: list[str], k: int, g: Grammar) -> bool:
    """True when a count of more than one opens the noun phrase right before words[k]: the
    count, then one or two words of letters (no unit of time, no function word)."""
    for start in range(k - 2, max(-1, k - 2 - _NOUN_WORDS), -1):
        noun = words[start + 1 : k]
        if any(not w.isalpha() or _b(w) in g.function_words for w in noun):
            return False
        if any(g.kind_of_unit(g.lemma_forms.get(w.lower(), w.lower())) for w in noun):
            return False  # "på to timer færdig": a time, no things
        count = words[start].rstrip(EDGE)
        if words[start][-1:] in EDGE:
            return False
        number = count.isdigit() and int(count) > 1
        if number or _b(count) in g.amount_words | g.plural_quantifiers:
            return True
    return False
