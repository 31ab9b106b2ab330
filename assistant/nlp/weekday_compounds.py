"""A weekday said before a noun as the subject of a clause, written as the compound it names
("fordi fredag couscous, det er vores familie" → "fordi fredagscouscous, det er …")."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold


def _b(word: str) -> str:
    return fold(word.strip(EDGE).lower())


def _opens_clause(words: list[str], i: int, g: Grammar) -> bool:
    """True when words[i] opens a clause: the first word, after a mark or after a join."""
    if i == 0 or words[i - 1][-1:] in EDGE:
        return True
    return _b(words[i - 1]) in g.subordinators | g.clause_subordinators | g.main_joins


def _said_of(words: list[str], k: int, g: Grammar) -> bool:
    """True when the words after the noun at k say something of it: a comma and a pronoun
    taking it up ("couscous, det er …") or a finite verb of being with no subject after it
    ("couscous er vores familie"; "fredag aften er det bingo" says when)."""
    if k + 1 >= len(words):
        return False
    if words[k].endswith(","):
        return _b(words[k + 1]) in g.resumptive_pronouns
    if words[k][-1:] in EDGE or _b(words[k + 1]) not in g.cleft_verbs:
        return False
    after = _b(words[k + 2]) if k + 2 < len(words) else ""
    return after not in g.subject_pronouns  # "fredag aften er det bingo": when, inverted


def weekday_compounds(words: list[str], g: Grammar) -> list[str]:
    """A bare weekday opening a clause right before a lower-case noun the clause is about,
    joined with it by the linking "s" ("fredag couscous, det er" → "fredagscouscous, det er",
    "søndag kaffe er min ro" → "søndagskaffe er"); a verb, pronoun or adverb after the weekday
    ("fredag kommer de"), a led weekday ("hver fredag couscous") and a noun that says nothing
    of itself ("fredag couscous og te") stay as said."""
    if not g.weekday_link:
        return words
    said = g.function_words | g.subject_pronouns | g.object_pronouns | g.clause_adverbs
    said |= g.possessive_words | g.articles | g.amount_words | g.time_of_day_bare
    out: list[str] = []
    i = 0
    while i < len(words):
        day = words[i]
        if (
            i + 1 < len(words)
            and _b(day) in g.time_of_day_bare
            and day[-1:] not in EDGE
            and _opens_clause(words, i, g)
            and (noun := words[i + 1].rstrip(EDGE)).isalpha()
            and noun.islower()
            and _b(noun) not in said
            and not (g.is_present(noun) or g.is_past(noun) or _b(noun) in g.modals)
            and _said_of(words, i + 1, g)
        ):
            day_said = day.strip(EDGE)
            lead = day_said[:1].lower() if i and words[i - 1][-1:] not in ".!?" else day_said[:1]
            out.append(lead + day_said[1:] + g.weekday_link + words[i + 1])
            i += 2
            continue
        out.append(day)
        i += 1
    return out
