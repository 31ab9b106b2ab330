"""The cards the dialogue engine acts on by role, and the dates of the deadline cards.

`cards.yaml` names them (`engine_cards:` and `deadline_cards:`); the loader checks that every
role the engine needs is there and names a card that exists, and that every holiday or season
a deadline card counts to is a word of `nlp/time.yaml`. Python holds the roles, never the ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.content.files import Problems, nfc

#: Roles of single cards the engine compares answers with.
ROLES = (
    "answer_yes",
    "answer_no",
    "dont_know",
    "who_citizen",
    "who_relative",
    "who_staff",
    "independence_self",
    "independence_aid",
    "independence_help",
    "subgoals_easier",
    "change_goal",
)
#: Roles of numbered cards ("<prefix>1", "<prefix>2", …): remove or retype a sub-goal.
PREFIXES = ("remove_subgoal", "change_subgoal")
DEADLINE_KINDS = ("weeks", "holiday", "season")


@dataclass(frozen=True)
class EngineCards:
    """Card ids by engine role, numbered-card prefixes, and deadline card → (kind, value)."""

    ids: dict[str, str] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)
    deadlines: dict[str, tuple[str, Any]] = field(default_factory=dict)

    def numbered(self, role: str, card: str | None) -> int | None:
        """Return N for a card `<prefix of role>N`, else None."""
        prefix = self.prefixes.get(role, "")
        rest = (card or "").removeprefix(prefix) if prefix and card else ""
        return (
            int(rest)
            if rest and card.startswith(prefix) and rest.isascii() and rest.isdigit()
            else None
        )


def read_engine_cards(data: dict, cards: dict, path: Path, problems: Problems) -> EngineCards:
    """Parse `engine_cards` and `deadline_cards` of cards.yaml against its cards."""
    raw = data.get("engine_cards")
    if not isinstance(raw, dict):
        problems.add(path, "engine_cards: must map each engine role to a card id")
        raw = {}
    ids, prefixes = {}, {}
    for role in (*ROLES, *PREFIXES):
        value = raw.get(role)
        if not isinstance(value, str) or not value:
            problems.add(path, f"engine_cards: lacks the role '{role}'")
        elif role in PREFIXES:
            if f"{value}1" not in cards:
                problems.add(path, f"engine_cards: {role}: no card '{value}1' has the prefix")
            prefixes[role] = value
        elif value not in cards:
            problems.add(path, f"engine_cards: {role}: unknown card '{value}'")
        else:
            ids[role] = value
    for role in set(raw) - set(ROLES) - set(PREFIXES):
        problems.add(path, f"engine_cards: unknown role '{role}'")
    deadlines: dict[str, tuple[str, Any]] = {}
    for cid, spec in (data.get("deadline_cards") or {}).items():
        kind = next(iter(spec), None) if isinstance(spec, dict) and len(spec) == 1 else None
        if cid not in cards:
            problems.add(path, f"deadline_cards: unknown card '{cid}'")
        elif kind not in DEADLINE_KINDS:
            problems.add(path, f"deadline_cards: {cid}: needs one of {', '.join(DEADLINE_KINDS)}")
        elif kind == "weeks" and not (isinstance(spec[kind], int) and 1 <= spec[kind] <= 52):
            problems.add(path, f"deadline_cards: {cid}: weeks must be 1 to 52")
        else:
            value = spec[kind] if kind == "weeks" else nfc(str(spec[kind])).lower()
            deadlines[str(cid)] = (kind, value)
    return EngineCards(ids=ids, prefixes=prefixes, deadlines=deadlines)


def check_deadline_words(engine: EngineCards, time: Any, path: Path, problems: Problems) -> None:
    """Every holiday / season a deadline card names must be a word of nlp/time.yaml."""
    for cid, (kind, word) in engine.deadlines.items():
        if kind == "holiday" and holiday_rule(time, word) is None:
            problems.add(path, f"deadline_cards: {cid}: '{word}' is no holiday in nlp/time.yaml")
        if kind == "season" and word not in time.seasons:
            problems.add(path, f"deadline_cards: {cid}: '{word}' is no season in nlp/time.yaml")


def holiday_rule(time: Any, word: str):
    """Return the time lexicon's date rule for a one-word holiday, or None."""
    for phrase, rule in time.phrases.get(word, ()):
        if phrase == (word,) and getattr(rule, "kind", "") in ("date", "easter"):
            return rule
    return None
