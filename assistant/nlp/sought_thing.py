"""The things one looks for are no aids ("jeg kan ikke finde dem altså høreapparatet og
brillerne", "finde mine ting om morgenen ikk høreapparatet brillerne og nøglerne", "hun leder
altid efter sine briller"): an aid said after a verb of seeking, within its clause, is what is
sought, not what the task is done with. A word of sought_stops between ("med", "uden", "bruge",
a new subject) ends the seeking ("finde vej med rollatoren", "finde ud af at bruge
høreapparatet"), and one of sought_kept_after right after the aid says it is taken out for use
("finde rollatoren frem"). A thing found with an indefinite article ("ergoterapeuten har
fundet en brikholder") is a new one come by, no lost one: an aid. "søge om" applies for a thing
("vi har søgt om en toiletforhøjer"): only "søge efter" seeks."""

from __future__ import annotations

from collections.abc import Sequence

SEARCH_GAP = 3  # words from a verb of searching to its "efter" ("leder hele tiden efter")


def sought_aid(words: Sequence[str], i: int, lex) -> bool:
    """True when the aid at words[i] is the object of a verb of sought_verbs, or of "efter"
    after one of sought_search_verbs, before it within sought_reach words, no word of
    sought_stops or a sentence's end between; a verb of sought_verbs with an article of
    sought_new_articles between finds a new thing, which is no seeking."""
    if i + 1 < len(words) and words[i + 1] in lex.sought_kept_after:
        return False
    for k in range(i - 1, max(-1, i - 1 - lex.sought_reach), -1):
        w = words[k]
        if w in lex.sought_verbs:
            return not any(x in lex.sought_new_articles for x in words[k + 1 : i])
        if w in lex.sought_search_particles and _searched(words, k, lex):
            return True
        if w in lex.sought_stops or w in lex.sentence_ends:
            return False
    return False


def _searched(words: Sequence[str], k: int, lex) -> bool:
    """True when a verb of sought_search_verbs stands up to SEARCH_GAP words before words[k]."""
    return any(w in lex.sought_search_verbs for w in words[max(0, k - SEARCH_GAP) : k])
