"""Follow-up in a real headless Chromium: code → five faces → thanks, with axe WCAG checks."""

from __future__ import annotations

import threading

import pytest
from exports_support import create_staff, make_app, store_draft
from werkzeug.serving import make_server

from assistant.storage import followup as store
from assistant.storage import open_db

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}

pytestmark = [pytest.mark.browser]


@pytest.fixture
def server(tmp_path):
    app = make_app(tmp_path)
    create_staff(app)
    draft_id, receipt = store_draft(app)
    db = open_db(app.config["DATABASE"])
    from datetime import date  # noqa: PLC0415

    store.set_followup(db, draft_id, date(2027, 1, 7), "hanne.hansen")
    db.close()
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    # Shutdown waits for the loop's next poll: every 0.05 s, not werkzeug's 0.5 s.
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}", app, draft_id, receipt
    httpd.shutdown()
    thread.join(5)


@pytest.fixture
def page(new_page):
    return new_page(locale=None)  # the browser's own locale, as before


def wcag_violations(page) -> list[str]:
    from axe_support import axe_violations  # noqa: PLC0415

    return [v["id"] for v in axe_violations(page, WCAG)]


def test_citizen_follow_up_in_a_real_browser(server, page):
    base, app, draft_id, receipt = server
    page.goto(f"{base}/opfoelgning")
    assert wcag_violations(page) == []
    page.get_by_label("Din kode").fill(receipt.lower())
    page.get_by_role("button", name="Videre").click()
    page.wait_for_url("**/opfoelgning/vurder/0")
    # The rating page is checked with GAS level texts on it, and with all of axe's rules, in
    # tests/test_browser_recovery.py.
    assert page.locator("[data-rated-text]").inner_text() == "Gå én etage med én pause på reposen"
    page.get_by_role("button", name="Bedre end ventet", exact=True).click()
    page.wait_for_url("**/opfoelgning/vurder/0/mere")
    assert wcag_violations(page) == []
    page.get_by_role("button", name="Videre").click()
    page.wait_for_url("**/opfoelgning/vurder/1")
    page.get_by_role("button", name="Som ventet", exact=True).click()
    page.wait_for_url("**/opfoelgning/vurder/1/mere")
    page.get_by_label("Du kan skrive. Eller trykke på Tal og sige det.").fill("Knæet driller lidt")
    page.get_by_role("button", name="Gem").click()
    page.wait_for_url("**/opfoelgning/vurder/2")
    page.get_by_role("button", name="Meget bedre end ventet", exact=True).click()
    page.wait_for_url("**/opfoelgning/vurder/2/mere")
    page.get_by_role("button", name="Videre").click()
    page.wait_for_url("**/opfoelgning/tak")
    assert wcag_violations(page) == []
    db = open_db(app.config["DATABASE"], migrate=False)
    stored = [(r.subgoal, r.score, r.comment) for r in store.list_ratings(db, draft_id)]
    db.close()
    assert stored == [(0, 1, None), (1, 0, "Knæet driller lidt"), (None, 2, None)]
    assert page.console_errors == []


def test_staff_progress_page_in_a_real_browser(server, page):
    base, app, draft_id, receipt = server
    db = open_db(app.config["DATABASE"], migrate=False)
    store.add_rating(db, draft_id, 0, -1)
    store.add_rating(db, draft_id, 0, 1)
    db.close()
    page.goto(f"{base}/staff/draft/{draft_id}/opfoelgning")
    page.get_by_label("Brugernavn").fill("hanne.hansen")
    page.get_by_label("Adgangskode").fill("rigtig-god-adgangskode")
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url(f"**/staff/draft/{draft_id}/opfoelgning")
    chart = page.locator("svg[data-gas-chart]")
    assert chart.is_visible()
    assert chart.locator("circle").count() == 2
    achievement = page.locator('tr[data-item="0"] [data-achievement]')
    assert achievement.get_attribute("data-achievement") == "achieved"
    assert achievement.inner_text() == "Opnået"  # staff read Danish, the code stays an attribute
    assert wcag_violations(page) == []
    assert page.console_errors == []
