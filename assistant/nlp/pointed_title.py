"""A wish that says "hende"/"ham" of someone told of only by a title and a surname ("jeg har været
besøgsven for fru Jensen på plejecentret i 4 år … jeg vil gerne være besøgsven igen for hende")
gets who it is without the name: the title's kind and the place said right after the name ("være
besøgsven igen for en dame på plejecentret"). The goal keeps no surname, and a pronoun that
points at no one in the goal reads as no one.

The title (titled_people, e.g. "fru" → "en dame") must fit the pronoun (titled_pointed, "hende" →
"en dame"), stand before the wish in the same answer with a word after it (the surname), and be
the only titled person of that kind there. A person word before the title says who she is itself
("min nabo fru Berg": "hjælpe min nabo med indkøb"). The place is the preposition and known place
noun right after the surname ("på plejecentret"), left out when the wish says that place itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar, fold

EDGE = ",.;:!?"
_OWNER_REACH = 3  # words between an owner and the person word ("hans gamle ven")


def titled_for_pronoun(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    lemmas: Sequence[str],
    lex,
    g: Grammar,
) -> str | None:
    """The wish's phrase with its first "hende"/"ham" said as the titled person it points back
    at (see the module); as told otherwise."""
    tokens = (action or "").split()
    bare = [fold(t.strip(EDGE)).lower() for t in tokens]
    at = next((k for k, b in enumerate(bare) if b in lex.titled_pointed), None)
    if at is None or not lex.titled_people:
        return action
    kind = lex.titled_pointed[bare[at]]
    start = _wish_start(words, bare)
    told = [
        j
        for j in range(0, (len(words) if start is None else start) - 1)
        if lex.titled_people.get(words[j].strip(".")) == kind and words[j + 1].isalpha()
    ]
    if len({words[j + 1] for j in told}) != 1:
        return action  # no titled person of the pronoun's kind, or two of them
    j = told[0]
    if j and (words[j - 1] in lex.people or lemmas[j - 1] in lex.people):
        # "min nabo fru Berg", "hans gamle ven hr. Hansen": the person word says who
        lo = next((k for k in range(j - 2, max(-1, j - 2 - _OWNER_REACH), -1)
                   if words[k] in lex.possessives), None)  # fmt: skip
        if lo is None and words[j - 1] == lemmas[j - 1]:
            return action  # "nabo fru Berg": no owner, no ending, no phrase of its own
        return _said_as(tokens, at, said[j - 1 if lo is None else lo : j])
    place = []
    if (
        j + 3 < len(words)
        and g.place_preposition(words[j + 3]) == words[j + 2]
        and fold(words[j + 3]) not in bare
    ):
        place = [said[j + 2], said[j + 3]]  # "på plejecentret", as spelled
    return _said_as(tokens, at, [kind, *place])


def _said_as(tokens: Sequence[str], at: int, who: Sequence[str]) -> str:
    """The phrase's tokens with token `at` said as `who` (a comma after it stays)."""
    tail = tokens[at][len(tokens[at].rstrip(EDGE)) :]
    return " ".join([*tokens[:at], " ".join(who) + tail, *tokens[at + 1 :]])


def _wish_start(words: Sequence[str], bare: Sequence[str]) -> int | None:
    """Where the wish's phrase (its first two words) stands last in the answer, else None."""
    head = list(bare[:2])
    found = [
        k
        for k in range(len(words) - len(head) + 1)
        if [fold(w) for w in words[k : k + len(head)]] == head
    ]
    return found[-1] if found else None
