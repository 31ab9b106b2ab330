"""A wish typed as a verbal noun is its verb: "Strygning. Mandens skjorter." is "stryge min
mands skjorter", "Vinduespudsning." is "pudse vinduer", "Opvask." is "vaske op".

The first part of the answer (up to a sentence mark) is one word: a noun of a verb listed in
action_verbal_nouns, or one whose stem before an ending of action_verbal_noun_endings with an -e
is a verb of the lemma table ("strygning": "stryge"), or a compound of a noun and such a word,
the noun the verb's object ("vinduespudsning": "pudse vinduer"; a noun on -e said in its plural,
any other bare: "slå græs"). A short noun part right after a verb said without an object is its
object, a person's genitive the citizen's own ("Mandens skjorter": "min mands skjorter"); a part
of time ("Mandage.") or a number is no object. Every other part stays as said.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar
from assistant.nlp.genitive_kin import genitive_person
from assistant.nlp.memo import once

_MIN_STEM = 3  # "strygning": at least "str" before the verbal noun's verb stem
_MAX_OBJECT = 3  # words of the noun part taken as the object ("mandens gamle skjorter")
_SENTENCE_MARKS = frozenset(".!?")


def _verbs(lex) -> frozenset[str]:
    """The verbs of the lemma table: lemmas with a present participle ("strygende")."""
    ends = tuple(lex.action.fragment_verb_endings)
    return once(
        lex,
        "verbal_noun_verbs",
        lambda x: frozenset(lem for form, lem in x.lemmas.items() if form.endswith(ends)),
    )


def verb_of(word: str, lex) -> str | None:
    """The verb (phrase) a verbal noun names ("strygning" → "stryge", "opvask" → "vaske op")."""
    cues = lex.action
    listed = cues.verbal_nouns.get(word)
    if listed is not None:
        return listed
    for end in cues.verbal_noun_endings:
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) >= _MIN_STEM and stem + "e" in _verbs(lex):
            return stem + "e"
    return None


def verbal_noun_phrase(word: str, lex, g: Grammar) -> str | None:
    """The verb phrase of a verbal noun said alone, a compound's first part its object."""
    own = verb_of(word, lex)
    if own is not None:
        return own
    for k in range(_MIN_STEM, len(word) - _MIN_STEM):
        verb = verb_of(word[k:], lex)
        thing = _object(word[:k], lex, g) if verb is not None else None
        if verb is not None and thing is not None:
            head, _, particle = verb.partition(" ")  # "gøre … rent": the object inside
            return f"{head} {thing} {particle}" if particle else f"{verb} {thing}"
    return None


def _object(first: str, lex, g: Grammar) -> str | None:
    """A compound's first part as the object: a noun on -e in its plural ("vinduer"), any other
    bare ("græs", "sølv"); None when it is no noun of the noun table."""
    for stem in (first, first[:-1] if first.endswith(("s", "e")) else ""):
        if stem and stem in g.noun_classes:
            plural = stem + "r"
            return plural if stem.endswith("e") and lex.lemmas.get(plural) == stem else stem
    return None


def verbal_noun_wish(
    words: Sequence[str], said: Sequence[str], punct: Sequence[bool], lex, g: Grammar
) -> str | None:
    """The answer with its opening verbal noun said as its verb (see the module), else None.

    `words`, `said`, `punct`: the token columns (lower case, as said, a mark)."""
    if lex.action is None or not lex.action.verbal_noun_endings:
        return None
    parts = _sentences(said, punct)
    if not parts or parts[0][1] - parts[0][0] != 1:
        return None
    first = parts[0][0]
    phrase = verbal_noun_phrase(words[first], lex, g) if words[first].isalpha() else None
    if phrase is None:
        return None
    rest = parts[1:]
    if rest and " " not in phrase and _noun_part(words, *rest[0], lex, g):
        s, e = rest[0]
        phrase = " ".join([phrase, *(_owned(words, said, k, k == s, lex, g) for k in range(s, e))])
        rest = rest[1:]
    return " ".join([phrase + ".", *(" ".join(said[s:e]) + "." for s, e in rest)])


def _sentences(said: Sequence[str], punct: Sequence[bool]) -> list[tuple[int, int]]:
    """The (start, end) of each run of words between sentence marks; [] when a word is a mark
    of another kind (a comma): no answer in short parts."""
    out, s = [], 0
    for k, mark in enumerate([*punct, True]):
        if mark and k < len(said) and said[k] not in _SENTENCE_MARKS:
            return []
        if mark:
            if k > s:
                out.append((s, k))
            s = k + 1
    return out


def _noun_part(words: Sequence[str], s: int, e: int, lex, g: Grammar) -> bool:
    """True when a part of a few words ends in a noun, no verb, number or time word in it."""
    if e - s > _MAX_OBJECT or not all(w.isalpha() for w in words[s:e]):
        return False
    if any(w in lex.weekdays or w in lex.time.triggers or w in _verbs(lex) for w in words[s:e]):
        return False
    head = words[e - 1]
    return head in g.noun_classes or lex.lemmas.get(head, "") in g.noun_classes


def _owned(words: Sequence[str], said: Sequence[str], k: int, opens: bool, lex, g) -> str:
    """A word of the object: a person's genitive as the citizen's own ("mandens": "min mands"),
    any other as said, the part's opening capital dropped."""
    person = genitive_person(words[k], lex)
    if person is not None and words[k].endswith(("ens", "ets")) and person in g.noun_classes:
        row = next((r for r in g.possessives if r[0] == g.own_possessive), None)
        if row is not None:  # "min mands", "mit barnebarns": the noun's gender
            neuter = g.noun_classes[person].lstrip("s").startswith(("et", "t"))
            return f"{row[1] if neuter else row[0]} {person}s"
    return words[k] if opens else said[k]
