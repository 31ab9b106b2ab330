"""Helpers of the citizen dialogue views: read an answer from a form, store it, render a Turn."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from typing import Any

from flask import current_app, render_template, request, session
from werkzeug.datastructures import MultiDict

from assistant.content import nfc
from assistant.dialogs import engine
from assistant.dialogs.models import Answer
from assistant.dialogs.record import answer_record
from assistant.errors import NotFound
from assistant.storage import sessions
from assistant.web import screens
from assistant.web.common import t
from assistant.web.db import write
from assistant.web.forms import visible_strip
from assistant.web.kiosk import is_kiosk
from assistant.web.read_all import read_all, summary_read_all

MAX_TEXT_CHARS = 2000
MAX_CARD_ID = 64
NAV_ACTIONS = ("back", "undo", "pause")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SCALE_IDS = ("1", "2", "3", "4", "5")
#: Numbered-card roles (cards.yaml `engine_cards`) shown on a sub-goal step, by template key.
STEP_ACTIONS = {"remove": "remove_subgoal", "change": "change_subgoal"}


@dataclass(frozen=True)
class Parsed:
    """An answer read from the form, or the Danish error to show (with the text kept)."""

    answer: Answer | None = None
    error: str | None = None
    text: str = ""
    area: str | None = None  # an area card: open that area's activities (no answer)


def state_version(stored) -> str:
    """Return a short fingerprint of a stored session's state; a form from an older one is stale.

    It hashes the state's stored JSON text (the same text gives the same version, and every
    save of a changed state changes it); a session without that text is hashed by its state.
    """
    raw = stored.state_text or json.dumps(
        stored.state, sort_keys=True, ensure_ascii=False, default=str
    )
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


def _content():
    return current_app.extensions["hverdagsmaal"]["content"]


#: (session id, stored state text, day) → (content, Turn): the question a page showed, kept per
#: process so that the answer to it does not show the same stored state again. engine.render is
#: pure and its Turn is only read; the content is held and compared (tests build many apps).
_SHOWN: dict[tuple[str, str, str], tuple[Any, Any]] = {}
_SHOWN_LIMIT = 128


def shown_turn(stored, content, day):
    """Return engine.render of a stored session's state (the same Turn for the same stored text)."""
    if not stored.state_text:
        return engine.render(stored.state, content, day)
    key = (stored.id, stored.state_text, day.isoformat())
    known = _SHOWN.get(key)
    if known is not None and known[0] is content:
        return known[1]
    turn = engine.render(stored.state, content, day)
    if len(_SHOWN) >= _SHOWN_LIMIT:
        _SHOWN.clear()
    _SHOWN[key] = (content, turn)
    return turn


def offers_activities(turn, content) -> bool:
    """True when the turn shows activity cards (then any activity id is a valid answer)."""
    return any(card.id in content.activities for card in turn.cards)


def parse_answer(form: MultiDict, turn, content) -> Parsed:
    """Read one answer (card, action or text) from the posted form and check it."""
    text = _CONTROL.sub("", form.get("text", "") or "")
    card = form.get("card")
    action = form.get("action")
    if card is not None:
        card = card.strip()
        if area := screens.area_of(card, group_cards(turn, content)[0]):
            return Parsed(area=area)
        allowed = {c.id for c in turn.cards}
        if offers_activities(turn, content):
            allowed |= set(content.activities)
        if len(card) > MAX_CARD_ID or card not in allowed:
            return Parsed(error=t("err_bad_card"), text=text[: MAX_TEXT_CHARS * 2])
        return Parsed(answer=Answer("card", card))
    if action in NAV_ACTIONS:
        return Parsed(answer=Answer("action", action))
    if action not in (None, "send"):
        return Parsed(error=t("err_400"), text=text[: MAX_TEXT_CHARS * 2])
    text = visible_strip(nfc(text))  # only spaces or zero-width characters: an empty answer
    if turn.cards_only or not ({"text", "speech"} & set(turn.accepts)):
        return Parsed(error=t("err_bad_card"), text="")
    if not text:
        return Parsed(error=t("err_empty"))
    if len(text) > MAX_TEXT_CHARS:  # refused whole, never cut: the person shortens it
        return Parsed(error=t("err_too_long", n=len(text), max=MAX_TEXT_CHARS), text=text)
    kind = "speech" if form.get("input_kind") == "speech" else "text"
    return Parsed(answer=Answer(kind, text), text=text)


def next_seq(db, session_id: str) -> int:
    """Return the sequence number the next stored answer of a session will get."""
    return sessions.next_seq(db, session_id)


def store(db, stored, current, parsed: Parsed, turn, seq: int) -> None:
    """Save the answer and the new state in one transaction (raises Conflict on a replay).

    `seq` is the sequence number the form was shown for: a second submit of it is a Conflict.
    It returns once the answer is committed (through the app's group-commit writer).
    """
    record = answer_record(current, parsed.answer, turn)
    write(db, lambda wdb: sessions.record_answer(wdb, stored.id, record, expected_seq=seq))


def card_codes(card) -> tuple[str, ...]:
    """Return the pictogram code points of a card (at most two)."""
    codes = card.openmoji
    if isinstance(codes, str):
        codes = (codes,)
    allowed = current_app.extensions["hverdagsmaal"]["pictograms"]
    return tuple(c.upper() for c in codes or () if c.upper() in allowed)[:2]


def group_cards(turn, content) -> tuple[list[tuple[Any, list]], list]:
    """Split the cards into activity groups by area (area, cards) and the other cards."""
    groups: dict[str, list] = {}
    others = []
    for card in turn.cards:
        activity = content.activities.get(card.id)
        if activity is None:
            others.append(card)
        else:
            groups.setdefault(activity.area, []).append(card)
    return [(content.areas.get(key), cards) for key, cards in groups.items()], others


def goal_codes(state: dict, content) -> tuple[str, ...]:
    """Return the pictograms of the goal's activity (from the dialogue state)."""
    slots = state.get("slots") or {}
    activity = slots.get("activity")
    if isinstance(activity, dict):
        activity = activity.get("id") or activity.get("value")
    if isinstance(activity, str) and activity in content.activities:
        return content.activities[activity].openmoji[:2]
    return ()


def personalise(turn, name: str | None):
    """Put the citizen's name (from a personal link) where the texts say 'borgeren'."""
    if not name:
        return turn
    word = t("helper_default_name")

    def swap(text):
        if not text:
            return text
        return text.replace(word, name).replace(word[:1].upper() + word[1:], name)

    return replace(turn, prompt=swap(turn.prompt), notice=swap(turn.notice))


def page(stored, turn, *, note=None, error=None, text="", status=200):
    """Render the question page (or the summary on the confirm step) for a Turn."""
    content = _content()
    turn = personalise(turn, session.get("link_name"))
    from assistant.web.db import get_db  # noqa: PLC0415

    groups, others = group_cards(turn, content)
    engine = content.dialogue.engine_cards
    wanted = request.args.get("omraade") or ""
    area = screens.area_of(screens.AREA_PREFIX + wanted, groups) if wanted else None
    shown = screens.chosen_groups(groups, area)
    fold = bool(groups) and not turn.cards_only and turn.slot in screens.TEXT_FIRST_SLOTS
    earlier = {} if turn.reprompt else screens.earlier_answer(stored.state, turn.slot) or {}
    chosen = set()
    if card := earlier.get("card"):
        chosen = {card}
        if card in content.activities:
            chosen.add(screens.AREA_PREFIX + content.activities[card].area)
    if not text and not error and earlier.get("text"):
        text = earlier["text"]  # Back: the earlier answer is back in the box
    context = {
        "turn": turn,
        "v": state_version(stored),
        "seq": next_seq(get_db(), stored.id),
        "groups": shown,
        "areas": [] if area else screens.area_cards(groups),
        "has_activities": bool(groups),
        "fold": fold,
        "fold_open": bool(area) or turn.reprompt or bool(error),
        "phases": screens.phases(turn.slot),
        "chosen": chosen,
        "earlier": bool(earlier),
        "other_cards": [c for c in others if _step_number(c.id, engine) is None],
        "ladder": ladder(turn, engine),
        "scale": set(SCALE_IDS) <= {c.id for c in turn.cards},
        "card_codes": card_codes,
        "note": note,
        "error": error,
        "text": text,
        "returned": session.pop("returned", None),
        "kiosk": is_kiosk(),
        "read_all": session.get("read_all"),
        "show_text": not turn.cards_only and bool({"text", "speech"} & set(turn.accepts)),
        "show_speech": not turn.cards_only and "speech" in turn.accepts,
    }
    if turn.slot == "confirm":
        context["goal_pictos"] = goal_codes(turn.state, content)
        context["steps"] = subgoal_steps(turn.state, turn, engine)
        context["read_all_audio"] = summary_read_all(context)
        return render_template("citizen/summary.html", **context), status
    context["read_all_audio"] = read_all(context)
    return render_template("citizen/question.html", **context), status


def ladder(turn, engine) -> list[tuple[str, Any]]:
    """Return the sub-goal lines of a turn, each with its remove card when the step offers one."""
    cards = step_cards(turn, engine)
    return [(line, cards.get(i, {}).get("remove")) for i, line in enumerate(turn.details, start=1)]


def _step_number(card_id: str, engine) -> int | None:
    """N when the card removes or changes sub-goal N, else None."""
    numbers = (engine.numbered(role, card_id) for role in STEP_ACTIONS.values())
    return next((n for n in numbers if n is not None), None)


def step_cards(turn, engine) -> dict[int, dict[str, Any]]:
    """Return the turn's per-step cards: step number → {"remove"/"change": card}."""
    found: dict[int, dict[str, Any]] = {}
    for card in turn.cards:
        for action, role in STEP_ACTIONS.items():
            if (number := engine.numbered(role, card.id)) is not None:
                found.setdefault(number, {})[action] = card
    return found


def subgoal_steps(state: dict, turn, engine) -> list[dict[str, Any]]:
    """Return the sub-goals to show as a ladder: text and date (from the state or the turn)."""
    found = state.get("subgoals") or (state.get("slots") or {}).get("subgoals")
    steps = []
    if isinstance(found, list):
        for item in found:
            if isinstance(item, dict) and item.get("text"):
                steps.append({"text": item["text"], "deadline": item.get("deadline")})
    if not steps:
        steps = [{"text": line, "deadline": None} for line in turn.details]
    actions = step_cards(turn, engine)
    for number, step in enumerate(steps, start=1):
        step["change"] = actions.get(number, {}).get("change")
        step["remove"] = actions.get(number, {}).get("remove")
    return steps


def receipt(stored):
    """Render the receipt of a finished dialogue (its code); a kiosk then forgets the session."""
    from assistant.web.db import get_db  # noqa: PLC0415

    try:
        draft = sessions.get_draft_for_session(get_db(), stored.id)
    except NotFound:
        return render_template("citizen/error.html", code=404, message=t("err_no_session")), 404
    kiosk = is_kiosk()
    if kiosk:
        session.pop("sid", None)
    return render_template("citizen/receipt.html", code=draft.receipt_code, kiosk=kiosk)


def returned_message(db, session_id: str) -> str | None:
    """Return the municipality's message when the session's draft was returned to the citizen."""
    try:
        draft = sessions.get_draft_for_session(db, session_id)
    except NotFound:
        return None
    if draft.status == "returned" and draft.return_message:
        return draft.return_message
    return None


def returned_by_receipt(db, code: str):
    """Return the returned draft whose receipt code this is (else None)."""
    try:
        draft = sessions.get_draft_by_receipt(db, code)
    except NotFound:
        return None
    return draft if draft.status == "returned" else None


def returned_for_link(db, link_id: str):
    """Return the newest returned draft made through this personal link (else None)."""
    return sessions.returned_draft_for_link(db, link_id)
