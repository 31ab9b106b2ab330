"""FHIR export behaviour: text and versions, status, provenance, GAS, units, sub-goals, errors.

Every bundle built here goes through fhir_support.export, which parses it with
fhir.resources R4B and checks the R4 invariants with FHIRPath. Profile rules are in
test_fhir_conformance.py.
"""

from __future__ import annotations

import copy
import json

import pytest
from exports_support import sample_draft
from fhir_support import (
    ORG,
    VARIANT_IDS,
    broken_invariants,
    example_bundle,
    export,
    goals,
    resources,
    variant,
    variants,
)

from assistant import PROJECT_ROOT
from assistant.content import get_content
from assistant.errors import ExportError
from assistant.exports import terminology as term
from assistant.exports.fhir import build_bundle, organisation_from_config
from assistant.exports.fhir_resources import UCUM
from assistant.followup import achievement_code, goal_achievement


def main_goal(bundle):
    return goals(bundle, term.GOAL_WISH)[0]


def sub_goals(bundle):
    return goals(bundle, term.GOAL_SUBGOAL)


@pytest.mark.parametrize("name", VARIANT_IDS)
def test_every_variant_parses_as_r4b_and_keeps_the_r4_invariants(name):
    # export() already checked; this names the variant
    assert broken_invariants(variant(name)) == []


def test_the_variant_ids_are_the_variants_built():
    assert [name for name, _ in variants()] == list(VARIANT_IDS)


@pytest.mark.parametrize(
    ("key", "breaker"),
    [
        ("gol-1", lambda b: main_goal(b)["target"][0].pop("measure")),
        ("con-5", lambda b: resources(b, "Condition")[0]["verificationStatus"]["coding"][0]
         .update(code="entered-in-error")),
        ("ext-1", lambda b: main_goal(b)["note"][0]["extension"][0]
         .update(extension=[{"url": "x", "valueString": "y"}])),
        ("rat-1", lambda b: main_goal(b)["target"][1]["detailRatio"].pop("denominator")),
        ("per-1", lambda b: resources(b, "CarePlan")[0]["period"].update(end="2020-01-01")),
        ("obs-6", lambda b: resources(b, "Observation")[0]
         .update(dataAbsentReason={"text": "ukendt"})),
    ],
)  # fmt: skip
def test_the_invariant_check_catches_a_broken_bundle(key, breaker):
    bundle = copy.deepcopy(export())
    breaker(bundle)
    assert any(b.startswith(f"{key} ") for b in broken_invariants(bundle))


def test_description_is_the_latest_version_and_the_citizens_first_words_are_a_note():
    original = sample_draft(draft_id="d-ed")
    edited = sample_draft(draft_id="d-ed")
    edited["goal"]["text"] = "Borgeren vil gå to etager uden pause inden 24.12."
    versions = [
        {"version": 2, "json": json.dumps(edited), "edited_by": "hanne"},
        {"version": 1, "json": json.dumps(original), "edited_by": "citizen"},
    ]
    bundle = export(edited, versions=versions)
    goal = main_goal(bundle)
    assert goal["description"]["text"] == edited["goal"]["text"]
    assert resources(bundle, "CarePlan")[0]["description"] == edited["goal"]["text"]
    first = goal["note"][0]
    assert original["goal"]["text"] in first["text"]
    assert (
        first["authorReference"]["reference"] == f"urn:uuid:{resources(bundle, 'Patient')[0]['id']}"
    )
    assert "Søs" in json.dumps(goal["note"], ensure_ascii=False)  # motivation kept


def test_without_versions_the_first_words_are_the_drafts_own():
    goal = main_goal(export())
    assert sample_draft()["goal"]["text"] in goal["note"][0]["text"]


@pytest.mark.parametrize(
    ("status", "confirmed", "goal_status", "plan"),
    [
        ("new", True, "proposed", ("draft", "proposal")),
        ("in_review", True, "proposed", ("draft", "proposal")),
        ("approved", True, "active", ("active", "plan")),
        ("approved", False, "proposed", ("draft", "proposal")),
        ("returned", True, "on-hold", ("on-hold", "plan")),
        ("archived", True, "cancelled", ("revoked", "plan")),
    ],
)
def test_status_follows_the_draft(status, confirmed, goal_status, plan):
    draft = sample_draft(draft_id="d-s", citizen_confirmed=confirmed)
    bundle = export(draft, status=status, approved_by="hanne.hansen")
    assert {g["lifecycleStatus"] for g in goals(bundle)} == {goal_status}
    care_plan = resources(bundle, "CarePlan")[0]
    assert (care_plan["status"], care_plan["intent"]) == plan
    verification = resources(bundle, "Condition")[0]["verificationStatus"]["coding"][0]["code"]
    assert verification == ("confirmed" if goal_status == "active" else "provisional")


def test_unknown_status_is_refused():
    with pytest.raises(ExportError):
        export(status="exported")


def test_provenance_names_the_citizen_the_staff_who_edited_and_the_approver():
    versions = [
        {"version": 1, "json": "{}", "edited_by": "citizen"},
        {"version": 2, "json": "{}", "edited_by": "lise.lund"},
    ]
    bundle = export(versions=versions, status="approved", approved_by="hanne.hansen")
    agents = [
        (a["type"]["coding"][0]["code"], a["who"]["display"])
        for a in resources(bundle, "Provenance")[0]["agent"]
    ]
    assert agents == [
        ("author", "Borger"), ("informant", "Borger"), ("author", "lise.lund"),
        ("verifier", "hanne.hansen"),
    ]  # fmt: skip
    names = {p["name"][0]["text"] for p in resources(bundle, "Practitioner")}
    assert names == {"lise.lund", "hanne.hansen"}
    condition = resources(bundle, "Condition")[0]
    assert condition["asserter"]["display"] == "hanne.hansen"


def test_an_approval_undone_by_a_later_edit_names_no_approver():
    bundle = export(status="in_review", approved_by="hanne.hansen")
    assert not resources(bundle, "Practitioner")
    assert "hanne.hansen" not in json.dumps(bundle)


def test_relative_alone_is_the_source_and_author_but_not_expressed_by():
    draft = sample_draft(draft_id="d-rel", speaker="relative")
    draft["transcript"][0]["said_by"] = "relative"
    bundle = export(draft)
    related = resources(bundle, "RelatedPerson")[0]
    goal = main_goal(bundle)
    assert "expressedBy" not in goal  # KL allows only citizen or practitioner there
    source = goal["note"][0]["extension"][0]["valueCodeableConcept"]["coding"][0]
    assert source["display"] == "Pårørende alene"
    assert goal["note"][0]["authorReference"]["reference"] == f"urn:uuid:{related['id']}"
    author = resources(bundle, "Provenance")[0]["agent"][0]
    assert author["who"]["reference"] == f"urn:uuid:{related['id']}"


@pytest.mark.parametrize(
    ("speaker", "said_by", "source"),
    [
        ("citizen", ["citizen"], "Borger"),
        ("citizen", ["citizen", "relative"], "Borger støttet af pårørende"),
        ("relative", ["relative", "citizen"], "Borger støttet af pårørende"),
        ("relative", ["relative"], "Pårørende alene"),
        ("staff", ["staff"], "Borger støttet af medarbejder"),
    ],
)
def test_the_source_says_who_expressed_the_goal(speaker, said_by, source):
    draft = sample_draft(draft_id="d-src", speaker=speaker)
    draft["transcript"] = [dict(draft["transcript"][0], said_by=who) for who in said_by]
    note = main_goal(export(draft))["note"][0]
    assert note["extension"][0]["valueCodeableConcept"]["coding"][0]["display"] == source


@pytest.mark.parametrize(
    ("scores", "code"),
    [([-2], "no-progress"), ([-1], "not-achieved"), ([0], "achieved"), ([1], "achieved"),
     ([2], "achieved"), ([1, 2], "achieved"), ([-1, 0], "not-achieved"), ([-2, -1], "no-progress"),
     ([], None)],
)  # fmt: skip
def test_gas_scores_map_to_goal_achievement_codes(scores, code):
    assert achievement_code(scores) == code


def test_achievement_status_keeps_the_gas_score_in_its_text():
    ratings = [
        {"subgoal": 0, "score": -1, "at": "2026-12-01T10:00:00+00:00"},
        {"subgoal": 0, "score": 2, "at": "2026-12-08T10:00:00+00:00"},
        {"subgoal": 1, "score": 0, "at": "2026-12-08T10:00:00+00:00"},
    ]
    assert goal_achievement(ratings, 0) == "achieved"
    bundle = export(ratings=ratings, status="approved")
    first, second = sub_goals(bundle)
    assert first["achievementStatus"]["text"] == "Meget bedre end ventet (GAS +2)"
    assert second["achievementStatus"]["text"] == "Som ventet (GAS 0)"
    goal = main_goal(bundle)  # mean of +2 and 0 → +1
    assert goal["achievementStatus"]["coding"][0]["code"] == "achieved"
    assert goal["achievementStatus"]["text"] == "Bedre end ventet (GAS +1)"
    own = ratings + [{"subgoal": None, "score": -2, "at": "2026-12-09T10:00:00+00:00"}]
    goal = main_goal(export(ratings=own))
    assert goal["achievementStatus"]["coding"][0]["code"] == "no-progress"
    assert not any("achievementStatus" in g for g in goals(export()))


def test_targets_carry_measure_quantity_frequency_and_due_date():
    goal = main_goal(export())
    floors = [t for t in goal["target"] if "detailQuantity" in t]
    assert [t["detailQuantity"] for t in floors] == [
        {"value": 2, "unit": "etage", "system": UCUM, "code": "{floor}"}
    ]
    assert all(t["measure"]["text"] for t in goal["target"])
    assert all(t["dueDate"] == "2026-12-24" for t in goal["target"])
    ratio = next(t["detailRatio"] for t in goal["target"] if "detailRatio" in t)
    assert (ratio["numerator"]["value"], ratio["denominator"]["code"]) == (3, "wk")


@pytest.mark.parametrize(
    ("unit", "code"),
    [("meter", "m"), ("kilometer", "km"), ("minut", "min"), ("time", "h"), ("kilo", "kg"),
     ("trin", "{step}"), ("skridt", "{step}"), ("gang", "{times}"), ("etage", "{floor}")],
)  # fmt: skip
def test_every_draft_unit_maps_to_ucum(unit, code):
    draft = sample_draft(draft_id="d-u")
    draft["goal"]["measures"] = [{"value": 5, "unit": unit}]
    assert main_goal(export(draft))["target"][0]["detailQuantity"]["code"] == code


def test_non_numeric_measures_are_kept_as_text_not_dropped_or_invented():
    draft = sample_draft(draft_id="d-x")
    draft["goal"]["measures"] = [{"value": 5, "unit": "spand"}, {"text": "uden at stoppe"}]
    draft["goal"]["frequency"] = None
    targets = main_goal(export(draft))["target"]
    assert [t.get("detailString") for t in targets] == ["5 spand", "uden at stoppe"]
    assert not any("detailQuantity" in t for t in targets)


def test_own_ratings_become_fsiii_performance_and_importance_observations():
    bundle = export()  # current_level 2, importance 5
    performance, importance = resources(bundle, "Observation")
    assert performance["code"]["coding"][0]["code"] == "C"
    assert performance["valueCodeableConcept"]["coding"][0]["code"] == "C2"
    assert "2 af 5" in performance["valueCodeableConcept"]["text"]
    assert importance["code"]["coding"][0]["code"] == "D"
    assert importance["valueCodeableConcept"]["coding"][0]["code"] == "D2"
    condition = resources(bundle, "Condition")[0]
    assert performance["focus"] == [{"reference": f"urn:uuid:{condition['id']}"}]


def test_a_rating_outside_one_to_five_is_refused():
    draft = sample_draft(draft_id="d-r")
    draft["goal"]["current_level"] = 7
    with pytest.raises(ExportError):
        export(draft)


def test_subgoals_are_based_on_the_goal():
    bundle = export()
    goal = main_goal(bundle)
    assert "extension" not in goal
    for sub in sub_goals(bundle):
        (relation,) = sub["extension"]
        parts = {e["url"]: e for e in relation["extension"]}
        assert parts["type"]["valueCodeableConcept"]["text"] == "based-on"
        assert parts["target"]["valueReference"]["reference"] == f"urn:uuid:{goal['id']}"
    first, second = sub_goals(bundle)
    assert first["target"][0]["dueDate"] == "2026-12-03"
    assert second["target"][0]["detailQuantity"]["code"] == "{step}"


def test_condition_carries_the_activitys_fsiii_code_and_a_staff_choice_overrides_it():
    condition = resources(export(), "Condition")[0]
    coding = condition["code"]["coding"][0]
    assert (coding["code"], coding["display"]) == ("J3.2", "Bevæge sig omkring")
    draft = sample_draft(draft_id="d-f", fsiii={"code": "J3.8", "text": "Gå med rollator"})
    condition = resources(export(draft), "Condition")[0]
    assert condition["code"]["coding"][0]["code"] == "J3.8"
    assert condition["code"]["text"] == "Gå med rollator"


@pytest.mark.parametrize("code", ["B3.8", "B3", "C2", "not-a-code"])
def test_a_stored_code_outside_the_fsiii_conditions_is_refused(code):
    draft = sample_draft(draft_id="d-f", fsiii={"code": code, "text": "Gå"})
    with pytest.raises(ExportError, match="FSIII"):
        export(draft)


def test_cpr_organisation_and_case_id_when_given():
    bundle = export(status="approved", organisation=ORG, cpr="0101501234", case_id="S-77")
    patient = resources(bundle, "Patient")[0]
    assert patient["identifier"] == [
        {"use": "official", "system": "urn:oid:1.2.208.176.1.2", "value": "0101501234"}
    ]
    org = resources(bundle, "Organization")[0]
    assert org["identifier"][0]["value"] == ORG.sor and org["name"] == ORG.name
    plan = resources(bundle, "CarePlan")[0]
    assert plan["author"]["reference"] == f"urn:uuid:{org['id']}"
    case = plan["extension"][0]["extension"][0]["valueIdentifier"]
    assert case["value"] == "S-77" and case["assigner"]["reference"] == f"urn:uuid:{org['id']}"
    assert "identifier" not in resources(export(), "Patient")[0]  # never the draft id


def test_organisation_comes_from_config_or_environment(monkeypatch):
    monkeypatch.delenv("HVERDAGSMAAL_ORG_NAME", raising=False)
    monkeypatch.delenv("HVERDAGSMAAL_ORG_SOR", raising=False)
    assert organisation_from_config({}) is None
    config = {"HVERDAGSMAAL_ORG_NAME": "Ærø Kommune", "HVERDAGSMAAL_ORG_SOR": "123451000016001"}
    assert organisation_from_config(config) == ORG.__class__("Ærø Kommune", "123451000016001")
    monkeypatch.setenv("HVERDAGSMAAL_ORG_NAME", "Morsø Kommune")
    assert organisation_from_config({}).name == "Morsø Kommune"
    for bad in ({"HVERDAGSMAAL_ORG_SOR": "12345"}, {**config, "HVERDAGSMAAL_ORG_SOR": "SOR-1"}):
        monkeypatch.delenv("HVERDAGSMAAL_ORG_NAME")
        with pytest.raises(ExportError):
            organisation_from_config(bad)
        monkeypatch.setenv("HVERDAGSMAAL_ORG_NAME", "Morsø Kommune")


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
        {"subgoals": [{"text": ""}]},
    ],
)
def test_unexportable_drafts_raise_export_error(change):
    draft = sample_draft(draft_id="d-bad")
    draft.update(change)
    with pytest.raises(ExportError):
        build_bundle(draft, activities=get_content("da").activities)


def test_every_activity_exports_a_conforming_bundle():
    for activity_id, activity in get_content("da").activities.items():
        draft = sample_draft(draft_id=f"d-{activity_id}")
        draft["goal"]["activity"] = activity_id
        condition = resources(export(draft), "Condition")[0]
        assert condition["code"]["coding"][0]["code"] == activity.fsiii_code, activity_id


def test_the_example_in_docs_integration_is_what_the_export_produces():
    text = (PROJECT_ROOT / "docs" / "integration.md").read_text(encoding="utf-8")
    shown = json.loads(text.split("```json\n", 1)[1].split("\n```", 1)[0])
    assert shown == example_bundle()
