"""Erasure that erases: a marker in every free-text field is gone from every file after delete."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from pathlib import Path

import pytest
from citizen_support import Citizen, attr_value
from staff_support import ADMIN_PASSWORD, add_users, db_at, login, make_app, now, post
from test_staff_web import edit_form

from assistant.cli import main
from assistant.storage.links import create_link

MARKER = "Zorblaxwick"
CPR = "070761-1234"  # matched to the case by staff; erased like the marker
ANSWERS = {
    "who": "det er mig selv",
    "consent": "ja",
    "everyday": f"altsaa jeg kan selv lave kaffe hos {MARKER} ik",
    "difficulties": "det er svaert at gaa paa trapper",
    "wish": f"jeg vil gerne gaa paa trapper igen op til {MARKER}",
    "activity": "gaa paa trapper",
    "motivation": f"saa jeg kan besoege {MARKER} paa foerste sal",
    "current_level": "to",
    "importance": "fem",
    "measure": "to etager",
    "frequency": "to gange om ugen",
    "deadline": "inden jul",
    "independence": "selv",
    "people": "min datter",
    "subgoals": "ja",
    "change": "ved ikke",
    "confirm": "ja",
}


def files_with_marker(root: Path) -> list[str]:
    """Return every file under root whose bytes hold the marker or the CPR (any case)."""
    needles = (MARKER.lower().encode(), CPR.encode(), CPR.replace("-", "").encode())
    return [
        str(p.relative_to(root))
        for p in sorted(root.rglob("*"))
        if p.is_file() and any(n in p.read_bytes().lower() for n in needles)
    ]


def play_to_receipt(citizen: Citizen) -> str:
    """Answer every question by text (cards where there is no text box); return the receipt."""
    for _ in range(40):
        assert citizen.status == 200, citizen.page[-600:]
        code = attr_value(citizen.page, "data-receipt-code")
        if code:
            return code
        slot = citizen.slot
        if "<textarea" in citizen.page:
            citizen.say(ANSWERS.get(slot, "ved ikke"))
        else:
            cards = citizen.cards
            citizen.choose("ja" if "ja" in cards else cards[0])
    raise AssertionError("no receipt")


@pytest.fixture
def world(tmp_path):
    """A citizen's whole story with the marker everywhere, in an app whose files are all in tmp."""
    instance = tmp_path / "instance"
    path = instance / "hm.db"
    db = db_at(path)
    add_users(db)
    db.close()
    app = make_app(path, INSTANCE_PATH=str(instance), TTS_CACHE_DIR=str(instance / "tts"))
    staff = app.test_client()
    assert login(staff).status_code == 302
    made = post(staff, "/staff/invitation", {"name": f"Inger {MARKER}", "days": "30"})
    assert made.status_code == 201
    url = html.unescape(re.search(r'value="([^"]+)" readonly', made.get_data(as_text=True))[1])
    citizen = Citizen(app.test_client())
    citizen.get(url[url.index("/l/") :])
    citizen.post("/start", {"action": "start"})
    receipt = play_to_receipt(citizen)
    db = db_at(path)
    draft_id = next(db.query("select id from drafts where receipt_code = ?", [receipt]))["id"]
    db.close()
    form = edit_form(staff, draft_id, text=f"Jeg vil gaa op til {MARKER} inden jul.")
    form.update(motivation=f"besoege {MARKER}", note=f"rettet efter samtale med {MARKER}")
    assert post(staff, f"/staff/draft/{draft_id}/rediger", form).status_code == 302
    version = re.search(
        r'name="version" value="(\d+)"',
        staff.get(f"/staff/draft/{draft_id}").get_data(as_text=True),
    )[1]
    case = {"cpr": CPR, "case_id": f"NX-{MARKER}"}
    assert post(staff, f"/staff/draft/{draft_id}/sag", case).status_code == 302
    message = f"Ring til {MARKER} om datoen"
    returned = post(
        staff, f"/staff/draft/{draft_id}/return", {"version": version, "message": message}
    )
    assert returned.status_code == 302
    # An invitation nobody used, already expired: its name must go too.
    db = db_at(path)
    create_link(db, days=1, citizen_name=f"Ubrugt {MARKER}", now=now() - timedelta(days=5))
    db.close()
    found = files_with_marker(tmp_path)
    assert any(f.startswith("instance/hm.db") for f in found), found
    assert any(f.startswith("instance/tts/private/") for f in found), found  # the goal's audio
    return {"app": app, "path": path, "root": tmp_path, "receipt": receipt, "draft_id": draft_id}


def test_gdpr_delete_leaves_the_marker_nowhere(world):
    admin = world["app"].test_client()
    assert login(admin, "boss", ADMIN_PASSWORD).status_code == 302
    code = world["receipt"]
    gone = post(
        admin, "/staff/gdpr/slet", {"code": code, "confirm": code}, token_from="/staff/gdpr"
    )
    assert gone.status_code == 200
    # The unused expired invitation is not this citizen's: purge removes it.
    assert (
        main(["purge", "--db", str(world["path"]), "--tts-dir", str(world["path"].parent / "tts")])
        == 0
    )
    assert files_with_marker(world["root"]) == []


def test_purge_leaves_the_marker_nowhere(world):
    db = db_at(world["path"])
    old = (now() - timedelta(days=400)).isoformat()
    db.execute("update drafts set updated = ?, created = ?", [old, old])
    db.conn.commit()
    db.close()
    tts = world["path"].parent / "tts"
    assert main(["purge", "--db", str(world["path"]), "--tts-dir", str(tts)]) == 0
    assert files_with_marker(world["root"]) == []
