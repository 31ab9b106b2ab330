"""Follow-up over real HTTP: staff set the date, citizens rate on five faces, staff see progress."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from exports_support import csrf_token, db_rows
from fhir_support import check_bundle

from assistant.errors import NotFound, RateLimited, StorageError
from assistant.followup import (
    course_t_score,
    followup_labels,
    gas_chart,
    gas_t_score,
    rating_items,
)
from assistant.storage import followup as store
from assistant.storage import open_db

FACES = {
    -2: "Meget dårligere end ventet",
    -1: "Dårligere end ventet",
    0: "Som ventet",
    1: "Bedre end ventet",
    2: "Meget bedre end ventet",
}


# Every test runs with the staff account in the database, signed in or not.
pytestmark = pytest.mark.usefixtures("staff_account")


def set_date(staff, draft_id, due="2027-01-07"):
    page = staff.get(f"/staff/draft/{draft_id}/opfoelgning").get_data(as_text=True)
    return staff.post(
        f"/staff/draft/{draft_id}/opfoelgning", data={"csrf_token": csrf_token(page), "due": due}
    )


def enter_code(client, code):
    token = csrf_token(client.get("/opfoelgning").get_data(as_text=True))
    return client.post("/opfoelgning", data={"csrf_token": token, "code": code})


def rate(client, position, score=None, text="", action=None, kind="text"):
    """Choose a face (or skip); then say more (text) or go on, as the two pages offer."""
    page = client.get(f"/opfoelgning/vurder/{position}").get_data(as_text=True)
    data = {"csrf_token": csrf_token(page)}
    if score is not None:
        data["score"] = str(score)
    if action:
        data["action"] = action
    response = client.post(f"/opfoelgning/vurder/{position}", data=data)
    if response.status_code != 302 or not response.headers["Location"].endswith("/mere"):
        return response
    page = client.get(f"/opfoelgning/vurder/{position}/mere").get_data(as_text=True)
    data = {"csrf_token": csrf_token(page), "text": text, "input_kind": kind}
    data["action"] = "send" if text else "skip"
    return client.post(f"/opfoelgning/vurder/{position}/mere", data=data)


def ratings(app, draft_id):
    db = open_db(app.config["DATABASE"], migrate=False)
    try:
        return store.list_ratings(db, draft_id)
    finally:
        db.close()


def test_staff_page_needs_sign_in(app, draft):
    response = app.test_client().get(f"/staff/draft/{draft[0]}/opfoelgning")
    assert response.status_code == 302 and "/staff/login" in response.headers["Location"]


def test_staff_sets_a_date_and_gets_a_personal_link(app, draft, staff):
    draft_id, _ = draft
    response = set_date(staff, draft_id)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'data-followup-due="2027-01-07"' in html
    link = re.search(r"data-followup-link>([^<]+)<", html).group(1)
    actions = [
        r["action"] for r in db_rows(app, "select * from audit_log where draft_id = ?", [draft_id])
    ]
    assert "followup_view" in actions and "followup_set" in actions
    # The link opens the follow-up in a fresh browser.
    citizen = app.test_client()
    opened = citizen.get(link.replace("http://localhost", ""))
    assert opened.status_code == 302 and opened.headers["Location"].endswith(
        "/opfoelgning/vurder/0"
    )
    # Moving the date keeps the link.
    set_date(staff, draft_id, "2027-02-01")
    assert citizen.get(link.replace("http://localhost", "")).status_code == 302


@pytest.mark.parametrize("due", ["", "7/1/2027", "2026-11-01", "2027-13-40"])
def test_staff_bad_dates_are_400(app, draft, staff, due):
    response = set_date(staff, draft[0], due)
    assert response.status_code == 400
    assert "data-error" in response.get_data(as_text=True)
    assert not db_rows(app, "select * from followups")


def test_new_link_replaces_the_old_one(app, draft, staff):
    draft_id, _ = draft
    html = set_date(staff, draft_id).get_data(as_text=True)
    old = re.search(r"data-followup-link>([^<]+)<", html).group(1).replace("http://localhost", "")
    response = staff.post(
        f"/staff/draft/{draft_id}/opfoelgning/nyt-link", data={"csrf_token": csrf_token(html)}
    )
    new = re.search(r"data-followup-link>([^<]+)<", response.get_data(as_text=True)).group(1)
    assert new.replace("http://localhost", "") != old
    assert app.test_client().get(old).status_code == 404
    assert app.test_client().get(new.replace("http://localhost", "")).status_code == 302


def test_citizen_rates_each_step_and_the_goal_and_each_rating_is_stored_at_once(app, draft, staff):
    draft_id, receipt = draft
    set_date(staff, draft_id)
    citizen = app.test_client()
    response = enter_code(citizen, receipt.lower())  # codes are forgiving about case
    assert response.status_code == 302

    page = citizen.get("/opfoelgning/vurder/0").get_data(as_text=True)
    assert "Gå én etage med én pause på reposen" in page
    for score, label in FACES.items():
        assert re.search(
            rf'name="score" value="{score}"[^>]*>\s*<img[^>]*>\s*<span[^>]*>{label}<', page
        )
    # The face alone is stored at once, before the optional comment page.
    response = citizen.post(
        "/opfoelgning/vurder/0", data={"csrf_token": csrf_token(page), "score": "1"}
    )
    assert response.headers["Location"].endswith("/opfoelgning/vurder/0/mere")
    stored = ratings(app, draft_id)
    assert [(r.subgoal, r.score, r.input, r.said_by) for r in stored] == [
        (0, 1, "picture", "citizen")
    ]
    more = citizen.get("/opfoelgning/vurder/0/mere").get_data(as_text=True)
    assert 'data-chosen-score="1"' in more and "data-speak" in more and 'name="text"' in more
    response = citizen.post(
        "/opfoelgning/vurder/0/mere", data={"csrf_token": csrf_token(more), "action": "skip"}
    )
    assert response.headers["Location"].endswith("/opfoelgning/vurder/1")
    assert ratings(app, draft_id)[0].comment is None

    response = rate(citizen, 1, score=-1, text="Knæet gør ondt på trappen")
    assert response.headers["Location"].endswith("/opfoelgning/vurder/2")
    last = ratings(app, draft_id)[-1]
    assert (last.subgoal, last.score, last.comment, last.input, last.comment_input) == (
        1, -1, "Knæet gør ondt på trappen", "picture", "text"
    )  # fmt: skip

    response = rate(citizen, 2, score=2, text="Jeg kom op til Søs", kind="speech")
    assert response.headers["Location"].endswith("/opfoelgning/tak")
    stored = ratings(app, draft_id)
    assert [r.subgoal for r in stored] == [0, 1, None]
    assert (stored[-1].comment, stored[-1].comment_input) == ("Jeg kom op til Søs", "speech")
    done = citizen.get("/opfoelgning/tak").get_data(as_text=True)
    assert followup_labels()["done_heading"] in done


def test_skip_stores_nothing_and_moves_on(app, draft, staff):
    draft_id, receipt = draft
    set_date(staff, draft_id)
    citizen = app.test_client()
    enter_code(citizen, receipt)
    response = rate(citizen, 0, action="skip")
    assert response.headers["Location"].endswith("/vurder/1")
    assert ratings(app, draft_id) == []


@pytest.mark.parametrize("score", [None, "3", "-3", "1.5", "glad", ""])
def test_bad_scores_are_400_with_a_danish_message(app, draft, staff, score):
    draft_id, receipt = draft
    set_date(staff, draft_id)
    citizen = app.test_client()
    enter_code(citizen, receipt)
    response = rate(citizen, 0, score=score)
    assert response.status_code == 400
    assert followup_labels()["choose_face"] in response.get_data(as_text=True)
    assert ratings(app, draft_id) == []


def test_too_long_comment_is_400_and_not_lost(app, draft, staff):
    draft_id, receipt = draft
    set_date(staff, draft_id)
    citizen = app.test_client()
    enter_code(citizen, receipt)
    response = rate(citizen, 0, score=0, text="å" * 2500)
    assert response.status_code == 400
    assert followup_labels()["comment_too_long"] in response.get_data(as_text=True)
    assert "å" * 2500 in response.get_data(as_text=True)  # nothing typed is lost
    assert [(r.score, r.comment) for r in ratings(app, draft_id)] == [(0, None)]


def test_comment_page_without_a_fresh_rating_goes_back_to_the_faces(app, draft, staff):
    draft_id, receipt = draft
    set_date(staff, draft_id)
    citizen = app.test_client()
    enter_code(citizen, receipt)
    response = citizen.get("/opfoelgning/vurder/1/mere")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/opfoelgning/vurder/1")


def test_out_of_range_item_is_404_and_no_session_asks_for_the_code(app, draft, staff):
    draft_id, receipt = draft
    fresh = app.test_client()
    response = fresh.get("/opfoelgning/vurder/0")
    assert response.status_code == 401
    assert followup_labels()["start_again"] in response.get_data(as_text=True)
    set_date(staff, draft_id)
    enter_code(fresh, receipt)
    assert fresh.get("/opfoelgning/vurder/3").status_code == 404


def test_wrong_and_empty_codes(app, draft):
    client = app.test_client()
    response = enter_code(client, "ZZZZZZ")
    assert response.status_code == 404
    assert followup_labels()["code_wrong"] in response.get_data(as_text=True)
    assert enter_code(client, "   ").status_code == 400
    assert client.get("/opfoelgning/link/not-a-token").status_code == 404


def test_a_draft_not_yet_approved_or_planned_cannot_be_rated(app, draft):
    response = enter_code(app.test_client(), draft[1])
    assert response.status_code == 409
    assert followup_labels()["not_ready"] in response.get_data(as_text=True)


def test_code_guessing_is_rate_limited_even_for_the_right_code(app, draft, staff):
    set_date(staff, draft[0])
    client = app.test_client()
    for _ in range(10):
        assert enter_code(client, "WRONG2").status_code == 404
    response = enter_code(client, draft[1])
    assert response.status_code == 429
    assert followup_labels()["too_many"] in response.get_data(as_text=True)


def test_staff_progress_shows_svg_chart_and_achievement_status(app, draft, staff):
    draft_id, receipt = draft
    set_date(staff, draft_id)
    db = open_db(app.config["DATABASE"])
    start = datetime(2026, 12, 1, 10, tzinfo=UTC)
    for days, subgoal, score in [(0, 0, -1), (7, 0, 2), (7, 1, 0), (14, None, -1)]:
        store.add_rating(db, draft_id, subgoal, score, now=start + timedelta(days=days))
    db.close()
    html = staff.get(f"/staff/draft/{draft_id}/opfoelgning").get_data(as_text=True)
    svg = re.search(r"<svg class=\"gas-chart\".*?</svg>", html, re.S).group(0)
    assert svg.count("<circle") == 4
    assert svg.count("<polyline") == 1  # only the first step has two ratings
    assert "1. december 2026" in svg and "15. december 2026" in svg  # staff read Danish dates
    assert "2026-12-01" not in svg
    found = re.findall(r'<tr data-item="(\w+)">.*?data-achievement="([\w-]+)">', html, re.S)
    statuses = dict(found)
    assert statuses == {"0": "achieved", "1": "achieved", "goal": "not-achieved"}
    # Latest scores 2, 0, -1: T = 50 + 10·1 / sqrt(0.7·3 + 0.3·9) = 54.56
    assert 'data-t-score="54.6"' in html and "54,6" in html
    # The FHIR export says the same.
    bundle = json.loads(staff.get(f"/staff/draft/{draft_id}/export.fhir.json").get_data())
    check_bundle(bundle)
    goals = [
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Goal" and "achievementStatus" in e["resource"]
    ]
    codes = [g["achievementStatus"]["coding"][0]["code"] for g in goals]
    assert codes == ["not-achieved", "achieved", "achieved"]  # the goal, then its two steps


def test_chart_geometry_puts_scores_on_the_right_rows():
    items = rating_items({"goal": {"text": "Mål"}, "subgoals": [{"text": "Skridt"}]})
    rows = [
        {"subgoal": 0, "score": -2, "at": "2026-12-01T00:00:00+00:00"},
        {"subgoal": 0, "score": 2, "at": "2026-12-11T00:00:00+00:00"},
    ]
    chart = gas_chart(items, rows, width=400, height=240)
    (x1, y1, _, _), (x2, y2, _, _) = chart.series[0].points
    assert (x1, x2) == (chart.left, chart.right)
    assert (y1, y2) == (chart.bottom, chart.top)  # −2 at the bottom, +2 at the top
    assert chart.series[1].points == () and chart.series[1].achievement == "achieved"


def test_storage_rejects_bad_ratings_and_tokens(tmp_path):
    db = open_db(tmp_path / "x.db")
    for bad in [
        {"score": 3},
        {"score": True},
        {"subgoal": -1},
        {"said_by": "robot"},
        {"input_kind": "telepathy"},
        {"comment": "x" * 3000},
    ]:
        args = {"subgoal": None, "score": 0} | bad
        with pytest.raises(StorageError):
            store.add_rating(db, "d1", args.pop("subgoal"), args.pop("score"), **args)
    assert store.list_ratings(db, "d1") == []
    with pytest.raises(NotFound):
        store.draft_for_token(db, "")
    with pytest.raises(StorageError):
        store.set_followup(db, "d1", "2027-01-01", "hanne")
    plan, token = store.set_followup(db, "d1", date(2027, 1, 1), "hanne")
    assert token and store.draft_for_token(db, token) == "d1"
    assert store.set_followup(db, "d1", date(2027, 2, 1), "hanne")[1] is None
    db.close()


def test_rate_limit_window_counts_only_recent_failures(tmp_path):
    db = open_db(tmp_path / "y.db")
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    for _ in range(3):
        with pytest.raises(NotFound):
            store.draft_for_code(db, "NOPE22", "1.2.3.4", now=now, max_failures=3)
    with pytest.raises(RateLimited):
        store.draft_for_code(db, "NOPE22", "1.2.3.4", now=now, max_failures=3)
    with pytest.raises(NotFound):  # another address is not blocked
        store.draft_for_code(db, "NOPE22", "5.6.7.8", now=now, max_failures=3)
    later = now + timedelta(minutes=16)
    with pytest.raises(NotFound):
        store.draft_for_code(db, "NOPE22", "1.2.3.4", now=later, max_failures=3)
    db.close()


def test_gdpr_export_and_deletion_cover_follow_up_rows(app, draft, staff):
    from assistant.storage import gdpr  # noqa: PLC0415

    draft_id, receipt = draft
    set_date(staff, draft_id)
    citizen = app.test_client()
    enter_code(citizen, receipt)
    rate(citizen, 0, score=1, text="Det går fremad")
    db = open_db(app.config["DATABASE"])
    session_id = db.execute("select session_id from drafts where id = ?", [draft_id]).fetchone()[0]
    tables = gdpr.citizen_data(db, session_id)["tables"]
    assert tables["ratings"][0]["comment"] == "Det går fremad"
    assert tables["followups"][0]["due"] == "2027-01-07"
    counts = gdpr.delete_citizen_data(db, session_id, "hanne.hansen", "gdpr_delete")
    assert counts["ratings"] == 1 and counts["followups"] == 1
    assert store.list_ratings(db, draft_id) == [] and store.get_followup(db, draft_id) is None
    db.close()


def test_an_archived_draft_cannot_be_rated_any_more(app, draft, staff):
    draft_id, receipt = draft
    html = set_date(staff, draft_id).get_data(as_text=True)
    link = re.search(r"data-followup-link>([^<]+)<", html).group(1).replace("http://localhost", "")
    db = open_db(app.config["DATABASE"])
    db.execute("update drafts set status = 'archived' where id = ?", [draft_id])
    db.conn.commit()
    db.close()
    assert enter_code(app.test_client(), receipt).status_code == 409
    assert app.test_client().get(link).status_code == 409


def test_comment_after_the_rating_was_deleted_asks_again_without_crashing(app, draft, staff):
    draft_id, receipt = draft
    set_date(staff, draft_id)
    citizen = app.test_client()
    enter_code(citizen, receipt)
    page = citizen.get("/opfoelgning/vurder/0").get_data(as_text=True)
    citizen.post("/opfoelgning/vurder/0", data={"csrf_token": csrf_token(page), "score": "0"})
    more = citizen.get("/opfoelgning/vurder/0/mere").get_data(as_text=True)
    db = open_db(app.config["DATABASE"])
    db.execute("delete from ratings")
    db.conn.commit()
    db.close()
    response = citizen.post(
        "/opfoelgning/vurder/0/mere",
        data={"csrf_token": csrf_token(more), "action": "send", "text": "Hej"},
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/opfoelgning/vurder/0")


def test_staff_unknown_draft_is_404_and_new_link_needs_a_date_first(app, draft, staff):
    assert staff.get("/staff/draft/nope/opfoelgning").status_code == 404
    page = staff.get(f"/staff/draft/{draft[0]}/opfoelgning").get_data(as_text=True)
    response = staff.post(
        f"/staff/draft/{draft[0]}/opfoelgning/nyt-link", data={"csrf_token": csrf_token(page)}
    )
    assert response.status_code == 409
    assert "Sæt en dato for opfølgning først." in response.get_data(as_text=True)
    # Without the CSRF token nothing is changed.
    assert (
        staff.post(f"/staff/draft/{draft[0]}/opfoelgning", data={"due": "2027-01-07"}).status_code
        == 400
    )
    assert not db_rows(app, "select * from followups")


@pytest.mark.parametrize(
    ("scores", "weights", "t"),
    [
        ([0, 0, 0], None, 50.0),
        ([1], None, 60.0),  # one goal: sqrt(0.7 + 0.3) = 1
        ([-2], None, 30.0),
        ([1, 1], None, 50 + 20 / 2.6**0.5),  # 62.40
        ([2, 2, 2, 2, 2], None, 50 + 100 / (0.7 * 5 + 0.3 * 25) ** 0.5),  # all +2: 80.15
        ([1, -1], [2, 1], 50 + 10 / (0.7 * 5 + 0.3 * 9) ** 0.5),
    ],
)
def test_gas_t_score_follows_kiresuk_sherman(scores, weights, t):
    assert gas_t_score(scores, weights) == pytest.approx(t)


def test_course_t_score_takes_the_latest_rating_of_each_item():
    ratings = [
        {"subgoal": 0, "score": -2, "at": "2026-12-01T10:00:00+00:00"},
        {"subgoal": 0, "score": 1, "at": "2026-12-08T10:00:00+00:00"},
        {"subgoal": None, "score": 1, "at": "2026-12-08T10:00:00+00:00"},
    ]
    assert course_t_score(ratings) == pytest.approx(50 + 20 / 2.6**0.5)
    assert course_t_score([]) is None
