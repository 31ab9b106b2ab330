"""The municipality's frame from instance/branding.yaml: name, logo, colours, help phone, hours.

The file is optional; without it the pages show only the product's name and its own colours.
Every problem is reported at once, each with the file, and stops the start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.content.files import Problems, nfc

FILE_NAME = "branding.yaml"
LOGO_TYPES = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg",
              ".jpeg": "image/jpeg", ".webp": "image/webp"}  # fmt: skip
LOGO_MAX_BYTES = 512 * 1024
KEYS = {"name", "logo", "colours", "help_phone", "opening_hours"}
COLOUR_KEYS = {"brand", "brand_dark"}
#: The colour each brand colour must stand out against (WCAG AA, 4.5:1): white text on
#: `brand` buttons, `brand_dark` text on the page's paper.
CONTRAST_AGAINST = {"brand": "#ffffff", "brand_dark": "#fdfcf8"}
MIN_CONTRAST = 4.5
MAX_TEXT = {"name": 60, "opening_hours": 120}
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_PHONE = re.compile(r"\+?[0-9][0-9 ]{6,18}[0-9]")


@dataclass(frozen=True)
class Branding:
    """The municipality's frame; empty fields are simply not shown."""

    name: str = ""
    logo: Path | None = None
    colours: tuple[tuple[str, str], ...] = ()
    help_phone: str = ""
    opening_hours: str = ""

    @property
    def logo_type(self) -> str:
        """The logo's media type (from its file suffix)."""
        return LOGO_TYPES[self.logo.suffix.lower()] if self.logo else ""

    @property
    def phone_uri(self) -> str:
        """The help phone as a tel: URI (digits and a leading + only)."""
        return "tel:" + re.sub(r"[^0-9+]", "", self.help_phone) if self.help_phone else ""


def load_branding(path: Path) -> Branding:
    """Read the branding file at path (defaults when it does not exist); raise ContentError."""
    if not path.exists():
        return Branding()
    problems = Problems()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.add(path, f"cannot be read: {exc}")
        problems.raise_if_any()
    if data is None:
        return Branding()
    if not isinstance(data, dict):
        problems.add(path, "must be a mapping of name, logo, colours, help_phone, opening_hours")
        problems.raise_if_any()
    for key in sorted(set(map(str, data)) - KEYS):
        problems.add(path, f"unknown setting '{key}' (known: {', '.join(sorted(KEYS))})")
    texts = {key: _text(path, data, key, problems) for key in ("name", "opening_hours")}
    phone = _text(path, data, "help_phone", problems)
    if phone and not _PHONE.fullmatch(phone):
        problems.add(path, f"help_phone '{phone}' is not a phone number (digits, spaces, +)")
    branding = Branding(
        name=texts["name"],
        logo=_logo(path, data.get("logo"), problems),
        colours=_colours(path, data.get("colours"), problems),
        help_phone=phone,
        opening_hours=texts["opening_hours"],
    )
    problems.raise_if_any()
    return branding


def _text(path: Path, data: dict[str, Any], key: str, problems: Problems) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str | int) or isinstance(value, bool):
        problems.add(path, f"{key} must be text")
        return ""
    text = " ".join(nfc(str(value)).split())
    if len(text) > MAX_TEXT.get(key, 40):
        problems.add(path, f"{key} is longer than {MAX_TEXT.get(key, 40)} characters")
    return text


def _logo(path: Path, value: Any, problems: Problems) -> Path | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        problems.add(path, "logo must be a file path (relative to the branding file's folder)")
        return None
    logo = (path.parent / value.strip()).resolve()
    if logo.suffix.lower() not in LOGO_TYPES:
        problems.add(path, f"logo {logo} must be one of {', '.join(LOGO_TYPES)}")
    elif not logo.is_file():
        problems.add(path, f"logo {logo} does not exist")
    elif logo.stat().st_size > LOGO_MAX_BYTES:
        problems.add(path, f"logo {logo} is larger than {LOGO_MAX_BYTES // 1024} kB")
    return logo


def _colours(path: Path, value: Any, problems: Problems) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        problems.add(path, "colours must be a mapping of brand and brand_dark")
        return ()
    found = []
    for key in sorted(map(str, value)):
        colour = value[key]
        if key not in COLOUR_KEYS:
            problems.add(path, f"unknown colour '{key}' (known: {', '.join(sorted(COLOUR_KEYS))})")
        elif not isinstance(colour, str) or not _HEX.fullmatch(colour):
            problems.add(path, f"colour {key} must be written #rrggbb, not {colour!r}")
        elif (ratio := contrast(colour, CONTRAST_AGAINST[key])) < MIN_CONTRAST:
            problems.add(
                path,
                f"colour {key} {colour} has contrast {ratio:.2f}:1 against "
                f"{CONTRAST_AGAINST[key]}; at least {MIN_CONTRAST}:1 is needed (choose darker)",
            )
        else:
            found.append((key, colour.lower()))
    return tuple(found)


def contrast(first: str, second: str) -> float:
    """The WCAG 2 contrast ratio of two #rrggbb colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
