"""The returned-draft loop in a real headless Chromium on a real server: staff send the draft
back with a message, the citizen resumes with the receipt code, reads the message, confirms the
same draft, and staff see version + 1 with what the citizen did."""

from __future__ import annotations

import pytest
from axe_support import assert_no_violations
from browser_support import Server, submit
from citizen_support import Citizen, make_app, play, receipt_draft
from staff_support import PASSWORD, add_users

from assistant.storage import open_db
from assistant.storage.sessions import get_draft, list_drafts

pytestmark = [pytest.mark.browser]

MESSAGE = "Vi vil gerne tale om datoen. Ring til Anna."


@pytest.fixture
def server(tmp_path):
    app = make_app(tmp_path)
    db = open_db(app.config["DATABASE"])
    add_users(db)
    db.close()
    citizen = Citizen(app.test_client())
    citizen.start(pictures=True)
    play(citizen, by="cards")
    draft = receipt_draft(app, citizen)
    srv = Server(app)
    yield srv, app, draft
    srv.close()


def test_staff_return_citizen_confirms_staff_see_version_two(server, new_page, shoot):
    srv, app, draft = server
    staff = new_page(viewport={"width": 1200, "height": 900})
    staff.goto(f"{srv.url}/staff/")
    staff.wait_for_url("**/staff/login**")
    staff.get_by_label("Brugernavn").fill("anna")
    staff.get_by_label("Adgangskode").fill(PASSWORD)
    submit(staff, staff.get_by_role("button", name="Log ind"))
    staff.goto(f"{srv.url}/staff/draft/{draft.id}")
    staff.get_by_label("Besked til borgeren").fill(MESSAGE)
    submit(staff, staff.get_by_role("button", name="Send tilbage til borgeren"))
    assert staff.locator("[data-status]").get_attribute("data-status") == "returned"
    returned_version = int(staff.locator("[data-version]").inner_text())

    citizen = new_page(viewport={"width": 768, "height": 1024}, reduced_motion="reduce")
    citizen.goto(srv.url + "/")
    submit(citizen, citizen.get_by_role("link", name="Fortsæt med kode"))
    citizen.get_by_label("Skriv din kode").fill(draft.receipt_code)
    submit(citizen, citizen.get_by_role("button", name="Fortsæt", exact=True))
    assert citizen.locator("[data-return-message]").inner_text() == MESSAGE
    aloud = citizen.locator("[data-read-aloud]").first
    assert aloud.is_visible() and MESSAGE in aloud.get_attribute("data-text")
    assert_no_violations(citizen, "returned")
    shoot(citizen, "citizen-returned.png", full_page=True)
    submit(citizen, citizen.get_by_role("button", name="Se mit mål igen"))
    assert citizen.locator("[data-slot]").first.get_attribute("data-slot") == "confirm"
    assert draft.data["goal"]["text"] in citizen.locator("[data-goal]").first.inner_text()
    submit(citizen, citizen.locator('button[name="card"][value="ja"]'))
    assert citizen.locator("[data-receipt-code]").get_attribute("data-receipt-code") == (
        draft.receipt_code
    )

    staff.reload()
    assert int(staff.locator("[data-version]").inner_text()) == returned_version + 1
    assert staff.locator("[data-status]").get_attribute("data-status") == "in_review"
    assert staff.locator(f'[data-revision="{returned_version + 1}"]').is_visible()
    assert staff.locator("[data-revision-same]").is_visible()  # the citizen changed nothing
    assert_no_violations(staff, "staff-revised")
    shoot(staff, "staff-revised.png", full_page=True)
    db = open_db(app.config["DATABASE"])
    stored = get_draft(db, draft.id)
    assert len(list_drafts(db)) == 1 and stored.data["citizen_confirmed"] is True
    assert citizen.console_errors == [] and staff.console_errors == []
