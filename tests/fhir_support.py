"""Shared by the FHIR tests: build a bundle and hold every one built against R4B, the R4
invariants (FHIRPath, fhirpathpy) and the checks fhir.resources skips."""

from __future__ import annotations

import copy
import functools
import json
from datetime import UTC, datetime

from exports_support import sample_draft
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.careplan import CarePlan
from fhir.resources.R4B.condition import Condition
from fhir.resources.R4B.goal import Goal
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.organization import Organization
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.practitioner import Practitioner
from fhir.resources.R4B.provenance import Provenance
from fhir.resources.R4B.relatedperson import RelatedPerson
from fhirpathpy import compile as compile_fhirpath
from fhirpathpy.models import models

from assistant.content import get_content
from assistant.exports.fhir import Organisation, build_bundle

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
ORG = Organisation(name="Træning og Rehabilitering, Ærø Kommune", sor="123451000016001")
R4 = models["r4"]
MODELS = {
    "Patient": Patient,
    "Organization": Organization,
    "Practitioner": Practitioner,
    "RelatedPerson": RelatedPerson,
    "Condition": Condition,
    "Observation": Observation,
    "Goal": Goal,
    "CarePlan": CarePlan,
    "Provenance": Provenance,
}
_CONDITION_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
_CONDITION_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
# The R4 (4.0.1) invariants of the resources and data types the export uses, as the spec
# states them (key, where, FHIRPath expression). ele-1 and the code-value checks fhirpathpy
# cannot do are in check_semantics.
R4_INVARIANTS = (
    ("bdl-1", "Bundle", "total.empty() or (type = 'searchset') or (type = 'history')"),
    ("bdl-2", "Bundle", "entry.search.empty() or (type = 'searchset')"),
    ("bdl-3", "Bundle", "entry.all(request.exists() = (%resource.type = 'batch' or "
     "%resource.type = 'transaction' or %resource.type = 'history'))"),
    ("bdl-4", "Bundle", "entry.all(response.exists() = (%resource.type = 'batch-response' or "
     "%resource.type = 'transaction-response' or %resource.type = 'history'))"),
    ("bdl-5", "Bundle", "entry.all(resource.exists() or request.exists() or response.exists())"),
    ("bdl-7", "Bundle", "(type = 'history') or entry.where(fullUrl.exists()).select(fullUrl & "
     "iif(resource.meta.versionId.exists(), resource.meta.versionId, '')).isDistinct()"),
    ("bdl-8", "Bundle", "entry.all(fullUrl.contains('/_history/').not())"),
    ("bdl-9", "Bundle", "type = 'document' implies (identifier.system.exists() and "
     "identifier.value.exists())"),
    ("gol-1", "Goal", "target.all((detail.exists() and measure.exists()) or "
     "detail.exists().not())"),
    ("con-3", "Condition", f"clinicalStatus.exists() or verificationStatus.coding.where(system="
     f"'{_CONDITION_VER}' and code = 'entered-in-error').exists() or "
     "category.select($this='problem-list-item').empty()"),
    ("con-4", "Condition", f"abatement.empty() or clinicalStatus.coding.where(system="
     f"'{_CONDITION_CLIN}' and (code='resolved' or code='remission' or code='inactive'))"
     ".exists()"),
    ("con-5", "Condition", f"verificationStatus.coding.where(system='{_CONDITION_VER}' and "
     "code='entered-in-error').empty() or clinicalStatus.empty()"),
    ("obs-6", "Observation", "dataAbsentReason.empty() or value.empty()"),
    ("obs-7", "Observation", "value.empty() or component.code.where(coding.intersect("
     "%resource.code.coding).exists()).empty()"),
    ("cpl-3", "CarePlan", "activity.all(detail.empty() or reference.empty())"),
    ("pat-1", "Patient", "contact.all(name.exists() or telecom.exists() or address.exists() "
     "or organization.exists())"),
    ("org-1", "Organization", "(identifier.count() + name.count()) > 0"),
    ("dom-2", "*", "contained.contained.empty()"),
    ("dom-3", "*", "contained.empty()"),
    ("dom-4", "*", "contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()"),
    ("ext-1", "*", "descendants().ofType(Extension).all(extension.exists() != value.exists())"),
    ("qty-3", "*", "descendants().ofType(Quantity).all(code.empty() or system.exists())"),
    ("rat-1", "*", "descendants().ofType(Ratio).all((numerator.empty() xor "
     "denominator.exists()) and (numerator.exists() or extension.exists()))"),
    ("per-1", "*", "descendants().ofType(Period).all(start.empty() or end.empty() or "
     "(start <= end))"),
)  # fmt: skip


def resources(bundle, kind=None):
    """Return the bundle's resources, optionally only those of one type."""
    found = [e["resource"] for e in bundle["entry"]]
    return [r for r in found if kind is None or r["resourceType"] == kind]


def goals(bundle, category=None):
    """Return the bundle's Goals, optionally only those with one CareSocialCodes category."""
    found = resources(bundle, "Goal")
    return [
        g for g in found if category is None or g["category"][0]["coding"][0]["code"] == category
    ]


@functools.cache
def _compiled(expression: str):
    """The FHIRPath expression parsed once (parsing, not evaluating, is most of its cost)."""
    return compile_fhirpath(expression, R4)


def broken_invariants(bundle) -> list[str]:
    """Return 'key on Type/id' for every R4 invariant the bundle or one of its resources breaks."""
    broken = []
    for key, where, expression in R4_INVARIANTS:
        targets = [bundle] if where == "Bundle" else resources(bundle)
        for resource in targets:
            if where not in ("*", "Bundle", resource["resourceType"]):
                continue
            context = {"resource": resource}
            if _compiled(expression)(resource, context) != [True]:
                broken.append(f"{key} on {resource['resourceType']}/{resource.get('id')}")
    return broken


def check_semantics(bundle) -> None:
    """What neither fhir.resources nor fhirpathpy checks: empty values, references, ids."""
    assert bundle["type"] == "collection"
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert all(e["fullUrl"] == f"urn:uuid:{e['resource']['id']}" for e in bundle["entry"])
    assert len(set(urls)) == len(urls), "duplicate fullUrl"
    for ref in _references(bundle):
        assert not ref.startswith("urn:uuid:") or ref in urls, f"dangling reference {ref}"
    _no_empty(bundle, "Bundle")  # ele-1: every element has a value or children


def _no_empty(value, where: str) -> None:
    if isinstance(value, dict):
        assert value, f"{where} is an empty object"
        for key, item in value.items():
            _no_empty(item, f"{where}.{key}")
    elif isinstance(value, list):
        assert value, f"{where} is an empty list"
        for item in value:
            _no_empty(item, where)
    else:
        assert value is not None and value != "", f"{where} has no value"


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


def check_bundle(bundle) -> None:
    """Hold one exported bundle against R4B, the R4 invariants and the semantic checks."""
    Bundle.model_validate(bundle)
    for resource in resources(bundle):
        MODELS[resource["resourceType"]].model_validate(resource)
    assert broken_invariants(bundle) == []
    check_semantics(bundle)


def export(draft=None, **kwargs):
    """Build, serialise, re-read and check a bundle (what a receiving system would get)."""
    kwargs.setdefault("now", NOW)
    draft = draft or sample_draft(draft_id="d-123", receipt_code="ABC234")
    bundle = build_bundle(draft, activities=get_content("da").activities, **kwargs)
    bundle = json.loads(json.dumps(bundle, ensure_ascii=False))
    check_bundle(bundle)
    return bundle


#: GAS levels of a goal as staff set them with the citizen (−2 … +2, 0 expected).
GOAL_LEVELS = {
    "-2": "Kan ikke gå på trappen",
    "-1": "Går en etage med hjælp",
    "0": "Går to etager med gelænder",
    "1": "Går to etager uden pause",
    "2": "Går tre etager uden pause",
}


SUBGOAL_LEVELS = {
    "-2": "Kan ikke gå en etage",
    "-1": "Går en etage med to pauser",
    "0": "Går en etage med én pause",
    "1": "Går en etage uden pause",
    "2": "Går to etager uden pause",
}


#: The ids of variants(), in order: known at collection, before any bundle is built (building
#: them took about a second of every xdist worker's collection).
VARIANT_IDS = (
    "new", "approved", "approved-org-cpr", "staff-edited", "relative", "relative-alone",
    "staff-speaker", "returned", "archived", "rated", "rated-archived-levels", "odd-measures",
    "no-subgoals",
)  # fmt: skip


def variant(name: str):
    """The bundle of variants() with this id (built with all the others on first use)."""
    return dict(variants())[name]


@functools.cache
def variants():
    """(id, bundle) for a spread of drafts: speakers, statuses, staff edits, ratings, org, CPR."""
    edited = sample_draft(draft_id="d-ed")
    edited["goal"]["text"] = "Jeg vil gå to etager uden pause inden jul."
    versions = [
        {"version": 1, "json": json.dumps(sample_draft(draft_id="d-ed")), "edited_by": "citizen"},
        {"version": 2, "json": json.dumps(edited), "edited_by": "lise.lund"},
    ]
    ratings = [
        {"subgoal": 0, "score": 2, "at": "2026-12-01T10:00:00+00:00"},
        {"subgoal": 1, "score": -1, "at": "2026-12-08T10:00:00+00:00"},
    ]
    odd = sample_draft(draft_id="d-odd")
    odd["goal"]["measures"] = [{"value": 5, "unit": "spand"}, {"text": "uden at holde pause"}]
    odd["goal"].update(current_level=None, importance=None, frequency=None, deadline=None)
    alone = sample_draft(draft_id="d-alone", speaker="relative")
    alone["transcript"][0]["said_by"] = "relative"
    return [
        ("new", export()),
        ("approved", export(status="approved", approved_by="hanne.hansen")),
        (
            "approved-org-cpr",
            export(
                status="approved",
                approved_by="hanne.hansen",
                organisation=ORG,
                cpr="0101501234",
                case_id="S-2026-77",
            ),
        ),
        ("staff-edited", export(edited, versions=versions, status="in_review")),
        ("relative", export(sample_draft(draft_id="d-rel", speaker="relative"))),
        ("relative-alone", export(alone)),
        ("staff-speaker", export(sample_draft(draft_id="d-st", speaker="staff"))),
        ("returned", export(status="returned", organisation=ORG)),
        ("archived", export(status="archived")),
        ("rated", export(status="approved", approved_by="hanne.hansen", ratings=ratings)),
        (
            "rated-archived-levels",
            export(
                sample_draft(draft_id="d-end"),
                status="archived",
                ratings=[
                    {"id": 7, "subgoal": 0, "score": 1, "at": "2026-12-01T09:00:00+00:00"},
                    {"id": 8, "subgoal": None, "score": 0, "at": "2026-12-01T09:02:00+00:00"},
                    {
                        "id": 9,
                        "subgoal": None,
                        "score": 2,
                        "at": "2026-12-15T23:30:00+00:00",
                        "comment": "jeg kom op til Søs",
                    },
                ],
                gas_levels={"goal": GOAL_LEVELS},
            ),
        ),
        ("odd-measures", export(odd)),
        ("no-subgoals", export(sample_draft(draft_id="d-ns", subgoals=[]))),
    ]  # fmt: skip  (cached: callers must not change these bundles)


def example_bundle():
    """The example of docs/integration.md: approved after a staff edit, rated once against the
    GAS levels agreed for the sub-goal, with CPR, case id and organisation."""
    draft = sample_draft(draft_id="d-eksempel")
    edited = copy.deepcopy(draft)
    edited["goal"]["text"] = (
        "Jeg vil gå to etager på trappen uden pause inden jul, så jeg kan besøge Søs."
    )
    edited["subgoals"] = edited["subgoals"][:1]
    versions = [
        {"version": 1, "json": json.dumps(draft), "edited_by": "citizen"},
        {"version": 2, "json": json.dumps(edited), "edited_by": "hanne.hansen"},
    ]
    ratings = [{"subgoal": 0, "score": 1, "at": "2026-12-03T09:30:00+00:00"}]
    return export(
        edited,
        status="approved",
        versions=versions,
        ratings=ratings,
        approved_by="hanne.hansen",
        organisation=ORG,
        cpr="0101501234",
        case_id="S-2026-0042",
        gas_levels={"0": SUBGOAL_LEVELS},
    )
