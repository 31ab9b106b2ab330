"""A way of getting there said with "med" in the wish or the independence answer (pure).

"… i kirke om søndagen med rollatoren og så med Flextrafik derhen", "med flextrafikken og
rollatoren": the ride is how the citizen gets there, no aid, and the goal keeps it. The words
are dialogue.yaml's `travel_means` (one key a means) and `travel_means_<key>` (its forms).
"""

from __future__ import annotations

from assistant.content.yesno import normalise
from assistant.dialogs.wordlists import word_set

#: Steps whose "med …" tells how the citizen will get there.
MEANS_KINDS = frozenset({"wish", "independence"})
#: Words read between "med" and the means ("med en taxa", "med den flextur").
MAX_BETWEEN = 1


def travel_means(s, text: str, kind: str, ctx) -> bool:
    """Keep the means of getting there the answer says after "med" (not after "ikke med") in
    `s.slots["travel_means"]`; True when one was found."""
    if kind not in MEANS_KINDS or s.slots.get("travel_means"):
        return False
    words = ctx.dialogue.words
    forms = {
        normalise(form): key
        for key in words.get("travel_means", ())
        for form in words.get(f"travel_means_{key}", ())
    }
    leads = word_set(ctx.dialogue, "with_after_self")
    between = {normalise(w.split()[-1]) for w in words.get("with_something", ())}
    negations = word_set(ctx.dialogue, "negations")
    said = normalise(text).split()
    for i, word in enumerate(said):
        if word not in leads or (i and said[i - 1] in negations):
            continue
        j = i + 1
        while j < len(said) and j - i <= MAX_BETWEEN and said[j] in between:
            j += 1
        if j < len(said) and said[j] in forms:
            s.slots["travel_means"] = forms[said[j]]
            return True
    return False
