"""A sign typed as fragments around one thing is one noun phrase said in Danish order: "et skib.
færdigt. i flasken. selv. masterne rejst." is "selv et skib færdigt i flasken med masterne
rejst" (the goal says "når jeg selv kan bygge et skib færdigt i flasken med masterne rejst"),
never the fragments pasted with commas between.

The first fragment is the thing (an indefinite article or a count and a noun: "et skib", "to
huer"); every other fragment is one of: its end point alone (finished_words: "færdigt"), where
it is (a place lead and a definite noun: "i flasken"), the citizen's own doing alone
(independence_words: "selv", said first), a definite thing and its past participle ("masterne
rejst", said after sign_attendant), or a span in two fragments ("fra klods. til olie.": "fra
klods til olie", bare as grammar from_to keeps it). Any other fragment leaves the sign as said.
"""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.marks import fragments_at
from assistant.nlp.telegraph import _definite_noun, _participle

_ENDS = ".;,"  # marks that end a fragment
_PARTS = 2  # a thing and one fragment about it at least
_ATTENDANT = 2  # "masterne rejst"
_THING_WORDS = 3  # "et skib", "et stort skib"
_PLACE_WORDS = 3  # "i flasken", "på min hylde"
_SPAN_WORDS = 3  # "fra klods", "til den sidste olie"


def one_thing_sign(words: list[str], g: Grammar) -> list[str]:
    """The sign's words as one phrase when it is typed as fragments around one thing (see the
    module), else `words` as said."""
    parts = [[w.rstrip(_ENDS) for w in p] for p in fragments_at(words, _ENDS)]
    if len(parts) < _PARTS or not g.sign_attendant or not _thing(parts[0], g):
        return words
    own: list[str] = []
    out = [parts[0][0].lower(), *parts[0][1:]]  # "Et skib.": the fragment's capital, no name
    rest = iter(parts[1:])
    for part in rest:
        low = [_b(w) for w in part]
        span = _span(part, parts, g)
        if span is not None:  # "fra klods. til olie.": "fra klods til olie"
            out += [*part, *span]
            next(rest, None)
        elif len(part) == 1 and low[0] in g.independence_words:
            own = [part[0].lower()]
        elif len(part) == 1 and low[0] in g.finished_words:
            out.append(part[0].lower())
        elif _place(part, low, g):
            out += part
        elif len(part) == _ATTENDANT and _definite(part[0], g) and _participle(part[1], g):
            out += [g.sign_attendant, *(w.lower() for w in part)]
        else:
            return words
    return [*own, *out]


def _span(part: list[str], parts: list[list[str]], g: Grammar) -> list[str] | None:
    """The part after `part` when the two say a span "fra X. til Y." (grammar from_to, a word
    or two after each lead: "fra klods. til olie."), joined as said, bare; else None."""
    k = next(k for k, p in enumerate(parts) if p is part)
    after = parts[k + 1] if k + 1 < len(parts) else []
    if not (_PARTS <= len(part) <= _SPAN_WORDS and _PARTS <= len(after) <= _SPAN_WORDS):
        return None
    if _b(part[0]) != g.from_word or _b(after[0]) != g.to_word:
        return None
    return after if all(w.isalpha() for w in [*part, *after]) else None


def _thing(part: list[str], g: Grammar) -> bool:
    """True for a thing said with its article or count ("et skib", "Et skib", "to huer")."""
    if not _PARTS <= len(part) <= _THING_WORDS:
        return False
    first, noun = part[0].lower(), part[-1]
    counted = first in g.indefinite_articles.values() or first in g.amount_words or first.isdigit()
    known = g.indefinite_article(noun) or g.noun_kind(noun) or g.is_indefinite_plural(noun)
    return counted and noun.isalpha() and noun.islower() and bool(known)


def _place(part: list[str], low: list[str], g: Grammar) -> bool:
    """True for where the thing is: a place lead and a definite noun, an owner between at most
    ("i flasken", "på min hylde")."""
    if not _PARTS <= len(part) <= _PLACE_WORDS or low[0] not in g.place_leads:
        return False
    between, noun = low[1:-1], part[-1]
    if between:  # "på min altan": an owned noun said bare
        owned = noun.isalpha() and noun.islower() and g.indefinite_article(noun) is not None
        return all(w in g.possessive_words for w in between) and owned
    return _definite(noun, g)


def _definite(word: str, g: Grammar) -> bool:
    """True for a lower-case noun in its definite form by the lemma table ("flasken") or by a
    definite ending after a noun the grammar gives an article ("mast" + "erne": "masterne")."""
    if not (word.isalpha() and word.islower()):
        return False
    return _definite_noun(word, g) or any(
        word.endswith(end) and g.indefinite_article(word[: -len(end)]) is not None
        for end in _DEFINITE_ENDS
        if len(word) - len(end) >= _STEM
    )


_DEFINITE_ENDS = ("erne", "ene", "en", "et")  # "masterne", "skibene", "flasken", "låget"
_STEM = 3  # letters of a noun before its ending at least
