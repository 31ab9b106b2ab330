"""Conformance of the export to KL Common 1.2.0, one test per profile, on every bundle variant
(fhir_support.variants: speakers, statuses, staff edits, ratings, organisation and CPR, odd
measures, no sub-goals). Hold each row against the FSH in shared/reference/kl-fhir/kl-common/.

Rules checked, profile by profile (test name in brackets):

- all resources [test_every_resource_claims_its_kl_common_profile]: `meta.profile` names the
  KL Common profile of the resource; RelatedPerson and Provenance (no KL profile) claim none.
- KLCommonCitizen, parent dk-core-patient [test_kl_common_citizen]: an identifier is CPR
  (`urn:oid:1.2.208.176.1.2`, ten digits); managingOrganization only Organization.
- KLCommonOrganization [test_kl_common_organization]: name; identifier SOR
  (`urn:oid:1.2.208.176.1.1`), digits.
- KLCommonPractitioner [test_kl_common_practitioner]: name; each is named in Provenance.
- KLCommonCareSocialCondition [test_kl_common_care_social_condition]: clinicalStatus 1..1;
  code 1..1; code.coding[FSIIIConditionCode] 0..1, system fixed `urn:oid:1.2.208.176.2.21`,
  code from KLConditionCodesFSIII (required), display as in the code system; severity absent or
  from KLSeverities; subject only Citizen; asserter only Practitioner; note.authorReference
  only Practitioner.
- KLCommonCareSocialCitizensOwnObservation [test_kl_common_citizens_own_observation]: code
  from KLCitizenObservationCodesFSIII; value[x] only CodeableConcept, from
  KLCitizenObservationResultCodesFSIII (C… for Udførelse, D… for Betydning); focus 1..1 only
  Condition; subject only Citizen; effective[x] 1..1 dateTime; performer only Practitioner.
- KLCommonCareSocialGoal [test_kl_common_care_social_goal]: category 1..1 from
  KLGoalTypeCodes; target.measure (extensible KLTargetMeasureCodes: a code from it or text
  only); subject only Citizen; expressedBy only Citizen or Practitioner; addresses only
  Condition; extension[goalRelationship] 0..1, type text fixed "based-on", target only Goal;
  every sub-goal ("FFB delmål") has it; the Kilde (MatterOfInterestInformer) is a Kilde code.
- KLCommonCareSocialPurpose [test_kl_common_care_social_purpose]: category fixed
  `424827b1…` "Indsatsformål"; exactly one.
- KLCommonCareSocialCarePlan [test_kl_common_care_social_care_plan]: category 1..1
  (extensible KLCarePlanCategoryCodes: a code from it or text only); created 1..1; goal 1..*
  with slice fpurpose 1..1 (a Purpose) and nothing claiming goal[ffbgoal]; subject only Citizen;
  author only Organization; addresses (only FocusCondition) unused;
  extension[municipalityCaseNumber].municipalitySpecific: use "usual", assigner 1..1.
- KLCommonCareSocialEvaluation [test_kl_common_care_social_evaluation]: code.coding 1..2,
  slice klEvaluationCode 1..1 (system CareSocialCodes, code from KLEvaluationTypeCodes: a child
  of "evaluering" 95ec4535…), slice sctEvaluationCode 0..1 (system SNOMED CT, is-a 225400002);
  value[x] only CodeableConcept (no coding here: KLNeedsAssessmentCodesFFB is for support
  needs only); subject only Citizen; performer only Practitioner; effective[x] 1..1 dateTime;
  focus (R4: any) names the Goal rated (the goal or a sub-goal of this bundle); one per rating.
- KLCommonCareSocialFollowUp [test_kl_common_care_social_follow_up]: code fixed
  SCT#712744002; value[x] only CodeableConcept, from KLFollowUpCodes (FSIII "Resultat af
  opfølgning" children: Fortsættes, Afsluttes at the end of an archived course); subject only
  Citizen; performer only Practitioner; effective[x] 1..1 dateTime; focus only
  PlannedIntervention, Condition or CarePlan (here the CarePlan); hasMember the day's
  Evaluations, each in exactly one FollowUp; none without ratings.
"""

from __future__ import annotations

import re

import pytest
from fhir_support import VARIANT_IDS, resources, variant

from assistant.exports import terminology as term
from assistant.exports.fhir_resources import (
    CASE_NUMBER_EXTENSION,
    CPR_SYSTEM,
    GOAL_RELATIONSHIP,
    INFORMER_EXTENSION,
    PROFILE_BASE,
    SOR_SYSTEM,
)

PROFILE_OF = {
    "Patient": {"KLCommonCitizen"},
    "Organization": {"KLCommonOrganization"},
    "Practitioner": {"KLCommonPractitioner"},
    "Condition": {"KLCommonCareSocialCondition"},
    "Observation": {
        "KLCommonCareSocialCitizensOwnObservation",
        "KLCommonCareSocialEvaluation",
        "KLCommonCareSocialFollowUp",
    },
    "Goal": {"KLCommonCareSocialGoal", "KLCommonCareSocialPurpose"},
    "CarePlan": {"KLCommonCareSocialCarePlan"},
}
UNPROFILED = {"RelatedPerson", "Provenance"}  # KL Common has no profile for these


def by_ref(bundle) -> dict[str, dict]:
    return {e["fullUrl"]: e["resource"] for e in bundle["entry"]}


def target(bundle, reference: dict) -> dict:
    return by_ref(bundle)[reference["reference"]]


def is_type(bundle, reference: dict, *kinds: str) -> bool:
    return target(bundle, reference)["resourceType"] in kinds


def codings(concept: dict, system: str) -> list[dict]:
    return [c for c in concept.get("coding", []) if c.get("system") == system]


pytestmark = pytest.mark.parametrize("name", VARIANT_IDS)


@pytest.fixture
def bundle(name):
    """The exported bundle of the variant `name` (fhir_support.variants, built once)."""
    return variant(name)


def test_every_resource_claims_its_kl_common_profile(name, bundle):
    for resource in resources(bundle):
        kind = resource["resourceType"]
        if kind in UNPROFILED:
            assert "meta" not in resource
            continue
        (url,) = resource["meta"]["profile"]
        assert url.startswith(PROFILE_BASE) and url[len(PROFILE_BASE) :] in PROFILE_OF[kind]


def test_kl_common_citizen(name, bundle):
    (patient,) = resources(bundle, "Patient")
    for identifier in patient.get("identifier", []):
        assert identifier["system"] == CPR_SYSTEM and re.fullmatch(r"\d{10}", identifier["value"])
    if "managingOrganization" in patient:
        assert is_type(bundle, patient["managingOrganization"], "Organization")


def test_kl_common_organization(name, bundle):
    for org in resources(bundle, "Organization"):
        assert org["name"].strip()
        for identifier in org.get("identifier", []):
            assert identifier["system"] == SOR_SYSTEM and identifier["value"].isdigit()


def test_kl_common_practitioner(name, bundle):
    practitioners = {f"urn:uuid:{p['id']}" for p in resources(bundle, "Practitioner")}
    for practitioner in resources(bundle, "Practitioner"):
        assert practitioner["name"][0]["text"].strip()
    (provenance,) = resources(bundle, "Provenance")
    staff = {a["who"]["reference"] for a in provenance["agent"]} & practitioners
    assert staff == practitioners  # every practitioner is there because of an edit or approval


def test_kl_common_care_social_condition(name, bundle):
    (condition,) = resources(bundle, "Condition")
    assert len(condition["clinicalStatus"]["coding"]) == 1
    fsiii = codings(condition["code"], term.FSIII_SYSTEM)
    assert len(fsiii) == 1 and fsiii[0]["code"] in term.condition_codes()
    assert fsiii[0]["display"] == term.fsiii().display(fsiii[0]["code"])
    assert fsiii[0]["version"] == term.FSIII_VERSION
    for coding in condition.get("severity", {}).get("coding", []):
        assert coding["code"] in term.fsiii().descendants(["B"])
    assert is_type(bundle, condition["subject"], "Patient")
    if "asserter" in condition:
        assert is_type(bundle, condition["asserter"], "Practitioner")
    for note in condition.get("note", []):
        assert "authorReference" not in note or is_type(
            bundle, note["authorReference"], "Practitioner"
        )


def of_profile(bundle, kind: str, name: str) -> list[dict]:
    return [r for r in resources(bundle, kind) if r["meta"]["profile"] == [PROFILE_BASE + name]]


def test_kl_common_citizens_own_observation(name, bundle):
    for obs in of_profile(bundle, "Observation", "KLCommonCareSocialCitizensOwnObservation"):
        (code,) = codings(obs["code"], term.FSIII_SYSTEM)
        assert code["code"] in term.OBSERVATION_CODES
        allowed = term.performance_codes() if code["code"] == "C" else term.importance_codes()
        assert set(obs) & {k for k in obs if k.startswith("value")} == {"valueCodeableConcept"}
        (value,) = codings(obs["valueCodeableConcept"], term.FSIII_SYSTEM)
        assert value["code"] in allowed
        (focus,) = obs["focus"]
        assert is_type(bundle, focus, "Condition")
        assert is_type(bundle, obs["subject"], "Patient")
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d.*", obs["effectiveDateTime"])
        assert all(is_type(bundle, p, "Practitioner") for p in obs.get("performer", []))


def test_kl_common_care_social_goal(name, bundle):
    for goal in resources(bundle, "Goal"):
        (category,) = goal["category"]
        (coding,) = codings(category, term.CARE_SOCIAL_SYSTEM)
        assert coding["code"] in term.goal_type_codes()
        assert coding["display"] == term.care_social().display(coding["code"])
        for tgt in goal.get("target", []):
            measure = tgt["measure"]
            assert measure.get("text") or all(
                c["code"] in term.TARGET_MEASURE_CODES for c in measure["coding"]
            )
        assert is_type(bundle, goal["subject"], "Patient")
        if "expressedBy" in goal:
            assert is_type(bundle, goal["expressedBy"], "Patient", "Practitioner")
        assert all(is_type(bundle, a, "Condition") for a in goal.get("addresses", []))
        relations = [e for e in goal.get("extension", []) if e["url"] == GOAL_RELATIONSHIP]
        assert len(relations) <= 1
        for relation in relations:
            parts = {e["url"]: e for e in relation["extension"]}
            assert parts["type"]["valueCodeableConcept"]["text"] == "based-on"
            assert is_type(bundle, parts["target"]["valueReference"], "Goal")
        if coding["code"] == term.GOAL_SUBGOAL:
            assert len(relations) == 1  # a sub-goal always says which goal it serves
        for note in goal.get("note", []):
            for ext in note.get("extension", []):
                assert ext["url"] == INFORMER_EXTENSION
                (source,) = codings(ext["valueCodeableConcept"], term.CARE_SOCIAL_SYSTEM)
                assert source["code"] in term.source_codes()
    wishes = [g for g in resources(bundle, "Goal") if _category(g) == term.GOAL_WISH]
    assert len(wishes) == 1 and wishes[0]["note"][0]["extension"]  # the Kilde is always given


def test_kl_common_care_social_purpose(name, bundle):
    purposes = [g for g in resources(bundle, "Goal") if g["meta"]["profile"][0].endswith("Purpose")]
    assert len(purposes) == 1
    assert _category(purposes[0]) == term.GOAL_PURPOSE


def test_kl_common_care_social_care_plan(name, bundle):
    (plan,) = resources(bundle, "CarePlan")
    (category,) = plan["category"]
    codes = codings(category, term.CARE_SOCIAL_SYSTEM)
    assert category.get("text") or codes
    assert all(c["code"] in term.careplan_category_codes() for c in codes)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", plan["created"])
    goals = [target(bundle, g) for g in plan["goal"]]
    assert all(g["resourceType"] == "Goal" for g in goals)
    assert [_category(g) for g in goals].count(term.GOAL_PURPOSE) == 1  # fpurpose 1..1
    ffb_goal = "0bb3daef-538d-45dc-b444-abdbcb63f6bc"
    assert all(_category(g) != ffb_goal for g in goals)  # nothing claims the ffbgoal slice
    assert is_type(bundle, plan["subject"], "Patient")
    if "author" in plan:
        assert is_type(bundle, plan["author"], "Organization")
    assert "addresses" not in plan
    for ext in plan.get("extension", []):
        assert ext["url"] == CASE_NUMBER_EXTENSION
        for part in ext["extension"]:
            assert part["url"] == "municipalitySpecific"
            identifier = part["valueIdentifier"]
            assert identifier["use"] == "usual"
            assert is_type(bundle, identifier["assigner"], "Organization")


def _category(goal: dict) -> str:
    return goal["category"][0]["coding"][0]["code"]


def test_kl_common_care_social_evaluation(name, bundle):
    goals = {f"urn:uuid:{g['id']}" for g in resources(bundle, "Goal")}
    purpose = {
        f"urn:uuid:{g['id']}" for g in of_profile(bundle, "Goal", "KLCommonCareSocialPurpose")
    }
    evaluations = of_profile(bundle, "Observation", "KLCommonCareSocialEvaluation")
    for obs in evaluations:
        assert 1 <= len(obs["code"]["coding"]) <= 2
        (kl,) = codings(obs["code"], term.CARE_SOCIAL_SYSTEM)
        assert term.EVALUATION_ROOT in set(term.care_social().ancestors(kl["code"]))
        assert kl["display"] == term.care_social().display(kl["code"])
        for sct in codings(obs["code"], "http://snomed.info/sct"):
            assert sct["code"] == "225400002"  # is-a 225400002: the concept itself
        assert {k for k in obs if k.startswith("value")} == {"valueCodeableConcept"}
        assert obs["valueCodeableConcept"]["text"].startswith("Borgerens vurdering (GAS ")
        assert "coding" not in obs["valueCodeableConcept"]
        assert is_type(bundle, obs["subject"], "Patient")
        assert all(is_type(bundle, p, "Practitioner") for p in obs.get("performer", []))
        assert re.fullmatch(
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", obs["effectiveDateTime"]
        )
        (focus,) = obs["focus"]
        assert focus["reference"] in goals - purpose
    rated = name.startswith("rated")
    assert bool(evaluations) == rated


def test_kl_common_care_social_follow_up(name, bundle):
    evaluations = {
        f"urn:uuid:{o['id']}"
        for o in of_profile(bundle, "Observation", "KLCommonCareSocialEvaluation")
    }
    follow_ups = of_profile(bundle, "Observation", "KLCommonCareSocialFollowUp")
    members = []
    for obs in follow_ups:
        (code,) = obs["code"]["coding"]
        assert (code["system"], code["code"]) == ("http://snomed.info/sct", "712744002")
        assert {k for k in obs if k.startswith("value")} == {"valueCodeableConcept"}
        (value,) = codings(obs["valueCodeableConcept"], term.FSIII_SYSTEM)
        assert value["code"] in term.fsiii().descendants([term.FOLLOWUP_ROOT])
        assert value["display"] == term.fsiii().display(value["code"])
        assert is_type(bundle, obs["subject"], "Patient")
        assert all(is_type(bundle, p, "Practitioner") for p in obs.get("performer", []))
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d.*", obs["effectiveDateTime"])
        (focus,) = obs["focus"]
        assert is_type(bundle, focus, "PlannedIntervention", "Condition", "CarePlan")
        members += [m["reference"] for m in obs["hasMember"]]
    assert sorted(members) == sorted(evaluations)  # each evaluation in exactly one follow-up
    assert bool(follow_ups) == bool(evaluations)
