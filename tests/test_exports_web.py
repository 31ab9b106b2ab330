"""Staff export routes over real HTTP (Flask test client): sign-in required, audited, no-store."""

from __future__ import annotations

import io
import json

import pytest
from exports_support import create_staff, csrf_token, db_rows, login, make_app, store_draft
from fhir_support import check_bundle
from pypdf import PdfReader

ROUTES = ("export.json", "export.fhir.json", "export.pdf")


# Every test runs with the staff account in the database, signed in or not.
pytestmark = pytest.mark.usefixtures("staff_account")


@pytest.mark.parametrize("route", ROUTES)
def test_exports_require_a_signed_in_staff_member(app, draft, route):
    draft_id, _ = draft
    response = app.test_client().get(f"/staff/draft/{draft_id}/{route}")
    assert response.status_code == 302
    assert "/staff/login" in response.headers["Location"]
    assert not db_rows(app, "select * from audit_log where action like 'export%'")


def test_wrong_password_gets_no_export(app, draft):
    client = app.test_client()
    assert login(client, password="forkert-adgangskode").status_code == 401
    response = client.get(f"/staff/draft/{draft[0]}/export.json")
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("route", "mimetype", "action"),
    [
        ("export.json", "application/json", "export_json"),
        ("export.fhir.json", "application/fhir+json", "export_fhir"),
        ("export.pdf", "application/pdf", "export_pdf"),
    ],
)
def test_exports_are_audited_downloads_that_are_never_cached(
    app, draft, staff, route, mimetype, action
):
    draft_id, _ = draft
    response = staff.get(f"/staff/draft/{draft_id}/{route}")
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    assert response.mimetype == mimetype
    assert response.headers["Cache-Control"] == "no-store"
    assert "attachment" in response.headers["Content-Disposition"]
    sql = "select * from audit_log where draft_id = ? and action like 'export%'"
    rows = db_rows(app, sql, [draft_id])
    assert [(r["user"], r["action"]) for r in rows] == [("hanne.hansen", action)]


def test_unknown_draft_is_404(staff):
    for route in ROUTES:
        assert staff.get(f"/staff/draft/nope/{route}").status_code == 404


def test_json_export_contains_versions_after_a_staff_edit(app, draft, staff):
    draft_id, receipt = draft
    from assistant.storage import open_db  # noqa: PLC0415
    from assistant.storage import staff as store  # noqa: PLC0415

    db = open_db(app.config["DATABASE"])
    row = store.get_draft_row(db, draft_id)
    edited = dict(row["draft"])
    edited["goal"] = dict(edited["goal"], text="Jeg vil gå to etager uden pause inden jul.")
    store.save_version(db, draft_id, row["version"], edited, "hanne.hansen", "kortere")
    db.close()

    data = json.loads(staff.get(f"/staff/draft/{draft_id}/export.json").get_data(as_text=True))
    assert data["draft_id"] == draft_id
    assert data["receipt_code"] == receipt
    assert data["draft"]["goal"]["text"] == "Jeg vil gå to etager uden pause inden jul."
    versions = data["versions"]
    assert [v["edited_by"] for v in versions] == ["citizen", "hanne.hansen"]
    assert "Søs" in versions[0]["draft"]["goal"]["text"]  # the citizen's own words are kept
    assert versions[1]["note"] == "kortere"
    assert data["ratings"] == [] and data["followup"] is None


def test_fhir_export_reflects_approval_and_validates(app, draft, staff):
    draft_id, _ = draft
    page = staff.get(f"/staff/draft/{draft_id}").get_data(as_text=True)
    from assistant.storage import open_db  # noqa: PLC0415
    from assistant.storage import staff as store  # noqa: PLC0415

    db = open_db(app.config["DATABASE"])
    version = store.get_draft_row(db, draft_id)["version"]
    db.close()
    response = staff.post(
        f"/staff/draft/{draft_id}/approve",
        data={"csrf_token": csrf_token(page), "version": version},
    )
    assert response.status_code == 302
    bundle = json.loads(staff.get(f"/staff/draft/{draft_id}/export.fhir.json").get_data())
    check_bundle(bundle)  # R4B, R4 invariants (FHIRPath), references
    kinds = {e["resource"]["resourceType"]: e["resource"] for e in bundle["entry"]}
    assert kinds["CarePlan"]["status"] == "active"
    assert kinds["Goal"]["lifecycleStatus"] == "active"
    assert kinds["Practitioner"]["name"][0]["text"] == "hanne.hansen"
    assert "Organization" not in kinds  # none configured


def test_fhir_export_names_the_configured_organisation(tmp_path, monkeypatch):
    monkeypatch.delenv("HVERDAGSMAAL_ORG_NAME", raising=False)
    (tmp_path / "org").mkdir()
    app = make_app(
        tmp_path / "org",
        HVERDAGSMAAL_ORG_NAME="Ærø Kommune",
        HVERDAGSMAAL_ORG_SOR="123451000016001",
    )
    draft_id, _ = store_draft(app)
    create_staff(app)
    client = app.test_client()
    login(client)
    bundle = json.loads(client.get(f"/staff/draft/{draft_id}/export.fhir.json").get_data())
    check_bundle(bundle)
    (org,) = [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Organization"
    ]
    assert org["name"] == "Ærø Kommune"
    assert org["identifier"][0] == {
        "use": "official", "system": "urn:oid:1.2.208.176.1.1", "value": "123451000016001"
    }  # fmt: skip


def test_pdf_export_has_the_plan(app, draft, staff):
    pdf = staff.get(f"/staff/draft/{draft[0]}/export.pdf").get_data()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Min plan" in text and "Søs" in text


def test_broken_draft_gives_a_clear_409_not_a_crash(app, staff):
    draft_id, _ = store_draft(app, {"goal": {"text": "Gå en tur", "activity": "ukendt"}})
    response = staff.get(f"/staff/draft/{draft_id}/export.fhir.json")
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "kan ikke eksporteres" in page
    # The reason is the Danish text of the error's code, not the English log message.
    assert "aktiviteten findes ikke" in page and "is unknown" not in page
    assert staff.get(f"/staff/draft/{draft_id}/export.json").status_code == 200


def test_draft_page_links_to_every_export_and_the_follow_up(draft, staff):
    draft_id, _ = draft
    page = staff.get(f"/staff/draft/{draft_id}").get_data(as_text=True)
    for suffix in (*ROUTES, "opfoelgning"):
        assert f'href="/staff/draft/{draft_id}/{suffix}"' in page
