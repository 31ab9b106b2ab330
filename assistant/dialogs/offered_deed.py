"""Another's offer told in an answer, no wish of the citizen's (pure).

"nej, min datter vil gerne køre mig, så skriv hende på", "naboen vil gerne hente mig i bilen",
"fysioterapeuten ville give mig en knæskinne": the analyzer reads the will and its verb phrase
("køre mig") as a wish, but its subject is someone else and its object the one speaking, so it
is what that person offers, no deed of the goal. The words are dialogue.yaml's `offered_deed_*`:
the verb phrase has one of `offered_deed_objects` among its first words, and right before its
verb, past `offered_deed_between` words, stands a will of `offered_deed_modals` whose subject is
not one of `offered_deed_own_subjects` ("jeg vil gerne have mig …" is the citizen's) nor a
thing of `offered_deed_thing_subjects` ("det vil gøre mig glad at …" is the citizen's wish).
Read only when the citizen speaks: a relative's "hun vil gerne lære mig at spille" is the
citizen's wish.
"""

from __future__ import annotations

from assistant.content.grammar import fold

#: The first words of a verb phrase that may hold the one speaking ("køre for mig").
OBJECT_REACH = 3
_PUNCT = ",.!?;:»«\"'()"


def offered_deed(facts, words: dict) -> bool:
    """True when the facts' verb phrase is another's deed offered to the one speaking."""
    extras = getattr(facts, "extras", None) or {}
    action = [fold(w) for w in str(extras.get("action") or "").split()]
    text = str(extras.get("spelled") or "")
    objects = {fold(w) for w in words.get("offered_deed_objects", ())}
    if len(action) < 2 or not text or objects.isdisjoint(action[1 : 1 + OBJECT_REACH]):
        return False
    said = [fold(w.strip(_PUNCT)) for w in text.split()]
    starts = [k for k in range(len(said)) if said[k : k + len(action)] == action]
    return any(_offered_at(said, k, words) for k in starts)


def _offered_at(said: list[str], k: int, words: dict) -> bool:
    """True when a will with another subject stands right before the verb at k."""
    between = {fold(w) for w in words.get("offered_deed_between", ())}
    modals = {fold(w) for w in words.get("offered_deed_modals", ())}
    own = {fold(w) for w in words.get("offered_deed_own_subjects", ())}
    own |= {fold(w) for w in words.get("offered_deed_thing_subjects", ())}
    j, willed = k - 1, False
    while j >= 0 and (said[j] in between or said[j] in modals):
        willed = willed or said[j] in modals
        j -= 1
    return willed and j >= 0 and said[j] not in own
