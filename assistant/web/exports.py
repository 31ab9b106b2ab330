"""Staff exports of one draft: JSON with versions, FHIR R4 Bundle, the citizen's PDF plan."""

from __future__ import annotations

import json

from flask import Blueprint, Response, abort, current_app, g

from assistant.errors import ExportError, NotFound
from assistant.exports.fhir import build_bundle, organisation_from_config
from assistant.exports.json_export import build_json_export
from assistant.exports.pdf import render_plan_pdf
from assistant.storage import casework
from assistant.storage import followup as followups
from assistant.storage import staff as store
from assistant.web.auth import audit_unaudited, load_staff_user, login_required, message_page
from assistant.web.common import t
from assistant.web.db import get_db

bp = Blueprint("exports", __name__, url_prefix="/staff")
bp.before_request(load_staff_user)
bp.after_request(audit_unaudited)


def _row(draft_id: str) -> dict:
    try:
        return store.get_draft_row(get_db(), draft_id)
    except NotFound:
        abort(404)


def _download(body: bytes, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    return response


def _json(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def _cannot_export(exc: ExportError):
    back = f"/staff/draft/{g.get('export_draft_id', '')}"
    return message_page(
        t("staff_export_impossible_title"),
        t("staff_export_impossible", reason=t(f"staff_export_error_{exc.code}", **exc.values)),
        409,
        back,
    )


def _archived(row: dict):
    """A 409 page when the draft is archived (it must not reach the care record as active)."""
    if row["status"] != "archived":
        return None
    back = f"/staff/draft/{row['id']}"
    return message_page(t("staff_archived_title"), t("staff_archived_no_export"), 409, back)


def approved_by(db, draft_id: str) -> str | None:
    """Return the user name of whoever last approved the draft, if anyone did."""
    for row in store.list_audit(db, draft_id=draft_id):  # newest first
        if row["action"] == "approve":
            return row["user"]
    return None


def _case_json(db, draft_id: str) -> dict:
    """The case match staff recorded: CPR, case id, assignee and GAS levels."""
    case = casework.get_case(db, draft_id)
    return {
        "cpr": case.cpr or None,
        "case_id": case.case_id or None,
        "assigned_to": case.assigned_to or None,
        "gas_levels": case.gas_levels,
    }


@bp.get("/draft/<draft_id>/export.json")
@login_required
def export_json(draft_id: str):
    """The draft as JSON with every stored version, its follow-up and ratings."""
    db, row = get_db(), _row(draft_id)
    data = build_json_export(
        row,
        versions=store.history(db, draft_id),
        followup=followups.get_followup(db, draft_id),
        ratings=followups.list_ratings(db, draft_id),
        case=_case_json(db, draft_id),
    )
    store.audit(db, g.staff_user.username, "export_json", draft_id, f"version {row['version']}")
    return _download(_json(data), "application/json", f"hverdagsmaal-{draft_id}.json")


def _guarded_export(draft_id: str, action: str, build):
    """Send build(db, row) -> (body, mimetype, filename), audited; archived drafts refused."""
    db, row = get_db(), _row(draft_id)
    g.export_draft_id = draft_id
    if refused := _archived(row):
        return refused
    try:
        body, mimetype, filename = build(db, row)
    except ExportError as exc:
        return _cannot_export(exc)
    store.audit(db, g.staff_user.username, action, draft_id, f"version {row['version']}")
    return _download(body, mimetype, filename)


@bp.get("/draft/<draft_id>/export.fhir.json")
@login_required
def export_fhir(draft_id: str):
    """The draft as a FHIR R4 Bundle conforming to KL Common (docs/integration.md)."""

    def build(db, row):
        case = casework.get_case(db, draft_id)
        bundle = build_bundle(
            row["draft"],
            organisation=organisation_from_config(current_app.config),
            status=row["status"],
            versions=store.history(db, draft_id),
            ratings=[r.to_json() for r in followups.list_ratings(db, draft_id)],
            approved_by=approved_by(db, draft_id),
            activities=current_app.extensions["hverdagsmaal"]["content"].activities,
            cpr=case.cpr.replace("-", "") or None,  # dk-core: 10 digits
            case_id=case.case_id or None,
            gas_levels=case.gas_levels,
        )
        return _json(bundle), "application/fhir+json", f"hverdagsmaal-{draft_id}.fhir.json"

    return _guarded_export(draft_id, "export_fhir", build)


@bp.get("/draft/<draft_id>/export.pdf")
@login_required
def export_pdf(draft_id: str):
    """The citizen's easy-read plan as a PDF to print or send."""

    def build(db, row):
        plan = followups.get_followup(db, draft_id)
        pdf = render_plan_pdf(
            row["draft"],
            followup_due=plan.due if plan else None,
            activities=current_app.extensions["hverdagsmaal"]["content"].activities,
        )
        return pdf, "application/pdf", t("staff_export_pdf_file_name", draft=draft_id)

    return _guarded_export(draft_id, "export_pdf", build)
