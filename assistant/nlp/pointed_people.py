"""A wish that does something for or with "dem" gets the people the pronoun points back at:
"… en tegning fra børnene. Jeg vil så gerne tilbage og læse højt for dem igen" wishes "læse højt
for børnene igen"; the goal has no sentence before it for "dem" to point at.

The people are the nearest word before the pronoun that names people in the definite plural
("børnene", "veninderne": a person word of the lexicon said with a definite plural ending). A
phrase that names its people itself before the pronoun ("se mine børnebørn og lege med dem"), a
pronoun after no word of pointed_people_leads, or no people to point at leave the phrase as it
is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.grammar import Grammar, fold

_REACH = 30  # words before the pronoun searched for the people


def pointed_people(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    person: Callable[[int], bool],
    lemmas: Sequence[str],
    g: Grammar,
) -> str | None:
    """The wish's phrase with its "for dem", "med dem" said as the people named before it;
    `person` tells a word that names a person."""
    tokens = (action or "").split()
    plural = g.object_said_again.get("pl")
    leads = g.pointed_people_leads
    if not plural or not leads or len(tokens) < 3:
        return action
    spot = next(
        (
            k
            for k in range(1, len(tokens))
            if fold(tokens[k]).lower() == plural and fold(tokens[k - 1]).lower() in leads
        ),
        None,
    )
    if spot is None:
        return action
    at = _said_at(words, tokens, spot)
    if at is None:
        return action
    start = at - spot  # the phrase's first word in the answer
    if any(person(j) for j in range(max(0, start), at)):
        return action  # "se mine børnebørn og lege med dem": the phrase names them itself
    for j in range(start - 1, max(-1, at - _REACH), -1):
        if person(j) and _definite_plural(words[j], lemmas[j], g):
            return " ".join([*tokens[:spot], said[j], *tokens[spot + 1 :]])
    return action


def pointed_group(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    person: Callable[[int], bool],
    group: Callable[[int], bool],
    g: Grammar,
) -> str | None:
    """The wish's "med dem", "for dem" said as the group named before it in its definite form
    ("vi er en flok fra seniorklubben … spille kroket med dem igen": "… med seniorklubben
    igen"; `group` tells such a word). Only with no person word near before the pronoun ("min
    datter synger i koret … synge med dem": whose "dem" is unsure), and not when the phrase
    names that group already ("synge med dem igen i kirkekoret")."""
    tokens = (action or "").split()
    spot = _pronoun_spot(tokens, g)
    if spot is None:
        return action
    at = _said_at(words, tokens, spot)
    if at is None:
        return action
    reach = range(at - spot - 1, max(-1, at - _REACH), -1)
    if any(person(j) for j in reach):
        return action
    found = next((j for j in reach if group(j)), None)
    if found is None or fold(said[found]).lower() in {fold(t).lower() for t in tokens}:
        return action
    return " ".join([*tokens[:spot], said[found], *tokens[spot + 1 :]])


def _pronoun_spot(tokens: Sequence[str], g: Grammar) -> int | None:
    """Where "dem" stands in the phrase right after a word of pointed_people_leads."""
    plural = g.object_said_again.get("pl")
    if not plural or len(tokens) < 3:
        return None
    return next(
        (
            k
            for k in range(1, len(tokens))
            if fold(tokens[k]).lower() == plural
            and fold(tokens[k - 1]).lower() in g.pointed_people_leads
        ),
        None,
    )


def _definite_plural(word: str, lemma: str, g: Grammar) -> bool:
    """True for a person word said in the definite plural ("børnene", "veninderne"): not its
    lemma, ending in one of pointed_people_endings."""
    return word != lemma and word.isalpha() and word.endswith(g.pointed_people_endings)


def _said_at(words: Sequence[str], tokens: Sequence[str], spot: int) -> int | None:
    """Where the phrase's pronoun stands in the answer's words: the last place its lead and the
    pronoun stand together after the word before the lead; None when the phrase is not there."""
    lead, pronoun = tokens[spot - 1].lower(), tokens[spot].lower()
    before = fold(tokens[spot - 2]).lower() if spot >= 2 else None
    found = [
        k
        for k in range(1, len(words))
        if words[k] == pronoun
        and words[k - 1] == lead
        and (before is None or (k >= 2 and fold(words[k - 2]).lower() == before))
    ]
    return found[-1] if found else None
