"""Teams end to end (a link or kiosk gives its team to the session and draft) and one device at
a time (a resume code works once; the browser that held the session is ended kindly)."""

from __future__ import annotations

import re

import pytest
from citizen_support import Citizen, attr_value, make_app
from staff_support import csrf, login

from assistant import accounts
from assistant.storage import open_db
from assistant.storage.identities import set_team

NEW_CODE = re.compile(r"Din nye kode er ([0-9A-Z]{6})\.")


@pytest.fixture
def app(tmp_path):
    """The real app; staff 'bent' (team Nord), 'anna' (Standard), admin 'boss' (Standard)."""
    app = make_app(tmp_path, DEFAULT_TEAM="Syd")
    db = open_db(app.config["DATABASE"])
    bent = accounts.create_user(db, "bent", "bent-hest-batteri")
    set_team(db, bent.id, "Nord")
    accounts.create_user(db, "anna", "anna-hest-batteri")
    accounts.create_user(db, "boss", "boss-hest-batteri", role="admin")
    db.close()
    return app


def _staff(app, name):
    client = app.test_client()
    assert login(client, name, f"{name}-hest-batteri").status_code == 302
    return client


def _sessions(app) -> list[dict]:
    db = open_db(app.config["DATABASE"], migrate=False)
    try:
        return list(db.query("select * from sessions order by created"))
    finally:
        db.close()


def _paused_citizen(app) -> tuple[Citizen, str]:
    citizen = Citizen(app.test_client())
    citizen.start()
    citizen.choose("borger")
    citizen.choose("ja")
    citizen.act("pause")
    code = attr_value(citizen.page, "data-resume-code")
    assert code
    return citizen, code


def _resume(app, code: str) -> Citizen:
    other = Citizen(app.test_client())
    other.get("/fortsaet")
    other.post("/fortsaet", {"code": code})
    return other


def test_a_resume_ends_the_session_on_the_old_device_and_the_code_changes(app):
    first, code1 = _paused_citizen(app)
    first.get("/fortsaet")
    first.post("/fortsaet", {"code": code1})  # back on the first device
    assert first.status == 200 and first.slot
    code2 = NEW_CODE.search(first.page).group(1)  # the new code is shown on the resumed page
    assert code2 != code1
    asked = first.slot

    second = _resume(app, code2)  # the citizen moves to a second device
    assert second.status == 200 and second.slot == asked
    code3 = NEW_CODE.search(second.page).group(1)
    assert code3 not in (code1, code2)

    # the old device's next request: the kind page, not an error
    page = first.client.get("/samtale")
    body = page.get_data(as_text=True)
    assert page.status_code == 200 and "data-elsewhere" in body
    assert "Du fortsatte på en anden skærm" in body
    assert first.client.get("/samtale").status_code == 404  # the browser forgot the session

    # used codes open nothing; the newest one still does (on a third device)
    for used in (code1, code2):
        third = _resume(app, used)
        assert third.status == 404 and third.slot is None
    assert _resume(app, code3).slot == asked
    assert "data-elsewhere" in second.client.get("/samtale").get_data(as_text=True)


def test_the_old_device_cannot_answer_after_a_resume_elsewhere(app):
    first, code = _paused_citizen(app)
    first.get("/fortsaet")
    first.post("/fortsaet", {"code": code})
    page_of_first = first.page
    code2 = NEW_CODE.search(page_of_first).group(1)
    _resume(app, code2)
    sid = _sessions(app)[-1]["id"]
    db = open_db(app.config["DATABASE"], migrate=False)
    before = db.execute("select count(*) from turns where session_id = ?", [sid]).fetchone()[0]
    first.page = page_of_first  # the old tab still shows the question with its form
    first.post("/samtale", {"text": "jeg vil gerne gaa paa trapper igen"})
    assert first.status == 200 and "data-elsewhere" in first.page
    after = db.execute("select count(*) from turns where session_id = ?", [sid]).fetchone()[0]
    db.close()
    assert after == before


def test_the_plain_start_page_gives_the_configured_default_team(app):
    Citizen(app.test_client()).start()
    assert _sessions(app)[-1]["team"] == "Syd"


def test_a_link_gives_its_team_to_the_session(app):
    staff = _staff(app, "bent")
    token = csrf(staff, "/staff/invitation")
    made = staff.post("/staff/invitation", data={"csrf_token": token, "days": "30"})
    assert made.status_code == 201
    page = made.get_data(as_text=True)
    assert 'data-link-team="Nord"' in page
    url = attr_value(page, "data-invitation-url") or re.search(r'value="([^"]+/l/[^"]+)"', page)[1]
    citizen = Citizen(app.test_client())
    citizen.start(url=url[url.index("/l/") :])
    assert _sessions(app)[-1]["team"] == "Nord"


def test_staff_give_their_own_team_and_an_admin_may_choose(app):
    staff = _staff(app, "bent")
    token = csrf(staff, "/staff/invitation")
    refused = staff.post(
        "/staff/invitation", data={"csrf_token": token, "days": "30", "team": "Standard"}
    )
    assert refused.status_code == 400  # staff cannot make links for another team
    boss = _staff(app, "boss")
    page = boss.get("/staff/invitation").get_data(as_text=True)
    assert '<option value="Nord"' in page and '<option value="Syd"' in page
    token = csrf(boss, "/staff/invitation")
    made = boss.post("/staff/invitation", data={"csrf_token": token, "days": "5", "team": "Nord"})
    assert made.status_code == 201 and 'data-link-team="Nord"' in made.get_data(as_text=True)
    bad = boss.post("/staff/invitation", data={"csrf_token": token, "days": "5", "team": "X"})
    assert bad.status_code == 400
    # The Nord link is listed for its team and the administrator, not for Standard's staff,
    # and Standard's staff cannot close it.
    link_id = made.get_data(as_text=True).split('data-link-id="')[1].split('"')[0]
    assert link_id in staff.get("/staff/invitationer").get_data(as_text=True)
    assert link_id in boss.get("/staff/invitationer").get_data(as_text=True)
    anna = _staff(app, "anna")
    assert link_id not in anna.get("/staff/invitationer").get_data(as_text=True)
    token = csrf(anna, "/staff/invitationer")
    closed = anna.post(f"/staff/invitationer/{link_id}/luk", data={"csrf_token": token})
    assert closed.status_code == 404
    assert link_id in staff.get("/staff/invitationer").get_data(as_text=True)


def test_a_kiosk_device_gives_its_team_to_the_session(app):
    staff = _staff(app, "bent")
    token = csrf(staff, "/staff/kiosk")
    made = staff.post("/staff/kiosk", data={"csrf_token": token, "kiosk": "on"})
    assert made.status_code == 303
    page = staff.get("/staff/kiosk").get_data(as_text=True)
    assert 'data-kiosk-team="Nord"' in page
    kiosk = Citizen(staff)  # the same browser, now a kiosk
    kiosk.start(url="/kiosk")
    assert _sessions(app)[-1]["team"] == "Nord"
    assert _sessions(app)[-1]["channel"] == "kiosk"


def test_a_kiosk_setup_link_carries_the_team(app):
    boss = _staff(app, "boss")
    page = boss.get("/staff/kiosk?team=Nord").get_data(as_text=True)
    link = (
        attr_value(page, "data-kiosk-setup-link")
        or re.search(r"<code data-kiosk-setup-link>([^<]+)</code>", page)[1]
    )
    device = Citizen(app.test_client())
    device.get(link[link.index("/kiosk/") :])
    device.start(url="/kiosk")
    assert _sessions(app)[-1]["team"] == "Nord"
    assert _staff(app, "anna").get("/staff/kiosk?team=Nord").status_code == 400


def test_the_invite_command_makes_a_link_of_a_team(app, capsys):
    from assistant import cli  # noqa: PLC0415

    assert cli.main(["invite", "--team", "Nord", "--db", app.config["DATABASE"]]) == 0
    url = capsys.readouterr().out.strip()
    Citizen(app.test_client()).start(url=url[url.index("/l/") :])
    assert _sessions(app)[-1]["team"] == "Nord"


def test_personal_audio_is_heard_only_by_staff_of_the_sessions_team(app):
    from assistant.speech.private import owner_of  # noqa: PLC0415

    Citizen(app.test_client()).start()  # a session of team Syd (the default here)
    owner = owner_of(_sessions(app)[-1]["id"])
    url = f"/lyd/p/{owner}/{'a' * 64}.wav"
    # another team's staff get the same 404 as strangers; _may_hear below tells the reason
    refused = _staff(app, "bent").get(url)
    assert refused.status_code == 404 and refused.get_json()["error"] == "no_such_audio"
    db = open_db(app.config["DATABASE"])
    syd = accounts.create_user(db, "sara", "sara-hest-batteri")
    set_team(db, syd.id, "Syd")
    db.close()
    from assistant.web import speech  # noqa: PLC0415

    client = _staff(app, "sara")
    with app.test_request_context(url, headers={"Cookie": _cookie_header(client)}):
        assert speech._may_hear(owner) is True
    with app.test_request_context(url, headers={"Cookie": _cookie_header(_staff(app, "bent"))}):
        assert speech._may_hear(owner) is False


def _cookie_header(client) -> str:
    cookie = client.get_cookie("hverdagsmaal")
    return f"hverdagsmaal={cookie.value}"
