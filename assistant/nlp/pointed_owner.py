"""A wish whose thing is owned by "hendes" or "hans" gets the person the pronoun points back at:
"mit barnebarn freja skal konfirmeres … jeg vil gerne bage kransekagen til hendes konfirmation"
wishes "… til mit barnebarns konfirmation"; the goal has no sentence before it for "hendes" to
point at.

The person is the one word before the phrase in the answer that names a person in the singular
after the speaker's own singular possessive ("mit barnebarn", "min nabo"); with none, or with
two such people ("min søn … min datter"), or a person named in the phrase before the pronoun
("danse med min datter Lise til hendes bryllup"), the phrase stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.grammar import Grammar, fold


def pointed_owner(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    person: Callable[[str], bool],
    lemmas: Sequence[str],
    g: Grammar,
) -> str | None:
    """The wish's phrase with its "hendes …", "hans …" said as the person named before it
    ("mit barnebarns …"); `person` tells a word (lower case) that names a person."""
    tokens = (action or "").split()
    spot = next(
        (k for k, t in enumerate(tokens) if k and t.islower() and t in g.pointed_owner_words),
        None,
    )  # "besøge Hans": a name, no possessive
    if spot is None or spot + 1 >= len(tokens):
        return action
    start = _phrase_start(words, tokens)
    if start is None or any(person(fold(t).lower().strip(",.")) for t in tokens[:spot]):
        return action  # "danse med min datter Lise til hendes bryllup": named in the phrase
    owners = [
        j
        for j in range(1, start)
        if person(words[j])
        and words[j] == lemmas[j]  # "barnebarn", not "børnebørn"
        and fold(words[j - 1]) in g.pointed_owner_possessives
    ]
    if len({lemmas[j] for j in owners}) != 1:
        return action
    j = owners[-1]
    noun = said[j].lower()
    genitive = noun if noun.endswith(("s", "x", "z")) else noun + "s"
    return " ".join([*tokens[:spot], said[j - 1].lower(), genitive, *tokens[spot + 1 :]])


def _phrase_start(words: Sequence[str], tokens: Sequence[str]) -> int | None:
    """Where the phrase's first two words stand in the answer (the last place), or None."""
    first = [fold(t).lower().strip(",.") for t in tokens[:2]]
    found = [
        k
        for k in range(len(words) - 1)
        if fold(words[k]).lower() == first[0] and fold(words[k + 1]).lower() == first[1]
    ]
    return found[-1] if found else None
