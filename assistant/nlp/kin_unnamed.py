"""Another person in the goal sentence by their relation, never by first name: "med min mand Bent
igen" → "med min mand igen", "min søster Birthes billede" → "min søsters billede", "vores
barnebarn Malthe" → "vores barnebarn". The name said beside an owned relation (a possessive, at
most one word such as "gamle" between, and a word of kin_before_names; a fond adjective before the
name goes with it: "mit barnebarn lille Alma") is dropped; the relation
says who it is. The answers keep the name for staff. A name said alone (a pet, a friend no answer
ties) is another rule's; a name before its relation ("Bent, min mand") stays too.
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold, genitive
from assistant.content.grammar import bare as _b
from assistant.nlp.genitive_name import genitive_name

_GAP = 1  # words between the possessive and the relation at most ("min gamle ven Svend")
_NAMES = 2  # words of one first name at most ("min mand Poul Erik")
_MARKS = ',.;:!?"()'  # the marks after a word; an apostrophe is a genitive's ("Lars'")


def kin_without_names(words: list[str], g: Grammar) -> list[str]:
    """The words with each first name right after an owned relation dropped, a genitive name
    said by the relation's genitive; the same name said alone later in the words is said by
    its relation too ("… og trykke på Birthes billede": "min søsters billede")."""
    out: list[str] = []
    named: dict[str, list[str]] = {}  # a dropped name → the relation it was said beside
    k = 0
    while k < len(words):
        said = words[k].rstrip(_MARKS)
        core = said.rstrip("'")
        after = words[k + 1] if k + 1 < len(words) else ""
        owner = genitive_name(words[k].rstrip('"()'), after, g, frozenset(fold(n) for n in named))
        base = owner if owner in named else core
        if base in named and said[:1].isupper():
            tail = words[k][len(said) :]
            *owner, kin = named[base]
            gen = said.endswith("'") or base != core
            said_as = [*owner, (genitive(kin) if gen else kin) + tail]
            if not k or words[k - 1][-1:] in ".!?":  # "… hund. Svend er sød": a capital
                said_as[0] = said_as[0][:1].upper() + said_as[0][1:]
            out.extend(said_as)
            k += 1
            continue
        out.append(words[k])
        end = _names_after(words, k, g)
        if end is None:
            k += 1
            continue
        said = words[end - 1].rstrip(_MARKS)
        tail = words[end - 1][len(said) :]
        kin = out[-1]
        if kin.endswith(","):  # "min søn, Peter, kører": the apposition's commas go with it
            kin, tail = kin[:-1], tail[1:]
        name = said.rstrip("'")
        after = words[end] if end < len(words) else ""
        if said.endswith("'") or genitive_name(words[end - 1].rstrip('"()'), after, g):
            name = name if said.endswith("'") else name[:-1]
            out[-1] = genitive(kin) + tail
        else:
            out[-1] = kin + tail
        if end == k + 2 + _fond(words, k, g):  # one name: its later mentions say the relation
            owner = next(j for j in range(k - 1, -1, -1) if _b(words[j]) in g.possessive_words)
            named.setdefault(name, [*[w.strip(EDGE) for w in words[owner:k]], kin])
        k = end
    return out


def _names_after(words: list[str], k: int, g: Grammar) -> int | None:
    """The end (exclusive) of the first name said right after the relation at k, when k is an
    owned relation of kin_before_names; None otherwise."""
    kin = words[k]
    if _b(kin) not in g.kin_before_names or kin[-1:] in ".;:!?" or k + 1 >= len(words):
        return None
    if not any(_b(words[j]) in g.possessive_words for j in range(max(0, k - 1 - _GAP), k)):
        return None
    if k and words[k - 1][-1:] in EDGE:
        return None  # "… min. Søster": no owner of hers
    fond = _fond(words, k, g)  # "mit barnebarn lille Alma": the fond word goes with it
    j = k + 1 + fond
    while j < len(words) and j - k <= _NAMES + fond and _name(words[j], g):
        j += 1
        if words[j - 1][-1:] in EDGE:
            break  # "min mand Bent, og …": the name ends at its mark
    if j == k + 1 + fond:
        return None
    if kin.endswith(",") and not words[j - 1].rstrip(".;:!?").endswith(","):
        return None  # "min søn, Peter kører": not an apposition closed by a comma
    return j


def _fond(words: list[str], k: int, g: Grammar) -> int:
    """1 when a fond adjective of name_adjectives and a name follow the relation at k ("mit
    barnebarn lille Alma"), else 0."""
    at = k + 1
    if at + 1 >= len(words) or words[k][-1:] in EDGE or words[at][-1:] in EDGE:
        return 0
    return int(_b(words[at]) in g.name_adjectives and _name(words[at + 1], g))


def _name(word: str, g: Grammar) -> bool:
    """True for a word written as a first name ("Bent", "Bents", "Lars'"): a capital, then small
    letters; no word of the grammar's tables in small letters (no "Igen", "Og")."""
    core = word.rstrip(EDGE).rstrip("'")
    if len(core) < 2 or not core.isalpha() or not core[0].isupper() or not core[1:].islower():
        return False
    low = core.lower()
    if low in g.person_names:
        return True
    return low not in g.lemma_forms and _b(low) not in g.function_words
