"""A bare wish after "men" borrows the task told before it, and so does the activity.

"min nabo bærer skraldeposen ned for mig men jeg vil gerne selv kunne igen den vejer jo tit
fem kilo": the wish ("selv kunne igen") names no task of its own; it is the one the part before
"men" tells (the rubbish bag carried down). The activity counts (activity_model) read every
word, the bag's weight too ("kilo", "veje": shopping, eating), and may prefer an activity no
word of that part names; they then keep the rules' activity, which the part names. The counts
still choose among what the part names, and a wish with words of its own ("… men jeg vil gerne
selv kunne købe ind igen"), a wish told in a sentence of its own ("Min nabo læser for mig. Jeg
vil forstå selv.") or without "men" are left to them as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

WISH = "wish"


def borrowed_task_choice(
    words: Sequence[str],
    matches,
    parts: Sequence[tuple[int, int]],
    act: str,
    other: str,
    named: Callable[[tuple[int, int]], dict],
    lex,
) -> str:
    """The counts' `other`, or the rules' `act` when the wish's part names no activity, follows
    "men" right after the part before, and that part names `act` but not `other` (`named`
    gives the activities a span's words name)."""
    wish_at = min((s for lab, s, _e in matches if lab == WISH), default=None)
    if wish_at is None:
        return other
    own = next((p for p in parts if p[0] <= wish_at < p[1]), None)
    if own is None or own[0] == 0 or words[own[0] - 1] not in lex.contrast_words:
        return other
    before = [p for p in parts if p[1] == own[0] - 1]
    if not before or named(own):
        return other
    told = named(before[-1])
    return act if act in told and other not in told else other
