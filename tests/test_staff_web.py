"""Staff pages through real HTTP (Flask test client, CSRF on) on a real SQLite file."""

from __future__ import annotations

import html
import json
import re
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from staff_support import (
    ADMIN_PASSWORD,
    PASSWORD,
    add_users,
    csrf,
    db_at,
    login,
    make_app,
    make_draft,
    now,
    post,
    sample_draft,
)

from assistant import accounts
from assistant.storage import staff as store
from assistant.storage.sessions import get_draft
from assistant.web.staff_view import word_diff


@pytest.fixture
def env(tmp_path):
    path = tmp_path / "staff.db"
    db = db_at(path)
    add_users(db)
    old = make_draft(db, now=now() - timedelta(days=2))
    new = make_draft(db, sample_draft(text="Jeg vil lave mad selv to gange om ugen."))
    db.close()
    app = make_app(path)
    return {"app": app, "path": path, "old": old, "new": new}


@pytest.fixture
def client(env):
    c = env["app"].test_client()
    assert login(c).status_code == 302
    return c


def stored(env, draft_id):
    db = db_at(env["path"])
    try:
        return get_draft(db, draft_id)
    finally:
        db.close()


def text(resp):
    return resp.get_data(as_text=True)


def test_login_failure_does_not_reveal_whether_the_user_exists(env):
    c = env["app"].test_client()
    wrong = c.post(
        "/staff/login", data={"username": "anna", "password": "forkert-1234", "csrf_token": csrf(c)}
    )
    unknown = c.post(
        "/staff/login",
        data={"username": "ingen", "password": "forkert-1234", "csrf_token": csrf(c)},
    )
    assert wrong.status_code == unknown.status_code == 401
    assert "Forkert brugernavn eller adgangskode." in text(wrong)
    assert "Forkert brugernavn eller adgangskode." in text(unknown)
    assert c.get("/staff/").status_code == 302


def test_login_waits_after_repeated_failures_with_a_kind_danish_message(env):
    c = env["app"].test_client()
    for _ in range(accounts.FREE_PER_ACCOUNT + 2):
        c.post(
            "/staff/login",
            data={"username": "anna", "password": "forkert-1234", "csrf_token": csrf(c)},
        )
    resp = login(c)  # the right password must wait a little
    assert resp.status_code == 429
    wait = int(resp.headers["Retry-After"])
    assert 0 < wait <= 60
    assert f"skal der gå {wait} sekunder, før du kan prøve igen" in text(resp)
    assert "forkert" not in text(resp).lower()


def test_a_newline_in_next_is_no_error(env):
    c = env["app"].test_client()
    assert c.get("/staff/login?next=/staff/%0d%0aSet-Cookie:x").status_code == 200
    resp = c.post(
        "/staff/login",
        data={
            "username": "anna",
            "password": PASSWORD,
            "next": "/staff/\r\nSet-Cookie: x=y",
            "csrf_token": csrf(c),
        },
    )
    assert resp.status_code == 302 and resp.headers["Location"] == "/staff/"


def test_login_sets_httponly_samesite_cookie_and_secure_when_configured(env, tmp_path):
    c = env["app"].test_client()
    cookie = login(c).headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    app = make_app(env["path"], SECURE_COOKIES=True)
    c2 = app.test_client()
    assert "Secure" in login(c2).headers["Set-Cookie"]


def test_post_without_csrf_token_is_refused(client, env):
    draft_id = env["new"].draft_id
    resp = client.post(f"/staff/draft/{draft_id}/approve", data={"version": "1"})
    assert resp.status_code == 400
    assert stored(env, draft_id).status == "new"


def test_session_expires_after_inactivity(client, env):
    db = db_at(env["path"])
    long_ago = (now() - timedelta(minutes=31)).isoformat(timespec="seconds")
    db.execute("update staff_sessions set seen = ?", [long_ago])
    db.conn.commit()
    db.close()
    resp = client.get("/staff/")
    assert resp.status_code == 302 and "/staff/login" in resp.headers["Location"]
    page = client.get(resp.headers["Location"])
    assert "ikke har været aktiv i 30 minutter" in text(page)


def test_demo_admin_must_change_password_first(tmp_path):
    path = tmp_path / "demo.db"
    db = db_at(path)
    password = accounts.ensure_demo_admin(db)
    db.close()
    c = make_app(path).test_client()
    assert login(c, "demo-admin", password).status_code == 302
    resp = c.get("/staff/")
    assert resp.status_code == 302 and resp.headers["Location"].endswith("/staff/adgangskode")
    bad = post(
        c,
        "/staff/adgangskode",
        {"old": password, "new": "kort", "repeat": "kort"},
        token_from="/staff/adgangskode",
    )
    assert bad.status_code == 400 and "mindst 12 tegn" in text(bad)
    ok = post(
        c,
        "/staff/adgangskode",
        {"old": password, "new": "blaa-cykel-kaffe-fjord", "repeat": "blaa-cykel-kaffe-fjord"},
        token_from="/staff/adgangskode",
    )
    assert ok.status_code == 302
    assert c.get("/staff/").status_code == 200


def test_queue_counts_filters_search_and_newest_first(client, env):
    page = text(client.get("/staff/"))
    assert page.index(env["new"].receipt_code) < page.index(env["old"].receipt_code)
    assert 'data-status-count="new"' in page
    old = env["old"].draft_id
    assert client.get(f"/staff/draft/{old}").status_code == 200
    assert stored(env, old).status == "new"  # opening (a GET) changes nothing
    took = post(
        client, f"/staff/draft/{old}/take", {"version": "1"}, token_from=f"/staff/draft/{old}"
    )
    assert took.status_code == 302 and stored(env, old).status == "in_review"
    by_status = text(client.get("/staff/?status=in_review"))
    assert env["old"].receipt_code in by_status and env["new"].receipt_code not in by_status
    found = text(client.get(f"/staff/?q={env['new'].receipt_code.lower()}"))
    assert env["new"].receipt_code in found and env["old"].receipt_code not in found
    by_name = text(client.get("/staff/?q=grethe nielsen"))
    assert env["new"].receipt_code in by_name and env["old"].receipt_code in by_name
    area = text(client.get("/staff/?area=mobilitet"))
    assert env["old"].receipt_code in area
    bad = client.get("/staff/?status=bogus")
    assert bad.status_code == 400 and "Ukendt status" in text(bad)


def test_draft_page_shows_goal_smart_fsiii_subgoals_transcript(client, env):
    resp = client.get(f"/staff/draft/{env['old'].draft_id}")
    page = text(resp)
    assert resp.status_code == 200
    assert "no-store" in resp.headers["Cache-Control"]
    assert "besøge min veninde" in page
    assert 'class="warn" data-smart="R"' in page and 'class="ok" data-smart="S"' in page
    assert "Stort spring fra niveau 2" in page
    assert "J3.2" in page and "2 af 5" in page and "5 af 5" in page
    assert "Gå én etage med gelænder" in page and "1. december 2026" in page
    assert "Jeg vil gerne kunne gå på trapper igen" in page and "talt" in page
    assert 'src="/piktogram/' in page  # the picture answer shows its pictogram
    assert stored(env, env["old"].draft_id).status == "new"  # only "Tag sagen" takes it
    assert 'data-action="take"' in page


def test_draft_page_shows_the_citizens_own_words_and_unplaced_measures(client, env):
    db = db_at(env["path"])
    words = "øh jeg vil gerne handle ind i netto og gaa 400 meter hjem"
    row = make_draft(db, sample_draft(own_words=words, unplaced=["400 meter"]))
    db.close()
    page = text(client.get(f"/staff/draft/{row.draft_id}"))
    assert "data-own-words" in page and words in page and "Borgerens egne ord" in page
    assert "data-unplaced" in page and "400 meter" in page
    plain = text(client.get(f"/staff/draft/{env['old'].draft_id}"))
    assert "data-own-words" not in plain and "data-unplaced" not in plain


def test_unknown_draft_is_404(client):
    assert client.get("/staff/draft/doesnotexist").status_code == 404
    assert client.get("/staff/draft/doesnotexist/rediger").status_code == 404


def edit_form(client, draft_id, **changes):
    """Return the edit form's current field values (as the browser would send them)."""
    page = text(client.get(f"/staff/draft/{draft_id}/rediger"))
    draft = stored_draft_from_page(page)
    draft.update(changes)
    return draft


def stored_draft_from_page(page):
    """Read the values of every field of the edit form, as a browser would submit them."""

    fields = {}
    for tag in re.findall(r"<input[^>]*>", page):
        name, value = re.search(r'name="([^"]+)"', tag), re.search(r'value="([^"]*)"', tag)
        if name and value and ('type="checkbox"' not in tag or " checked" in tag):
            fields[name.group(1)] = value.group(1)
    for name, value in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)</textarea>', page):
        fields[name] = value
    for name, body in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', body)
        fields[name] = chosen.group(1) if chosen else ""
    fields.pop("csrf_token", None)
    return {k: html.unescape(v) for k, v in fields.items()}


def test_edit_creates_a_version_keeps_citizen_words_and_shows_a_diff(client, env):
    draft_id = env["old"].draft_id
    form = edit_form(
        client,
        draft_id,
        text="Jeg vil gå tre etager op ad trappen med stok inden jul.",
        note="Aftalt med borgeren",
    )
    resp = post(client, f"/staff/draft/{draft_id}/rediger", form, token_from="/staff/")
    assert resp.status_code == 302
    saved = stored(env, draft_id)
    assert saved.version == 2
    assert saved.data["goal"]["text"].startswith("Jeg vil gå tre etager")
    assert saved.data["transcript"] == sample_draft()["transcript"]
    page = text(client.get(f"/staff/draft/{draft_id}"))
    assert "<del>to</del>" in page and "<ins>tre</ins>" in page
    assert 'data-version-row="1"' in page and 'data-version-row="2"' in page
    first = page.split('data-version-row="1"', 1)[1].split("</tr>", 1)[0]
    assert "<td>Borger</td>" in first and "citizen" not in first  # the stored id is not shown
    assert "Aftalt med borgeren" in page
    db = db_at(env["path"])
    versions = store.history(db, draft_id)
    db.close()
    assert [(v["version"], v["edited_by"]) for v in versions] == [(1, "citizen"), (2, "anna")]
    assert versions[0]["draft"]["goal"]["text"] == sample_draft()["goal"]["text"]


def test_staff_edit_can_never_replace_the_transcript(env):
    db = db_at(env["path"])
    draft_id = env["old"].draft_id
    changed = sample_draft()
    changed["transcript"] = [{"slot": "wish", "answer": "forfalsket"}]
    store.save_version(db, draft_id, 1, changed, "anna")
    assert get_draft(db, draft_id).data["transcript"] == sample_draft()["transcript"]
    db.close()


def test_subgoals_reorder_remove_add_and_redate(client, env):
    draft_id = env["old"].draft_id
    form = edit_form(
        client,
        draft_id,
        sub_0_order="2",
        sub_1_order="1",
        sub_1_deadline="2026-11-30",
        sub_2_text="Gå op med en pose",
        sub_2_deadline="2026-12-20",
        sub_2_order="3",
    )
    assert post(client, f"/staff/draft/{draft_id}/rediger", form).status_code == 302
    subs = stored(env, draft_id).data["subgoals"]
    assert [s["text"] for s in subs] == [
        "Gå to etager med pause",
        "Gå én etage med gelænder",
        "Gå op med en pose",
    ]
    assert subs[0]["deadline"] == "2026-11-30"
    form = edit_form(client, draft_id, sub_0_remove="1")
    assert post(client, f"/staff/draft/{draft_id}/rediger", form).status_code == 302
    assert [s["text"] for s in stored(env, draft_id).data["subgoals"]] == [
        "Gå én etage med gelænder",
        "Gå op med en pose",
    ]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"text": "  "}, "Målet skal have en tekst."),
        ({"deadline": "2026-13-45"}, "ikke en gyldig dato"),
        ({"sub_0_deadline": "2027-03-01"}, "efter målets tidsfrist"),
        ({"current_level": "9"}, "fra 1 til 5"),
        ({"activity": "flyve"}, "Vælg en aktivitet"),
        ({"measures": "mange etager"}, "tal og enhed"),
        ({"version": "abc"}, "versionsnummer"),
    ],
)
def test_bad_edit_input_gives_danish_400_and_saves_nothing(client, env, changes, message):
    draft_id = env["old"].draft_id
    form = edit_form(client, draft_id, **changes)
    resp = post(client, f"/staff/draft/{draft_id}/rediger", form)
    assert resp.status_code == 400
    assert message in text(resp)
    assert stored(env, draft_id).version == 1


def test_second_of_two_concurrent_saves_gets_a_conflict_and_loses_nothing(env):
    draft_id = env["old"].draft_id
    first, second = env["app"].test_client(), env["app"].test_client()
    login(first)
    login(second, "boss", ADMIN_PASSWORD)
    form_a = edit_form(first, draft_id, text="Version fra Anna.")
    form_b = edit_form(second, draft_id, text="Version fra chefen med mange ord.")
    assert post(first, f"/staff/draft/{draft_id}/rediger", form_a).status_code == 302
    resp = post(second, f"/staff/draft/{draft_id}/rediger", form_b)
    assert resp.status_code == 409
    page = text(resp)
    assert "ændret af en anden" in page
    assert "Version fra chefen med mange ord." in page  # still in the form
    assert stored(env, draft_id).data["goal"]["text"] == "Version fra Anna."
    # re-submitting from the conflict page (now with the fresh version) saves it
    again = stored_draft_from_page(page)
    assert post(second, f"/staff/draft/{draft_id}/rediger", again).status_code == 302
    assert stored(env, draft_id).data["goal"]["text"] == "Version fra chefen med mange ord."


def test_return_needs_a_message_then_approve_and_archive(client, env):
    draft_id = env["new"].draft_id
    client.get(f"/staff/draft/{draft_id}")
    version = stored(env, draft_id).version
    resp = post(client, f"/staff/draft/{draft_id}/return", {"version": version, "message": " "})
    assert resp.status_code == 400 and "Skriv til borgeren" in text(resp)
    resp = post(
        client,
        f"/staff/draft/{draft_id}/return",
        {"version": version, "message": "Hvor mange gange om ugen?"},
    )
    assert resp.status_code == 302
    saved = stored(env, draft_id)
    assert saved.status == "returned" and saved.return_message == "Hvor mange gange om ugen?"
    stale = post(client, f"/staff/draft/{draft_id}/approve", {"version": version})
    assert stale.status_code == 409 and "En anden har ændret udkastet" in text(stale)
    assert (
        post(client, f"/staff/draft/{draft_id}/approve", {"version": saved.version}).status_code
        == 302
    )
    assert stored(env, draft_id).status == "approved"
    again = post(client, f"/staff/draft/{draft_id}/approve", {"version": saved.version + 1})
    assert again.status_code == 409 and "kan ikke godkendes" in text(again)
    assert (
        post(client, f"/staff/draft/{draft_id}/archive", {"version": saved.version + 1}).status_code
        == 302
    )
    assert stored(env, draft_id).status == "archived"
    missing = post(client, f"/staff/draft/{draft_id}/archive", {})
    assert missing.status_code == 400


def test_admin_creates_user_and_sees_audit_log(env):
    c = env["app"].test_client()
    login(c, "boss", ADMIN_PASSWORD)
    bad = post(
        c,
        "/staff/brugere",
        {"username": "b", "role": "staff", "password": "x"},
        token_from="/staff/brugere",
    )
    assert bad.status_code == 400
    ok = post(
        c,
        "/staff/brugere",
        {"username": "carl", "role": "staff", "password": "midlertidig-1"},
        token_from="/staff/brugere",
    )
    assert ok.status_code == 302
    c2 = env["app"].test_client()
    login(c2, "carl", "midlertidig-1")
    assert c2.get("/staff/").headers["Location"].endswith("/staff/adgangskode")
    log = text(c.get("/staff/revision"))
    assert 'data-audit="create_user"' in log and 'data-audit="login"' in log


def test_gdpr_export_and_delete_all_data_of_one_citizen(env):
    c = env["app"].test_client()
    login(c, "boss", ADMIN_PASSWORD)
    code = env["old"].receipt_code
    draft_id = env["old"].draft_id
    resp = post(c, "/staff/gdpr/eksport", {"code": code}, token_from="/staff/gdpr")
    assert resp.status_code == 200 and "attachment" in resp.headers["Content-Disposition"]
    data = json.loads(resp.data)
    assert data["tables"]["drafts"][0]["id"] == draft_id
    assert data["tables"]["turns"] and data["tables"]["sessions"]
    assert (
        post(c, "/staff/gdpr/eksport", {"code": "NOPE42"}, token_from="/staff/gdpr").status_code
        == 404
    )
    unconfirmed = post(
        c, "/staff/gdpr/slet", {"code": code, "confirm": "x"}, token_from="/staff/gdpr"
    )
    assert unconfirmed.status_code == 400
    done = post(
        c, "/staff/gdpr/slet", {"code": code, "confirm": code.lower()}, token_from="/staff/gdpr"
    )
    assert done.status_code == 200 and "data-deleted" in text(done)
    db = db_at(env["path"])
    session_id = data["session_id"]
    assert not list(db.query("select 1 from drafts where id = ?", [draft_id]))
    assert not list(db.query("select 1 from turns where session_id = ?", [session_id]))
    assert not list(db.query("select 1 from sessions where id = ?", [session_id]))
    actions = [r["action"] for r in store.list_audit(db)]
    db.close()
    assert "gdpr_export" in actions and "gdpr_delete" in actions
    assert c.get(f"/staff/draft/{draft_id}").status_code == 404
    assert env["new"].receipt_code in text(c.get("/staff/"))  # the other citizen is untouched


def test_logout_ends_the_staff_session(client):
    assert post(client, "/staff/logout").status_code == 302
    assert client.get("/staff/").status_code == 302


def test_edit_reassesses_smart_but_keeps_the_citizens_acceptance(client, env):
    draft_id = env["old"].draft_id
    form = edit_form(client, draft_id, deadline="", measures="", freq_times="", freq_per="")
    assert post(client, f"/staff/draft/{draft_id}/rediger", form).status_code == 302
    smart = stored(env, draft_id).data["goal"]["smart"]
    assert smart["time_bound"]["ok"] is False and smart["measurable"]["ok"] is False
    assert smart["accepted"] == sample_draft()["goal"]["smart"]["accepted"]
    page = text(client.get(f"/staff/draft/{draft_id}"))
    assert 'class="warn" data-smart="T"' in page and 'class="warn" data-smart="M"' in page


def test_picture_answers_show_the_card_label(client, env):
    page = text(client.get(f"/staff/draft/{env['old'].draft_id}"))
    assert "trapper (Gå på trapper)" in page


def test_follow_up_date_from_the_edit_form_schedules_the_follow_up(client, env):
    from datetime import date

    from assistant.storage import followup

    draft_id = env["old"].draft_id
    past = edit_form(client, draft_id, follow_up=(date.today() - timedelta(days=1)).isoformat())
    resp = post(client, f"/staff/draft/{draft_id}/rediger", past)
    assert resp.status_code == 400 and "fortiden" in text(resp)
    due = (date.today() + timedelta(days=60)).isoformat()
    form = edit_form(client, draft_id, follow_up=due)
    assert post(client, f"/staff/draft/{draft_id}/rediger", form).status_code == 302
    page = text(client.get(f"/staff/draft/{draft_id}"))
    assert "/opfoelgning/link/" in page  # the citizen's personal link, shown once
    months = (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    )
    day = date.fromisoformat(due)
    assert f"<dd data-follow-up>{day.day}. {months[day.month - 1]} {day.year}</dd>" in page
    db = db_at(env["path"])
    assert followup.get_followup(db, draft_id).due == due
    db.close()
    assert f'value="{due}"' in text(client.get(f"/staff/draft/{draft_id}/rediger"))


def test_citizen_name_from_the_invitation_link_is_searchable_and_gdpr_covered(env):
    from assistant.storage.links import create_link

    db = db_at(env["path"])
    _token, link = create_link(db, citizen_name="Inge Hansen")
    invited = make_draft(db, sample_draft(text="Jeg vil handle selv."), link_id=link.id)
    db.close()
    c = env["app"].test_client()
    login(c, "boss", ADMIN_PASSWORD)
    found = text(c.get("/staff/?q=inge"))
    assert invited.receipt_code in found and env["old"].receipt_code not in found
    assert "data-citizen-name>Inge Hansen<" in text(c.get(f"/staff/draft/{invited.draft_id}"))
    export = post(
        c, "/staff/gdpr/eksport", {"code": invited.receipt_code}, token_from="/staff/gdpr"
    )
    assert json.loads(export.data)["tables"]["links"][0]["citizen_name"] == "Inge Hansen"
    code = invited.receipt_code
    post(c, "/staff/gdpr/slet", {"code": code, "confirm": code}, token_from="/staff/gdpr")
    db = db_at(env["path"])
    assert not list(db.query("select 1 from links where id = ?", [link.id]))
    db.close()


def test_a_sparse_or_odd_draft_still_renders_everywhere(env):
    db = db_at(env["path"])
    odd = make_draft(db, {"goal": None, "transcript": ["not a dict"], "subgoals": []})
    db.close()
    c = env["app"].test_client()
    login(c)
    assert c.get("/staff/").status_code == 200
    assert c.get(f"/staff/draft/{odd.draft_id}").status_code == 200
    assert c.get(f"/staff/draft/{odd.draft_id}/rediger").status_code == 200


@pytest.mark.parametrize(
    "changes",
    [
        {"sub_count": "999999999", "sub_5_text": "x"},
        {"sub_count": "-3"},
        {"text": "x" * 5000},
        {"text": "Nul\x00tegn og emoji 🙂"},
        {"freq_times": "-1", "freq_per": "week"},
        {"freq_times": "2", "freq_per": "fortnight"},
        {"sub_0_order": "første"},
        {"importance": "1e9"},
        {"independence": "flyvende"},
        {"follow_up": "i morgen"},
    ],
)
def test_hostile_edit_input_never_crashes(client, env, changes):
    draft_id = env["old"].draft_id
    resp = post(client, f"/staff/draft/{draft_id}/rediger", edit_form(client, draft_id, **changes))
    assert resp.status_code in (302, 400)
    if resp.status_code == 400:
        assert "Udkastet er ikke gemt" in text(resp)
        assert stored(env, draft_id).version == 1


def test_admin_resets_a_password_and_disables_a_user(env):
    admin, anna = env["app"].test_client(), env["app"].test_client()
    login(admin, "boss", ADMIN_PASSWORD)
    login(anna)
    db = db_at(env["path"])
    anna_id = next(u.id for u in accounts.list_users(db) if u.username == "anna")
    boss_id = next(u.id for u in accounts.list_users(db) if u.username == "boss")
    db.close()
    resp = post(admin, f"/staff/brugere/{anna_id}/nulstil", token_from="/staff/brugere")
    temp = re.search(r"<code>([^<]+)</code>", text(resp)).group(1)
    other = env["app"].test_client()
    assert login(other, "anna", temp).status_code == 302
    assert other.get("/staff/").headers["Location"].endswith("/staff/adgangskode")
    assert (
        post(admin, f"/staff/brugere/{anna_id}/aktiv", token_from="/staff/brugere").status_code
        == 302
    )
    assert anna.get("/staff/").status_code == 302  # the open session ends at once
    assert login(env["app"].test_client(), "anna", temp).status_code == 401
    self_off = post(admin, f"/staff/brugere/{boss_id}/aktiv", token_from="/staff/brugere")
    assert self_off.status_code == 400 and "dig selv" in text(self_off)
    assert (
        post(admin, "/staff/brugere/9999/nulstil", token_from="/staff/brugere").status_code == 404
    )


words = st.lists(st.sampled_from(["jeg", "vil", "gå", "to", "tre", "etager", "selv", "æble"]))


@settings(deadline=None)
@given(before=words, after=words)
def test_word_diff_rebuilds_both_texts(before, after):
    pieces = word_diff(" ".join(before), " ".join(after))
    old = " ".join(w for kind, w in pieces if kind in ("same", "del")).split()
    new = " ".join(w for kind, w in pieces if kind in ("same", "ins")).split()
    assert old == before and new == after


def test_simultaneous_saves_from_two_threads_give_one_save_and_one_conflict(env):
    import threading

    draft_id = env["old"].draft_id
    clients = [env["app"].test_client() for _ in range(2)]
    login(clients[0])
    login(clients[1], "boss", ADMIN_PASSWORD)
    forms = [
        {**edit_form(c, draft_id, text=f"Udgave {i}."), "csrf_token": csrf(c, "/staff/")}
        for i, c in enumerate(clients)
    ]
    barrier, results = threading.Barrier(2), [None, None]

    def save(i):
        barrier.wait()
        results[i] = clients[i].post(f"/staff/draft/{draft_id}/rediger", data=forms[i]).status_code

    threads = [threading.Thread(target=save, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(results) == [302, 409]
    saved = stored(env, draft_id)
    assert saved.version == 2 and saved.data["goal"]["text"] == f"Udgave {results.index(302)}."


def test_a_draft_from_a_real_dialogue_shows_with_pictograms_and_can_be_approved(tmp_path, capsys):
    from assistant.cli import main

    persona = tmp_path / "persona.json"
    persona.write_text(
        json.dumps(
            {
                "mode": "text",
                "speaker": "citizen",
                "answers": {
                    "who": {"choose": "borger"},
                    "consent": {"choose": "ja"},
                    "wish": "Jeg vil gerne kunne gå på trapper igen, så jeg kan besøge min veninde",
                    "deadline": "inden jul",
                    "current_level": {"choose": "2"},
                    "importance": {"choose": "5"},
                    "confirm": {"choose": "ja"},
                },
                "fallback": "ved ikke",
            }
        ),
        encoding="utf-8",
    )
    path = tmp_path / "dialogue.db"
    assert main(["chat", "--persona", str(persona), "--db", str(path)]) == 0
    draft = json.loads(capsys.readouterr().out)
    db = db_at(path)
    add_users(db)
    db.close()
    c = make_app(path).test_client()
    login(c)
    assert draft["draft_id"] in text(c.get("/staff/"))
    page = text(c.get(f"/staff/draft/{draft['draft_id']}"))
    assert draft["goal"]["text"] in page
    pictures = re.findall(r'<img src="(/piktogram/[0-9A-F-]+\.svg)"', page)
    assert len(pictures) >= 3  # who, consent, levels and confirm were answered with cards
    picture = c.get(pictures[0])
    picture.close()  # send_file keeps the SVG open until the response is closed
    assert picture.status_code == 200 and picture.mimetype == "image/svg+xml"
    version = stored({"path": path}, draft["draft_id"]).version
    assert (
        post(c, f"/staff/draft/{draft['draft_id']}/approve", {"version": version}).status_code
        == 302
    )
    assert stored({"path": path}, draft["draft_id"]).status == "approved"


@pytest.mark.parametrize(
    ("consent", "drafted"),
    [(["hvad betyder det", "ja"], True), ("ja", True), ("hvad betyder det", False)],
)
def test_only_a_clear_yes_to_consent_gives_a_draft_for_staff(tmp_path, capsys, consent, drafted):
    """Unclear consent is asked once more; unclear twice ends with no draft (nothing to warn of)."""
    from assistant.cli import main

    persona = tmp_path / "p.json"
    answers = {"consent": consent, "wish": "Jeg vil gerne gå på trapper", "confirm": "ja"}
    persona.write_text(json.dumps({"answers": answers, "fallback": "ved ikke"}), "utf-8")
    path = tmp_path / "consent.db"
    assert main(["chat", "--persona", str(persona), "--db", str(path)]) == 0
    draft = json.loads(capsys.readouterr().out)
    if not drafted:
        assert draft == {"draft": None, "reason": "consent_unclear"}
        return
    db = db_at(path)
    add_users(db)
    db.close()
    c = make_app(path).test_client()
    login(c)
    page = text(c.get(f"/staff/draft/{draft['draft_id']}"))
    assert draft["goal"]["text"] in page and "data-consent-unclear" not in page


def test_staff_can_choose_another_fsiii_code_used_by_page_and_fhir(client, env):
    """The FSIII condition follows the activity unless staff choose another code."""
    draft_id = env["old"].draft_id
    # Well-formed but not FSIII condition codes: an invented one, and a severity level (B3).
    for code in ("not a code", "B3.4", "B3"):
        bad = edit_form(client, draft_id, fsiii_code=code, fsiii_text="")
        resp = post(client, f"/staff/draft/{draft_id}/rediger", bad, token_from="/staff/")
        assert resp.status_code == 400, code
        assert "FSIII-kode" in text(resp) and stored(env, draft_id).version == 1

    form = edit_form(client, draft_id, fsiii_code="J3.4", fsiii_text="")
    resp = post(client, f"/staff/draft/{draft_id}/rediger", form, token_from="/staff/")
    assert resp.status_code == 302
    stored_code = stored(env, draft_id).data["fsiii"]
    assert stored_code == {"code": "J3.4", "text": "Færden i forskellige omgivelser"}
    assert "J3.4 Færden i forskellige omgivelser" in text(client.get(f"/staff/draft/{draft_id}"))
    bundle = client.get(f"/staff/draft/{draft_id}/export.fhir.json").get_json()
    condition = next(
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Condition"
    )
    coding = condition["code"]["coding"][0]
    assert (coding["system"], coding["code"]) == ("urn:oid:1.2.208.176.2.21", "J3.4")

    cleared = edit_form(client, draft_id, fsiii_code="", fsiii_text="")
    assert post(client, f"/staff/draft/{draft_id}/rediger", cleared, token_from="/staff/")
    assert "fsiii" not in stored(env, draft_id).data


def test_staff_create_a_personal_link_that_opens_the_dialogue(client, env):
    """Staff make a link on /staff/invitation; it is shown once, audited, and works."""
    assert client.get("/staff/invitation").status_code == 200
    bad = post(client, "/staff/invitation", {"name": "Inge", "days": "0"}, token_from="/staff/")
    assert bad.status_code == 400 and "dage" in text(bad)
    made = post(client, "/staff/invitation", {"name": "Inge", "days": "14"}, token_from="/staff/")
    assert made.status_code == 201
    url = re.search(r'value="(http://[^"]+/l/[^"]+)" readonly data-invitation-url', text(made))
    assert url, text(made)[:800]
    token = url.group(1).rsplit("/l/", 1)[1]
    assert len(token) >= 22  # at least 128 bits
    db = db_at(env["path"])
    try:
        stored_hashes = [r["token_hash"] for r in db["links"].rows]
        assert token not in stored_hashes and len(stored_hashes) == 1  # only a hash is kept
        assert any(r["action"] == "create_link" for r in store.list_audit(db, 20))
    finally:
        db.close()
    citizen = env["app"].test_client()
    opened = citizen.get(f"/l/{token}")
    assert opened.status_code == 200 and "Inge" in opened.get_data(as_text=True)
    assert citizen.get("/l/not-a-real-token").status_code == 404


def test_personal_link_page_needs_sign_in(env):
    visitor = env["app"].test_client()
    assert visitor.get("/staff/invitation").status_code == 302
