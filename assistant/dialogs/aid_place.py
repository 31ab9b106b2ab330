"""Where an aid one needs is used, said after what it is for (pure).

"selv, men jeg skal have en høj stol at sidde på ved komfuret": the aid phrase ends at "at";
the place after the purpose ("ved komfuret") is kept beside it in the goal. The words are
dialogue.yaml's `aid_use_leads`, `aid_use_preps` and `aid_place_preps`.
"""

from __future__ import annotations

from assistant.content.grammar import EDGE
from assistant.content.yesno import normalise

#: Letters a definite ending may add to a noun's bare form ("komfur" + "et", "vask" + "en").
_ENDING_MAX = 3


def aid_place(told: str, phrase: str, dialogue, grammar) -> str:
    """The place phrase said after the aid `phrase` and its purpose in `told` ("ved komfuret"
    after "en høj stol" in "… en høj stol at sidde på ved komfuret"), or after a place adverb
    ending it ("ved gangen" after "en plads yderst"); "" when none is said."""
    words = told.replace(",", " , ").split()
    low = [normalise(w) for w in words]
    said = [normalise(w) for w in phrase.split()]
    start = next(
        (i for i in range(len(low) - len(said) + 1) if said and low[i : i + len(said)] == said),
        None,
    )
    if start is None:
        return ""
    k = start + len(said)
    leads = {normalise(w) for w in dialogue.words.get("aid_use_leads", ())}
    # "en plads yderst ved gangen": the place said right after the adverb ending the aid
    if phrase.split()[-1].strip(EDGE).lower() not in grammar.place_adverbs:
        if k + 1 >= len(low) or low[k] not in leads:
            return ""
        k += 2  # "at sidde"
        preps = {normalise(w) for w in dialogue.words.get("aid_use_preps", ())}
        if k < len(low) and low[k] in preps:
            k += 1  # "… sidde på": the preposition left over
    for place in sorted(dialogue.words.get("aid_place_preps", ()), key=len, reverse=True):
        lead = [normalise(w) for w in place.split()]
        end = k + len(lead)
        if low[k:end] == lead and end < len(words) and _definite(words[end], grammar):
            return " ".join(w.strip(EDGE) for w in words[k : end + 1])
    return ""


def _definite(word: str, grammar) -> bool:
    """True for a noun in its definite singular form ("komfuret", "vasken")."""
    w = word.strip(EDGE).lower()
    return w.isalpha() and any(
        grammar.definite_singular(w[:-n]) == w for n in range(1, _ENDING_MAX + 1) if len(w) > n
    )
