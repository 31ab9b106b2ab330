"""The activity guessed when the activity question stays unanswered comes from the wish's words,
never from the story of everyday life around it ("metaldetektor. marken. igen." with "mad. bad.
selv." in the everyday answer is no goal about bathing).

The goal answers (the wish, the activity answers) are read first, by the NLP's rules and then
the golden corpus's word counts; the story (everyday life, difficulties) only when they name
none (a wish and activity answers of "ved ikke" alone). A guess so made gives way to the one
the wish read with the reason names by the rules ("… fund. museum. spændende.": a pastime), as
a measure's own words may (engine._measured_activity).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

#: The answers that tell the goal itself, read first.
GOAL_ANSWERS = ("wish", "activity", "motivation")
#: The answers that tell everyday life around it, read only when the goal answers name none.
STORY_ANSWERS = ("everyday", "difficulties")


def said_in(transcript: Sequence, steps: Sequence[str], has_words: Callable[[str], bool]) -> str:
    """The words typed or spoken to `steps` (no cards), joined as fragments ("a. b")."""
    said = [
        str(e.get("answer") or "")
        for step in steps
        for e in transcript
        if isinstance(e, dict) and e.get("slot") == step and "card" not in e
    ]
    return ". ".join(t.strip().rstrip(".") for t in said if has_words(t))


def guess(transcript: Sequence, has_words: Callable[[str], bool], read) -> str | None:
    """The activity guessed (see the module): from the goal answers, by the rules, else the
    word counts; from the story only when they give none. `read(text)` gives the facts."""
    for steps in (GOAL_ANSWERS, STORY_ANSWERS):
        text = said_in(transcript, steps, has_words)
        facts = read(text) if has_words(text) else None
        found = facts and (facts.activity or (facts.extras or {}).get("activity_guess"))
        if found:
            return found
    return None


def reason_names(s, reply, kind: str, read: Callable[[str], object], activities) -> str | None:
    """The activity the wish read together with the reason just given names by the rules, when
    the activity so far is only guessed and this one differs; else None."""
    if kind != "motivation" or not s.slots.get("activity_guessed") or reply.card is not None:
        return None
    if reply.facts is None or not reply.facts.activity:
        return None  # the reason's own words name no activity
    wish = said_in(s.transcript, ("wish",), lambda t: bool(t.strip()))
    whole = read(f"{wish}. {reply.text}") if wish else None
    found = whole.activity if whole is not None else None
    if found not in activities or found == s.slots.get("activity"):
        return None
    return found


def asked_not_guessed(understand: Callable) -> Callable:
    """`understand` with the activity the NLP only guessed for a wish no rule read
    ("activity_guessed") left out: the dialogue asks for it (and guesses only after asking in
    vain, from the guess kept in "activity_guess"), where a batch reading must name one."""

    def read(text, today):
        facts = understand(text, today)
        if (facts.extras or {}).get("activity_guessed"):
            return replace(facts, activity=None, area=None)
        return facts

    return read
