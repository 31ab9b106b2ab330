"""A frequency said before a deed done at a yearly event ("… føre regnskabet tre gange om ugen
og aflægge det på generalforsamlingen"), not after the event."""

from __future__ import annotations

from assistant.content.grammar import fold


def _yearly(word: str, g) -> bool:
    """True for a yearly event's word, its compounds and inflections ("sølvbrylluppet")."""
    w = fold(word.strip(",.;:!?")).lower()
    for event in g.yearly_events:
        if w.endswith(event):
            return True
        for ending in g.yearly_event_endings:
            if w.endswith(event + ending) or w.endswith(event + event[-1] + ending):
                return True
    return False


def before_yearly_event(head: str, how_often: str, g) -> str | None:
    """The wish's verb phrase with the frequency set before its last deed when that deed is
    done at a yearly event and a deed of its own goes before it ("og aflægge det på
    generalforsamlingen"), else None: the frequency belongs to the whole task."""
    words = head.split()
    ands = [k for k, w in enumerate(words) if w == g.and_word and 0 < k < len(words) - 1]
    if not how_often or not ands:
        return None
    k = ands[-1]
    deed = words[k + 1]
    if not g.is_infinitive(deed) or fold(deed).lower() in g.nouns:
        return None  # "kaffe og kage til fødselsdagen": a list of things, no deed
    if not any(_yearly(w, g) for w in words[k + 1 :]):
        return None
    if any(_yearly(w, g) for w in words[:k]):
        return None  # the event said before too: the whole task is about it
    before = " ".join(words[:k]).rstrip(",")
    return f"{before} {how_often} {' '.join(words[k:])}"
