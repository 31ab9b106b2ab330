"""Sessions the citizen stopped at "Er det dit eget mål?": listed and shown read-only to staff,
clearly not accepted, never a draft and never exportable."""

from __future__ import annotations

from citizen_support import CARD_ANSWERS

from assistant.storage import open_db
from assistant.storage.audit import list_audit
from assistant.storage.sessions import get_session, list_drafts

MAX_STEPS = 40


def _stop_at_confirm(citizen) -> None:
    citizen.start(pictures=True)
    for _ in range(MAX_STEPS):
        if citizen.slot == "confirm":
            break
        citizen.pick(CARD_ANSWERS.get(citizen.slot))
    else:
        raise AssertionError("never reached the goal question")
    citizen.choose("nej")
    assert citizen.slot == "change", citizen.page[-600:]
    citizen.choose("stop")
    assert "Vi har ikke sendt målet" in citizen.page


def _rejected_id(app) -> str:
    db = open_db(app.config["DATABASE"])
    (row,) = db.execute("SELECT id FROM sessions WHERE status = 'rejected'").fetchall()
    return row[0]


def test_a_rejected_session_is_listed_and_shown_read_only(app, citizen, staff):
    _stop_at_confirm(citizen)
    sid = _rejected_id(app)
    db = open_db(app.config["DATABASE"])
    assert list_drafts(db) == []
    queue = staff.get("/staff/").get_data(as_text=True)
    assert 'data-rejected-count>Ikke accepteret <span class="count">1</span>' in queue
    listing = staff.get("/staff/ikke-accepteret").get_data(as_text=True)
    assert f'data-rejected-session="{sid}"' in listing
    assert "Målet er ikke sendt." in listing
    response = staff.get(f"/staff/ikke-accepteret/{sid}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Borgeren har ikke sagt ja til målet." in page
    state = get_session(db, sid).state
    assert page.count("<tr data-turn=") == len(state["transcript"])
    assert 'data-turn="change"' in page  # the "stop" answer is shown with the rest
    main = page.split("<main", 1)[-1].split("</main>")[0]
    assert "<form" not in main  # nothing to approve, return or edit
    for forbidden in ("export", "opfoelgning", "rediger", "udskriv"):
        assert forbidden not in main
    actions = [a["action"] for a in list_audit(db, 10)]
    assert "view_rejected" in actions


def test_rejected_pages_need_sign_in_and_exports_do_not_exist(app, citizen, staff):
    _stop_at_confirm(citizen)
    sid = _rejected_id(app)
    anonymous = app.test_client()
    assert anonymous.get(f"/staff/ikke-accepteret/{sid}").status_code in (302, 401)
    assert anonymous.get("/staff/ikke-accepteret").status_code in (302, 401)
    for path in (f"/staff/draft/{sid}", f"/staff/draft/{sid}/export.json"):
        assert staff.get(path).status_code == 404
    assert staff.get("/staff/ikke-accepteret/ukendt").status_code == 404


def test_a_done_session_is_not_shown_as_rejected(app, citizen, staff):
    from citizen_support import play  # noqa: PLC0415

    citizen.start(pictures=True)
    play(citizen, by="cards")
    db = open_db(app.config["DATABASE"])
    (sid,) = db.execute("SELECT id FROM sessions").fetchone()
    assert staff.get(f"/staff/ikke-accepteret/{sid}").status_code == 404
    assert "data-rejected-session" not in staff.get("/staff/ikke-accepteret").get_data(as_text=True)
