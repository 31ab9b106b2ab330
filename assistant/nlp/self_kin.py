"""A grandparent word in the citizen's own reason that names the citizen ("mormor").

"fordi de snart er for store til at gide mormor": what the grandchildren call the one speaking,
written as the goal's first person ("… til at gide mig") when it is a verb's object. After a
preposition ("en sweater fra mormor", "lege med farfar") or a verb of being ("jeg er mormor")
it is the name the children use, kept; so is one with an owner before it ("min mormor"), a
genitive ("mormors"), one beside another such word ("mormor og morfar") and a subject.

Only the object of a verb of what the grandchildren do to the one they call so (self_kin_verbs:
"gide", "drille", "kilde"), never of a visit or help ("besøge oldemor", "hjælper morfar med
haven": a husband called "morfar" as often as the citizen), never in a clause whose subject is
the citizen ("jeg vil drille morfar"), and never when a "han"/"hun"/"ham"/"hende" after it takes
the word up ("savner farfar, han bor på plejehjemmet"): someone else.
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def self_kin_as_object(words: list[str], g: Grammar, told: str = "") -> list[str]:
    """The reason's words with each grandparent word that names the citizen as an object
    written as the first person's object (see the module); `told` is the whole answer, whose
    later clauses (cut from the words) may take the word up as another's."""
    if not g.self_kin_said or not g.self_kin_object or not g.self_kin_verbs:
        return words
    out = list(words)
    others = g.citizen_pronouns | g.object_pronouns  # "…, han bor på plejehjemmet": another
    owners = g.possessive_words | g.articles | g.citizen_possessives
    for k, word in enumerate(words):
        if k == 0 or _b(word) not in g.self_kin_said:
            continue
        before = words[k - 1]
        if before[-1:] in EDGE or _b(before) in owners | g.main_joins | g.subordinators:
            continue  # "min mormor", "…, mormor siger", "og mormor": no object
        if not _verb(before, g):
            continue  # "en sweater fra mormor", "jeg er mormor": the name the children use
        if _lemma(before, g) not in g.self_kin_verbs or _own_clause(words, k, g):
            continue  # "besøge oldemor", "jeg vil drille morfar": another grandparent
        if any(_b(w) in others for w in words[k + 1 :]) or _taken_up(word, told, others):
            continue  # "savner farfar, han bor på plejehjemmet": taken up as another
        nxt = _b(words[k + 1]) if k + 1 < len(words) and word[-1:] not in EDGE else ""
        if nxt in g.main_joins and k + 2 < len(words) and _b(words[k + 2]) in g.self_kin_said:
            continue  # "mormor og morfar": the two of them
        if nxt and g.is_finite(nxt):
            continue  # "som mormor gør": its own clause's subject
        out[k] = g.self_kin_object + word[len(word.rstrip(EDGE)) :]
    return out


def _taken_up(word: str, told: str, others: frozenset[str]) -> bool:
    """True when a han/hun/ham/hende follows the grandparent word in the whole answer."""
    said = [_b(w) for w in told.split()]
    kin = _b(word)
    return kin in said and any(w in others for w in said[said.index(kin) + 1 :])


def _lemma(word: str, g: Grammar) -> str:
    """The verb's infinitive ("gider" → "gide", "drillede" → "drille"), else the word bare."""
    w = _b(word)
    found = g.infinitive_of(w) or g.infinitive_of_preterite(w)
    if found:
        return _b(found)
    return w[:-2] if g.is_past(w) and w.endswith("ede") else w


def _own_clause(words: list[str], k: int, g: Grammar) -> bool:
    """True when the citizen ("jeg", "vi") is the subject of the clause of words[k]."""
    for i in range(k - 1, -1, -1):
        w = _b(words[i])
        if w in g.self_kin_own_subjects:
            return True
        if words[i][-1:] in EDGE or w in g.main_joins:
            return False
        if w in g.subordinators and not g.is_infinitive(words[i + 1]):
            return False  # "fordi de …", not "at kilde" (an infinitive's "at")
    return False


def _verb(word: str, g: Grammar) -> bool:
    """True for a verb whose object the word after it is ("gide", "drille"), no verb of being."""
    if _b(word) in g.be_verbs:
        return False
    return g.is_infinitive(word) or g.is_present(word) or g.is_past(word)
