"""Matching a draft to the case (CPR, case id) and the team's week (assignment, Mine borgere)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from staff_support import add_users, db_at, login, make_app, make_draft, post

from assistant.storage import casework
from assistant.storage.followup import set_followup

CPR = "241148-1234"  # 24 November 1948, 7th digit 1: the 1900s


@pytest.mark.parametrize(
    ("cpr", "born"),
    [
        ("241148-1234", date(1948, 11, 24)),
        ("2411481234", date(1948, 11, 24)),
        ("010120-4000", date(2020, 1, 1)),  # 7th digit 4, year <= 36: the 2000s
        ("010170-4000", date(1970, 1, 1)),  # 7th digit 4, year > 36: the 1900s
        ("290200-5000", date(2000, 2, 29)),  # 7th digit 5, year <= 57: 2000, a leap year
        ("010160-6000", date(1860, 1, 1)),  # 7th digit 6, year > 57: the 1800s
    ],
)
def test_cpr_gives_the_date_of_birth(cpr, born):
    assert casework.birth_date(cpr) == born


@pytest.mark.parametrize(
    "cpr", ["310299-1234", "290201-1234", "241348-1234", "24114-81234", "2411481234x", "abc"]
)
def test_a_cpr_without_a_real_date_or_in_another_shape_is_refused(cpr):
    with pytest.raises(casework.InvalidCpr):
        casework.birth_date(cpr)


@pytest.fixture
def world(tmp_path):
    path = tmp_path / "case.db"
    db = db_at(path)
    add_users(db)
    recorded = make_draft(db)
    other = make_draft(db)
    db.close()
    org = {"HVERDAGSMAAL_ORG_NAME": "Ærø Kommune", "HVERDAGSMAAL_ORG_SOR": "123451000016001"}
    app = make_app(path, **org)
    staff = app.test_client()
    assert login(staff).status_code == 302
    return {"app": app, "path": path, "staff": staff, "d": recorded.draft_id, "o": other.draft_id}


def audit_rows(path, action):
    db = db_at(path)
    try:
        return list(db.query("select * from audit_log where action = ?", [action]))
    finally:
        db.close()


def test_staff_match_the_draft_to_cpr_and_case_shown_masked(world):
    staff, d = world["staff"], world["d"]
    bad = post(staff, f"/staff/draft/{d}/sag", {"cpr": "310299-1234", "case_id": "S-1"})
    assert bad.status_code == 400
    assert casework.get_case(db_at(world["path"]), d).cpr == ""
    ok = post(staff, f"/staff/draft/{d}/sag", {"cpr": "2411481234", "case_id": "NX-2026-77"})
    assert ok.status_code == 302
    page = staff.get(f"/staff/draft/{d}").get_data(as_text=True)
    assert "241148-xxxx" in page and "NX-2026-77" in page
    assert "1234" not in page.split("data-cpr-masked", 1)[1][:200]
    assert CPR not in page and "2411481234" not in page
    rows = audit_rows(world["path"], "case_set")
    assert rows and all("1234" not in (r["detail"] or "") for r in rows)


def test_an_empty_cpr_field_keeps_the_stored_number(world):
    staff, d = world["staff"], world["d"]
    post(staff, f"/staff/draft/{d}/sag", {"cpr": CPR, "case_id": "S-1"})
    assert post(staff, f"/staff/draft/{d}/sag", {"cpr": "", "case_id": "S-2"}).status_code == 302
    case = casework.get_case(db_at(world["path"]), d)
    assert (case.cpr, case.case_id) == (CPR, "S-2")


def test_revealing_the_cpr_is_explicit_and_audited(world):
    staff, d = world["staff"], world["d"]
    assert post(staff, f"/staff/draft/{d}/cpr").status_code == 404  # nothing stored yet
    post(staff, f"/staff/draft/{d}/sag", {"cpr": CPR, "case_id": ""})
    assert not audit_rows(world["path"], "reveal_cpr")
    shown = post(staff, f"/staff/draft/{d}/cpr")
    assert shown.status_code == 200 and CPR in shown.get_data(as_text=True)
    assert shown.headers["Cache-Control"] == "no-store"
    [row] = audit_rows(world["path"], "reveal_cpr")
    assert row["user"] == "anna" and row["draft_id"] == d


def test_exports_carry_the_cpr_and_case_id(world):
    staff, d = world["staff"], world["d"]
    post(staff, f"/staff/draft/{d}/sag", {"cpr": CPR, "case_id": "NX-77"})
    data = json.loads(staff.get(f"/staff/draft/{d}/export.json").get_data(as_text=True))
    assert data["case"]["cpr"] == CPR and data["case"]["case_id"] == "NX-77"
    bundle = json.loads(staff.get(f"/staff/draft/{d}/export.fhir.json").get_data(as_text=True))
    text = json.dumps(bundle)
    assert '"value": "2411481234"' in text and "NX-77" in text


def test_gdpr_export_holds_the_cpr(world):
    staff, d = world["staff"], world["d"]
    post(staff, f"/staff/draft/{d}/sag", {"cpr": CPR, "case_id": "NX-77"})
    from assistant.storage import gdpr  # noqa: PLC0415

    db = db_at(world["path"])
    session_id = next(db.query("select session_id from drafts where id = ?", [d]))["session_id"]
    tables = gdpr.citizen_data(db, session_id)["tables"]
    assert tables["draft_case"][0]["cpr"] == CPR


def test_assignment_and_mine_borgere_with_due_follow_ups(world):
    staff, d, o, path = world["staff"], world["d"], world["o"], world["path"]
    assert post(staff, f"/staff/draft/{d}/tildel", {"assignee": "ghost"}).status_code == 400
    assert post(staff, f"/staff/draft/{d}/tildel", {"assignee": "anna"}).status_code == 302
    assert post(staff, f"/staff/draft/{o}/tildel", {"assignee": "boss"}).status_code == 302
    mine = staff.get("/staff/mine").get_data(as_text=True)
    assert f'data-mine-row="{d}"' in mine and f'data-mine-row="{o}"' not in mine
    assert "data-due-list" not in mine  # no follow-up dates set yet
    db = db_at(path)
    set_followup(db, d, date.today() - timedelta(days=3), "anna")
    set_followup(db, o, date.today(), "boss")
    db.close()
    mine = staff.get("/staff/mine").get_data(as_text=True)
    assert f'data-due="{d}"' in mine and "data-overdue" in mine
    assert f'data-due="{o}"' not in mine  # boss's citizen, not mine
    assert post(staff, f"/staff/draft/{d}/tildel", {"assignee": ""}).status_code == 302
    assert f'data-mine-row="{d}"' not in staff.get("/staff/mine").get_data(as_text=True)


def test_follow_ups_later_than_this_week_are_not_due(world):
    staff, d, path = world["staff"], world["d"], world["path"]
    post(staff, f"/staff/draft/{d}/tildel", {"assignee": "anna"})
    db = db_at(path)
    set_followup(db, d, date.today() + timedelta(days=8), "anna")
    db.close()
    mine = staff.get("/staff/mine").get_data(as_text=True)
    assert f'data-mine-row="{d}"' in mine and f'data-due="{d}"' not in mine


def test_print_summary_for_the_journal_in_danish(world):
    staff, d = world["staff"], world["d"]
    post(staff, f"/staff/draft/{d}/sag", {"cpr": CPR, "case_id": "NX-77"})
    draft_page = staff.get(f"/staff/draft/{d}").get_data(as_text=True)
    # the actions come before the goal on the draft page
    assert draft_page.index("data-print-link") < draft_page.index('id="h-goal"')
    assert draft_page.index('data-action="approve"') < draft_page.index('id="h-goal"')
    assert "24. december 2026" in draft_page and "2026-12-24" not in draft_page
    page = staff.get(f"/staff/draft/{d}/udskriv").get_data(as_text=True)
    assert "@page" not in page  # print CSS lives in the stylesheet
    assert "Jeg vil gå to etager op ad trappen selv inden jul" in page
    assert "241148-xxxx" in page and CPR not in page and "NX-77" in page
    assert "1. december 2026" in page and "15. december 2026" in page
    assert page.count("data-print-subgoal") == 2
    assert 'data-print-said="citizen"' in page and "data-print-consent" in page
    assert "2026-12-01" not in page
    [row] = audit_rows(world["path"], "print")
    assert row["draft_id"] == d
