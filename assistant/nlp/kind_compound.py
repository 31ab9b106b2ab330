"""A thing said alone as the wish and its kind said alone beside it are one compound.

"marmelade. appelsin. selv." is "appelsinmarmelade" (the verb comes from grammar noun_verbs:
"koge appelsinmarmelade"), "kage. æble." is "æblekage": the wish's phrase is one bare thing of
noun_verbs, and another part of the answer is one word of thing_kinds (a fruit, a vegetable, a
grain: what the thing is made of), said alone; the kind's compound form goes before the thing.
Any other part ("selv", "glas", a name) stays as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import EDGE, Grammar, bare


def kind_compound(
    action: str | None, words: Sequence[str], said: Sequence[str], punct: Sequence[bool], g: Grammar
) -> str | None:
    """The wish's bare thing with its kind said beside it as one compound ("appelsinmarmelade"),
    else `action` as it is."""
    if not action or not g.thing_kinds:
        return action
    said_as = action.split()
    if len(said_as) == 3 and bare(said_as[1]) == bare(g.and_word):
        said_as = said_as[:1]  # "kage og æble": the parts listed, the kind said beside the thing
        if bare(action.split()[2]) not in g.thing_kinds:
            return action
    if len(said_as) != 1:
        return action
    thing = said_as[0].strip(EDGE)
    if not thing.isalpha() or g.noun_verb([thing]) is None:
        return action
    kinds = [g.thing_kinds[bare(part[-1])] for part in _parts(said, punct) if _kind_alone(part, g)]
    if len(kinds) != 1 or bare(thing).startswith(bare(kinds[0])):
        return action  # none, two kinds, or the thing is that kind already ("appelsinmarmelade")
    return kinds[0] + thing.lower()


def _kind_alone(part: list[str], g: Grammar) -> str:
    """The folded word of a part of one word of thing_kinds, its fillers aside ("øh appelsin"),
    else ""."""
    said = [bare(w) for w in part if bare(w) not in g.fillers]
    return said[0] if len(said) == 1 and said[0] in g.thing_kinds else ""


def _parts(said: Sequence[str], punct: Sequence[bool]) -> list[list[str]]:
    """The words of each part of the answer between its marks, fillers and all."""
    parts: list[list[str]] = [[]]
    for word, mark in zip(said, punct, strict=False):
        if mark:
            parts.append([])
        elif word.strip(EDGE):
            parts[-1].append(word)
    return [p for p in parts if p]
