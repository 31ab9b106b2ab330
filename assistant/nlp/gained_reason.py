"""A reason typed as fragments that each name what the wish gives: "Tålmodighed. Ro i hovedet."
(fix round 53, blind173 Georg; pure).

Asked why, a fragment speaker names the gains: patience, peace in his head. The goal says them as
one clause, "fordi det giver mig tålmodighed og ro i hovedet" (the grammar's gained_phrase), never
"så jeg kan ro i hovedet" (the noun "ro" read as the verb, to row). Two or three fragments, each a
bare singular noun the noun table knows, an adjective before it at most ("frisk luft") and a
preposition with a definite noun after it at most ("i hovedet"); at least one of the nouns is a
mass noun (no plural in the noun table) and no verb's infinitive ("tålmodighed"), so the list is
one of gains, not of things ("Lup. Pude."). A trouble ("Smerter."), a person,
a thing that stands for a doing (reason_thing_doings: "Kaffe."), a definite noun ("Familien.") or
a negation ("Ikke alene.") makes it no such reason; so does a noun that is none of the grammar's
gains (gained_words): a measure of health ("Blodtryk. Kolesterol.": to be lowered, never what
the walk "gives") or a trouble the trouble words lack ("Stivhed. Usikkerhed.").
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.bare_reason import is_trouble

_PARTS = (2, 3)  # fragments of such a reason, least and most
_TAIL = 2  # words after the noun at most: a preposition and a definite noun


def gained_reason(text: str, g: Grammar) -> str | None:
    """The reason as "det giver mig tålmodighed og ro i hovedet" (see the module), or None."""
    if not g.gained_phrase:
        return None
    parts = [p.split() for p in text.replace("!", ".").split(".") if p.strip(EDGE + " ")]
    if not _PARTS[0] <= len(parts) <= _PARTS[1]:
        return None
    said = [[w.strip(EDGE).lower() for w in p] for p in parts]
    heads = [_head(p, g) for p in said]
    if any(h is None for h in heads):
        return None
    nouns = [said[n][h] for n, h in enumerate(heads)]
    if not any(_mass(w, g) and not g.is_infinitive(w) for w in nouns):
        return None  # "Glæde. Ro.": a verb may be meant; "Lup. Pude.": things, no gains
    things = [" ".join(p) for p in said]
    listed = ", ".join(things[:-1]) + f" {g.and_word} {things[-1]}"
    return g.gained_phrase.format(things=listed)


def _head(words: list[str], g: Grammar) -> int | None:
    """Where the fragment's bare noun is ("ro i hovedet": 0, "frisk luft": 1), None for a
    fragment of no such noun."""
    k = 1 if len(words) > 1 and _b(words[0]) in g.bare_adjectives else 0
    if k >= len(words) or not _gain(words[k], g):
        return None
    tail = words[k + 1 :]
    if len(tail) > _TAIL or (tail and not _place(tail, g)):
        return None
    return k


def _gain(word: str, g: Grammar) -> bool:
    """True for a bare singular noun of the noun table and of the grammar's gains (gained_words:
    "ro", "motion"; never a measure of health, "blodtryk") that is no trouble, person, function
    word, negation or thing of a doing."""
    b = _b(word)
    if not word.isalpha() or b in g.function_words | g.negations or b in g.reason_thing_doings:
        return False
    if b in g.independence_words or word in g.place_names or b in g.place_names:
        return False  # "Sko. Selv.", "Enke. Hus. Hirtshals."
    if g.lemma_forms.get(word, word) != word or word in g.person_names:
        return False  # "familien", "børnene": a definite or plural form
    if is_trouble(word, g) or g.noun_kind(word) == "pl" or b in g.kin_before_names:
        return False
    return b in g.gained_words and g.noun_classes.get(word) is not None  # no "blodtryk"


def _place(tail: list[str], g: Grammar) -> bool:
    """True for a preposition and a definite noun ("i hovedet", "på sjælen")."""
    if len(tail) != _TAIL or _b(tail[0]) not in g.place_leads:
        return False
    noun = tail[1]
    lemma = g.lemma_forms.get(noun)
    return bool(lemma) and lemma != noun


_COUNTED = "+"  # a noun class of the noun table that has a plural: a thing one counts


def _mass(word: str, g: Grammar) -> bool:
    """True for a noun the noun table gives no plural: a mass or abstract noun ("tålmodighed",
    "tryghed", "motion"), no thing one counts ("lup", "pude")."""
    found = g.noun_classes.get(word)
    return found is not None and not found.endswith(_COUNTED)
