"""A value taken back inside the same answer: the words after the correction say it."""

from __future__ import annotations

from assistant.content.yesno import normalise


def _phrases(dialogue, key: str) -> list[tuple[str, ...]]:
    """The phrases under `key`, folded as normalise folds an answer, longest first."""
    spellings = dialogue.yes_no.spellings
    found = {
        tuple(normalise(p, frozenset(), spellings).split()) for p in dialogue.words.get(key, ())
    }
    return sorted(found - {()}, key=len, reverse=True)


def _last_at(
    folded: list[str], phrases: list[tuple[str, ...]], start: int = 0, first: bool = False
) -> tuple[int, int] | None:
    """Where the last (with `first`, the first) of `phrases` stands from `start` on: its first
    word and the word after it; None when none does."""
    found = None
    for k in range(start, len(folded)):
        p = next((p for p in phrases if tuple(folded[k : k + len(p)]) == p), None)
        if p is not None:
            found = (k, k + len(p))
            if first:
                break
    return found


def corrected_rests(text: str, dialogue) -> list[str]:
    """The words an answer says after taking a value back, the latest first: after the last
    correction lead ("… nej vent, tre gange"), then after the "men" of a first thought ("til
    påske tænkte jeg først, men inden februar"); [] when it takes nothing back. Each is a
    candidate; the caller keeps the first that says a value of the question asked."""
    words = text.split()
    spellings = dialogue.yes_no.spellings
    folded = [normalise(w, frozenset(), spellings) for w in words]
    rests: list[str] = []
    mark = _last_at(folded, _phrases(dialogue, "first_thought_marks"))
    if mark is not None:
        turn = _last_at(folded, _phrases(dialogue, "first_thought_turns"), mark[1], first=True)
        rests.append(" ".join(words[(turn or mark)[1] :]))
    lead = _last_at(folded, _phrases(dialogue, "self_correction_leads"))
    before = lead is not None and any(
        normalise(w, dialogue.yes_no.fillers) for w in words[: lead[0]]
    )
    if lead is not None and before:  # a lead opening the answer takes nothing back
        rests.insert(0, " ".join(words[lead[1] :]))
    return [r.strip(" ,.;:!?") for r in rests if normalise(r, dialogue.yes_no.fillers)]
