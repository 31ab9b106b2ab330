"""A relative of the one speaking put first and taken up by "han"/"hun": spoken left dislocation.

"vores datter mette hun bor i malaga …", "min søn, han kommer hver dag …": the pronoun is that
relative (a daughter, a son, a friend: no one a relative would call the citizen by), not the
citizen told of in the third person. `clauses.perspective` reads the sentence as a topic, like
"min mor hun …": the speaker's own "jeg vil …" later keeps the matter theirs, and a wish said
by han/hun ("… og han vil gerne …") still makes it the other's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

NAME_GAP = 2  # words of a name between the relative and the pronoun ("søn karl erik han")


def presented_kin(
    words: Sequence[str], lemmas: Sequence[str], i: int, lex, is_name: Callable[[str], bool]
) -> bool:
    """True for han/hun at i right after a relative owned by the one speaking ("vores datter",
    "min ven") with at most a name and commas between, whose gender fits the pronoun; a kin
    word that may be the citizen ("min mor hun …", `third_person_nouns`) is read elsewhere."""
    k, gap = i - 1, 0
    while k >= 0 and (words[k] == "," or (is_name(words[k]) and words[k] not in lex.people)):
        gap += words[k] != ","
        k -= 1
    if k < 1 or gap > NAME_GAP or words[k - 1] not in lex.speaker_owners:
        return False
    person = lex.people.get(words[k])
    if person is None or lemmas[k] in lex.third_person_nouns:
        return False
    pronoun_of = lex.people_roles.pronoun_of if lex.people_roles else {}
    return pronoun_of.get(person, words[i]) == words[i]
