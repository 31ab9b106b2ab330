"""Someone vouching for a reason, said as a clause of its own after a comma ("fordi skak
holder hoved i gang, lægen siger også det", "…, det siger min datter også", "…, min søn mener
det"): who says it, not why, so the goal leaves it out as it does the other asides
(nlp/asides.py). A person (a possessive and its noun, a definite noun or a name; never the
speaker's own "jeg"), a verb of vouching_verbs and a pointer of vouching_objects, in either
order, with clause adverbs ("også", "jo") between, or the verb and the person alone ("…, siger
lægen"); the clause ends at a mark or the end."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

_MIN_BEFORE = 2  # words of the reason the aside must follow
_MAX_WORDS = 7  # "det har min datter også altid sagt" at most


def vouched_span(words: list[str], g: Grammar) -> tuple[int, int] | None:
    """(start, end) of a vouching clause after a comma (see the module), or None."""
    for i in range(_MIN_BEFORE, len(words)):
        if words[i - 1][-1:] != ",":
            continue
        end = _clause_end(words, i)
        if end - i <= _MAX_WORDS and _vouches(words[i:end], g):
            return i, end
    return None


def _clause_end(words: list[str], i: int) -> int:
    for j in range(i, len(words)):
        if words[j][-1:] in EDGE:
            return j + 1
    return len(words)


def _vouches(clause: list[str], g: Grammar) -> bool:
    said = [_b(w) for w in clause]
    skip = g.clause_adverbs | g.fillers | g.negations
    core = [(w, c) for w, c in zip(said, clause, strict=True) if w not in skip]
    verbs = [k for k, (w, _) in enumerate(core) if w in g.vouching_verbs]
    objects = [k for k, (w, _) in enumerate(core) if w in g.vouching_objects]
    if verbs == [0] and not objects:  # "…, siger lægen": the quote's tag at the end
        return _person([c for _, c in core[1:]], g)
    if len(verbs) != 1 or len(objects) != 1:
        return False
    person = [c for k, (_, c) in enumerate(core) if k not in (verbs[0], objects[0])]
    return _person(person, g)


def _person(words: list[str], g: Grammar) -> bool:
    """True for one person said by a possessive and its noun, a definite noun or a name."""
    said = [_b(w) for w in words]
    if len(said) == 2:
        return said[0] in g.possessive_words and words[1].isalpha()
    if len(said) != 1 or not words[0].isalpha():
        return False
    if said[0] in g.subject_pronouns | g.speaker_self | g.first_person_words:
        return False
    return words[0][:1].isupper() or said[0].endswith(("en", "n"))
