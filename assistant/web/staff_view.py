"""What the staff pages show: draft context, the word diff, and parsing the edit form."""

from __future__ import annotations

import dataclasses
import difflib
import re
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from flask import current_app, url_for

from assistant import accounts
from assistant.errors import AccountError, NotFound
from assistant.storage import casework, sessions
from assistant.storage import followup as followups
from assistant.storage import staff as store
from assistant.web.common import by_prefix, da_date, t
from assistant.web.draft_changes import latest_revision
from assistant.web.forms import ascii_int
from assistant.web.staff_transcript import transcript_rows

SMART_LETTERS = (
    ("specific", "S"),
    ("measurable", "M"),
    ("accepted", "A"),
    ("realistic", "R"),
    ("time_bound", "T"),
)
PER = ("day", "week", "month", "year")
EXPORT_LINKS = (
    ("export.json", "json"),
    ("export.fhir.json", "fhir"),
    ("export.pdf", "pdf"),
    ("opfoelgning", "followup"),
)
LOCAL_ZONE = ZoneInfo("Europe/Copenhagen")
MAX_SUBGOALS = 12
NEW_SUBGOAL_ROWS = 2
MAX_TEXT = 1000


def action_labels() -> dict[str, str]:
    """Map audit action names to their Danish labels (staff.yaml `audit_action_*`)."""
    from flask import current_app  # noqa: PLC0415

    from assistant.web.common import texts  # noqa: PLC0415

    # Every page's context asks for these (staff helpers are app-wide): build them once per app.
    labels = current_app.extensions.get("audit_action_labels")
    if labels is None:
        prefix = "audit_action_"
        labels = {k[len(prefix) :]: v for k, v in texts().items() if k.startswith(prefix)}
        current_app.extensions["audit_action_labels"] = labels
    return labels


def role_label(role: str | None) -> str:
    """Return the Danish name of a staff role ('' when unknown)."""
    from assistant.web.common import texts  # noqa: PLC0415

    return texts().get(f"audit_role_{role}", role or "")


def content():
    """Return the app's loaded content."""
    return current_app.extensions["hverdagsmaal"]["content"]


def _local_moment(stamp: Any) -> datetime | None:
    """Return an ISO timestamp as an aware datetime in Danish local time (None if unreadable)."""
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_ZONE)


def local_time(stamp: Any, seconds: bool = False) -> str:
    """Format an ISO timestamp as a Danish local date and time ('22. november 2026 kl. 19:44');
    an unreadable value passes unchanged ('' for None)."""
    moment = _local_moment(stamp)
    if moment is None:
        return str(stamp or "")
    clock_time = moment.strftime("%H:%M" + (":%S" if seconds else ""))
    return t("date_format_with_time", date=da_date(moment.date()), time=clock_time)


def clock(stamp: Any) -> str:
    """Format an ISO timestamp as the Danish local time of day ('19:44'); '' if unreadable."""
    moment = _local_moment(stamp)
    return moment.strftime("%H:%M") if moment else ""


def int_or_none(value: Any) -> int | None:
    """Return value as an int when it is ASCII digits only, else None ("٣", "1_0": None)."""
    return ascii_int(str(value).strip()) if value is not None else None


def wait_message(seconds: int) -> str:
    """The Danish 429 text: how long to wait, without blaming anyone."""
    if seconds < 120:
        return t("staff_login_wait_seconds", seconds=seconds)
    return t("staff_login_wait_minutes", minutes=-(-seconds // 60))


def account_error_da(exc: AccountError) -> str:
    """Return the Danish staff text of an account error, chosen by its code."""
    return t(f"staff_account_error_{exc.code}", **exc.values)


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """Return (kind, words) pieces, kind 'same', 'del' or 'ins', from before to after."""
    old, new = (before or "").split(), (after or "").split()
    pieces: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new).get_opcodes():
        if op == "equal":
            pieces.append(("same", " ".join(old[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("del", " ".join(old[i1:i2])))
        if j2 > j1:
            pieces.append(("ins", " ".join(new[j1:j2])))
    return pieces


def _cards() -> dict[str, tuple[str | None, str | None]]:
    """Map every card/activity id in the content to (first OpenMoji code, label)."""
    ext = current_app.extensions["hverdagsmaal"]
    if "staff_cards" not in ext:
        found: dict[str, tuple[str | None, str | None]] = {}
        seen: set[int] = set()

        def walk(value: Any) -> None:
            if id(value) in seen or isinstance(value, str | int | float | type(None)):
                return
            seen.add(id(value))
            if dataclasses.is_dataclass(value):
                ident, moji = getattr(value, "id", None), getattr(value, "openmoji", None)
                label = getattr(value, "label", None)
                if isinstance(ident, str) and (moji or label):
                    code = moji if isinstance(moji, str) else next(iter(moji or ()), None)
                    found.setdefault(
                        ident,
                        (
                            str(code).upper() if code else None,
                            label if isinstance(label, str) else None,
                        ),
                    )
                for field in dataclasses.fields(value):
                    walk(getattr(value, field.name))
            elif isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list | tuple | set | frozenset):
                for item in value:
                    walk(item)

        walk(content())
        ext["staff_cards"] = found
    return ext["staff_cards"]


def pictogram_url(answer: Any) -> str | None:
    """Return the pictogram URL for a picture answer (card id), or None."""
    code = _cards().get(str(answer or "").strip(), (None, None))[0]
    if code and code in current_app.extensions["hverdagsmaal"].get("pictograms", ()):
        return url_for("pictograms.pictogram", code=code)
    return None


def card_label(answer: Any) -> str | None:
    """Return the label of the card a picture answer chose, or None."""
    return _cards().get(str(answer or "").strip(), (None, None))[1]


def frequency_text(freq: dict | None) -> str:
    """Return a Danish description of a frequency dict."""
    if not freq:
        return ""
    unit = freq.get("per")
    per = by_prefix("staff_per_").get(unit, unit or "")
    every = freq.get("every") or 1
    times = freq.get("times") or 1
    if every == 1 and unit in PER:
        return t(f"staff_frequency_per_{unit}", times=times)
    return t("staff_frequency_every", times=times, every=every, per=per)


def _export_links(draft_id: str) -> list[tuple[str, str]]:
    """Links to the export and follow-up pages that exist in this app."""
    adapter = current_app.url_map.bind("localhost")
    links = []
    for suffix, name in EXPORT_LINKS:
        path = f"/staff/draft/{draft_id}/{suffix}"
        try:
            adapter.match(path, method="GET")
        except Exception:  # noqa: BLE001  NotFound/MethodNotAllowed: the page is not there
            continue
        links.append((path, t(f"staff_export_link_{name}")))
    return links


def current_follow_up(db, draft_id: str, draft: dict) -> str:
    """Return the follow-up date set for a draft (follow-up table first, else the draft)."""
    plan = followups.get_followup(db, draft_id)
    return plan.due if plan else (draft.get("follow_up") or "")


def _dict(value: Any) -> dict:
    """Return value if it is a dict, else an empty one (stored drafts are never trusted blindly)."""
    return value if isinstance(value, dict) else {}


def draft_context(db, row: dict) -> dict:
    """Return everything the draft page template needs."""
    data = _dict(row["draft"])
    goal = _dict(data.get("goal"))
    cont = content()
    activity = cont.activities.get(str(goal.get("activity") or ""))
    area = cont.areas.get(str(goal.get("area") or ""))
    smart = _dict(goal.get("smart"))
    panel = [
        (
            letter,
            t(f"staff_smart_label_{key}"),
            _dict(smart.get(key)).get("ok"),
            _dict(smart.get(key)).get("reason", ""),
        )
        for key, letter in SMART_LETTERS
    ]
    original = _dict(store.original_draft(db, row["id"]))
    original_text = str(_dict(original.get("goal")).get("text") or "")
    unseen = store.wording_changed(db, row)
    if unseen:  # the citizen accepted other words than these
        unseen_text = t("staff_smart_accepted_unseen")
        panel = [
            (letter, label, False, unseen_text) if letter == "A" else (letter, label, ok, why)
            for letter, label, ok, why in panel
        ]
    transcript = transcript_rows(db, row["session_id"], data, pictogram_url, card_label)
    return {
        "row": row,
        "case": casework.get_case(db, row["id"]),
        "staff_names": [u.username for u in active_users(db, row.get("team"))],
        "needs_reason": not store.citizen_saw_wording(db, row),
        "d": dict(data, goal=goal),
        "goal": goal,
        "activity": activity,
        "area": area,
        "smart": panel,
        "original_text": original_text,
        "diff": word_diff(original_text, str(goal.get("text") or "")),
        "changed": original_text != str(goal.get("text") or ""),
        "transcript": transcript,
        "versions": (versions := store.history(db, row["id"])),
        "revision": latest_revision(versions, frequency_text),
        "audit": store.list_audit(db, 50, row["id"]),
        "export_links": _export_links(row["id"]),
        "independence": by_prefix("staff_independence_"),
        "said_by": by_prefix("staff_said_by_"),
        "input_kind": by_prefix("staff_input_"),
        "frequency": frequency_text(goal.get("frequency")),
        "follow_up": current_follow_up(db, row["id"], data),
        "citizen_name": store.citizen_names(db).get(row["session_id"]),
        "consent_unclear": _consent_unclear(db, row["session_id"]),
        "own_words": str(goal.get("own_words") or ""),
        "unplaced": [str(m) for m in goal.get("unplaced") or [] if isinstance(m, str)],
        "goal_labels": {k: cont.goals.text(f"staff.{k}") for k in ("own_words", "unplaced")},
    }


def active_users(db, team: str | None) -> list:
    """Active staff members of a team (the only ones a draft of it may be assigned to), by name."""
    users = (u for u in accounts.list_users(db) if u.active and u.team == team)
    return sorted(users, key=lambda u: u.username)


def _consent_unclear(db, session_id: str | None) -> bool:
    """True when the dialogue went on without a clear yes to consent (staff must ask)."""
    if not session_id:
        return False
    try:
        state = sessions.get_session(db, session_id).state
    except NotFound:
        return False
    return bool(isinstance(state, dict) and state.get("consent_unclear"))


def _lines(values: Any) -> str:
    return "\n".join(str(v) for v in values or [])


def _measures_text(measures: Any) -> str:
    return "\n".join(f"{m.get('value', '')} {m.get('unit', '')}".strip() for m in measures or [])


def form_from_draft(row: dict, follow_up: str = "") -> dict:
    """Return the edit form's values for a stored draft."""
    data = row["draft"]
    goal = data.get("goal") or {}
    freq = goal.get("frequency") or {}
    subgoals = [
        {
            "text": s.get("text", ""),
            "deadline": s.get("deadline") or "",
            "order": str(i + 1),
            "measures_text": _measures_text(s.get("measures")),
            "remove": False,
        }
        for i, s in enumerate(data.get("subgoals") or [])
    ]
    return {
        "version": row["version"],
        "text": goal.get("text") or "",
        "motivation": goal.get("motivation") or "",
        "activity": goal.get("activity") or "",
        "fsiii_code": (data.get("fsiii") or {}).get("code", ""),
        "fsiii_text": (data.get("fsiii") or {}).get("text", ""),
        "deadline": goal.get("deadline") or "",
        "follow_up": follow_up or data.get("follow_up") or "",
        "independence": goal.get("independence") or "",
        "current_level": str(goal.get("current_level") or ""),
        "importance": str(goal.get("importance") or ""),
        "freq_times": str(freq.get("times") or ""),
        "freq_per": freq.get("per") or "",
        "freq_every": str(freq.get("every") or ""),
        "measures": _measures_text(goal.get("measures")),
        "aids": _lines(goal.get("aids")),
        "people": _lines(goal.get("people")),
        "resources": _lines(data.get("resources")),
        "difficulties": _lines(data.get("difficulties")),
        "dreams": _lines(data.get("dreams")),
        "subgoals": subgoals,
        "note": "",
    }


def edit_context(row: dict, form: dict, errors: list[str] | None = None, conflict=False) -> dict:
    """Return the edit page's template context."""
    rows = list(form["subgoals"]) + [
        {"text": "", "deadline": "", "order": "", "measures_text": "", "remove": False}
        for _ in range(NEW_SUBGOAL_ROWS)
    ]
    return {
        "row": row,
        "form": form,
        "subgoal_rows": rows,
        "errors": errors or [],
        "conflict": conflict,
        "activities": sorted(content().activities.values(), key=lambda a: (a.area, a.label)),
        "areas": content().areas,
        "independence": by_prefix("staff_independence_"),
        "per": by_prefix("staff_per_"),
    }


def _date(value: str, label: str, errors: list[str]) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        errors.append(t("staff_edit_bad_date", field=label, value=value))
        return None


def _level(value: str, label: str, errors: list[str]) -> int | None:
    if not value.strip():
        return None
    number = int_or_none(value)
    if number is None or not 1 <= number <= 5:
        errors.append(t("staff_edit_bad_level", field=label))
        return None
    return number


def _list(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()][:50]


MEASURE_RE = re.compile(r"^(\d+(?:[.,]\d+)?)\s+(\S.*)$")


def _measures(text: str, errors: list[str]) -> list[dict]:
    out = []
    for line in _list(text):
        match = MEASURE_RE.match(line)
        if not match:
            errors.append(t("staff_edit_bad_measure", line=line))
            continue
        number = float(match.group(1).replace(",", "."))
        out.append(
            {"value": int(number) if number.is_integer() else number, "unit": match.group(2)}
        )
    return out
