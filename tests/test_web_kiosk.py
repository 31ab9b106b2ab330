"""Kiosk mode belongs to the device (set by staff), and every way out shows the resume code."""

from __future__ import annotations

import re

import pytest
from citizen_support import Citizen
from exports_support import csrf_token

from assistant.storage import open_db
from assistant.web.kiosk import COOKIE


def _is_kiosk_page(page: str) -> bool:
    return 'data-kiosk-warn="' in page


def _make_kiosk(staff) -> None:
    page = staff.get("/staff/kiosk").get_data(as_text=True)
    assert 'data-kiosk-state="off"' in page
    response = staff.post("/staff/kiosk", data={"csrf_token": csrf_token(page), "kiosk": "on"})
    assert response.status_code == 303


def _session_row(app, sid: str | None = None) -> dict:
    db = open_db(app.config["DATABASE"], migrate=False)
    try:
        rows = list(db["sessions"].rows)
    finally:
        db.close()
    return rows[-1] if sid is None else next(r for r in rows if r["id"] == sid)


def test_staff_make_this_screen_a_kiosk_and_every_link_keeps_it(staff):
    _make_kiosk(staff)
    cookie = staff.get_cookie(COOKIE)
    assert cookie is not None and cookie.http_only
    assert cookie.max_age >= 300 * 24 * 3600
    for url in ("/", "/om", "/fortsaet", "/kiosk"):
        assert _is_kiosk_page(staff.get(url).get_data(as_text=True)), url
    about = staff.get("/om").get_data(as_text=True)
    start_link = re.search(r'href="([^"]+)">Til start<', about).group(1)
    assert _is_kiosk_page(staff.get(start_link).get_data(as_text=True))
    # The browser session ends (the screen restarts): the device is still a kiosk.
    staff.delete_cookie("hverdagsmaal")
    assert _is_kiosk_page(staff.get("/").get_data(as_text=True))


def test_staff_can_turn_kiosk_mode_off(app, staff_account):
    from exports_support import login  # noqa: PLC0415

    staff = app.test_client()
    login(staff)
    _make_kiosk(staff)
    page = staff.get("/staff/kiosk").get_data(as_text=True)
    assert 'data-kiosk-state="on"' in page
    staff.post("/staff/kiosk", data={"csrf_token": csrf_token(page), "kiosk": "off"})
    assert staff.get_cookie(COOKIE) is None
    assert not _is_kiosk_page(staff.get("/").get_data(as_text=True))


def test_kiosk_page_is_for_staff_only(client):
    response = client.get("/staff/kiosk")
    assert response.status_code == 302 and "/staff/login" in response.headers["Location"]


def test_setup_link_makes_another_device_a_kiosk(app, staff):
    page = staff.get("/staff/kiosk").get_data(as_text=True)
    link = re.search(r"data-kiosk-setup-link>([^<]+)<", page).group(1)
    path = link.split("://", 1)[1].split("/", 1)[1]
    screen = app.test_client()
    response = screen.get("/" + path)
    assert response.status_code == 303 and response.headers["Location"].endswith("/kiosk")
    assert _is_kiosk_page(screen.get("/").get_data(as_text=True))
    stranger = app.test_client()
    # a changed signature: a character well inside it (the last base64 character carries only
    # four bits, so "…xx" for the last two was once the same signature: 1 run in ~1,000)
    flipped = "A" if path[-6] != "A" else "B"
    assert stranger.get("/" + path[:-6] + flipped + path[-5:]).status_code == 404
    assert stranger.get_cookie(COOKIE) is None


def test_a_forged_device_cookie_is_no_kiosk(client):
    client.set_cookie(COOKIE, "eyJraW9zayI6MX0.forged")
    assert not _is_kiosk_page(client.get("/").get_data(as_text=True))


@pytest.mark.parametrize("way_out", ["/kiosk", "/"])
def test_logo_or_start_link_on_a_kiosk_shows_the_code_first(app, staff, way_out):
    _make_kiosk(staff)
    citizen = Citizen(staff)
    citizen.start()
    assert _is_kiosk_page(citizen.page)
    citizen.choose("borger")
    citizen.get("/om")
    citizen.get(way_out)  # the logo, or "Til start" on the about page
    row = _session_row(app)
    assert row["status"] == "paused"
    assert f'data-resume-code="{row["resume_code"]}"' in citizen.page
    assert "data-kiosk-clear=" in citizen.page and _is_kiosk_page(citizen.page)
    # "Jeg har skrevet koden ned" (or the timer) clears the screen for the next person.
    citizen.get("/kiosk")
    assert "data-resume-code" not in citizen.page and _is_kiosk_page(citizen.page)
    assert staff.get("/pause").status_code == 303
    assert staff.get("/samtale").status_code == 404


def test_a_kiosk_session_without_answers_is_just_forgotten(app, client):
    citizen = Citizen(client)
    citizen.start(url="/kiosk")
    citizen.get("/kiosk")
    assert "data-resume-code" not in citizen.page
    assert _session_row(app)["status"] != "active" and _is_kiosk_page(citizen.page)


def test_pause_on_a_kiosk_shows_a_code_that_clears_itself(app, client):
    citizen = Citizen(client)
    citizen.start(url="/kiosk")
    citizen.choose("borger")
    citizen.act("pause")
    assert 'data-kiosk-clear="120"' in citizen.page
    assert 'class="code code-large"' in citizen.page
    own = Citizen(app.test_client())
    own.start()
    own.choose("borger")
    own.act("pause")
    assert "data-kiosk-clear" not in own.page and "data-resume-code" in own.page
