"""How a question is laid out on screen: areas before activities, named steps, earlier answers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Value prefix of an area card ("omraade:mobilitet"): it opens the area, it is no answer.
AREA_PREFIX = "omraade:"
#: The named steps of the dialogue (texts.yaml keys) and the slots each covers (spec slot ids).
PHASES = (
    ("phase_about", ("who", "consent", "about", "everyday", "difficulties")),
    ("phase_wish", ("wish", "activity", "motivation")),
    (
        "phase_goal",
        (
            "current_level",
            "importance",
            "measure",
            "frequency",
            "deadline",
            "independence",
            "people",
            "subgoals",
        ),
    ),
    ("phase_confirm", ("handover", "own_consent", "change", "confirm")),
)
#: Steps whose question is told in words first: their activity cards fold out in text mode.
TEXT_FIRST_SLOTS = ("everyday", "difficulties", "wish")


@dataclass(frozen=True)
class AreaCard:
    """A big card that opens one area's activities (a button name="card" like the others)."""

    id: str
    label: str
    openmoji: Any
    area: str


def area_cards(groups) -> list[AreaCard]:
    """Return one card per area that has activity cards on this screen, in content order."""
    return [
        AreaCard(id=AREA_PREFIX + area.id, label=area.label, openmoji=area.openmoji, area=area.id)
        for area, _cards in groups
        if area is not None
    ]


def area_of(card_value: str, groups) -> str | None:
    """Return the area id an area card value opens, if that area is on this screen."""
    if not card_value.startswith(AREA_PREFIX):
        return None
    wanted = card_value[len(AREA_PREFIX) :]
    return wanted if any(a is not None and a.id == wanted for a, _ in groups) else None


def chosen_groups(groups, area: str | None):
    """Return the groups to show: the chosen area's activities only, or none (areas first)."""
    return [(a, cards) for a, cards in groups if a is not None and a.id == area]


def phases(slot: str) -> list[dict[str, Any]]:
    """Return the named steps with the one holding `slot` marked current (and those before done)."""
    current = next((i for i, (_key, slots) in enumerate(PHASES) if slot in slots), None)
    return [
        {"key": key, "current": i == current, "done": current is not None and i < current}
        for i, (key, _slots) in enumerate(PHASES)
    ]


def earlier_answer(state: dict, slot: str) -> dict[str, str] | None:
    """Return the last answer given to `slot` (card id or text), e.g. after Back."""
    for entry in reversed(state.get("transcript") or []):
        if entry.get("slot") == slot:
            if entry.get("card"):
                return {"card": str(entry["card"])}
            if entry.get("input") in ("text", "speech") and entry.get("answer"):
                return {"text": str(entry["answer"])}
            return None
    return None
