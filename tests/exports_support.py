"""Shared helpers for the export and follow-up tests: a real app, a real SQLite file, real staff."""

from __future__ import annotations

import copy
import re
from datetime import UTC, datetime

import citizen_support
from db_support import create_user

from assistant.storage import iso, open_db
from assistant.storage.drafts import insert_draft
from assistant.storage.sessions import create_session

TODAY = "2026-11-22"
STAFF_USER = "hanne.hansen"
STAFF_PASSWORD = "rigtig-god-adgangskode"

# A draft as spec/dialogue.md describes it, with Danish letters in every free-text field.
DRAFT = {
    "status": "draft",
    "language": "da",
    "created": "2026-11-22T10:00:00+00:00",
    "speaker": "citizen",
    "citizen_confirmed": True,
    "goal": {
        "text": "Jeg vil gå to etager på trappen uden pause inden jul, så jeg kan besøge "
        "min veninde Søs på Ærøvej.",
        "activity": "trapper",
        "area": "mobilitet",
        "motivation": "besøge min veninde Søs på Ærøvej",
        "measures": [{"value": 2, "unit": "etage"}],
        "frequency": {"times": 3, "per": "week", "every": 1},
        "deadline": "2026-12-24",
        "independence": "selv",
        "aids": ["gelænder"],
        "people": ["datter", "fysioterapeut"],
        "current_level": 2,
        "importance": 5,
        "smart": {
            k: {"ok": True, "reason": "I orden."}
            for k in ("specific", "measurable", "accepted", "realistic", "time_bound")
        },
    },
    "subgoals": [
        {
            "text": "Gå én etage med én pause på reposen",
            "deadline": "2026-12-03",
            "measures": [{"value": 1, "unit": "etage"}],
        },
        {
            "text": "Gå 20 trin uden pause, tre gange om ugen",
            "deadline": "2026-12-14",
            "measures": [{"value": 20, "unit": "trin"}],
        },
    ],
    "resources": ["Jeg kan gå i lejligheden selv."],
    "difficulties": ["Trapperne gør mig forpustet."],
    "dreams": ["At besøge Søs igen."],
    "transcript": [
        {
            "slot": "wish",
            "prompt": "Hvad ønsker du dig?",
            "answer": "Gå på trapper igen",
            "input": "text",
            "said_by": "citizen",
            "at": "2026-11-22T10:00:00+00:00",
        }
    ],
}


def sample_draft(**changes) -> dict:
    """Return a deep copy of the sample draft with top-level keys replaced."""
    draft = copy.deepcopy(DRAFT)
    draft.update(changes)
    return draft


def make_app(tmp_path, **config):
    """Build the real app on a fresh SQLite file in tmp_path (as tests/citizen_support.py does)."""
    return citizen_support.make_app(tmp_path, **config)


def store_draft(app, draft: dict | None = None) -> tuple[str, str]:
    """Store a draft through the storage API as the dialogue would; return (id, receipt code)."""
    db = open_db(app.config["DATABASE"])
    try:
        session_id = create_session(db, {"step": "done"})
        with db.atomic():
            return insert_draft(db, session_id, draft or sample_draft(), iso(datetime.now(UTC)))
    finally:
        db.close()


def create_staff(app, username: str = STAFF_USER, password: str = STAFF_PASSWORD):
    """Create a staff account in the app's database."""
    db = open_db(app.config["DATABASE"])
    try:
        return create_user(db, username, password)
    finally:
        db.close()


def csrf_token(html: str) -> str:
    """Return the CSRF token of the first form in a page."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def login(client, username: str = STAFF_USER, password: str = STAFF_PASSWORD):
    """Sign in through /staff/login with the form's CSRF token; return the response."""
    token = csrf_token(client.get("/staff/login").get_data(as_text=True))
    return client.post(
        "/staff/login",
        data={"csrf_token": token, "username": username, "password": password, "next": ""},
    )


def db_rows(app, sql: str, params=()) -> list[dict]:
    """Run a query on the app's database and return the rows."""
    db = open_db(app.config["DATABASE"], migrate=False)
    try:
        return [dict(r) for r in db.query(sql, list(params))]
    finally:
        db.close()
