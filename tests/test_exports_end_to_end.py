"""End to end: a real dialogue (assistant chat) → staff approve → FHIR, PDF, follow-up ratings."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from exports_support import create_staff, csrf_token, login, make_app
from fhir.resources.R4B.bundle import Bundle
from fhir_support import check_bundle
from pypdf import PdfReader
from test_chat import run_chat

from assistant.storage import open_db
from assistant.storage import staff as store

PERSONA = {
    "mode": "text",
    "speaker": "citizen",
    "answers": {
        "who": {"choose": "borger"},
        "consent": {"choose": "ja"},
        "wish": "Jeg vil gerne kunne gå på trapperne igen, to etager uden pause, så jeg kan "
        "besøge min veninde. Helst inden jul.",
        "current_level": {"choose": "2"},
        "importance": {"choose": "5"},
        "confirm": {"choose": "ja"},
    },
    "fallback": "ved ikke",
}


@pytest.mark.slow
def test_dialogue_draft_is_approved_exported_and_followed_up(tmp_path):
    app = make_app(tmp_path)
    create_staff(app)
    persona = tmp_path / "persona.json"
    persona.write_text(json.dumps(PERSONA, ensure_ascii=False), encoding="utf-8")
    # `assistant chat` through cli.main in this process (tests/test_chat.py runs the real
    # subprocess once): a process of its own paid the imports and the NLP start again.
    done = run_chat(persona, Path(app.config["DATABASE"]), today="2026-11-22")
    assert done.returncode == 0, done.stderr[-2000:]
    draft = json.loads(done.stdout)
    draft_id = draft["draft_id"]

    staff = app.test_client()
    login(staff)
    page = staff.get(f"/staff/draft/{draft_id}").get_data(as_text=True)
    db = open_db(app.config["DATABASE"])
    version = store.get_draft_row(db, draft_id)["version"]
    receipt = store.get_draft_row(db, draft_id)["receipt_code"]
    db.close()
    approved = staff.post(
        f"/staff/draft/{draft_id}/approve",
        data={"csrf_token": csrf_token(page), "version": version},
    )
    assert approved.status_code == 302

    bundle = json.loads(staff.get(f"/staff/draft/{draft_id}/export.fhir.json").get_data())
    Bundle.model_validate(bundle)
    check_bundle(bundle)  # also the R4 invariants (FHIRPath) and references
    goals = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Goal"]
    _purpose, goal = goals[:2]  # the course's purpose, then the citizen's goal, then sub-goals
    assert goal["description"]["text"] == draft["goal"]["text"]
    assert {g["lifecycleStatus"] for g in goals} == {"active"}
    assert len(goals) == 2 + len(draft["subgoals"])
    assert goal["target"][0]["detailQuantity"]["code"] == "{floor}"
    assert goal["target"][0]["dueDate"] == draft["goal"]["deadline"]

    pdf = staff.get(f"/staff/draft/{draft_id}/export.pdf").get_data()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Min plan" in text and "veninde" in text

    # The approved plan can be followed up with the receipt code straight away.
    citizen = app.test_client()
    token = csrf_token(citizen.get("/opfoelgning").get_data(as_text=True))
    assert (
        citizen.post("/opfoelgning", data={"csrf_token": token, "code": receipt}).status_code == 302
    )
    last = len(draft["subgoals"])
    for position in range(last + 1):
        page = citizen.get(f"/opfoelgning/vurder/{position}").get_data(as_text=True)
        citizen.post(
            f"/opfoelgning/vurder/{position}",
            data={"csrf_token": csrf_token(page), "score": "2", "text": ""},
        )
    bundle = json.loads(staff.get(f"/staff/draft/{draft_id}/export.fhir.json").get_data())
    check_bundle(bundle)
    codes = {
        e["resource"]["achievementStatus"]["coding"][0]["code"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Goal" and "achievementStatus" in e["resource"]
    }
    assert codes == {"achieved"}
    exported = json.loads(staff.get(f"/staff/draft/{draft_id}/export.json").get_data())
    assert len(exported["ratings"]) == last + 1
