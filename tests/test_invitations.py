"""Personal links on the staff side: made by whom, listed without citizen names, revoked with
CSRF (audited); a revoked, expired or used-up link gives the citizen a kind page (410)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from staff_support import add_users, db_at, login, make_app, make_draft, post

from assistant import cli
from assistant.errors import LinkGone, NotFound, StorageError
from assistant.storage import links
from assistant.storage import staff as store

NAME = "Inge Mikkelsen"


@pytest.fixture
def env(tmp_path):
    path = tmp_path / "links.db"
    db = db_at(path)
    add_users(db)
    db.close()
    app = make_app(path)
    staff = app.test_client()
    assert login(staff).status_code == 302
    return {"path": path, "app": app, "staff": staff}


def text(response) -> str:
    return response.get_data(as_text=True)


def make_link(env, **kwargs) -> str:
    """Make a link through the staff page; return its token."""
    made = post(env["staff"], "/staff/invitation", {"name": NAME, **kwargs}, "/staff/invitation")
    assert made.status_code == 201, text(made)
    url = re.search(r'value="(http://[^"]+/l/[^"]+)" readonly data-invitation-url', text(made))
    return url.group(1).rsplit("/l/", 1)[1]


def test_default_expiry_is_30_days_and_at_most_90(env):
    page = text(env["staff"].get("/staff/invitation"))
    assert 'name="days" inputmode="numeric" value="30"' in page
    too_long = post(env["staff"], "/staff/invitation", {"days": "365"}, "/staff/invitation")
    assert too_long.status_code == 400
    db = db_at(env["path"])
    with pytest.raises(StorageError):
        links.create_link(db, days=91)
    _token, link = links.create_link(db)
    made = datetime.fromisoformat(link.created_at)
    assert datetime.fromisoformat(link.expires_at) - made == timedelta(days=30)
    db.close()
    assert cli.main(["invite", "--days", "91", "--db", str(env["path"])]) == 2


def test_staff_see_the_links_without_names_and_revoke_one(env):
    first = make_link(env, days="30")
    make_link(env, days="14")
    listing = env["staff"].get("/staff/invitationer")
    page = text(listing)
    assert listing.status_code == 200
    assert page.count('data-link-state="open"') == 2
    assert NAME not in page and "Inge" not in page  # no citizen name on the list
    assert page.count("<td>anna</td>") == 2  # made by whom
    assert env["app"].test_client().get(f"/l/{first}").status_code == 200
    db = db_at(env["path"])
    opened = links.resolve_link(db, first)
    db.close()
    page = text(env["staff"].get("/staff/invitationer"))
    assert f'data-link="{opened.id}" data-link-state="opened"' in page

    # a revoke needs the CSRF token
    bare = env["staff"].post(f"/staff/invitationer/{opened.id}/luk")
    assert bare.status_code in (400, 403)
    done = post(env["staff"], f"/staff/invitationer/{opened.id}/luk", token_from="/staff/")
    assert done.status_code == 302
    page = text(env["staff"].get("/staff/invitationer"))
    assert f'data-link="{opened.id}" data-link-state="revoked"' in page and "(anna)" in page
    again = post(env["staff"], f"/staff/invitationer/{opened.id}/luk", token_from="/staff/")
    assert again.status_code == 404
    db = db_at(env["path"])
    rows = [r for r in store.list_audit(db, 50) if r["action"] == "revoke_link"]
    db.close()
    assert len(rows) == 1 and rows[0]["user"] == "anna"

    gone = env["app"].test_client().get(f"/l/{first}")
    body = text(gone)
    assert gone.status_code == 410
    assert "Linket er lukket" in body and "data-read-aloud" in body  # read aloud like others


def test_expired_and_used_up_links_say_so_kindly(env):
    db = db_at(env["path"])
    old, _ = links.create_link(db, days=30, now=datetime.now(UTC) - timedelta(days=31))
    used, link = links.create_link(db, days=30, citizen_name=NAME)
    draft = make_draft(db, link_id=link.id)
    citizen = env["app"].test_client()
    assert citizen.get(f"/l/{used}").status_code == 200  # a draft waiting: still works
    row = store.get_draft_row(db, draft.draft_id)
    store.change_status(db, draft.draft_id, "approve", "anna", row["version"])
    db.close()

    expired = citizen.get(f"/l/{old}")
    assert expired.status_code == 410 and "Linket er for gammelt" in text(expired)
    done = citizen.get(f"/l/{used}")
    assert done.status_code == 410 and "Linket er brugt" in text(done)
    assert NAME not in text(done)
    unknown = citizen.get("/l/no-such-token-at-all")
    assert unknown.status_code == 404 and "Linket virker ikke" in text(unknown)
    page = text(env["staff"].get("/staff/invitationer"))
    assert 'data-link-state="expired"' in page and 'data-link-state="used"' in page
    assert "Luk linket" not in page  # nothing left to revoke


def test_storage_tells_why_a_link_is_gone(tmp_path):
    db = db_at(tmp_path / "x.db")
    token, link = links.create_link(db, created_by="anna")
    assert links.revoke_link(db, link.id, by="boss") is True
    with pytest.raises(LinkGone) as gone:
        links.resolve_link(db, token)
    assert gone.value.reason == "revoked"
    with pytest.raises(NotFound):
        links.revoke_link(db, "nope")
    [row] = links.list_links(db, "Standard")
    assert links.list_links(db, "Hjemmeplejen Nord") == []  # need-to-know: another team's list
    assert [r["id"] for r in links.list_links(db, None)] == [link.id]  # an administrator's list
    assert (row["created_by"], row["revoked_by"], row["state"]) == ("anna", "boss", "revoked")
    assert "citizen_name" not in row and "token_hash" not in row
    db.close()
