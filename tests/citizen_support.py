"""Helpers for the citizen web tests: an app on a real SQLite file and a form-driving client."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from db_support import fresh_database

from assistant.storage import open_db
from assistant.storage.sessions import get_draft_by_receipt
from assistant.web import create_app

TODAY = "2026-11-22"

# What a scripted citizen answers (typed where the question takes text, else a card); shared
# by the browser tests and benchmarks/web_load.py.
SCRIPT_TEXT = {
    "everyday": "Jeg kan selv lave kaffe og læse avis.",
    "difficulties": "Det er svært at gå på trapper.",
    "wish": "Jeg vil gerne kunne gå på trapper igen, så jeg kan besøge min datter.",
    "motivation": "så jeg kan besøge min datter",
    "measure": "to etager",
    "frequency": "to gange om ugen",
    "deadline": "inden jul",
    "people": "min datter",
}
SCRIPT_CARDS = {
    "who": "borger",
    "consent": "ja",
    "wish": "trapper",
    "activity": "trapper",
    "current_level": "2",
    "importance": "5",
    "independence": "selv",
    "subgoals": "ja",
    "confirm": "ja",
}


# The web tests' typed answers (a fuller script than SCRIPT_TEXT) and card answers.
TEXT_ANSWERS = {
    "who": "det er mig selv",
    "consent": "ja",
    "everyday": "Jeg kan selv lave kaffe og læse avis. Jeg kan lide at se fodbold.",
    "difficulties": "Det er svært at gå på trapper.",
    "wish": "Jeg vil gerne kunne gå på trapper igen, så jeg kan besøge min datter.",
    "activity": "gå på trapper",
    "motivation": "så jeg kan besøge min datter på første sal",
    "current_level": "to",
    "importance": "fem",
    "measure": "to etager",
    "frequency": "to gange om ugen",
    "deadline": "inden jul",
    "independence": "selv med gelænder",
    "people": "min datter kan hjælpe",
    "subgoals": "ja",
    "handover": "ja",
    "change": "ved ikke",
    "confirm": "ja",
}
CARD_ANSWERS = {**SCRIPT_CARDS, "handover": "borger"}
MAX_STEPS = 40  # more answers than any dialogue takes


def make_app(tmp_path, **overrides):
    """Return a test app on a fresh, migrated SQLite file in tmp_path (CSRF stays on)."""
    config = {
        "TESTING": True,
        "DATABASE": str(tmp_path / "web.db"),
        "SECRET_KEY": "test-secret-key",
        "TODAY": TODAY,
        "TTS_CACHE_DIR": str(tmp_path / "tts"),
        "INSTANCE_PATH": str(tmp_path / "instance"),
        # Admins sign in with a password only in the other features' tests; tests/test_totp_web.py
        # turns the requirement on (the default) and proves it.
        "STAFF_ADMIN_TOTP": False,
    }
    config.update(overrides)
    fresh_database(config["DATABASE"])  # migrated once per test process, copied here
    return create_app(config)


_ATTR = re.compile(r'([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*"([^"]*)")?')


def hidden_fields(page: str) -> dict[str, str]:
    """Return the hidden inputs of a page (name -> value)."""
    found = {}
    for tag in re.findall(r"<input[^>]*>", page):
        attrs = {k: html.unescape(v or "") for k, v in _ATTR.findall(tag[6:-1])}
        if attrs.get("type") == "hidden" and "name" in attrs:
            found[attrs["name"]] = attrs.get("value", "")
    return found


def slot_of(page: str) -> str | None:
    """Return the data-slot of the question on a page (None if there is none)."""
    match = re.search(r'data-slot="([^"]+)"', page)
    return match.group(1) if match else None


def cards_of(page: str) -> list[str]:
    """Return the picture-card ids offered on a page, in display order."""
    return [
        html.unescape(v)
        for v in re.findall(r'<button type="submit" name="card" value="([^"]*)"', page)
    ]


def attr_value(page: str, attr: str) -> str | None:
    """Return the value of the first data attribute `attr` on the page."""
    match = re.search(rf'{attr}="([^"]*)"', page)
    return html.unescape(match.group(1)) if match else None


@dataclass
class Citizen:
    """Drives the citizen pages through the Flask test client like a browser without JS."""

    client: object
    page: str = ""
    status: int = 0
    history: list[tuple[str, object]] = field(default_factory=list)

    def get(self, url: str):
        """GET a page (following redirects) and remember it."""
        response = self.client.get(url, follow_redirects=True)
        self.page, self.status = response.get_data(as_text=True), response.status_code
        return response

    def post(self, url: str, data: dict, *, follow: bool = True, csrf: bool = True):
        """POST a form with the current page's hidden fields (CSRF token, state version)."""
        form = dict(hidden_fields(self.page)) if csrf else {}
        form.update(data)
        response = self.client.post(url, data=form, follow_redirects=follow)
        self.page, self.status = response.get_data(as_text=True), response.status_code
        return response

    def start(self, *, url: str = "/", pictures: bool = False, read_all: bool = False):
        """Open a start page and press Start."""
        self.get(url)
        data = {"action": "start"}
        if pictures:
            data["pictures"] = "1"
        if read_all:
            data["read_all"] = "1"
        target = "/kiosk/start" if url.startswith("/kiosk") else "/start"
        return self.post(target, data)

    @property
    def slot(self) -> str | None:
        """The slot of the question now shown."""
        return slot_of(self.page)

    @property
    def cards(self) -> list[str]:
        """The card ids now offered."""
        return cards_of(self.page)

    def choose(self, card: str):
        """Press a picture card."""
        self.history.append((self.slot, {"card": card}))
        return self.post("/samtale", {"card": card})

    def pick(self, wanted: str | None):
        """Press `wanted` if shown, opening its area first (as a person would), else the first."""
        cards = self.cards
        if wanted not in cards and wanted is not None:
            from assistant.content import get_content  # noqa: PLC0415

            activity = get_content("da").activities.get(wanted)
            if activity is not None and f"omraade:{activity.area}" in cards:
                self.post("/samtale", {"card": f"omraade:{activity.area}"})
                cards = self.cards
        return self.choose(wanted if wanted in cards else cards[0])

    def say(self, text: str):
        """Type a text answer and press Send."""
        self.history.append((self.slot, {"text": text}))
        return self.post("/samtale", {"text": text, "action": "send"})

    def act(self, action: str):
        """Press back, undo or pause."""
        return self.post("/samtale", {"action": action})


def play(citizen: Citizen, *, by: str, answers: dict | None = None) -> list[str]:
    """Answer every question until the receipt; return the slots asked, in order."""
    asked = []
    for _ in range(MAX_STEPS):
        assert citizen.status == 200, citizen.page[-800:]
        if attr_value(citizen.page, "data-receipt-code"):
            return asked
        slot = citizen.slot
        assert slot, citizen.page[-800:]
        asked.append(slot)
        wanted = (answers or {}).get(slot)
        if by == "text" and "<textarea" in citizen.page:
            citizen.say(wanted or TEXT_ANSWERS.get(slot, "ved ikke"))
        else:
            cards = citizen.cards
            assert cards, f"no cards on {slot}"
            choice = wanted if wanted in cards else CARD_ANSWERS.get(slot)
            citizen.pick(choice)
    raise AssertionError(f"no receipt after {MAX_STEPS} answers: {asked}")


def receipt_draft(app, citizen):
    """The draft the receipt page names, its code checked as the citizen sees it."""
    code = attr_value(citizen.page, "data-receipt-code")
    assert code and re.fullmatch(r"[0-9A-Z]{6}", code)
    assert f"Din kode er {code}." in citizen.page
    db = open_db(app.config["DATABASE"])
    try:
        return get_draft_by_receipt(db, code)
    finally:
        db.close()
