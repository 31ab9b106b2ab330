"""A wish in fragments whose last part names only people is done with them (pure).

"Småkager. Oldebørnene.": the great-grandchildren are who the baking is done with, not one more
thing baked ("bage småkager og oldebørnene"); the phrase says "Småkager med oldebørnene" (the
lexicon's action_fragment_company_lead), also when it ended before them ("Småkager. Min
datter."). The last part holds person words (a possessive before them: "min datter"), fillers
aside; every part of the answer is a fragment of a few words, so "jeg vil gerne besøge min
søster. Min datter." stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

_ENDS = frozenset({".", "!", "?", ";"})


def with_company(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    person: Callable[[int], bool],
    skip: frozenset[str],
    owners: frozenset[str],
    and_word: str,
    lead: str,
    most: int,
) -> str | None:
    """`action` with the "og" before its last part said as `lead` when that part, typed as a
    fragment of its own, names only people (see the module); every part of the answer holds
    `most` words at most (the lexicon's action_fragment_max), fillers aside."""
    if not action or not lead:
        return action
    ends = [k for k, w in enumerate(words) if w in _ENDS]
    if not ends or (ends[-1] == len(words) - 1 and len(ends) < 2):
        return action
    bounds = [-1, *ends, len(words)]
    if any(
        sum(words[k] not in skip for k in range(a + 1, b)) > most
        for a, b in zip(bounds, bounds[1:], strict=False)
    ):
        return action  # "jeg vil gerne besøge min søster. Min datter.": no fragments
    stop = ends[-1] if ends[-1] == len(words) - 1 else len(words)
    start = max(k for k in ends if k < stop) + 1
    last = [k for k in range(start, stop) if words[k] not in skip]
    if last and words[last[0]] == lead:
        return action  # "Påskeæg. Med oldebørnene.": said so already
    if not last or not any(person(k) for k in last):
        return action
    if not all(person(k) or words[k] in owners for k in last):
        return action
    tail = " ".join(said[k] for k in last)
    joined = f" {and_word} {tail}"
    if action.lower().endswith(joined.lower()):
        return f"{action[: -len(joined)]} {lead} {action[-len(tail) :]}"
    before = [k for k in range(start - 1) if words[k] not in skip and words[k] not in _ENDS]
    if before and action.split()[-1].lower() == said[before[-1]].lower():
        return f"{action} {lead} {tail.lower()}"  # "Småkager. Min datter.": cut before it
    return action
