"""A practice said by its professional as the subject of a move ("Min læge er flyttet op på
anden sal", "tandlægen flytter til Vejle", "hjertelægen er rykket ud på sygehuset"): the premises
moved, a place, no person in the citizen's network (people.yaml practice_moved_verbs)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.person_place import destination_word

REACH = 3  # words after the professional searched for the verb ("er jo lige flyttet")


def moved_practice(words: Sequence[str], lemmas: Sequence[str], i: int, lex) -> bool:
    """True for one with a practice (practice_people, or a word of destination_people) whose
    verb, within REACH words after it with only auxiliaries and fillers between, is a verb of
    practice_moved_verbs (by form or lemma)."""
    moved = lex.practice_moved_verbs
    if not moved or not (words[i] in lex.practice_people or destination_word(words[i], lex)):
        return False
    for k in range(i + 1, min(len(words), i + 1 + REACH)):
        if words[k] in moved or lemmas[k] in moved:
            return True
        if words[k] not in lex.practice_moved_gap:
            return False
    return False
