"""Named conditions the dialogue data refers to (`when:` of a step); one registry, all pure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.dialogs.offer import means_excluded

Condition = Callable[[dict, Any], bool]


def always(state: dict, content: Any) -> bool:
    """Every state: the step is asked unless its slot is already filled."""
    return True


def no_difficulty_known(state: dict, content: Any) -> bool:
    """No difficulty has been told yet (so ask what is hard)."""
    return not state.difficulties


def offer_difficulty(state: dict, content: Any) -> bool:
    """A stated difficulty can be offered back as a wish (and no activity is chosen yet): one
    tapped as a card, or told in words short enough to say back. An activity guessed from a
    long story is not offered, nor one whose means the story rules out (a wheelchair: no
    walking offer); the wish question is asked open."""
    return (
        bool(state.difficulty_activity)
        and state.difficulty_said != ""
        and not state.offer_declined
        and not (state.slots.get("activity"))
        and not means_excluded(
            [*state.resources, *state.difficulties, *state.dreams],
            content,
            state.difficulty_activity,
        )
    )


def needs_handover(state: dict, content: Any) -> bool:
    """Someone else than the citizen answered, and the screen has not been handed over yet."""
    return state.speaker in ("relative", "staff") and not state.handover_done


def changing(state: dict, content: Any) -> bool:
    """The citizen asked to change something on the summary."""
    return bool(state.changing)


def has_activity(state: dict, content: Any) -> bool:
    """The goal's activity is known."""
    return bool(state.slots.get("activity"))


def relative_answers(state: dict, content: Any) -> bool:
    """A relative answers and no personal link named the citizen (so ask: name or relation)."""
    return state.speaker == "relative" and not state.citizen_name


def citizen_took_over(state: dict, content: Any) -> bool:
    """The citizen took the screen at the hand-over (so ask the citizen's own consent)."""
    return bool(state.handover_done) and state.voice == "citizen"


REGISTRY: dict[str, Condition] = {
    "always": always,
    "no_difficulty_known": no_difficulty_known,
    "offer_difficulty": offer_difficulty,
    "needs_handover": needs_handover,
    "changing": changing,
    "has_activity": has_activity,
    "relative_answers": relative_answers,
    "citizen_took_over": citizen_took_over,
}


def check(name: str, state: dict, content: Any) -> bool:
    """Evaluate the named condition (an unknown name counts as false)."""
    condition = REGISTRY.get(name)
    return bool(condition and condition(state, content))
