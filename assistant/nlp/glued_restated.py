"""A doing glued on after the wish that the sign says again ("være med til at lave
søndagsmiddagen igen skrælle kartoflerne og røre i sovsen", the spoken "altså" between gone,
beside the sign "skrælle kartoflerne og røre sovsen mens min mand står ved siden af"): the sign
tells it, once; the wish ends before it.

The glued doing opens with an infinitive said right after the wish's words, with no join, "at",
comma, modal or way preposition before it, and its first RUN words are the sign's first words.
A doing joined on ("gå en tur og købe ind"), a verb after "at" ("lære at strikke sokker") or one
the sign does not open with stays.
"""

from __future__ import annotations

from assistant.content.grammar import Grammar, fold

#: Words the glued doing and the sign share from their start at least.
RUN = 3
#: Words the wish keeps before the glued doing at least ("lave søndagsmiddagen igen").
HEAD_MIN = 3


def without_glued_restated(action: str, sign: str, g: Grammar) -> str:
    """The wish without a doing glued on that the sign opens with (see the module)."""
    words = action.split()
    told = _bare(sign)
    if len(told) < RUN:
        return action
    low = _bare(action)
    joins = {fold(g.and_word)} | {fold(w) for w in g.infinitive_markers | g.modals}
    joins |= {fold(w) for w in g.way_prepositions}
    for k in range(HEAD_MIN, len(words) - RUN + 1):
        before = words[k - 1]
        if before[-1:] in ",.;:" or low[k - 1] in joins:
            continue
        if not g.is_infinitive(low[k]) or low[k : k + RUN] != told[:RUN]:
            continue
        return " ".join(words[:k])
    return action


def _bare(text: str) -> list[str]:
    return [fold(w.strip(",.;:")).lower() for w in text.split()]


#: Words of a "uden at" clause the reason must say in a row to say it again.
CLAUSE_RUN = 4


def without_clause_in_reason(sentence: str, reason: str, g: Grammar) -> str:
    """The goal's sentence without a "uden at …" clause (grammar sign_without and an infinitive
    marker), up to its comma or end, whose first CLAUSE_RUN words the reason says in a row ("…
    uden at min kone skal gøre det" beside "…, og jeg bliver så flov, når min kone skal gøre det
    for mig"): the reason tells it, once. A clause the reason does not say stays."""
    words = sentence.split()
    low = _bare(sentence)
    said = f" {' '.join(_bare(reason))} "
    lead = [fold(g.sign_without), *[fold(w) for w in sorted(g.infinitive_markers)][:1]]
    for k in range(1, len(words) - len(lead) - CLAUSE_RUN + 1):
        if low[k : k + len(lead)] != lead:
            continue
        start = k + len(lead)
        if f" {' '.join(low[start : start + CLAUSE_RUN])} " not in said:
            continue
        end = next((j + 1 for j in range(start, len(words)) if words[j][-1:] in ",.;:"), None)
        tail = words[end - 1][-1:] if end else ""
        kept = [*words[:k], *(words[end:] if end else [])]
        if end and tail in ".;:" and kept:
            kept[k - 1] = kept[k - 1].rstrip(",") + tail
        return " ".join(kept)
    return sentence
