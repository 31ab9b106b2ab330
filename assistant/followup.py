"""Follow-up: the items a citizen rates, the five-face GAS scale, and the staff progress chart.

Ratings are Goal Attainment Scaling scores −2…+2: how things go compared with the level
expected at that time (0 = "Som ventet", the expected outcome). They map to the FHIR R4
goal-achievement codes (`achievement_code`); R4 has no "exceeded", so +1 and +2 are "achieved"
and the exported text keeps the score:

    −2 → "no-progress", −1 → "not-achieved", 0 → "achieved", +1 → "achieved", +2 → "achieved"

("no-progress" is a child of "not-achieved" in the code system: much less than expected.)
A sub-goal's status comes from its latest rating. The goal's status comes from its own
latest rating; without one, from the mean of the sub-goals' latest ratings, rounded half
away from zero.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from assistant.content import get_content
from assistant.content.labels import SCALE, Labels

# GAS score → FHIR goal-achievement code (http://terminology.hl7.org/CodeSystem/goal-achievement).
ACHIEVEMENT_BY_SCORE: Mapping[int, str] = {
    -2: "no-progress",
    -1: "not-achieved",
    0: "achieved",
    1: "achieved",
    2: "achieved",
}


def mean_score(scores: Iterable[float]) -> int | None:
    """Return the mean of GAS scores rounded half away from zero, within −2…+2 (None if none)."""
    values = [float(s) for s in scores]
    if not values:
        return None
    mean = sum(values) / len(values)
    return max(-2, min(2, int(math.copysign(math.floor(abs(mean) + 0.5), mean))))


def achievement_code(scores: Iterable[float]) -> str | None:
    """Return the goal-achievement code for the mean of GAS scores (None without scores)."""
    score = mean_score(scores)
    return None if score is None else ACHIEVEMENT_BY_SCORE[score]


def latest_scores(ratings: Iterable[Mapping[str, Any]]) -> dict[int | None, int]:
    """Return the latest score per item (sub-goal index, or None for the goal)."""
    latest: dict[int | None, tuple[str, int]] = {}
    for rating in ratings:
        key = rating.get("subgoal")
        at = str(rating.get("at") or "")
        if key not in latest or at >= latest[key][0]:
            latest[key] = (at, int(rating["score"]))
    return {key: score for key, (_, score) in latest.items()}


GAS_RHO = 0.3  # the inter-goal correlation Kiresuk and Sherman assumed


def gas_t_score(scores: Iterable[float], weights: Iterable[float] | None = None) -> float | None:
    """Return the Kiresuk–Sherman GAS T-score of item scores (equal weights unless given).

    T = 50 + 10·Σwᵢxᵢ / sqrt((1−ρ)Σwᵢ² + ρ(Σwᵢ)²), ρ = 0.3; None without scores.
    """
    values = [float(x) for x in scores]
    if not values:
        return None
    w = [1.0] * len(values) if weights is None else [float(v) for v in weights]
    if len(w) != len(values):
        raise ValueError("one weight per score")
    spread = (1 - GAS_RHO) * sum(v * v for v in w) + GAS_RHO * sum(w) ** 2
    return 50 + 10 * sum(wi * xi for wi, xi in zip(w, values, strict=True)) / math.sqrt(spread)


def course_t_score(ratings: Iterable[Mapping[str, Any]]) -> float | None:
    """Return the course's GAS T-score from the latest rating of every rated item."""
    return gas_t_score(latest_scores(ratings).values())


def goal_score(ratings: Iterable[Mapping[str, Any]], subgoal: int | None) -> int | None:
    """Return the GAS score that stands for one sub-goal, or for the goal (subgoal None)."""
    latest = latest_scores(ratings)
    if subgoal in latest:
        return latest[subgoal]
    if subgoal is None:
        return mean_score(score for key, score in latest.items() if key is not None)
    return None


def goal_achievement(ratings: Iterable[Mapping[str, Any]], subgoal: int | None) -> str | None:
    """Return the achievement code of one sub-goal, or of the goal (subgoal None)."""
    score = goal_score(ratings, subgoal)
    return None if score is None else ACHIEVEMENT_BY_SCORE[score]


def followup_labels(lang: str = "da") -> Labels:
    """Return the citizen follow-up texts (content/<lang>/followup.yaml)."""
    return get_content(lang).followup


@dataclass(frozen=True)
class Item:
    """One thing the citizen rates: a sub-goal (index) or the goal itself (subgoal None)."""

    position: int
    subgoal: int | None
    text: str
    deadline: str | None


def rating_items(draft: Mapping[str, Any]) -> list[Item]:
    """Return the sub-goals in order, then the goal: the questions of a follow-up."""
    found = []
    for index, sub in enumerate(draft.get("subgoals") or []):
        if isinstance(sub, Mapping) and str(sub.get("text") or "").strip():
            found.append((index, str(sub["text"]), sub.get("deadline")))
    goal = draft.get("goal") if isinstance(draft.get("goal"), Mapping) else {}
    if str(goal.get("text") or "").strip():
        found.append((None, str(goal["text"]), goal.get("deadline")))
    return [Item(pos, sub, text, due) for pos, (sub, text, due) in enumerate(found)]


@dataclass(frozen=True)
class Series:
    """One item's ratings as chart points, with its latest score and FHIR achievement code."""

    item: Item
    points: tuple[tuple[float, float, int, str], ...]  # x, y, score, ISO time
    latest: int | None
    achievement: str | None

    @property
    def polyline(self) -> str:
        """Return the points as an SVG polyline `points` attribute."""
        return " ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in self.points)


@dataclass(frozen=True)
class Chart:
    """A server-rendered SVG chart of GAS scores over time (geometry only; labels in template)."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    series: tuple[Series, ...]
    y_ticks: tuple[tuple[int, float], ...]
    x_ticks: tuple[tuple[str, float], ...]


def _moment(at: str) -> datetime | None:
    try:
        return datetime.fromisoformat(str(at))
    except ValueError:
        return None


def gas_chart(
    items: Sequence[Item], ratings: Iterable[Any], *, width: int = 640, height: int = 280
) -> Chart:
    """Lay out every rating (objects or dicts with subgoal, score, at) on a −2…+2 chart."""
    rows = [r if isinstance(r, Mapping) else r.to_json() for r in ratings]
    left, right, top, bottom = 56, width - 16, 16, height - 40
    times = [m for m in (_moment(r["at"]) for r in rows) if m is not None]
    first, last = (min(times), max(times)) if times else (None, None)
    span = (last - first).total_seconds() if times else 0.0

    def x_of(at: str) -> float:
        moment = _moment(at)
        if moment is None or span <= 0:
            return (left + right) / 2
        return left + (moment - first).total_seconds() / span * (right - left)

    def y_of(score: int) -> float:
        return top + (2 - score) / 4 * (bottom - top)

    series = []
    for item in items:
        mine = sorted((r for r in rows if r.get("subgoal") == item.subgoal), key=lambda r: r["at"])
        points = tuple(
            (x_of(r["at"]), y_of(int(r["score"])), int(r["score"]), r["at"]) for r in mine
        )
        series.append(
            Series(
                item=item,
                points=points,
                latest=points[-1][2] if points else None,
                achievement=goal_achievement(rows, item.subgoal),
            )
        )
    x_ticks = ()
    if times:
        x_ticks = ((first.date().isoformat(), float(left)),)
        if span > 0:
            x_ticks += ((last.date().isoformat(), float(right)),)
    return Chart(
        width=width,
        height=height,
        left=left,
        right=right,
        top=top,
        bottom=bottom,
        series=tuple(series),
        y_ticks=tuple((s, y_of(s)) for s in SCALE),
        x_ticks=x_ticks,
    )


#: The GAS level a form field stands for: gas_<item>_<m2|m1|0|p1|p2>.
GAS_FIELD_LEVELS = {"m2": "-2", "m1": "-1", "0": "0", "p1": "1", "p2": "2"}
MAX_GAS_TEXT = 160


def item_key(item: Item) -> str:
    """Return the key GAS levels are stored under: 'goal' or the sub-goal's index."""
    return "goal" if item.subgoal is None else str(item.subgoal)


def parse_gas_levels(
    form: Mapping[str, str], items: Sequence[Item]
) -> tuple[dict[str, dict[str, str]], list[tuple[str, str]]]:
    """Read the five GAS level texts of every item from a staff form.

    Returns (levels by item key, errors as (item key, reason)). An item is either left out
    (all five empty) or complete (all five set); the goal itself must be complete. Reasons:
    'missing' (some but not all five, or the goal's are empty), 'too_long', 'not_text'.
    """
    levels: dict[str, dict[str, str]] = {}
    errors: list[tuple[str, str]] = []
    for item in items:
        key = item_key(item)
        texts = {
            level: " ".join(str(form.get(f"gas_{key}_{suffix}") or "").split())
            for suffix, level in GAS_FIELD_LEVELS.items()
        }
        filled = [t for t in texts.values() if t]
        if not filled and key != "goal":
            continue
        if len(filled) < len(texts):
            errors.append((key, "missing"))
        elif any(len(t) > MAX_GAS_TEXT for t in filled):
            errors.append((key, "too_long"))
        elif not all(t.isprintable() for t in filled):
            errors.append((key, "not_text"))
        else:
            levels[key] = texts
    return levels, errors
