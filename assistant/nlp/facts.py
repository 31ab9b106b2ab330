"""The facts one utterance contains: the output of `analyze` (shared/spec/analyze.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Frequency:
    """How often: `times` per `every` `per` (e.g. 2 per 1 week, 1 per 2 days)."""

    times: float
    per: str  # "day" | "week" | "month" | "year"
    every: int = 1

    def per_week(self) -> float:
        """Return the frequency converted to times per week."""
        factor = {"day": 7.0, "week": 1.0, "month": 12 / 52, "year": 1 / 52}[self.per]
        return self.times * factor / self.every


@dataclass(frozen=True)
class Measure:
    """A quantity that makes a goal measurable."""

    value: float
    unit: str  # meter, kilometer, etage, trin, minut, time, skridt, kilo, gang


def measure_key(value: object, unit: object) -> str:
    """The key of a measure's said words ("3 kilometer"): its value and unit, as a measure
    dict from any step holds them (3 or 3.0)."""
    try:
        return f"{float(value):g} {unit}"  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return f"{value} {unit}"


@dataclass(frozen=True)
class Facts:
    """Everything `analyze` found in one utterance; unknown facts are None or empty."""

    activity: str | None = None
    area: str | None = None
    stance: str | None = None  # "wish" | "difficulty" | "resource"
    perspective: str = "self"  # "self" | "other"
    frequency: Frequency | None = None
    deadline: str | None = None  # ISO date
    measures: tuple[Measure, ...] = ()
    independence: str | None = None  # "selv" | "hjaelpemiddel" | "med_hjaelp"
    aids: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    motivation: str | None = None
    extras: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_json(self, id_: str | None = None) -> dict[str, Any]:
        """Return the JSON object of spec/analyze.md (numbers as int where whole)."""
        out: dict[str, Any] = {} if id_ is None else {"id": id_}
        out.update(
            activity=self.activity,
            area=self.area,
            stance=self.stance,
            perspective=self.perspective,
            frequency=None if self.frequency is None else _clean(asdict(self.frequency)),
            deadline=self.deadline,
            measures=[_clean(asdict(m)) for m in self.measures],
            independence=self.independence,
            aids=list(self.aids),
            people=list(self.people),
            motivation=self.motivation,
        )
        return out

    def is_empty(self) -> bool:
        """True when no usable fact was found."""
        return not any(
            (
                self.activity,
                self.stance,
                self.frequency,
                self.deadline,
                self.measures,
                self.independence,
                self.aids,
                self.people,
                self.motivation,
            )
        )


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {k: (int(v) if isinstance(v, float) and v.is_integer() else v) for k, v in d.items()}
