"""Strict reading of request bodies and form fields: size limits per route, ASCII numbers."""

from __future__ import annotations

import re
import unicodedata

from flask import abort, current_app, request

ANSWER_BODY_LIMIT = 16 * 1024  # a 2,000-character answer, fully percent-encoded, fits
FORM_BODY_LIMIT = 64 * 1024  # staff forms (a draft with its sub-goals and notes)
MULTIPART_SLACK = 64 * 1024  # form fields around an uploaded recording
#: Blueprints whose forms are a citizen's answers (a few kB at most).
ANSWER_BLUEPRINTS = ("citizen", "followup", "pictograms", "speech")
_ASCII_INT = re.compile(r"[0-9]{1,18}")


def ascii_int(value: object, max_digits: int = 9) -> int | None:
    """Return a form value of ASCII digits only ("12", not "²" or "١٢") as an int, else None."""
    if not isinstance(value, str):
        return None
    value = value.strip(" \t")
    if len(value) > max_digits or not _ASCII_INT.fullmatch(value):
        return None
    return int(value)


def _invisible(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc", "Zs", "Zl", "Zp")


def visible_strip(text: str) -> str:
    """Strip whitespace and invisible characters (zero-width space, BOM, ...) at both ends."""
    start, end = 0, len(text)
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return text[start:end]


def body_limit(endpoint: str | None) -> int:
    """Return the largest request body (bytes) the route of this endpoint accepts."""
    config = current_app.config
    if endpoint == "speech.recognise":
        from assistant.speech import MAX_BYTES  # noqa: PLC0415

        return int(config.get("SPEECH_MAX_BYTES") or MAX_BYTES) + MULTIPART_SLACK
    blueprint = (endpoint or "").partition(".")[0] if endpoint and "." in endpoint else None
    if blueprint is None or blueprint in ANSWER_BLUEPRINTS:
        return int(config.get("ANSWER_BODY_LIMIT") or ANSWER_BODY_LIMIT)
    return int(config.get("FORM_BODY_LIMIT") or FORM_BODY_LIMIT)


def limit_body() -> None:
    """Before any other work (CSRF, database): refuse a body over the route's limit with 413.

    The declared Content-Length is checked first; the stream itself is capped too, so a
    chunked body without a length stops at the limit while it is read.
    """
    limit = body_limit(request.endpoint)
    request.max_content_length = limit
    request.max_form_memory_size = min(limit, int(current_app.config["MAX_FORM_MEMORY_SIZE"]))
    if (request.content_length or 0) > limit:
        abort(413)
