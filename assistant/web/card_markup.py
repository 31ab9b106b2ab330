"""Rendered picture-card markup kept per app: a card renders the same on every page it is on.

The card macro (pictures, label, read-aloud button) was the costliest part of a question page
(`benchmarks/turn.py --profile`): each card made three URLs and registered its read-aloud text
on every page. Its markup depends only on the card (id, label, badge, pictograms), whether the
citizen chose it before, the app's texts and the URL root, so it is rendered once per such key.
A card whose label is not fixed content is rendered every time: its read-aloud URL is the
session's own (a personal folder), never to be shown to another citizen.
"""

from __future__ import annotations

from typing import Any

from flask import current_app, request
from markupsafe import Markup

MAX_ENTRIES = 4096  # cards x chosen-or-not: the content has a few hundred


def card_key(card: Any, was_chosen: Any) -> tuple | None:
    """Return the memo key of a card's markup, or None when it must be rendered each time."""
    if not _is_fixed(card.label):
        return None
    codes = getattr(card, "openmoji", None)
    return (
        type(card).__name__,
        card.id,
        card.label,
        getattr(card, "badge", None),
        codes if isinstance(codes, str) else tuple(codes or ()),
        bool(was_chosen),
        request.script_root,
        id(current_app.extensions["hverdagsmaal"]["content"]),
    )


def cached_card(key: tuple | None) -> Markup | None:
    """Return the markup rendered before for this key, or None."""
    if key is None:
        return None
    return _memo().get(key)


def keep_card(key: tuple | None, markup: Any) -> Markup:
    """Remember a card's markup under its key (when it has one); return it as Markup."""
    markup = Markup(markup)
    memo = _memo()
    if key is not None and len(memo) < MAX_ENTRIES:
        memo[key] = markup
    return markup


def _memo() -> dict:
    return current_app.extensions["hverdagsmaal"].setdefault("card_markup", {})


def _is_fixed(text: str) -> bool:
    """True when the text is fixed content (read aloud from the shared cache) or not read."""
    from assistant.web.common import speech_module  # noqa: PLC0415

    speech = speech_module()
    if speech is None:  # no read-aloud at all: nothing personal in the markup
        return True
    return speech.is_fixed_text(text)
