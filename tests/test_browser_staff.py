"""Staff side in a real headless Chromium: sign-in -> queue -> draft -> edit -> approve, axe."""

from __future__ import annotations

import threading

import pytest
from staff_support import ADMIN_PASSWORD, PASSWORD, add_users, db_at, make_app, make_draft
from werkzeug.serving import make_server

from assistant.storage.sessions import get_draft

pytestmark = [pytest.mark.browser]


@pytest.fixture
def server(tmp_path):
    path = tmp_path / "browser.db"
    db = db_at(path)
    add_users(db)
    draft = make_draft(db)
    db.close()
    app = make_app(path)
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    # Shutdown waits for the loop's next poll: every 0.05 s, not werkzeug's 0.5 s.
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}", path, draft
    httpd.shutdown()
    thread.join(5)


@pytest.fixture
def page(new_page, shoot):
    tab = new_page(viewport={"width": 1200, "height": 900})
    tab.shoot = shoot
    return tab


def axe_violations(page) -> list[str]:
    """Run axe-core (all default rules, best practices included); return violation summaries."""
    from axe_support import axe_violations as violations  # noqa: PLC0415

    return [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in violations(page)]


def check(page, name: str) -> None:
    """Assert 0 axe violations; for --screenshots, a full-page screenshot staff-NAME.png."""
    assert axe_violations(page) == [], page.url
    page.shoot(page, f"staff-{name}.png", full_page=True)


def sign_in(page, base, username, password):
    page.goto(f"{base}/staff/")
    page.wait_for_url("**/staff/login**")
    page.get_by_label("Brugernavn").fill(username)
    page.get_by_label("Adgangskode").fill(password)
    page.get_by_role("button", name="Log ind").click()


def test_sign_in_queue_draft_edit_approve(server, page):
    base, path, draft = server
    page.goto(f"{base}/staff/")
    page.wait_for_url("**/staff/login**")
    check(page, "login")
    page.get_by_label("Brugernavn").fill("anna")
    page.get_by_label("Adgangskode").fill("forkert-adgangskode")
    page.get_by_role("button", name="Log ind").click()
    assert page.locator("[data-error]").inner_text() == "Forkert brugernavn eller adgangskode."
    # the refused sign-in answers 401 on purpose, which Chromium logs as a console error
    assert page.console_errors == [
        "Failed to load resource: the server responded with a status of 401 (UNAUTHORIZED)"
    ]
    page.console_errors.clear()
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url(f"{base}/staff/")
    check(page, "queue")

    page.get_by_role("link", name=draft.receipt_code).click()
    page.wait_for_url(f"**/staff/draft/{draft.draft_id}")
    assert page.locator("[data-status]").inner_text() == "Ny"  # opening changes nothing
    page.get_by_role("button", name="Tag sagen").click()
    page.wait_for_url(f"**/staff/draft/{draft.draft_id}")
    assert "Under behandling" in page.locator("[data-status]").inner_text()
    assert page.locator('[data-smart="R"]').get_attribute("class") == "warn"
    assert page.locator("img.picto").count() >= 1
    check(page, "draft")

    page.get_by_role("link", name="Rediger udkastet").click()
    page.wait_for_url("**/rediger")
    check(page, "edit")
    page.get_by_label("Målet (én sætning)").fill(
        "Jeg vil gå tre etager op ad trappen med gelænder inden jul, så jeg kan besøge min veninde."
    )
    page.locator("#sub_2_text").fill("Gå tre etager med pause")
    page.locator("#sub_2_deadline").fill("2026-12-20")
    page.get_by_label("Note om ændringen").fill("Aftalt ved besøg")
    page.get_by_role("button", name="Gem som ny version").click()
    page.wait_for_url(f"**/staff/draft/{draft.draft_id}")
    assert page.locator("[data-diff] ins").first.inner_text() == "tre"
    assert page.locator("[data-subgoal]").count() == 3
    assert "ikke set den nye ordlyd" in page.locator('[data-smart="A"]').inner_text()
    check(page, "draft-edited")

    # the citizen has not confirmed the new wording: approving needs a stated reason
    page.get_by_label("Hvorfor godkender du?").fill("Aftalt med borgeren ved besøget")
    page.get_by_role("button", name="Godkend").click()
    page.wait_for_url(f"**/staff/draft/{draft.draft_id}")
    assert page.locator("[data-status]").inner_text() == "Godkendt"
    check(page, "approved")
    db = db_at(path)
    stored = get_draft(db, draft.draft_id)
    db.close()
    assert stored.status == "approved" and stored.data["goal"]["text"].startswith("Jeg vil gå tre")
    assert page.console_errors == []


def test_admin_pages_and_messages_have_no_axe_violations(server, page):
    base, _path, draft = server
    sign_in(page, base, "boss", ADMIN_PASSWORD)
    page.wait_for_url(f"{base}/staff/")
    page.goto(f"{base}/staff/draft/{draft.draft_id}")  # leaves entries in the audit log
    for name, url in [
        ("audit", "/staff/revision"),
        ("users", "/staff/brugere"),
        ("gdpr", "/staff/gdpr"),
        ("password", "/staff/adgangskode"),
        ("invitation", "/staff/invitation"),
        ("bad-filter", "/staff/?status=ukendt"),
        ("queue-empty", "/staff/?status=archived"),
    ]:
        page.goto(base + url)
        check(page, name)
    page.goto(f"{base}/staff/invitation")
    page.get_by_label("Borgerens fornavn (valgfrit, vises på startsiden)").fill("Inge")
    with page.expect_navigation():
        page.get_by_role("button", name="Opret link").click()
    assert "/l/" in page.locator("[data-invitation-url]").input_value()
    check(page, "invitation-made")
    page.goto(f"{base}/staff/brugere")
    page.get_by_label("Brugernavn").fill("x")
    page.get_by_label("Midlertidig adgangskode").fill("midlertidig-1")
    with page.expect_navigation():
        page.get_by_role("button", name="Opret bruger").click()
    assert "Brugernavnet skal have" in page.locator("[data-error]").inner_text()
    check(page, "users-error")
    page.goto(f"{base}/staff/gdpr")
    page.locator("#delete-code").fill(draft.receipt_code)
    page.get_by_label("Bekræft: skriv koden igen").fill(draft.receipt_code)
    with page.expect_navigation():  # the POST's answer page, not the form it replaces
        page.get_by_role("button", name="Slet alle data").click()
    assert page.locator("[data-deleted]").count() == 1, page.locator("main").inner_text()
    check(page, "gdpr-deleted")
