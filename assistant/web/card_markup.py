"""Rendered picture-card markup kept per app: a card renders the same on every page it is on.

The card macro (pictures, label, read-aloud button) was the costliest part of a question page
(`benchmarks/turn.py --profile`): each card made three URLs and registered its read-aloud text
on every page. Its markup depends only on the card (id, label, badge, pictograms), whether the
citizen chose it before, the app's texts and the URL root, so it is rendered once per such key.
A card whose label is not fixed content is rendered every time: its read-aloud URL is the
session's own (a personal folder), never to be shown to another citizen.

A screen's whole card list (its cards, grouped by area, with the "more cards" fold) is kept the
same way, keyed by everything it shows: the cards, which were chosen before and its flags.
"""

from __future__ import annotations

from typing import Any

from flask import current_app, request
from markupsafe import Markup

MAX_ENTRIES = 4096  # cards x chosen-or-not: the content has a few hundred
MAX_GRIDS = 2048  # a screen's whole card list: screens x cards chosen before x folded or not


def card_key(card: Any, was_chosen: Any) -> tuple | None:
    """Return the memo key of a card's markup, or None when it must be rendered each time."""
    shown = _shown(card)
    if shown is None:
        return None
    return (
        *shown,
        bool(was_chosen),
        request.script_root,
        id(current_app.extensions["hverdagsmaal"]["content"]),
    )


def grid_key(groups: Any, others: Any, areas: Any, chosen: Any, *flags: Any) -> tuple | None:
    """Return the memo key of a screen's whole card list (every card fixed content), or None.

    The list (web/templates/citizen/_dialogue.html `card_list`) shows only its cards, the areas
    they are grouped by, which were chosen before, its flags (scale, folded, ...) and the app's
    texts and URLs; a screen with a card of personal text is rendered each time.
    """
    cards: list[tuple] = []
    for card in (*others, *areas):
        if (shown := _shown(card)) is None:
            return None
        cards.append(shown)
    grouped = []
    for area, members in groups:
        shown = [_shown(card) for card in members]
        if None in shown:
            return None
        grouped.append((area.id, area.label, _codes(area), tuple(shown)))
    return (
        "grid",
        tuple(cards),
        tuple(grouped),
        tuple(sorted(chosen or ())),
        flags,
        request.script_root,
        id(current_app.extensions["hverdagsmaal"]["content"]),
    )


def cached_grid(key: tuple | None) -> Markup | None:
    """Return the card list rendered before for this key, or None."""
    return None if key is None else _memo("card_grids").get(key)


def keep_grid(key: tuple | None, markup: Any) -> Markup:
    """Remember a screen's card list under its key (when it has one); return it as Markup."""
    markup = Markup(markup)
    memo = _memo("card_grids")
    if key is not None and len(memo) < MAX_GRIDS:
        memo[key] = markup
    return markup


def _shown(card: Any) -> tuple | None:
    """What a card's markup depends on (type, id, label, badge, pictures); None if personal."""
    if not _is_fixed(card.label):
        return None
    return (type(card).__name__, card.id, card.label, getattr(card, "badge", None), _codes(card))


def _codes(card: Any) -> Any:
    codes = getattr(card, "openmoji", None)
    return codes if isinstance(codes, str) else tuple(codes or ())


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


def _memo(name: str = "card_markup") -> dict:
    return current_app.extensions["hverdagsmaal"].setdefault(name, {})


def _is_fixed(text: str) -> bool:
    """True when the text is fixed content (read aloud from the shared cache) or not read."""
    known = _memo("fixed_labels")
    fixed = known.get(text)
    if fixed is None:
        from assistant.web.common import speech_module  # noqa: PLC0415

        speech = speech_module()
        # no read-aloud at all: nothing personal in the markup
        fixed = speech is None or speech.is_fixed_text(text)
        if len(known) < MAX_ENTRIES:
            known[text] = fixed
    return fixed
