"""The municipality's frame on the pages: logo, colours, help line, and the typeface served."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, abort, current_app, url_for

from assistant.content.branding import FILE_NAME, Branding, load_branding
from assistant.web.files import send_bytes

bp = Blueprint("branding", __name__)
#: Open Sans (SIL OFL 1.1), from the Debian package fonts-open-sans (scripts/setup.sh).
FONT_DIR = "/usr/share/fonts/truetype/open-sans"
FONTS = ("OpenSans-Regular.ttf", "OpenSans-Bold.ttf", "OpenSans-Italic.ttf")
MAX_AGE = 7 * 24 * 3600


def init_app(app: Flask) -> Branding:
    """Load the branding file (BRANDING_FILE or instance/branding.yaml) and keep it on the app."""
    path = Path(app.config.get("BRANDING_FILE") or Path(app.instance_path) / FILE_NAME)
    branding = load_branding(path)
    app.config.setdefault("FONT_DIR", os.environ.get("HVERDAGSMAAL_FONT_DIR") or FONT_DIR)
    app.extensions["hverdagsmaal"]["branding"] = branding
    app.register_blueprint(bp)
    app.context_processor(template_helpers)
    return branding


def current() -> Branding:
    """The running app's branding."""
    return current_app.extensions["hverdagsmaal"]["branding"]


def colours_css(branding: Branding) -> str:
    """The CSS that puts the municipality's colours in place of the defaults."""
    lines = "".join(f"  --{key.replace('_', '-')}: {value};\n" for key, value in branding.colours)
    return f":root {{\n{lines}}}\n"


def template_helpers() -> dict[str, Any]:
    """`branding` and the URL of its colour sheet (None with the default colours)."""
    branding = current()
    colours = None
    if branding.colours:
        version = hashlib.sha256(colours_css(branding).encode()).hexdigest()[:12]
        colours = url_for("branding.colours", v=version)
    return {"branding": branding, "branding_colours_url": colours}


@bp.get("/kommune/logo")
def logo():
    """The municipality's logo file."""
    branding = current()
    if branding.logo is None:
        abort(404)
    return send_bytes(branding.logo, mimetype=branding.logo_type, max_age=3600, conditional=True)


@bp.get("/kommune/farver.css")
def colours():
    """The municipality's colours as CSS custom properties."""
    response = current_app.response_class(colours_css(current()), mimetype="text/css")
    response.headers["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response


@bp.get("/skrift/<name>")
def font(name: str):
    """One of the typeface files the CSS names (served from the Debian font package)."""
    if name not in FONTS:
        abort(404)
    path = Path(current_app.config["FONT_DIR"]) / name
    if not path.is_file():
        current_app.logger.warning("font file missing: %s (install fonts-open-sans)", path)
        abort(404)
    return send_bytes(path, mimetype="font/ttf", max_age=MAX_AGE, conditional=True)
