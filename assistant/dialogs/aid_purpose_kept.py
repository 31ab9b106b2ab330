"""What a thing given is for, said right after it ("jeg har fået et kort til bussen", "en stol
til køkkenet"): kept with the thing in the goal ("med et kort til bussen"), a plain thing word
alone ("et kort") naming nothing one can tell. Only a lead of aid_purpose_leads and a noun in
its definite singular that names no person and no time ("til mig", "til konen", "til julen"
stay out)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.content.grammar import EDGE, fold
from assistant.content.yesno import normalise
from assistant.dialogs.wordlists import word_set


def purpose_after(told: str, phrase: str, dialogue, g, is_person: Callable[[str], bool]) -> str:
    """The words "til bussen" said right after `phrase` in `told`, or "" (see the module)."""
    words = told.split()
    said = phrase.split()
    low = [normalise(w.strip(EDGE)) for w in words]
    own = [normalise(w.strip(EDGE)) for w in said]
    at = next((k for k in range(len(low)) if low[k : k + len(own)] == own), None)
    if at is None or not own:
        return ""
    k = at + len(own)
    if k + 1 >= len(words) or words[k - 1][-1:] in EDGE:
        return ""  # the thing ends its sentence or clause
    if low[k] not in word_set(dialogue, "aid_purpose_leads"):
        return ""
    noun = words[k + 1].rstrip(EDGE)
    bare = fold(noun).lower()
    if not noun.isalpha() or not noun.islower() or bare in g.function_words:
        return ""
    if normalise(noun) in word_set(dialogue, "aid_purpose_times") or is_person(noun):
        return ""
    lemma = g.lemma_forms.get(noun.lower())
    if not lemma or g.definite_singular(lemma) != noun.lower():
        return ""
    return f"{words[k]} {noun}"
