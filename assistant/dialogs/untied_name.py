"""A reason's later sentence that names someone by a first name no answer ties to the citizen
("… han griner. Og så vil han ikke give Aksel den glæde at vinde hver gang."): the goal sentence
names others by their relation only, and nobody said who Aksel is, so that sentence stays out of
the goal sentence (the draft's motivation keeps it for staff). The first sentence always stays;
a name after a place's preposition ("til Kolding"), a place of the tables, the citizen's own
name and a name the rules before already said by its tie are no such name; a name in a clause
inside the sentence ("… så jeg kan passe haven, så Bent ikke skal", "når hun hører Gerdas
stemme") leaves the sentence, whose main clause is the citizen's, in the goal, and so does a
sentence that is only such a clause of the one before ("jeg savner kollegerne. og så Hanne ikke
skal stå alene": the reason joins it on as "…, så Hanne ikke skal stå alene") (pure).
"""

from __future__ import annotations

import re

from assistant.content.grammar import EDGE, fold
from assistant.content.grammar import bare as _b
from assistant.nlp.genitive_name import genitive_name

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def without_untied_names(
    told: str | None, g, known: frozenset[str] = frozenset(), leads: frozenset[str] = frozenset()
) -> str | None:
    """`told` without its sentences after the first that name a person no answer ties (see the
    module); `known` holds the folded words that are no such name (the citizen's own names,
    person words: "Mor"), `leads` the folded words before a place's name (dialogue.yaml
    place_name_leads: "til Kolding")."""
    if not told:
        return told
    sentences = [s for s in _SENTENCE_END.split(str(told).strip()) if s]
    if len(sentences) < 2:
        return told
    kept = [sentences[0], *(s for s in sentences[1:] if not _names_untied(s, g, known, leads))]
    return " ".join(kept) if len(kept) < len(sentences) else told


def _names_untied(sentence: str, g, known: frozenset[str], leads: frozenset[str]) -> bool:
    """True when a word inside `sentence` is a first name of a person no tie says."""
    words = sentence.split()
    if _clause_of_the_one_before(words, g):
        return False
    finite = inner = False
    for k in range(1, len(words)):
        bare = fold(words[k].strip(EDGE))
        if finite and bare in g.clause_subordinators:
            inner = True  # "… så Bent ikke skal", "… når hun hører Gerdas stemme": a clause in it
        finite = finite or g.is_present(bare) or g.is_past(bare) or bare in g.modals
        if inner:
            return False
        core = words[k].strip(EDGE)
        if not (len(core) > 1 and core.isalpha() and core[0].isupper() and core[1:].islower()):
            continue
        low = fold(core)
        if low in known or low in g.place_names or fold(words[k - 1].strip(EDGE)) in leads:
            continue  # "til Kolding", "i Vejen": a place; "Mor": the citizen
        return True
    return False


def _clause_of_the_one_before(words: list[str], g) -> bool:
    """True when `words` open, after joins, with a subordinator and no finite verb right after
    it ("og så Hanne ikke skal …"): no main clause of its own ("Og så vil han …" has one)."""
    k = 0
    while k < len(words) and fold(words[k].strip(EDGE)) in g.main_joins:
        k += 1
    if k + 1 >= len(words) or fold(words[k].strip(EDGE)) not in g.clause_subordinators:
        return False
    after = fold(words[k + 1].strip(EDGE))
    return not (g.is_present(after) or g.is_past(after) or after in g.modals)


def without_untied_genitives(
    sign: str | None, g, known: frozenset[str] = frozenset()
) -> str | None:
    """`sign` without each clause inside it (after a comma, opening with a subordinator) that
    says the genitive of a first name no answer ties ("…, hvor Ankers barnebarn henter mig"):
    whose the person is is no one the goal can name (a tied one is said by its tie already:
    "min brors barnebarn"); the draft's answers keep it for staff. `known` as above."""
    if not sign or "," not in sign:
        return sign
    clauses = str(sign).split(",")
    kept = [clauses[0], *(c for c in clauses[1:] if not _untied_genitive_clause(c, g, known))]
    if len(kept) == len(clauses):
        return sign
    out = ",".join(kept).rstrip()
    end = str(sign).rstrip()[-1:]
    return out if end not in ".!?" or out.endswith(end) else out + end


def _untied_genitive_clause(clause: str, g, known: frozenset[str]) -> bool:
    """True for a clause opening with a subordinator (after joins and joined adverbs: "også når",
    "og hvor"; "uden at") whose words hold the genitive of a first name of the tables ("Ankers
    barnebarn", "Lis' fødselsdag") that `known` does not hold ("når Andreas henter mig": a name
    of its own, nlp/genitive_name.py)."""
    words = clause.split()
    k = _lead_end(words, g)
    if k is None:
        return False
    for j in range(k, len(words)):
        after = words[j + 1] if j + 1 < len(words) else ""
        name = genitive_name(words[j], after, g, known)
        if name and name.lower() in g.person_names and fold(name) not in known:
            return True
    return False


def _lead_end(words: list[str], g) -> int | None:
    """The index after a clause's subordinator ("når") or lead of clause_leads ("uden at"),
    joins and joined adverbs before it skipped ("og også når"); None when the clause opens with
    neither."""
    k = 0
    while k < len(words) and (_b(words[k]) in g.main_joins or _b(words[k]) in g.joined_adverbs):
        k += 1
    said = tuple(_b(w) for w in words[k:])
    for lead, _mark in g.clause_leads:
        if said[: len(lead)] == lead:
            return k + len(lead)
    if said[:1] and said[0] in g.clause_subordinators:
        return k + 1
    return None
