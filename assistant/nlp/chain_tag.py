"""A spoken tag "ik(ke)?" after a verb chain ("det er sådan noget en morfar skal kunne ikk", "det
skal man kunne ikke", "det vil jeg gerne gøre ik"): a modal governs the infinitive before the
tag, so a negation would have stood after the modal ("skal ikke kunne"); the "ik(ke)" said after
the infinitive at a clause's end asks for agreement and is no negation. The speller keeps such
an "ik"/"ikk" as the tag (nlp/spelling.py), and a reason drops it (nlp/spoken_tag.py)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

MAX_GAP = 3  # words of `gap` between the modal and its infinitive ("skal man jo kunne")
_MARKS = ",.;:!?"  # a mark between the words parts the chain ("… kan, kunne ikke")


def after_verb_chain(
    words: Sequence[str],
    i: int,
    modals: Collection[str],
    gap: Collection[str],
    infinitive: Callable[[str], bool],
    objects: Collection[str] = (),
    leads: Collection[str] = (),
) -> bool:
    """True when the word before i is an infinitive governed by a modal, only words of `gap`
    (subjects, particles, a negation said already) or a noun after one of `leads` ("skal en
    bedstefar jo kunne ik") between them (see the module); a pronoun of `objects` may stand
    after the infinitive ("skal kunne det ikk": no object shift there)."""
    v = i - 2 if i > 2 and words[i - 1].lower() in objects else i - 1
    if v < 1 or not infinitive(words[v].lower()):
        return False
    k = v - 1
    while k >= 0 and v - k <= MAX_GAP:
        if words[k].lower() in gap:
            k -= 1
        elif k and words[k - 1].lower() in leads and words[k].lower() not in modals:
            k -= 2  # "en bedstefar": the subject, a noun with its article
        else:
            break
    if k < 0 or any(w[-1:] in _MARKS for w in words[k:v]):
        return False
    return words[k].lower() in modals
