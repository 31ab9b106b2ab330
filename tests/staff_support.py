"""Shared helpers for the staff tests: a draft shaped per spec/dialogue.md, app, sign-in."""

from __future__ import annotations

import copy
import re
from datetime import UTC, datetime

from db_support import create_user, fresh_database

from assistant.storage import open_db
from assistant.storage.sessions import create_session, record_turn

PASSWORD = "korrekt-hest-batteri"
ADMIN_PASSWORD = "admin-hest-batteri"

DRAFT = {
    "draft_id": "",
    "status": "draft",
    "language": "da",
    "created": "2026-11-20T10:00:00+00:00",
    "speaker": "citizen",
    "citizen_confirmed": True,
    "goal": {
        "text": "Jeg vil gå to etager op ad trappen selv inden jul, så jeg kan besøge min veninde.",
        "activity": "trapper",
        "area": "mobilitet",
        "motivation": "besøge min veninde",
        "measures": [{"value": 2, "unit": "etage"}],
        "frequency": None,
        "deadline": "2026-12-24",
        "independence": "selv",
        "aids": [],
        "people": ["veninde"],
        "current_level": 2,
        "importance": 5,
        "smart": {
            "specific": {"ok": True, "reason": "Aktivitet og mål er nævnt."},
            "measurable": {"ok": True, "reason": "2 etager kan tælles."},
            "accepted": {"ok": True, "reason": "Borgeren har selv sagt ja."},
            "realistic": {"ok": False, "reason": "Stort spring fra niveau 2; drøft det."},
            "time_bound": {"ok": True, "reason": "Tidsfrist 24. december."},
        },
    },
    "subgoals": [
        {"text": "Gå én etage med gelænder", "deadline": "2026-12-01", "measures": []},
        {"text": "Gå to etager med pause", "deadline": "2026-12-15", "measures": []},
    ],
    "resources": ["Kan gå i lejligheden selv"],
    "difficulties": ["Bliver forpustet på trapper"],
    "dreams": ["Besøge veninden Grethe Nielsen"],
    "transcript": [
        {
            "slot": "wish",
            "prompt": "Hvad vil du gerne kunne igen?",
            "answer": "Jeg vil gerne kunne gå på trapper igen",
            "input": "speech",
            "said_by": "citizen",
            "at": "2026-11-20T09:50:00+00:00",
        },
        {
            "slot": "activity",
            "prompt": "Hvad handler det om?",
            "answer": "trapper",
            "input": "picture",
            "said_by": "citizen",
            "at": "2026-11-20T09:51:00+00:00",
        },
        {
            "slot": "confirm",
            "prompt": "Er det dit eget mål?",
            "answer": "ja",
            "input": "picture",
            "said_by": "citizen",
            "at": "2026-11-20T09:55:00+00:00",
        },
    ],
}


def sample_draft(**goal_changes) -> dict:
    """Return a fresh draft dict (spec/dialogue.md) with goal fields replaced."""
    draft = copy.deepcopy(DRAFT)
    draft["goal"].update(goal_changes)
    return draft


def make_draft(db, draft: dict | None = None, now: datetime | None = None, link_id=None):
    """Store a session with one turn and a draft through STORAGE; return the Recorded."""
    session_id = create_session(db, {"slot": "wish"}, now=now, link_id=link_id)
    return record_turn(
        db,
        session_id,
        state={"slot": "done"},
        slot="confirm",
        raw="ja",
        input_kind="picture",
        said_by="citizen",
        draft=draft or sample_draft(),
        now=now,
    )


def db_at(path):
    """Open the SQLite file at path, a fresh migrated copy if there is none yet."""
    return open_db(fresh_database(path))


def make_app(db_path, **config):
    """Build the real app on a database file, with CSRF on."""
    from assistant.web import create_app

    cfg = {"TESTING": True, "DATABASE": str(db_path), "SECRET_KEY": "test-secret"}
    # Admins sign in with a password only here; tests/test_totp_web.py proves the requirement.
    cfg["STAFF_ADMIN_TOTP"] = False
    cfg.update(config)
    return create_app(cfg)


def add_users(db) -> None:
    """Create 'anna' (staff) and 'boss' (admin), both with settled passwords."""
    create_user(db, "anna", PASSWORD, role="staff")
    create_user(db, "boss", ADMIN_PASSWORD, role="admin")


TOKEN_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf(client, path: str = "/staff/login") -> str:
    """GET a page and return the CSRF token in its first form."""
    html = client.get(path).get_data(as_text=True)
    match = TOKEN_RE.search(html)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def login(client, username: str = "anna", password: str = PASSWORD):
    """Sign in through the real login form; return the response."""
    token = csrf(client, "/staff/login")
    return client.post(
        "/staff/login",
        data={"username": username, "password": password, "csrf_token": token},
    )


def post(client, path: str, data: dict | None = None, token_from: str | None = None):
    """POST a form with a CSRF token taken from token_from (default: the queue)."""
    token = csrf(client, token_from or "/staff/")
    return client.post(path, data={**(data or {}), "csrf_token": token})


def now() -> datetime:
    """Return the current UTC time."""
    return datetime.now(UTC)
