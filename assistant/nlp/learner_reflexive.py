"""A verb that moves the body said by a second language with its particle and no reflexive ("bøje
ned og plukke svampe", "rejse op fra stolen"): the reflexive written between them ("bøje mig ned",
"rejse mig op"), the one of the clause's subject ("sig" without one; the sign after "jeg kan"
makes it "mig"). The verbs and their particles live in _grammar.yaml reflexive_particle_verbs;
"bøje knæet ned" (an object said) and "bøje mig ned" stay."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def _ends_there(words: list[str], k: int, g: Grammar) -> bool:
    """True when the particle at k ends its phrase: a mark, the end, a join, a preposition or a
    way ("bøje frem over bordet")."""
    if words[k][-1:] in EDGE or k + 1 == len(words):
        return True
    after = _b(words[k + 1])
    return after in g.main_joins | g.way_prepositions | g.motion_adverbs or after in g.help_leads


def particle_reflexives(words: list[str], g: Grammar) -> list[str]:
    """The words with a reflexive between a body verb and its particle said without one."""
    if not g.reflexive_particle_verbs or not g.reflexive_default:
        return words
    out = list(words)
    for i in range(len(out) - 2, -1, -1):
        core = out[i]
        particles = g.reflexive_particle_verbs.get(_b(core))
        if not particles or not core.islower() or core[-1:] in EDGE:
            continue
        if _b(out[i + 1]) not in particles or not _ends_there(out, i + 1, g):
            continue
        subject = next(
            (_b(w) for w in reversed(out[:i]) if _b(w) in g.bare_verb_subjects or w[-1:] in EDGE),
            "",
        )
        out.insert(i + 1, g.reflexive_by_subject.get(subject, g.reflexive_default))
    return out
