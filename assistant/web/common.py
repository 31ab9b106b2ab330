"""Helpers every web module shares: the app's today, the Danish UI texts, read-aloud URLs,
Danish dates and Danish abort messages. The package's create_app and every blueprint import
these from here, so no page module imports the package that registers it."""

from __future__ import annotations

import importlib
import importlib.util
from datetime import date
from typing import Any

from flask import Flask, current_app


def today(app: Flask) -> date:
    """Return the app's 'today' (config TODAY for tests, else the real date)."""
    fixed = app.config.get("TODAY")
    if fixed:
        return fixed if isinstance(fixed, date) else date.fromisoformat(str(fixed))
    return date.today()


def texts() -> dict[str, str]:
    """Return the UI texts: citizen (content/da/texts.yaml) and staff (content/da/staff.yaml)."""
    return current_app.extensions["hverdagsmaal"]["content"].ui_texts


def t(key: str, **values: Any) -> str:
    """Return the Danish UI text for key, with {placeholders} filled in."""
    text = texts().get(key)
    if text is None:
        raise KeyError(f"content/da/texts.yaml and staff.yaml have no text '{key}'")
    return text.format(**values) if values else text


def by_prefix(prefix: str) -> dict[str, str]:
    """Map each id to its text for the keys `<prefix><id>`, in content order (built once)."""
    cache = current_app.extensions["hverdagsmaal"].setdefault("texts_by_prefix", {})
    if prefix not in cache:
        cache[prefix] = {k[len(prefix) :]: v for k, v in texts().items() if k.startswith(prefix)}
    return cache[prefix]


_SPEECH: list = []  # the speech blueprint's module (or None), looked up once per process


def speech_module():
    """Return the speech blueprint's module, or None when this build has none."""
    if not _SPEECH:
        found = importlib.util.find_spec("assistant.web.speech") is not None
        _SPEECH.append(importlib.import_module("assistant.web.speech") if found else None)
    return _SPEECH[0]


def audio_url(text: str, parts: tuple[str, ...] | None = None) -> str | None:
    """Return the read-aloud audio URL of a text (made of parts), or None when unavailable."""
    speech = speech_module()
    if speech is None:
        return None
    make_url = getattr(speech, "audio_url", None)
    if make_url is None:
        return None
    try:
        return make_url(text, parts) if parts else make_url(text)
    except Exception:  # noqa: BLE001  read-aloud is optional: never break the page for it
        return None


def da_date(value: Any) -> str:
    """Format an ISO date the Danish way ("22. november 2026"); other values pass unchanged."""
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return t("date_format", day=day.day, month=t(f"month_{day.month}"), year=day.year)


class _DanishMessage(str):
    """A Danish text passed as an abort() description, shown to the citizen as is."""


def danish(message: str) -> _DanishMessage:
    """Mark a Danish message for abort(code, danish(...)) so the error page shows it."""
    return _DanishMessage(message)
