"""The wish names its own person before its "hende"/"ham" (pure).

"min datter Camilla arbejder om lørdagen, så jeg vil tage Ida med til babysvømning og være i
vandet med hende": the pronoun is the grandchild the wish itself names ("Ida"), the person the
wish is about, not the daughter named first in the answer; so is "ham" after "hente drengen fra
skole igen og gå hjem med ham" (a person word in the wish itself). A name is a word said with its
capital inside the wish (not its first word) that is a first name of the speller's table, or
that the answer says right after a person word ("mit barnebarn Alma", past a fond adjective of
the grammar's name_adjectives: "mit barnebarn lille Alma").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from assistant.content.grammar import fold

_EDGE = ",.;:!?\"'()"


def names_own_person(
    tokens: Sequence[str],
    k: int,
    said: Sequence[str],
    people: Sequence[tuple[str, int]],
    is_name: Callable[[str], bool] | None,
    fond: frozenset[str] = frozenset(),
    person_words: Collection[str] = frozenset(),
) -> bool:
    """True when the wish's `tokens` say a person's name, or a person word of `person_words`,
    before the pronoun at k (see the module); `said` are the answer's words as typed, `people`
    its person words by index."""
    led = set()
    for _p, i in people:
        j = i + 1
        if j < len(said) and fold(said[j].strip(_EDGE).lower()) in fond:
            j += 1
        if j < len(said):
            led.add(said[j].strip(_EDGE))
    if any(t.strip(_EDGE).lower() in person_words for t in tokens[1:k]):
        return True  # "hente drengen fra skole og gå hjem med ham": the boy
    for t in tokens[1:k]:
        core = t.strip(_EDGE)
        if len(core) < 2 or not core.isalpha() or not (core[0].isupper() and core[1:].islower()):
            continue
        if core in led or (is_name is not None and is_name(core.lower())):
            return True
    return False
