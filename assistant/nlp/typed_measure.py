"""A measure written as the citizen typed it: "3 km", "1,5 km", "200 meter".

A therapist keeps the citizen's digits and unit in the goal; only a measure said in words
("tre kilometer", "en halv time") is written from its value. A step on the way to a typed
measure ("1,5 km" on the way to "3 km") is written the same way.
"""

from __future__ import annotations

import re

from assistant.content.goals import GoalTemplates
from assistant.nlp.facts import measure_key
from assistant.nlp.numbers import written_number

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)?½?$|^\d*½$")


def typed_measure(measure: dict, said: dict | None, templates: GoalTemplates) -> str:
    """The measure in the digits it was typed with and its unit ("3 km", "20 minutter"); the
    unit's short form kept when the citizen typed one the goal templates list (`short`), else
    its noun. "" when it was said in words, with other words between, or is not known."""
    words = str((said or {}).get(measure_key(measure.get("value"), measure.get("unit"))) or "")
    parts = words.split()
    if len(parts) != 2 or not _DIGITS.match(parts[0]):
        return ""
    return _written(measure, written_number(parts[0]), parts[1], templates)  # "1.500 meter"


def like_typed(measure: dict, typed: str, templates: GoalTemplates) -> str:
    """Another value of a typed measure written as it was ("1,5 km" beside "3 km"); "" when
    `typed` is empty, the value is no number, or one (said in words)."""
    parts = typed.split()
    try:
        value = float(measure.get("value"))
    except (TypeError, ValueError):
        return ""
    if len(parts) != 2 or value == 1:
        return ""  # "en gang", "en time": one is said in words on the way
    return _written(measure, f"{value:g}".replace(".", ","), parts[1], templates)


def _written(measure: dict, number: str, typed_unit: str, templates: GoalTemplates) -> str:
    """ "3 km": the number with the unit's short form as typed, or its noun in the number's form."""
    unit = (templates.common.get("units") or {}).get(measure.get("unit")) or {}
    typed_unit = typed_unit.lower().rstrip(".")
    if not unit:
        return ""
    if typed_unit in (unit.get("short") or ()):
        return f"{number} {typed_unit}"
    try:
        one = float(measure.get("value")) == 1
    except (TypeError, ValueError):
        return ""
    half = "½" in number  # "1½ time": a half said with the unit in the singular
    return f"{number} {unit.get('one' if one or half else 'many', measure.get('unit'))}"
