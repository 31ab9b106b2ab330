"""Availability of the citizen pages: no 500 from input or contention, bounded forms, no
stranded session after a lost reply to Pause."""

from __future__ import annotations

import sqlite3

import pytest
from citizen_support import Citizen, attr_value, hidden_fields, make_app

from assistant.storage import open_db

CITIZEN_TABLES = ("sessions", "turns", "drafts", "events")


def _counts(app) -> dict[str, int]:
    db = open_db(app.config["DATABASE"], migrate=False)
    try:
        return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in CITIZEN_TABLES}  # noqa: S608
    finally:
        db.close()


def _turns(app) -> int:
    return _counts(app)["turns"]


@pytest.fixture
def answering(app):
    """A citizen on the consent question (one answer stored), with that page's form."""
    citizen = Citizen(app.test_client())
    citizen.start()
    citizen.choose("borger")
    assert citizen.slot == "consent"
    return citizen


# --- no 500 from contention ---------------------------------------------------------------


def test_a_locked_database_is_a_danish_503_with_retry_after_and_stores_nothing(tmp_path):
    app = make_app(tmp_path, DB_BUSY_TIMEOUT_MS=200, RETRY_AFTER_SECONDS=7)
    citizen = Citizen(app.test_client())
    citizen.get("/")
    before = _counts(app)
    other = sqlite3.connect(app.config["DATABASE"], timeout=0)  # e.g. a second server process
    other.execute("BEGIN IMMEDIATE")
    try:
        response = citizen.post("/start", {"action": "start"}, follow=False)
    finally:
        other.rollback()
        other.close()
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "7"
    assert "Der er travlt lige nu" in citizen.page and "Traceback" not in citizen.page
    assert _counts(app) == before
    json_answer = app.test_client().get("/api/x", headers={"Accept": "application/json"})
    assert json_answer.status_code == 404  # the JSON path still works after the lock is gone


def test_an_answer_while_another_process_holds_the_lock_is_503_not_500(tmp_path):
    app = make_app(tmp_path, DB_BUSY_TIMEOUT_MS=100)
    citizen = Citizen(app.test_client())
    citizen.start()
    other = sqlite3.connect(app.config["DATABASE"], timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        response = citizen.post("/samtale", {"card": "borger"}, follow=False)
    finally:
        other.rollback()
        other.close()
    assert response.status_code == 503 and "Retry-After" in response.headers
    assert _turns(app) == 0


# --- strict form fields ---------------------------------------------------------------


@pytest.mark.parametrize("seq", ["²", "١", "2²", "+2", "2.0", "99999999999", " ", "0x2"])
def test_a_sequence_number_that_is_not_ascii_digits_is_a_danish_400(app, answering, seq):
    before = _turns(app)
    answering.post("/samtale", {"card": "ja", "seq": seq})
    assert answering.status == 400
    assert "Vi fik ikke hele svaret" in answering.page
    assert answering.slot == "consent"  # the same question again, ready to answer
    assert _turns(app) == before


@pytest.mark.parametrize("missing", ["seq", "v"])
def test_a_form_without_seq_or_v_is_refused_and_not_stored(app, answering, missing):
    form = {k: v for k, v in hidden_fields(answering.page).items() if k != missing}
    before = _turns(app)
    for _ in range(2):  # a double submit of it is not stored twice either
        response = answering.client.post("/samtale", data={**form, "card": "ja"})
        page = response.get_data(as_text=True)
        assert response.status_code == 400
        assert "Vi fik ikke hele svaret" in page
        assert "Det svar har vi allerede fået" not in page
    assert _turns(app) == before


@pytest.mark.parametrize(
    "text", ["\u200b", "\u200b\u200c\u200d\u2060\ufeff", " \u00a0\u200b\n\u3000", "\u00ad"]
)
def test_an_answer_of_only_invisible_characters_is_empty(app, citizen, text):
    citizen.start()
    citizen.choose("borger")
    citizen.choose("ja")
    before = _turns(app)
    citizen.say(text)
    assert citizen.status == 400 and "Du har ikke skrevet noget" in citizen.page
    assert _turns(app) == before
    citizen.say("\u200bJeg kan selv lave kaffe\u200b")
    assert citizen.status == 200 and _turns(app) == before + 1


def test_staff_invitation_days_in_unicode_digits_is_a_400(app, staff):
    from exports_support import csrf_token  # noqa: PLC0415

    token = csrf_token(staff.get("/staff/invitation").get_data(as_text=True))
    response = staff.post("/staff/invitation", data={"csrf_token": token, "days": "²"})
    assert response.status_code == 400


# --- bounded forms ------------------------------------------------------------------------


def test_a_12_mb_form_to_start_is_413_before_csrf_and_creates_no_session(app):
    citizen = Citizen(app.test_client())
    citizen.get("/")
    before = _counts(app)
    flood = "&".join(["a="] * 4_000_000)  # 12 MB of empty fields
    for with_token in (True, False):
        body = flood + (f"&csrf_token={hidden_fields(citizen.page)['csrf_token']}" * with_token)
        response = citizen.client.post(
            "/start", data=body, content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code == 413, with_token
        assert "for langt" in response.get_data(as_text=True)
    assert _counts(app) == before


def test_answer_routes_take_a_few_kb_and_staff_forms_more(app, answering):
    limit = app.config["ANSWER_BODY_LIMIT"]
    assert limit <= 16 * 1024 < app.config["FORM_BODY_LIMIT"]
    longest = "æ" * 2000  # the textarea's maxlength, each letter percent-encoded to six bytes
    answering.choose("ja")
    before = _turns(app)
    answering.say(longest)
    assert answering.status == 200 and _turns(app) == before + 1
    answering.say("x" * (limit + 1))
    assert answering.status == 413 and _turns(app) == before + 1


# --- nothing stranded ---------------------------------------------------------------------


def _cookie(client) -> str:
    return client.get_cookie("hverdagsmaal").value


def test_a_lost_reply_to_pause_strands_nothing(app, answering):
    client = answering.client
    before_pause = _cookie(client)
    form = hidden_fields(answering.page)
    first = client.post("/samtale", data={**form, "action": "pause"})
    assert first.status_code == 303
    client.set_cookie("hverdagsmaal", before_pause)  # the reply (and its cookie) never came
    shown = client.get("/samtale", follow_redirects=True)
    assert shown.status_code == 200
    code = attr_value(shown.get_data(as_text=True), "data-resume-code")
    db = open_db(app.config["DATABASE"], migrate=False)
    stored = db.execute("SELECT status, resume_code FROM sessions").fetchall()
    db.close()
    assert stored == [("paused", code)]

    client.set_cookie("hverdagsmaal", before_pause)
    again = client.post("/samtale", data={**form, "action": "pause"}, follow_redirects=True)
    assert again.status_code == 200  # "Pause again" is not a 409
    assert attr_value(again.get_data(as_text=True), "data-resume-code") == code
    reload = client.get("/pause")
    assert attr_value(reload.get_data(as_text=True), "data-resume-code") == code


def test_back_after_pause_shows_the_paused_page_until_the_code_is_used(app, answering):
    form = hidden_fields(answering.page)
    answering.act("pause")
    code = attr_value(answering.page, "data-resume-code")
    for _ in range(2):  # Back, and the form re-sent by Back
        answering.get("/samtale")
        assert answering.status == 200 and attr_value(answering.page, "data-resume-code") == code
        resent = answering.client.post("/samtale", data={**form, "card": "ja"})
        assert resent.status_code == 303 and resent.headers["Location"].endswith("/pause")
        answering.get("/pause")
        assert attr_value(answering.page, "data-resume-code") == code

    other = Citizen(app.test_client())
    other.get("/fortsaet")
    other.post("/fortsaet", {"code": code})
    assert other.slot == "consent"
    answering.get("/pause")  # the code is used: this browser sees neither code nor session
    assert answering.status == 200 and attr_value(answering.page, "data-resume-code") is None
    assert answering.client.get("/samtale").status_code == 404
