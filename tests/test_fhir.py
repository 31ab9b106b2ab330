"""FHIR R4 export: every resource validated with fhir.resources R4B, plus the checks it skips."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from exports_support import sample_draft
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.careplan import CarePlan
from fhir.resources.R4B.condition import Condition
from fhir.resources.R4B.goal import Goal
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.practitioner import Practitioner
from fhir.resources.R4B.provenance import Provenance
from fhir.resources.R4B.relatedperson import RelatedPerson

from assistant.content import get_content
from assistant.errors import ExportError
from assistant.exports.fhir import (
    ACHIEVEMENT_SYSTEM,
    FSIII_SYSTEM,
    GOAL_RELATIONSHIP,
    UCUM,
    achievement_code,
    build_bundle,
    goal_achievement,
)

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
MODELS = {
    "Patient": Patient,
    "RelatedPerson": RelatedPerson,
    "Practitioner": Practitioner,
    "Condition": Condition,
    "Goal": Goal,
    "CarePlan": CarePlan,
    "Provenance": Provenance,
}
# Code sets the library does not check (R4 value sets, required bindings).
GOAL_LIFECYCLE = {
    "proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled",
    "entered-in-error", "rejected",
}  # fmt: skip
ACHIEVEMENT = {
    "in-progress", "improving", "worsening", "no-change", "achieved", "sustaining",
    "not-achieved", "no-progress", "not-attainable",
}  # fmt: skip
CAREPLAN_STATUS = {
    "draft",
    "active",
    "on-hold",
    "revoked",
    "completed",
    "entered-in-error",
    "unknown",
}
CAREPLAN_INTENT = {"proposal", "plan", "order", "option"}
RELATIONSHIP_TYPES = {"predecessor", "successor", "replacement", "milestone", "other"}
ALLOWED_UCUM = {"m", "km", "min", "h", "kg", "{floor}", "{step}", "{times}", "d", "wk", "mo", "a"}


def export(draft=None, **kwargs):
    """Build, serialise and re-read a bundle (what a receiving system would get)."""
    kwargs.setdefault("now", NOW)
    draft = draft or sample_draft(draft_id="d-123", receipt_code="ABC234")
    bundle = build_bundle(draft, activities=get_content("da").activities, **kwargs)
    return json.loads(json.dumps(bundle, ensure_ascii=False))


def resources(bundle, kind=None):
    found = [e["resource"] for e in bundle["entry"]]
    return [r for r in found if kind is None or r["resourceType"] == kind]


def check_semantics(bundle):
    """What fhir.resources does not check: codes, non-empty lists, UCUM, references."""
    assert bundle["type"] == "collection"
    urls = {e["fullUrl"] for e in bundle["entry"]}
    assert all(e["fullUrl"] == f"urn:uuid:{e['resource']['id']}" for e in bundle["entry"])
    assert len(urls) == len(bundle["entry"]), "duplicate fullUrl"
    for resource in resources(bundle):
        assert resource["resourceType"] in MODELS, resource["resourceType"]
        MODELS[resource["resourceType"]].model_validate(resource)
        for key, value in resource.items():
            if isinstance(value, list):
                assert value, f"{resource['resourceType']}.{key} is an empty list"
    text = json.dumps(bundle)
    for ref in _references(bundle):
        if ref.startswith("urn:uuid:"):
            assert ref in urls, f"dangling reference {ref}"
    assert "null" not in text.replace('"null"', ""), "null values are not allowed in FHIR JSON"
    for goal in resources(bundle, "Goal"):
        assert goal["lifecycleStatus"] in GOAL_LIFECYCLE
        assert goal["description"]["text"].strip()
        if "achievementStatus" in goal:
            coding = goal["achievementStatus"]["coding"][0]
            assert coding["system"] == ACHIEVEMENT_SYSTEM
            assert coding["code"] in ACHIEVEMENT
        for target in goal.get("target", []):
            quantities = [target["detailQuantity"]] if "detailQuantity" in target else []
            if "detailRatio" in target:
                quantities += [
                    target["detailRatio"]["numerator"],
                    target["detailRatio"]["denominator"],
                ]
            for quantity in quantities:
                assert quantity["system"] == UCUM
                assert quantity["code"] in ALLOWED_UCUM
        for ext in goal.get("extension", []):
            assert ext["url"] == GOAL_RELATIONSHIP
            parts = {e["url"]: e for e in ext["extension"]}
            assert set(parts) == {"type", "target"}
            assert parts["type"]["valueCodeableConcept"]["coding"][0]["code"] in RELATIONSHIP_TYPES
    for plan in resources(bundle, "CarePlan"):
        assert plan["status"] in CAREPLAN_STATUS
        assert plan["intent"] in CAREPLAN_INTENT
    for prov in resources(bundle, "Provenance"):
        assert prov["target"] and prov["agent"]


def _references(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "reference":
                yield item
            else:
                yield from _references(item)
    elif isinstance(value, list):
        for item in value:
            yield from _references(item)


def test_bundle_and_every_resource_validate_as_r4():
    bundle = export()
    Bundle.model_validate(bundle)
    check_semantics(bundle)
    kinds = [r["resourceType"] for r in resources(bundle)]
    assert kinds.count("Goal") == 3  # the goal and two sub-goals
    assert {"Patient", "Condition", "CarePlan", "Provenance"} <= set(kinds)


def test_goal_holds_the_citizens_words_category_targets_and_due_date():
    bundle = export()
    goal = resources(bundle, "Goal")[0]
    assert goal["description"]["text"] == sample_draft()["goal"]["text"]
    assert "Ærøvej" in goal["description"]["text"]
    assert goal["category"] == [{"text": "Borgers ønsker og mål"}]
    assert goal["lifecycleStatus"] == "proposed"
    floors = [t["detailQuantity"] for t in goal["target"] if "detailQuantity" in t]
    assert floors == [{"value": 2, "unit": "etage", "system": UCUM, "code": "{floor}"}]
    assert all(t["dueDate"] == "2026-12-24" for t in goal["target"])
    ratio = next(t["detailRatio"] for t in goal["target"] if "detailRatio" in t)
    assert (ratio["numerator"]["value"], ratio["denominator"]["code"]) == (3, "wk")
    patient = resources(bundle, "Patient")[0]
    assert goal["expressedBy"]["reference"] == f"urn:uuid:{patient['id']}"


@pytest.mark.parametrize(
    ("unit", "code"),
    [("meter", "m"), ("kilometer", "km"), ("minut", "min"), ("time", "h"), ("kilo", "kg"),
     ("trin", "{step}"), ("skridt", "{step}"), ("gang", "{times}"), ("etage", "{floor}")],
)  # fmt: skip
def test_every_draft_unit_maps_to_ucum(unit, code):
    draft = sample_draft(draft_id="d-u")
    draft["goal"]["measures"] = [{"value": 5, "unit": unit}]
    goal = resources(export(draft), "Goal")[0]
    assert goal["target"][0]["detailQuantity"]["code"] == code


def test_unknown_unit_is_left_out_not_invented():
    draft = sample_draft(draft_id="d-x")
    draft["goal"]["measures"] = [{"value": 5, "unit": "spand"}]
    draft["goal"]["frequency"] = None
    bundle = export(draft)
    check_semantics(bundle)
    assert resources(bundle, "Goal")[0]["target"] == [{"dueDate": "2026-12-24"}]


def test_subgoals_are_linked_to_the_main_goal():
    bundle = export()
    main, first, second = resources(bundle, "Goal")
    refs = {f"urn:uuid:{g['id']}" for g in (first, second)}
    milestones = {
        e["extension"][1]["valueReference"]["reference"]
        for e in main["extension"]
        if e["extension"][0]["valueCodeableConcept"]["coding"][0]["code"] == "milestone"
    }
    assert milestones == refs
    assert first["extension"][0]["extension"][1]["valueReference"]["reference"] == (
        f"urn:uuid:{second['id']}"
    )
    assert second["extension"][0]["extension"][1]["valueReference"]["reference"] == (
        f"urn:uuid:{main['id']}"
    )
    assert first["target"][0]["dueDate"] == "2026-12-03"
    assert first["target"][0]["detailQuantity"]["code"] == "{floor}"
    assert second["target"][0]["detailQuantity"] == {
        "value": 20, "unit": "trin", "system": UCUM, "code": "{step}"
    }  # fmt: skip


def test_condition_carries_the_fsiii_code_of_the_activity():
    activity = get_content("da").activities["trapper"]
    condition = resources(export(), "Condition")[0]
    coding = condition["code"]["coding"][0]
    assert coding == {
        "system": FSIII_SYSTEM, "code": activity.fsiii_code, "display": activity.fsiii_text
    }  # fmt: skip
    goal = resources(export(), "Goal")[0]
    assert goal["addresses"] == [{"reference": f"urn:uuid:{condition['id']}"}]


def test_approval_turns_proposal_into_accepted_plan_with_author_and_verifier():
    draft_bundle = export()
    approved = export(status="approved", approved_by="hanne.hansen")
    check_semantics(approved)
    plan = resources(draft_bundle, "CarePlan")[0]
    assert (plan["status"], plan["intent"]) == ("draft", "proposal")
    plan = resources(approved, "CarePlan")[0]
    assert (plan["status"], plan["intent"]) == ("active", "plan")
    assert plan["author"]["display"] == "hanne.hansen"
    assert {g["lifecycleStatus"] for g in resources(approved, "Goal")} == {"accepted"}
    roles = {
        a["type"]["coding"][0]["code"]: a["who"]["display"]
        for a in resources(approved, "Provenance")[0]["agent"]
    }
    assert roles["author"] == "Borger"
    assert roles["informant"] == "Borger"
    assert roles["verifier"] == "hanne.hansen"


def test_relative_phrasing_gives_related_person_as_expresser_and_author():
    draft = sample_draft(draft_id="d-rel", speaker="relative")
    bundle = export(draft)
    Bundle.model_validate(bundle)
    check_semantics(bundle)
    related = resources(bundle, "RelatedPerson")[0]
    goal = resources(bundle, "Goal")[0]
    assert goal["expressedBy"]["reference"] == f"urn:uuid:{related['id']}"
    agents = resources(bundle, "Provenance")[0]["agent"]
    author = next(a for a in agents if a["type"]["coding"][0]["code"] == "author")
    assert author["who"]["reference"] == f"urn:uuid:{related['id']}"
    informant = next(a for a in agents if a["type"]["coding"][0]["code"] == "informant")
    assert informant["who"]["display"] == "Borger"


def test_description_keeps_the_citizens_words_after_a_staff_edit():
    original = sample_draft(draft_id="d-ed")
    edited = sample_draft(draft_id="d-ed")
    edited["goal"]["text"] = "Borgeren vil gå to etager uden pause inden 24.12."
    versions = [
        {"version": 2, "json": json.dumps(edited), "edited_by": "hanne"},
        {"version": 1, "json": json.dumps(original), "edited_by": "borger"},
    ]
    goal = resources(export(edited, versions=versions), "Goal")[0]
    assert goal["description"]["text"] == original["goal"]["text"]
    assert any(edited["goal"]["text"] in n["text"] for n in goal["note"])


@pytest.mark.parametrize(
    ("scores", "code"),
    [([-2], "worsening"), ([-1], "no-progress"), ([0], "in-progress"), ([1], "improving"),
     ([2], "achieved"), ([1, 2], "achieved"), ([-1, 0], "no-progress"), ([0, 1, 1], "improving"),
     ([], None)],
)  # fmt: skip
def test_gas_scores_map_to_goal_achievement_codes(scores, code):
    assert achievement_code(scores) == code


def test_achievement_status_comes_from_the_latest_ratings():
    ratings = [
        {"subgoal": 0, "score": -1, "at": "2026-12-01T10:00:00+00:00"},
        {"subgoal": 0, "score": 2, "at": "2026-12-08T10:00:00+00:00"},
        {"subgoal": 1, "score": 0, "at": "2026-12-08T10:00:00+00:00"},
    ]
    assert goal_achievement(ratings, 0) == "achieved"
    assert goal_achievement(ratings, 1) == "in-progress"
    assert goal_achievement(ratings, None) == "improving"  # mean of +2 and 0
    bundle = export(ratings=ratings, status="approved")
    check_semantics(bundle)
    main, first, second = resources(bundle, "Goal")
    codes = [g["achievementStatus"]["coding"][0]["code"] for g in (main, first, second)]
    assert codes == ["improving", "achieved", "in-progress"]
    own = ratings + [{"subgoal": None, "score": -2, "at": "2026-12-09T10:00:00+00:00"}]
    main = resources(export(ratings=own), "Goal")[0]
    assert main["achievementStatus"]["coding"][0]["code"] == "worsening"


def test_no_ratings_means_no_achievement_status():
    assert all("achievementStatus" not in g for g in resources(export(), "Goal"))


def test_export_is_stable_for_the_same_draft():
    assert export() == export()
    other = export(sample_draft(draft_id="another"))
    assert {r["id"] for r in resources(other)}.isdisjoint({r["id"] for r in resources(export())})


@pytest.mark.parametrize(
    "change",
    [
        {"goal": None},
        {"goal": {"text": "  ", "activity": "trapper"}},
        {"goal": {"text": "Gå en tur", "activity": "flyve"}},
        {"draft_id": ""},
    ],
)
def test_unexportable_drafts_raise_export_error(change):
    draft = sample_draft(draft_id="d-bad")
    draft.update(change)
    with pytest.raises(ExportError):
        build_bundle(draft, activities=get_content("da").activities)


def test_every_activity_exports_a_valid_condition():
    content = get_content("da")
    for activity_id in content.activities:
        draft = sample_draft(draft_id=f"d-{activity_id}")
        draft["goal"]["activity"] = activity_id
        bundle = export(draft)
        Bundle.model_validate(bundle)
        condition = resources(bundle, "Condition")[0]
        assert condition["code"]["coding"][0]["code"], activity_id


def test_an_approval_undone_by_a_later_edit_names_no_approver():
    bundle = export(status="in_review", approved_by="hanne.hansen")
    check_semantics(bundle)
    assert not resources(bundle, "Practitioner")
    assert "hanne.hansen" not in json.dumps(bundle)
    assert resources(bundle, "CarePlan")[0]["status"] == "draft"


def test_staff_phrasing_is_expressed_by_a_practitioner():
    bundle = export(sample_draft(draft_id="d-st", speaker="staff"))
    check_semantics(bundle)
    practitioner = resources(bundle, "Practitioner")[0]
    goal = resources(bundle, "Goal")[0]
    assert goal["expressedBy"]["reference"] == f"urn:uuid:{practitioner['id']}"
