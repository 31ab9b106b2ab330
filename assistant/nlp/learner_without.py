"""A second-language "uden" clause without its "at": "uden venstre hånd stopper" is written
"uden at venstre hånd stopper" (a learner leaves out the "at" before a clause with its own
subject), and speech and the dialects do the same after a pronoun ("uden jeg bliver svimmel",
"uden a bliver svimmel"). Only a short noun phrase or a subject pronoun said before a present
verb is read so; "uden hjælp", "uden min stok", "uden at …" and "uden pause går jeg" (the
verb's subject after it) stay.
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold
from assistant.content.grammar import bare as _b

_SUBJECT_MAX = 3  # words of the subject between "uden" and its verb ("venstre hånd")


def that_after_without(words: list[str], g: Grammar) -> list[str]:
    """The words with "at" put in after "uden" before a clause of its own subject and present
    verb ("uden venstre hånd stopper" → "uden at venstre hånd stopper")."""
    lead, _, at = g.negated_list_item.partition(" ")
    if not at:
        return words
    out = list(words)
    for i in range(len(out) - 3, -1, -1):
        if _b(out[i]) != fold(lead) or out[i][-1:] in EDGE or _b(out[i + 1]) == fold(at):
            continue
        verb = _verb_after(out, i + 1, g)
        if verb is not None:
            out[i + 1 : i + 1] = [at]
    return out


def _verb_after(words: list[str], s: int, g: Grammar) -> int | None:
    """Where the present verb of a short subject opening at s stands, or None: the subject's
    words hold no mark and no verb, its last is a noun or a name, and no subject pronoun follows
    the verb ("uden pause går jeg")."""
    closed = g.function_words | g.main_joins | g.subject_pronouns | g.pronoun_objects
    if _pronoun_and_modal(words, s, g) or _pronoun_and_present(words, s, g):
        return s + 1  # "uden han skal hjælpe mig", "uden jeg bliver svimmel"
    for v in range(s + 1, min(len(words), s + 1 + _SUBJECT_MAX)):
        if words[v - 1][-1:] in EDGE:
            return None
        said = _b(words[v - 1])
        if said in closed and not (v - 1 == s and said in g.possessive_words):
            return None  # "uden mig men hun bliver …": no subject of its own
        if _b(words[v]) in g.modals and not _modal_goes_on(words, v, g):
            continue
        if not g.is_present(words[v]):
            continue
        head = words[v - 1]
        low = head.lower()
        noun = g.noun_kind(head) is not None or g.noun_class(low) is not None or head.istitle()
        noun = noun or g.lemma_forms.get(low, low) != low  # "benet", "hænderne"
        # "uden spise går …": an infinitive opens no subject; "uden fingrene sover" (a form of
        # a noun's lemma, "finger") does
        base = g.lemma_forms.get(low, low) == low
        if g.is_present(head) or (g.is_infinitive(words[s]) and s == v - 1 and base):
            return None
        nxt = _b(words[v + 1]) if v + 1 < len(words) else ""
        if noun and nxt not in g.subject_pronouns:
            return v
        return None
    return None


def _modal_goes_on(words: list[str], v: int, g: Grammar) -> bool:
    """True for a modal at v with its own infinitive after it and no subject between ("uden
    Magnus skal hjælpe mig"); "uden stokken kan jeg ikke" has its subject after the modal."""
    if v + 1 >= len(words) or words[v][-1:] in EDGE:
        return False
    return g.is_infinitive(words[v + 1]) and _b(words[v + 1]) not in g.subject_pronouns


def _pronoun_and_present(words: list[str], s: int, g: Grammar) -> bool:
    """True for a subject pronoun right after "uden" and a present verb of its own ("uden jeg
    bliver svimmel", "uden det gør ondt", as speech and the dialects say it); "uden den bliver
    jeg svimmel" has its subject after the verb (the pronoun is the object of "uden")."""
    if s + 1 >= len(words) or words[s][-1:] in EDGE or words[s + 1][-1:] in EDGE:
        return False
    if _b(words[s]) not in g.subject_pronouns or _b(words[s]) in g.pronoun_objects:
        return False
    if _b(words[s + 1]) in g.modals or not g.is_present(words[s + 1]):
        return False
    nxt = _b(words[s + 2]) if s + 2 < len(words) else ""
    return nxt not in g.subject_pronouns


def _pronoun_and_modal(words: list[str], s: int, g: Grammar) -> bool:
    """True for a subject pronoun right after "uden" and a modal with its infinitive ("uden han
    skal hjælpe mig", "uden hun skal ringe"); "uden ham" and "uden mig" are no subject."""
    return (
        s + 2 < len(words)
        and words[s][-1:] not in EDGE
        and _b(words[s]) in g.subject_pronouns
        and _b(words[s]) not in g.pronoun_objects
        and _b(words[s + 1]) in g.modals
        and _modal_goes_on(words, s + 1, g)
    )
