"""GAS levels per goal: staff write the five levels (−2 … +2, 0 expected) with the citizen; the
citizen sees each level under its face at the follow-up, and it is read aloud with the face."""

from __future__ import annotations

import html
import json
import re

import pytest
from exports_support import csrf_token
from test_followup import enter_code, set_date

from assistant.followup import GAS_FIELD_LEVELS, Item, parse_gas_levels, rating_items
from assistant.storage import casework, open_db
from assistant.storage.audit import list_audit

pytestmark = pytest.mark.usefixtures("staff_account")

GOAL_LEVELS = {
    "-2": "Kan ikke gaa paa trappen",
    "-1": "Gaar en etage med hjaelp",
    "0": "Gaar en etage selv med gelaender",
    "1": "Gaar to etager selv",
    "2": "Gaar tre etager uden pause",
}
ITEMS = [Item(0, 0, "Gaa en etage", None), Item(1, None, "Gaa paa trapper", None)]


def _form(key: str, texts: dict[str, str]) -> dict[str, str]:
    by_level = {level: suffix for suffix, level in GAS_FIELD_LEVELS.items()}
    return {f"gas_{key}_{by_level[level]}": text for level, text in texts.items()}


def test_parse_takes_complete_items_and_names_what_is_wrong():
    levels, errors = parse_gas_levels(_form("goal", GOAL_LEVELS), ITEMS)
    assert levels == {"goal": GOAL_LEVELS} and errors == []
    partial = dict(_form("goal", GOAL_LEVELS), **_form("0", {"0": "en etage"}))
    assert parse_gas_levels(partial, ITEMS)[1] == [("0", "missing")]
    assert parse_gas_levels({}, ITEMS)[1] == [("goal", "missing")]  # the goal is required
    long_text = dict(GOAL_LEVELS, **{"2": "x" * 161})
    assert parse_gas_levels(_form("goal", long_text), ITEMS)[1] == [("goal", "too_long")]
    tabbed = dict(GOAL_LEVELS, **{"1": "to\x00etager"})
    assert parse_gas_levels(_form("goal", tabbed), ITEMS)[1] == [("goal", "not_text")]
    spaced = dict(GOAL_LEVELS, **{"0": "  en   etage  "})
    assert parse_gas_levels(_form("goal", spaced), ITEMS)[0]["goal"]["0"] == "en etage"


def _draft_data(app) -> dict:
    db = open_db(app.config["DATABASE"])
    return json.loads(db.execute("SELECT json FROM drafts").fetchone()[0])


def _post_levels(staff, draft_id, data):
    page = staff.get(f"/staff/draft/{draft_id}/opfoelgning").get_data(as_text=True)
    return staff.post(
        f"/staff/draft/{draft_id}/opfoelgning/gas", data={"csrf_token": csrf_token(page), **data}
    )


def test_staff_store_levels_audited_and_see_them_again(app, draft, staff):
    draft_id, _ = draft
    response = _post_levels(staff, draft_id, _form("goal", GOAL_LEVELS))
    assert response.status_code == 303
    db = open_db(app.config["DATABASE"])
    assert casework.get_case(db, draft_id).gas_levels == {"goal": GOAL_LEVELS}
    assert any(a["action"] == "gas_levels_set" for a in list_audit(db, 10, draft_id))
    page = html.unescape(staff.get(f"/staff/draft/{draft_id}/opfoelgning").get_data(as_text=True))
    for text in GOAL_LEVELS.values():
        assert f'value="{text}"' in page
    # the mapping as exported, in Danish (0 and above count as achieved)
    assert "-1 Ikke opnået, 0 Opnået, +1 Opnået, +2 Opnået" in page
    assert "achieved" not in page.split("data-achievement-map", 1)[1].split("</p>", 1)[0]


def test_incomplete_levels_are_400_kept_in_the_form_and_not_stored(app, draft, staff):
    draft_id, _ = draft
    assert rating_items(_draft_data(app))[0].subgoal == 0
    data = dict(_form("goal", GOAL_LEVELS), **_form("0", {"0": "halv etage"}))
    response = _post_levels(staff, draft_id, data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'data-gas-error="0"' in page and 'value="halv etage"' in page
    db = open_db(app.config["DATABASE"])
    assert casework.get_case(db, draft_id).gas_levels == {}


def test_the_citizen_sees_and_hears_each_level_under_its_face(app, draft, staff):
    draft_id, receipt = draft
    set_date(staff, draft_id)
    assert _post_levels(staff, draft_id, _form("goal", GOAL_LEVELS)).status_code == 303
    citizen = app.test_client()
    enter_code(citizen, receipt)
    goal_position = [i.position for i in rating_items(_draft_data(app)) if i.subgoal is None][0]
    page = html.unescape(citizen.get(f"/opfoelgning/vurder/{goal_position}").get_data(as_text=True))
    for score, text in GOAL_LEVELS.items():
        assert f'data-gas-level="{score}">{text}<' in page
    assert re.search(r'data-text="Som ventet\. Gaar en etage selv med gelaender"', page)
    assert len(re.findall(r'name="score" value="-?\d"', page)) == 5  # the five faces stay
    first = html.unescape(citizen.get("/opfoelgning/vurder/0").get_data(as_text=True))
    assert "data-gas-level" not in first  # a sub-goal without levels shows the faces only


def test_setting_levels_needs_sign_in(app, draft):
    draft_id, _ = draft
    client = app.test_client()
    token = csrf_token(client.get("/staff/login").get_data(as_text=True))
    data = {"csrf_token": token, **_form("goal", GOAL_LEVELS)}
    response = client.post(f"/staff/draft/{draft_id}/opfoelgning/gas", data=data)
    assert response.status_code == 302 and "/staff/login" in response.headers["Location"]
    assert casework.get_case(open_db(app.config["DATABASE"]), draft_id).gas_levels == {}


def test_the_fhir_export_carries_the_rating_with_its_agreed_level(app, draft, staff):
    from fhir_support import check_bundle  # noqa: PLC0415

    draft_id, receipt = draft
    set_date(staff, draft_id)
    assert _post_levels(staff, draft_id, _form("goal", GOAL_LEVELS)).status_code == 303
    citizen = app.test_client()
    enter_code(citizen, receipt)
    goal_position = [i.position for i in rating_items(_draft_data(app)) if i.subgoal is None][0]
    page = citizen.get(f"/opfoelgning/vurder/{goal_position}").get_data(as_text=True)
    citizen.post(
        f"/opfoelgning/vurder/{goal_position}", data={"csrf_token": csrf_token(page), "score": "1"}
    )
    response = staff.get(f"/staff/draft/{draft_id}/export.fhir.json")
    assert response.status_code == 200
    bundle = json.loads(response.get_data(as_text=True))
    check_bundle(bundle)
    observations = [e["resource"] for e in bundle["entry"]]
    (evaluation,) = [
        o for o in observations if o.get("meta", {}).get("profile", [""])[0].endswith("Evaluation")
    ]
    assert "Aftalt niveau: Gaar to etager selv." in evaluation["valueCodeableConcept"]["text"]
    assert "(GAS +1): Bedre end ventet." in evaluation["valueCodeableConcept"]["text"]
    (follow_up,) = [
        o for o in observations if o.get("meta", {}).get("profile", [""])[0].endswith("FollowUp")
    ]
    assert follow_up["hasMember"] == [{"reference": f"urn:uuid:{evaluation['id']}"}]
