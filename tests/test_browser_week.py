"""The team's week in a real headless Chromium on a real server: assignment and "Mine borgere",
follow-ups due this week and overdue, the one-page staff print, and no raw codes or ISO dates
anywhere staff look."""

from __future__ import annotations

import copy
import io
import re
from datetime import UTC, date, datetime

import pytest
from axe_support import assert_no_violations
from browser_support import Server, submit
from citizen_support import make_app
from db_support import create_user
from pypdf import PdfReader
from staff_support import ADMIN_PASSWORD, DRAFT, PASSWORD, add_users, make_draft

from assistant.content import get_content
from assistant.storage import casework, open_db
from assistant.storage import followup as followups
from assistant.storage import staff as store
from assistant.storage.links import create_link
from assistant.storage.sessions import create_session

pytestmark = [pytest.mark.browser]

TODAY = "2026-12-02"  # a Wednesday: the week runs to Sunday 6 December
DUE_THIS_WEEK = date(2026, 12, 4)
OVERDUE = date(2026, 12, 1)
OWN_WORDS = "øh altså jeg vil gerne kunne gaa paa trapperne selv igen ik"
NOTE = "Aftalt med borgeren ved hjemmebesøg"
MESSAGE = "Vi vil gerne tale om datoen. Ring til Anna."


def rich_draft() -> dict:
    """A draft as the dialogue stores it, with a relative speaking and the citizen's own words."""
    draft = copy.deepcopy(DRAFT)
    draft["speaker"] = "relative"
    draft["goal"]["activity"] = "paaklaedning"
    draft["goal"]["area"] = "egenomsorg"
    draft["transcript"][0] = dict(draft["transcript"][0], answer=OWN_WORDS, input="text")
    draft["transcript"].insert(
        1,
        {
            "slot": "motivation",
            "prompt": "Hvorfor er det vigtigt for dig?",
            "answer": "min mor hun vil gerne besoege grethe",
            "input": "speech",
            "said_by": "relative",
            "at": "2026-11-20T09:50:30+00:00",
        },
    )
    return draft


@pytest.fixture
def week(tmp_path):
    """A team of three (anna, bent, admin boss), a rich draft and two drafts due for follow-up."""
    app = make_app(tmp_path, TODAY=TODAY)
    db = open_db(app.config["DATABASE"])
    add_users(db)
    create_user(db, "bent", PASSWORD, role="staff")
    at = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    rich = make_draft(db, rich_draft(), now=at).draft_id
    soon = make_draft(db, now=at).draft_id
    late = make_draft(db, now=at).draft_id
    for draft_id, due in ((soon, DUE_THIS_WEEK), (late, OVERDUE)):
        casework.assign(db, draft_id, "anna", "boss")
        followups.set_followup(db, draft_id, due, "anna")
    db.close()
    srv = Server(app)
    yield {"srv": srv, "app": app, "rich": rich, "soon": soon, "late": late}
    srv.close()


def sign_in(new_page, base: str, username: str, password: str):
    """Open a fresh browser context and sign in through the real form."""
    page = new_page(viewport={"width": 1200, "height": 900})
    page.goto(f"{base}/staff/")
    page.wait_for_url("**/staff/login**")
    page.get_by_label("Brugernavn").fill(username)
    page.get_by_label("Adgangskode").fill(password)
    submit(page, page.get_by_role("button", name="Log ind"))
    return page


def test_staff_assign_a_draft_to_a_colleague_who_sees_it_under_mine_borgere(week, new_page):
    base, rich = week["srv"].url, week["rich"]
    anna = sign_in(new_page, base, "anna", PASSWORD)
    anna.goto(f"{base}/staff/draft/{rich}")
    anna.get_by_label("Hvem har sagen?").select_option("bent")
    submit(anna, anna.locator("[data-assign]"))
    assert anna.locator("[data-assigned]").inner_text() == "bent"
    assert_no_violations(anna, "draft-assigned")

    bent = sign_in(new_page, base, "bent", PASSWORD)
    submit(bent, bent.get_by_role("link", name="Mine borgere"))
    row = bent.locator(f'[data-mine-row="{rich}"]')
    assert row.is_visible()
    assert "Jeg vil gå to etager op ad trappen" in row.inner_text()
    assert bent.locator("[data-mine-row]").count() == 1  # anna's citizens are not bent's
    assert_no_violations(bent, "mine-bent")
    assert anna.console_errors == [] and bent.console_errors == []


def test_due_and_overdue_follow_ups_in_danish_lead_to_the_follow_up_page(week, new_page):
    base, soon, late = week["srv"].url, week["soon"], week["late"]
    anna = sign_in(new_page, base, "anna", PASSWORD)
    submit(anna, anna.get_by_role("link", name="Mine borgere"))
    items = anna.locator("[data-due]")
    assert [items.nth(i).get_attribute("data-due") for i in range(items.count())] == [late, soon]
    overdue = anna.locator(f'[data-due="{late}"]')
    assert "1. december 2026" in overdue.inner_text()
    assert overdue.get_attribute("data-overdue") is not None
    this_week = anna.locator(f'[data-due="{soon}"]')
    assert "4. december 2026" in this_week.inner_text()
    assert this_week.get_attribute("data-overdue") is None
    assert not re.search(r"\d{4}-\d\d-\d\d", anna.inner_text("main"))
    assert_no_violations(anna, "mine-due")
    submit(anna, overdue.get_by_role("link"))
    assert anna.url.endswith(f"/staff/draft/{late}/opfoelgning")
    assert "1. december 2026" in anna.inner_text("main")
    assert_no_violations(anna, "follow-up")
    assert anna.console_errors == []


def test_the_staff_print_is_one_a4_page_with_everything_for_the_journal(week, new_page, shots):
    base, rich = week["srv"].url, week["rich"]
    anna = sign_in(new_page, base, "anna", PASSWORD)
    anna.goto(f"{base}/staff/draft/{rich}")
    submit(anna, anna.locator("[data-print-link]"))
    assert_no_violations(anna, "print")
    anna.emulate_media(media="print")
    pdf = anna.pdf(format="A4")
    (shots / "staff-print.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert OWN_WORDS in text  # the goal in the citizen's own words
    assert "Jeg vil gå to etager op ad trappen selv inden jul" in text
    assert "Stort spring fra niveau 2; drøft det." in text  # the SMART notes
    assert "Gå én etage med gelænder – 1. december 2026" in text
    assert "Gå to etager med pause – 15. december 2026" in text
    assert "Pårørende: «min mor hun vil gerne besoege grethe»" in text  # who said what
    assert "Borger: «ja»" in text
    consent = anna.locator("[data-print-consent]").inner_text()
    assert consent and " ".join(consent.split()) in text
    assert anna.console_errors == []


# What must never be shown to staff as text: codes, ids and machine dates.
ISO_DATE = re.compile(r"\b\d{4}-\d\d-\d\d\b")
ISO_TIME = re.compile(r"T\d\d:\d\d")
KEY_VALUE = re.compile(r"\b\w+=\w")
ENDPOINT = re.compile(r"\b(?:staff|followup|citizen)\.[a-z_]+\b|\b(?:GET|POST) ")
CODES = {
    *store.STATUSES,
    *("picture", "speech", "citizen", "relative", "goal", "items", "drafts", "sessions", "due"),
    *("achieved", "not-achieved", "no-progress", "in-progress", "improving", "worsening"),
    *("sustaining", "not-attainable", "no-change", "exceeded", "expires"),
    *("specific", "measurable", "realistic", "time_bound", "cpr", "oidc"),
}


def raw_codes(text: str) -> list[str]:
    """Return every raw code, id, arrow, ISO date or time found in a page's visible text."""
    content = get_content("da")
    ids = set(CODES) | set(store.TRANSITIONS)
    ids |= {
        item.id
        for item in [*content.activities.values(), *content.areas.values()]
        if "_" in item.id or re.search("aa|oe|ae", item.id)  # ids that are no Danish word
    }
    ids |= {k[len("audit_action_") :] for k in content.ui_texts if k.startswith("audit_action_")}
    found = [w for w in sorted(ids) if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]
    for pattern in (ISO_DATE, ISO_TIME, KEY_VALUE, ENDPOINT):
        found += pattern.findall(text)
    return found + (["->"] if "->" in text else [])


def enrich(app, rich: str) -> dict:
    """Give the rich draft a whole course: taken, edited, returned, a case, GAS, ratings."""
    db = open_db(app.config["DATABASE"])
    store.change_status(db, rich, "take", "anna", 1)
    edited = rich_draft()
    edited["goal"]["text"] = "Jeg vil gå to etager op ad trappen selv inden jul."
    version = store.save_version(db, rich, 2, edited, "anna", NOTE)
    store.change_status(db, rich, "return", "anna", version, MESSAGE)
    casework.set_identity(db, rich, "241148-1234", "NX-2026-77", "anna")
    casework.assign(db, rich, "boss", "anna")
    casework.set_gas_levels(db, rich, {"goal": {"0": "To etager uden hvil"}}, "anna")
    followups.set_followup(db, rich, OVERDUE, "anna")
    followups.add_rating(db, rich, 0, 1, input_kind="picture")
    followups.add_rating(db, rich, None, -1, said_by="relative", input_kind="speech")
    create_link(db, days=14, citizen_name="Grethe Nielsen", created_by="anna")
    session_id = create_session(db, {"slot": "confirm", "today": TODAY})
    db.execute("UPDATE sessions SET status = 'rejected' WHERE id = ?", [session_id])
    db.conn.commit()
    db.close()
    return {"session": session_id}


def test_no_raw_codes_or_iso_dates_on_any_staff_page(week, new_page):
    base, app, rich = week["srv"].url, week["app"], week["rich"]
    extra = enrich(app, rich)
    boss = sign_in(new_page, base, "boss", ADMIN_PASSWORD)
    for export in ("export.json", "export.fhir.json", "export.pdf"):
        assert boss.request.get(f"{base}/staff/draft/{rich}/{export}").ok
    draft = f"/staff/draft/{rich}"
    pages = [
        "/staff/",
        "/staff/?status=returned&area=egenomsorg&q=Grethe",
        draft,
        f"{draft}/rediger",
        f"{draft}/opfoelgning",
        f"{draft}/udskriv",
        "/staff/mine",
        "/staff/invitationer",
        "/staff/ikke-accepteret",
        f"/staff/ikke-accepteret/{extra['session']}",
        "/staff/brugere",
        "/staff/sessioner",
        "/staff/gdpr",
        "/staff/revision",  # last: the audit log of every visit above
    ]
    found = {}
    for path in pages:
        response = boss.goto(base + path)
        assert response.ok, path
        seen = raw_codes(boss.inner_text("body"))
        if seen:
            found[path] = seen
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
    assert boss.console_errors == []
