"""A returned draft: the citizen reads the message, reopens the SAME draft and confirms it again."""

from __future__ import annotations

import re

from citizen_support import Citizen, attr_value, play, receipt_draft

from assistant.storage import open_db
from assistant.storage import staff as staff_store
from assistant.storage.sessions import get_draft, list_drafts, list_events, update_draft
from assistant.web.draft_changes import revision_changes

MESSAGE = "Vi vil gerne tale om datoen. Er jul for tidligt?"


def _db(app):
    return open_db(app.config["DATABASE"])


def _finished_and_returned(app, citizen, *, edit_text=None, by="cards"):
    citizen.start(pictures=by == "cards")
    play(citizen, by=by)
    draft = receipt_draft(app, citizen)
    db = _db(app)
    version = draft.version
    if edit_text:
        data = dict(draft.data, goal=dict(draft.data["goal"], text=edit_text))
        version = staff_store.save_version(db, draft.id, version, data, "anna")
    staff_store.change_status(db, draft.id, "return", "anna", version, message=MESSAGE)
    return get_draft(db, draft.id)


def test_returned_draft_reopens_at_the_goal_and_confirming_makes_version_plus_one(app, citizen):
    returned = _finished_and_returned(app, citizen)
    later = Citizen(app.test_client())
    later.get("/fortsaet")
    later.post("/fortsaet", {"code": returned.receipt_code.lower()})
    assert later.status == 200
    assert f"data-return-message>{MESSAGE}<" in later.page
    assert re.search(r"<button[^>]*read-aloud", later.page)  # the read-aloud button
    later.post("/ret-maal", {})
    assert later.status == 200 and later.slot == "confirm", later.page[-600:]
    assert returned.data["goal"]["text"] in later.page.replace("&#39;", "'")
    later.choose("ja")
    code = attr_value(later.page, "data-receipt-code")
    assert code == returned.receipt_code  # the same draft, never a fresh unlinked start
    db = _db(app)
    assert len(list_drafts(db)) == 1
    revised = get_draft(db, returned.id)
    assert revised.version == returned.version + 1
    assert revised.status == "in_review"
    assert revised.data["citizen_confirmed"] is True
    versions = staff_store.history(db, returned.id)
    assert [v["edited_by"] for v in versions][-1] == staff_store.CITIZEN_EDITOR
    assert versions[-1]["version"] == revised.version and len(versions) == 2
    assert versions[0]["draft"]["goal"] == returned.data["goal"]  # the version before is kept
    kinds = [e["kind"] for e in list_events(db, draft_id=returned.id)]
    assert "draft_reopened" in kinds and kinds[-1] == "draft_revised"
    said = [e["slot"] for e in revised.data["transcript"]]
    assert said.count("confirm") == 2  # the first answers are kept, the new one added


def test_staff_wording_is_what_the_citizen_sees_and_a_change_is_shown_to_staff(app, citizen, staff):
    staff_text = "Jeg vil gå op til min datter på første sal to gange om ugen inden påske."
    returned = _finished_and_returned(app, citizen, edit_text=staff_text, by="text")
    later = Citizen(app.test_client())
    later.get("/fortsaet")
    later.post("/fortsaet", {"code": returned.receipt_code})
    later.post("/ret-maal", {})
    assert staff_text in later.page
    later.say("nej en gang om ugen er nok")
    assert later.slot == "confirm", later.page[-800:]
    assert staff_text not in later.page  # the citizen's change composes the goal anew
    later.choose("ja")
    db = _db(app)
    revised = get_draft(db, returned.id)
    assert revised.data["goal"]["frequency"] != returned.data["goal"]["frequency"]
    before = staff_store.history(db, returned.id)[-2]["draft"]
    changes = revision_changes(before, revised.data)
    assert any(key == "frequency" for key, _, _ in changes)
    assert any(key == "text" for key, _, _ in changes)
    page = staff.get(f"/staff/draft/{returned.id}").get_data(as_text=True)
    assert f'data-revision="{revised.version}"' in page
    assert page.count("data-change>") == len(changes)
    assert staff_text in page  # the wording before the citizen's change, side by side
    assert "Borgerens svar på beskeden" in page and "<td>revision</td>" not in page


def test_only_the_browser_shown_the_message_reopens_and_again_lands_on_the_goal(app, citizen):
    returned = _finished_and_returned(app, citizen)
    fresh = Citizen(app.test_client())
    fresh.get("/")
    fresh.post("/ret-maal", {})
    assert fresh.status == 404
    for _ in range(2):  # the browser was closed without a pause: the code opens it again
        later = Citizen(app.test_client())
        later.get("/fortsaet")
        later.post("/fortsaet", {"code": returned.receipt_code})
        later.post("/ret-maal", {})
        assert later.status == 200 and later.slot == "confirm"
    assert len(list_drafts(_db(app))) == 1


def test_a_draft_approved_meanwhile_is_not_reopened(app, citizen):
    returned = _finished_and_returned(app, citizen)
    later = Citizen(app.test_client())
    later.get("/fortsaet")
    later.post("/fortsaet", {"code": returned.receipt_code})
    db = _db(app)
    update_draft(db, returned.id, version=returned.version, status="approved")
    later.post("/ret-maal", {})
    assert later.status == 409
    assert "Dit mål kan ikke rettes nu." in later.page
