"""Builders of the KL Common resources of one draft's FHIR export (see assistant.exports.fhir)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.errors import ExportError
from assistant.exports import Labels
from assistant.exports import terminology as term

PROFILE_BASE = "http://fhir.kl.dk/core/StructureDefinition/"
LOCAL = "https://hverdagsmaal.dk/fhir"
STAFF_USER_SYSTEM = f"{LOCAL}/NamingSystem/staff-user"
CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"
SOR_SYSTEM = "urn:oid:1.2.208.176.1.1"
UCUM = "http://unitsofmeasure.org"
GOAL_RELATIONSHIP = "http://hl7.org/fhir/StructureDefinition/goal-relationship"
RELATIONSHIP_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-relationship-type"
INFORMER_EXTENSION = PROFILE_BASE + "MatterOfInterestInformer"
CASE_NUMBER_EXTENSION = PROFILE_BASE + "MunicipalityCaseNumber"
ACHIEVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement"
CLINICAL_SYSTEM = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VERIFICATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDITION_CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/condition-category"
PARTICIPANT_SYSTEM = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
ROLE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
_NAMESPACE = uuid.UUID("3c2f7c6e-5b0e-4a55-9d43-8f0d1f6b2a10")

# Draft units (spec/analyze.md) → UCUM code. Counts use UCUM annotations.
UCUM_UNITS: Mapping[str, str] = {
    "meter": "m",
    "kilometer": "km",
    "minut": "min",
    "time": "h",
    "kilo": "kg",
    "etage": "{floor}",
    "trin": "{step}",
    "skridt": "{step}",
    "gang": "{times}",
}
PERIOD_UNITS: Mapping[str, str] = {"day": "d", "week": "wk", "month": "mo", "year": "a"}
ACHIEVEMENT_DISPLAY: Mapping[str, str] = {
    "achieved": "Achieved",
    "not-achieved": "Not Achieved",
    "no-progress": "No Progress",
}
# The citizen's 1–5 answers → FSIII codes: Udførelse (C) and Betydning (D). FSIII's scales are
# coarser, so the exact answer stays in the value's text.
PERFORMANCE_BY_LEVEL: Mapping[int, str] = {1: "C3", 2: "C2", 3: "C2", 4: "C2", 5: "C1"}
IMPORTANCE_BY_LEVEL: Mapping[int, str] = {1: "D1", 2: "D2", 3: "D2", 4: "D2", 5: "D2"}


@dataclass(frozen=True)
class Organisation:
    """The municipal unit that runs the course: name and SOR code (from configuration)."""

    name: str
    sor: str | None = None


def profile(name: str) -> dict[str, Any]:
    """Return a `meta` element that claims the KL Common profile of that name."""
    return {"profile": [PROFILE_BASE + name]}


def concept(system: str, code: str, display: str | None = None, text: str | None = None):
    """Return a CodeableConcept with one coding (and text if given)."""
    coding: dict[str, Any] = {"system": system, "code": code}
    if display:
        coding["display"] = display
    result: dict[str, Any] = {"coding": [coding]}
    if text:
        result["text"] = text
    return result


def fsiii_concept(code: str, text: str | None = None) -> dict[str, Any]:
    """Return a CodeableConcept for an FSIII code, its display taken from the code system."""
    result = concept(term.FSIII_SYSTEM, code, term.fsiii().display(code), text)
    result["coding"][0]["version"] = term.fsiii().version
    return result


def care_social_concept(code: str) -> dict[str, Any]:
    """Return a CodeableConcept for a KL CareSocialCodes code with its display."""
    return concept(term.CARE_SOCIAL_SYSTEM, code, term.care_social().display(code))


class Ids:
    """Stable uuid5 ids and urn:uuid references for the resources of one draft."""

    def __init__(self, draft_id: str) -> None:
        self.draft_id = draft_id

    def id(self, name: str) -> str:
        """Return the resource id for a name within this draft."""
        return str(uuid.uuid5(_NAMESPACE, f"{self.draft_id}/{name}"))

    def ref(self, name: str, display: str | None = None) -> dict[str, str]:
        """Return a Reference to the named resource of this draft."""
        ref = {"reference": f"urn:uuid:{self.id(name)}"}
        if display:
            ref["display"] = display
        return ref


def citizen(ids: Ids, cpr: str | None, organisation: Organisation | None) -> dict[str, Any]:
    """KLCommonCitizen: the citizen, with the CPR number when staff have entered it."""
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "id": ids.id("patient"),
        "meta": profile("KLCommonCitizen"),
    }
    if cpr:
        patient["identifier"] = [{"use": "official", "system": CPR_SYSTEM, "value": cpr}]
    if organisation:
        patient["managingOrganization"] = ids.ref("organization", organisation.name)
    return patient


def organization(ids: Ids, organisation: Organisation) -> dict[str, Any]:
    """KLCommonOrganization: name and SOR code of the municipal unit."""
    org: dict[str, Any] = {
        "resourceType": "Organization",
        "id": ids.id("organization"),
        "meta": profile("KLCommonOrganization"),
        "active": True,
        "name": organisation.name,
    }
    if organisation.sor:
        org["identifier"] = [{"use": "official", "system": SOR_SYSTEM, "value": organisation.sor}]
    return org


def practitioner(ids: Ids, username: str) -> dict[str, Any]:
    """KLCommonPractitioner: a staff member who edited or approved the goal."""
    return {
        "resourceType": "Practitioner",
        "id": ids.id(f"practitioner/{username}"),
        "meta": profile("KLCommonPractitioner"),
        "identifier": [{"system": STAFF_USER_SYSTEM, "value": username}],
        "name": [{"text": username}],
    }


def related_person(ids: Ids, labels: Labels) -> dict[str, Any]:
    """A relative who spoke in the dialogue (plain R4 RelatedPerson: KL Common has no profile)."""
    return {
        "resourceType": "RelatedPerson",
        "id": ids.id("relatedperson"),
        "patient": ids.ref("patient"),
        "relationship": [concept(ROLE_SYSTEM, "FAMMEMB", "family member", labels["fhir.relative"])],
    }


def condition(ids: Ids, code: str, text: str, confirmed: bool, asserter: str | None, recorded):
    """KLCommonCareSocialCondition: the FSIII function-ability condition the goal addresses."""
    concept_ = term.condition_concept(code)
    cond: dict[str, Any] = {
        "resourceType": "Condition",
        "id": ids.id("condition"),
        "meta": profile("KLCommonCareSocialCondition"),
        "clinicalStatus": concept(CLINICAL_SYSTEM, "active", "Active"),
        "verificationStatus": concept(
            VERIFICATION_SYSTEM,
            *(("confirmed", "Confirmed") if confirmed else ("provisional", "Provisional")),
        ),
        "category": [concept(CONDITION_CATEGORY_SYSTEM, "problem-list-item", "Problem List Item")],
        "code": fsiii_concept(concept_.code, text or concept_.display),
        "subject": ids.ref("patient"),
    }
    if recorded:
        cond["recordedDate"] = recorded
    if asserter:
        cond["asserter"] = ids.ref(f"practitioner/{asserter}", asserter)
    return cond


def own_observation(ids: Ids, kind: str, level: Any, text: str, effective: str):
    """KLCommonCareSocialCitizensOwnObservation: the citizen's own 1–5 rating as FSIII C or D."""
    table, code = (
        (PERFORMANCE_BY_LEVEL, "C") if kind == "performance" else (IMPORTANCE_BY_LEVEL, "D")
    )
    if isinstance(level, bool) or not isinstance(level, int) or level not in table:
        raise ExportError("rating_invalid", f"the citizen's {kind} rating {level!r} is not 1 to 5")
    return {
        "resourceType": "Observation",
        "id": ids.id(f"observation/{kind}"),
        "meta": profile("KLCommonCareSocialCitizensOwnObservation"),
        "status": "final",
        "code": fsiii_concept(code),
        "subject": ids.ref("patient"),
        "focus": [ids.ref("condition")],
        "effectiveDateTime": effective,
        "valueCodeableConcept": fsiii_concept(table[level], text),
    }


def relationship(target: Mapping[str, str]) -> dict[str, Any]:
    """The goal-relationship extension KL uses to tie a sub-goal to its goal ("based-on")."""
    kind = concept(RELATIONSHIP_TYPE_SYSTEM, "other", "Other", "based-on")
    return {
        "url": GOAL_RELATIONSHIP,
        "extension": [
            {"url": "type", "valueCodeableConcept": kind},
            {"url": "target", "valueReference": dict(target)},
        ],
    }


def informer(source_code: str) -> dict[str, Any]:
    """The MatterOfInterestInformer extension with a CareSocialCodes "Kilde" code."""
    if source_code not in term.source_codes():
        raise ExportError("source_unknown", f"{source_code!r} is not a CareSocialCodes Kilde code")
    return {"url": INFORMER_EXTENSION, "valueCodeableConcept": care_social_concept(source_code)}


def case_number(case_id: str, organisation: Organisation, ids: Ids) -> dict[str, Any]:
    """The MunicipalityCaseNumber extension: the case id in the care record and who issued it."""
    return {
        "url": CASE_NUMBER_EXTENSION,
        "extension": [
            {
                "url": "municipalitySpecific",
                "valueIdentifier": {
                    "use": "usual",
                    "value": case_id,
                    "assigner": ids.ref("organization", organisation.name),
                },
            }
        ],
    }


def quantity(measure: Mapping[str, Any]) -> dict[str, Any] | None:
    """Return a UCUM Quantity for a draft measure, or None when it is not a known unit."""
    unit = str(measure.get("unit") or "")
    value = measure.get("value")
    if unit not in UCUM_UNITS or not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    return {"value": value, "unit": unit, "system": UCUM, "code": UCUM_UNITS[unit]}


def measure_text(measure: Mapping[str, Any]) -> str:
    """Return a measure that is not a known quantity as plain text (never dropped)."""
    if measure.get("text"):
        return str(measure["text"])
    parts = [str(measure[k]) for k in ("value", "unit") if measure.get(k) not in (None, "")]
    return " ".join(parts)


def targets(item: Mapping[str, Any], labels: Labels, frequency: Any = None) -> list[dict]:
    """Goal.target: each measure and the frequency, all with a measure (gol-1) and the due date."""
    found: list[dict[str, Any]] = []
    for measure in item.get("measures") or []:
        if not isinstance(measure, Mapping):
            continue
        amount = quantity(measure)
        if amount:
            found.append({"measure": {"text": labels["fhir.measure"]}, "detailQuantity": amount})
        elif measure_text(measure):
            found.append(
                {
                    "measure": {"text": labels["fhir.criterion"]},
                    "detailString": measure_text(measure),
                }
            )
    if isinstance(frequency, Mapping) and frequency.get("per") in PERIOD_UNITS:
        period = PERIOD_UNITS[frequency["per"]]
        ratio = {
            "numerator": {
                "value": frequency.get("times") or 1,
                "system": UCUM,
                "code": "{times}",
                "unit": "{times}",
            },
            "denominator": {
                "value": frequency.get("every") or 1,
                "system": UCUM,
                "code": period,
                "unit": period,
            },
        }
        found.append({"measure": {"text": labels["fhir.frequency"]}, "detailRatio": ratio})
    due = item.get("deadline") or None
    if due:
        found = [{**t, "dueDate": due} for t in found] or [{"dueDate": due}]
    return found


def achievement(code: str, score: int, scale_label: str) -> dict[str, Any]:
    """Goal.achievementStatus: the R4 code, with the GAS score and its words as text."""
    text = f"{scale_label} (GAS {score:+d})" if score else f"{scale_label} (GAS 0)"
    return concept(ACHIEVEMENT_SYSTEM, code, ACHIEVEMENT_DISPLAY[code], text)


def provenance_agent(kind: str, who: Mapping[str, str], role: str | None = None):
    """One Provenance.agent with its participant type."""
    agent: dict[str, Any] = {
        "type": concept(PARTICIPANT_SYSTEM, kind, kind.capitalize()),
        "who": dict(who),
    }
    if role:
        agent["role"] = [{"text": role}]
    return agent


def references(resources: Sequence[Mapping[str, Any]], kinds: set[str]) -> list[dict[str, str]]:
    """Return urn:uuid references to the resources of the given types."""
    return [{"reference": f"urn:uuid:{r['id']}"} for r in resources if r["resourceType"] in kinds]
