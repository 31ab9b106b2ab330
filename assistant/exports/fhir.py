"""A draft (with its status, versions and follow-up ratings) as a FHIR R4 JSON Bundle.

The Bundle (type "collection", `urn:uuid:` references, ids stable per draft) holds:
a Patient (the citizen, pseudonymous), a RelatedPerson when a relative phrased the goal,
a Practitioner for the staff member who approved it (or phrased it), a Condition with the
FSIII condition the goal addresses, one Goal for the goal and one per sub-goal, a CarePlan
and a Provenance naming who authored and who informed.

Goal attainment: follow-up ratings are Goal Attainment Scaling scores −2…+2 that say how
things go compared with what was expected at that time. They map to the FHIR
goal-achievement codes (see `achievement_code`):

    −2 → "worsening", −1 → "no-progress", 0 → "in-progress", +1 → "improving", +2 → "achieved"

A sub-goal's status comes from its latest rating. The goal's status comes from its own
latest rating; without one, from the mean of the sub-goals' latest ratings, rounded half
away from zero.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from assistant.errors import ExportError
from assistant.exports import Labels, plan_labels
from assistant.followup import (  # noqa: F401  (the GAS mapping is part of this export's API)
    ACHIEVEMENT_BY_SCORE,
    achievement_code,
    goal_achievement,
    latest_scores,
)

FHIR_VERSION = "4.0.1"
LOCAL = "https://hverdagsmaal.dk/fhir"
FSIII_SYSTEM = f"{LOCAL}/CodeSystem/fsiii-tilstande"
DRAFT_ID_SYSTEM = f"{LOCAL}/NamingSystem/draft-id"
UCUM = "http://unitsofmeasure.org"
GOAL_RELATIONSHIP = "http://hl7.org/fhir/StructureDefinition/goal-relationship"
RELATIONSHIP_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-relationship-type"
ACHIEVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement"
CLINICAL_SYSTEM = "http://terminology.hl7.org/CodeSystem/condition-clinical"
PARTICIPANT_SYSTEM = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
ROLE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
_NAMESPACE = uuid.UUID("3c2f7c6e-5b0e-4a55-9d43-8f0d1f6b2a10")

# Draft units (spec/analyze.md) → (UCUM code, unit shown). Counts use UCUM annotations.
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
    "worsening": "Worsening",
    "no-progress": "No Progress",
    "in-progress": "In Progress",
    "improving": "Improving",
    "achieved": "Achieved",
}
APPROVED_STATUSES = frozenset({"approved", "exported", "active", "completed"})


def citizen_words(draft: Mapping[str, Any], versions: Sequence[Mapping[str, Any]] = ()) -> str:
    """Return the goal text as the citizen confirmed it (the first version), else the draft's."""
    for version in sorted(versions, key=lambda v: int(v.get("version") or 0)):
        text = (_as_dict(version.get("json")).get("goal") or {}).get("text")
        if text:
            return str(text)
    return str(draft["goal"]["text"])


def build_bundle(
    draft: Mapping[str, Any],
    *,
    status: str = "draft",
    versions: Sequence[Mapping[str, Any]] = (),
    ratings: Iterable[Mapping[str, Any]] = (),
    approved_by: str | None = None,
    activities: Mapping[str, Any] | None = None,
    labels: Labels | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Return the FHIR R4 Bundle (a JSON-ready dict) for a draft; raises ExportError."""
    goal = draft.get("goal") if isinstance(draft, Mapping) else None
    if not isinstance(goal, Mapping) or not str(goal.get("text") or "").strip():
        raise ExportError("the draft has no goal text to export")
    if activities is None:
        from assistant.content import get_content  # noqa: PLC0415  (content loads lazily)

        activities = get_content("da").activities
    activity = activities.get(str(goal.get("activity")))
    if activity is None:
        raise ExportError(f"the draft's activity {goal.get('activity')!r} is unknown")
    ctx = _Context(draft, status, labels or plan_labels("da"), list(ratings))
    approved = status in APPROVED_STATUSES
    resources = [ctx.patient()]
    expressed_by = ctx.speaker_ref()
    if ctx.has_relative:
        resources.append(ctx.related_person())
    approver = approved_by if approved else None  # an approval undone by a later edit is no author
    staff_name = approver or (ctx.labels["fhir.staff"] if ctx.speaker == "staff" else None)
    if staff_name:
        resources.append(ctx.practitioner(staff_name))
    resources.append(ctx.condition(activity, draft.get("fsiii")))
    sub_ids = [ctx.ref(f"subgoal/{i}") for i in range(len(draft.get("subgoals") or []))]
    resources.append(ctx.main_goal(citizen_words(draft, versions), expressed_by, sub_ids, approved))
    for index, sub in enumerate(draft.get("subgoals") or []):
        nxt = sub_ids[index + 1] if index + 1 < len(sub_ids) else ctx.ref("goal")
        resources.append(ctx.sub_goal(index, sub, expressed_by, nxt, approved))
    resources.append(ctx.care_plan(approved, sub_ids, staff_name))
    resources.append(ctx.provenance(resources, staff_name, now or datetime.now(UTC)))
    moment = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    return {
        "resourceType": "Bundle",
        "id": ctx.uuid("bundle"),
        "meta": {"lastUpdated": moment},
        "identifier": {"system": DRAFT_ID_SYSTEM, "value": ctx.draft_id},
        "type": "collection",
        "timestamp": moment,
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, str):
        try:
            loaded = json.loads(value)
        except ValueError:
            return {}
        return loaded if isinstance(loaded, dict) else {}
    return {}


def _concept(system: str, code: str, display: str | None = None) -> dict[str, Any]:
    coding = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return {"coding": [coding]}


def _quantity(measure: Mapping[str, Any]) -> dict[str, Any] | None:
    unit = str(measure.get("unit") or "")
    value = measure.get("value")
    if unit not in UCUM_UNITS or not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    return {"value": value, "unit": unit, "system": UCUM, "code": UCUM_UNITS[unit]}


class _Context:
    """Ids, references and resource builders for one draft's export."""

    def __init__(self, draft, status: str, labels: Labels, ratings: list) -> None:
        self.draft = draft
        self.draft_id = str(draft.get("draft_id") or "")
        if not self.draft_id:
            raise ExportError("the draft has no draft_id")
        self.status = status
        self.labels = labels
        self.ratings = ratings
        self.speaker = draft.get("speaker") if draft.get("speaker") in _SPEAKERS else "citizen"
        self.created = str(draft.get("created") or "")[:10] or None
        said_by = {
            t.get("said_by") for t in draft.get("transcript") or [] if isinstance(t, Mapping)
        }
        self.has_relative = self.speaker == "relative" or "relative" in said_by

    def uuid(self, name: str) -> str:
        return str(uuid.uuid5(_NAMESPACE, f"{self.draft_id}/{name}"))

    def ref(self, name: str) -> str:
        return f"urn:uuid:{self.uuid(name)}"

    def speaker_ref(self) -> dict[str, str]:
        kind = _SPEAKERS[self.speaker]
        return {"reference": self.ref(kind.lower()), "display": self.labels[f"fhir.{self.speaker}"]}

    def patient(self) -> dict[str, Any]:
        return {
            "resourceType": "Patient",
            "id": self.uuid("patient"),
            "identifier": [{"system": DRAFT_ID_SYSTEM, "value": self.draft_id}],
        }

    def related_person(self) -> dict[str, Any]:
        return {
            "resourceType": "RelatedPerson",
            "id": self.uuid("relatedperson"),
            "patient": {"reference": self.ref("patient")},
            "relationship": [
                {
                    **_concept(ROLE_SYSTEM, "FAMMEMB", "family member"),
                    "text": self.labels["fhir.relative"],
                }
            ],
        }

    def practitioner(self, name: str) -> dict[str, Any]:
        return {
            "resourceType": "Practitioner",
            "id": self.uuid("practitioner"),
            "name": [{"text": name}],
        }

    def condition(self, activity, override: dict | None = None) -> dict[str, Any]:
        """The FSIII condition: staff's chosen code, else the activity's."""
        code, text = activity.fsiii_code, activity.fsiii_text
        if isinstance(override, dict) and override.get("code") and override.get("text"):
            code, text = str(override["code"]), str(override["text"])
        return {
            "resourceType": "Condition",
            "id": self.uuid("condition"),
            "clinicalStatus": _concept(CLINICAL_SYSTEM, "active", "Active"),
            "code": {
                **_concept(FSIII_SYSTEM, code, text),
                "text": text,
            },
            "subject": {"reference": self.ref("patient")},
            "note": [{"text": f"{self.labels['fhir.condition_note']}: {activity.label}"}],
        }

    def _goal(self, name, text, targets, expressed_by, approved, subgoal) -> dict[str, Any]:
        goal: dict[str, Any] = {
            "resourceType": "Goal",
            "id": self.uuid(name),
            "language": "da",
            "lifecycleStatus": "accepted" if approved else "proposed",
            "category": [{"text": self.labels["fhir.category"]}],
            "description": {"text": text},
            "subject": {"reference": self.ref("patient")},
            "expressedBy": expressed_by,
            "addresses": [{"reference": self.ref("condition")}],
        }
        if self.created:
            goal["startDate"] = self.created
        if targets:
            goal["target"] = targets
        code = goal_achievement(self.ratings, subgoal)
        if code:
            goal["achievementStatus"] = _concept(
                ACHIEVEMENT_SYSTEM, code, ACHIEVEMENT_DISPLAY[code]
            )
        return goal

    def _targets(self, item: Mapping[str, Any], frequency: Any = None) -> list[dict[str, Any]]:
        due = item.get("deadline") or None
        targets = []
        for measure in item.get("measures") or []:
            quantity = _quantity(measure) if isinstance(measure, Mapping) else None
            if quantity:
                targets.append({"detailQuantity": quantity})
        if isinstance(frequency, Mapping) and frequency.get("per") in PERIOD_UNITS:
            every = frequency.get("every") or 1
            targets.append(
                {
                    "measure": {"text": self.labels["fhir.frequency"]},
                    "detailRatio": {
                        "numerator": {
                            "value": frequency.get("times") or 1,
                            "system": UCUM,
                            "code": "{times}",
                            "unit": "{times}",
                        },
                        "denominator": {
                            "value": every,
                            "system": UCUM,
                            "code": PERIOD_UNITS[frequency["per"]],
                            "unit": PERIOD_UNITS[frequency["per"]],
                        },
                    },
                }
            )
        if due:
            targets = [{**t, "dueDate": due} for t in targets] or [{"dueDate": due}]
        return targets

    def main_goal(self, words, expressed_by, sub_refs, approved) -> dict[str, Any]:
        goal_data = self.draft["goal"]
        goal = self._goal(
            "goal",
            words,
            self._targets(goal_data, goal_data.get("frequency")),
            expressed_by,
            approved,
            None,
        )
        if sub_refs:
            goal["extension"] = [_relationship("milestone", ref) for ref in sub_refs]
        notes = []
        current = str(goal_data.get("text") or "")
        if current and current != words:
            notes.append(self.labels.format("fhir.staff_edited", text=current))
        if goal_data.get("motivation"):
            notes.append(self.labels.format("fhir.motivation", text=goal_data["motivation"]))
        if goal_data.get("people"):
            names = ", ".join(str(p) for p in goal_data["people"])
            notes.append(self.labels.format("fhir.helpers", names=names))
        if notes:
            goal["note"] = [{"text": n} for n in notes]
        return goal

    def sub_goal(self, index, sub, expressed_by, next_ref, approved) -> dict[str, Any]:
        if not isinstance(sub, Mapping) or not str(sub.get("text") or "").strip():
            raise ExportError(f"sub-goal {index + 1} has no text")
        goal = self._goal(
            f"subgoal/{index}",
            str(sub["text"]),
            self._targets(sub),
            expressed_by,
            approved,
            index,
        )
        goal["extension"] = [_relationship("successor", next_ref)]
        return goal

    def care_plan(self, approved, sub_refs, staff_name) -> dict[str, Any]:
        plan: dict[str, Any] = {
            "resourceType": "CarePlan",
            "id": self.uuid("careplan"),
            "language": "da",
            "status": "active" if approved else "draft",
            "intent": "plan" if approved else "proposal",
            "title": self.labels["fhir.careplan_title"],
            "description": str(self.draft["goal"]["text"]),
            "subject": {"reference": self.ref("patient")},
            "addresses": [{"reference": self.ref("condition")}],
            "goal": [{"reference": self.ref("goal")}] + [{"reference": r} for r in sub_refs],
        }
        if self.created:
            plan["created"] = self.created
        deadline = self.draft["goal"].get("deadline")
        if self.created and deadline:
            plan["period"] = {"start": self.created, "end": deadline}
        if staff_name and approved:
            plan["author"] = {"reference": self.ref("practitioner"), "display": staff_name}
        return plan

    def provenance(self, resources, staff_name, now: datetime) -> dict[str, Any]:
        author = self.speaker_ref()
        agents = [{"type": _concept(PARTICIPANT_SYSTEM, "author", "Author"), "who": author}]
        informant = _concept(PARTICIPANT_SYSTEM, "informant", "Informant")
        patient = {"reference": self.ref("patient"), "display": self.labels["fhir.citizen"]}
        agents.append({"type": informant, "who": patient})
        if self.has_relative and self.speaker != "relative":
            relative = {
                "reference": self.ref("relatedperson"),
                "display": self.labels["fhir.relative"],
            }
            agents.append({"type": informant, "who": relative})
        if staff_name and self.status in APPROVED_STATUSES:
            verifier = _concept(PARTICIPANT_SYSTEM, "verifier", "Verifier")
            who = {"reference": self.ref("practitioner"), "display": staff_name}
            agents.append({"type": verifier, "who": who})
        return {
            "resourceType": "Provenance",
            "id": self.uuid("provenance"),
            "target": [
                {"reference": f"urn:uuid:{r['id']}"}
                for r in resources
                if r["resourceType"] in ("Goal", "CarePlan", "Condition")
            ],
            "recorded": now.astimezone(UTC).isoformat(timespec="seconds"),
            "agent": agents,
        }


_SPEAKERS = {"citizen": "Patient", "relative": "RelatedPerson", "staff": "Practitioner"}


def _relationship(kind: str, target_ref: str) -> dict[str, Any]:
    return {
        "url": GOAL_RELATIONSHIP,
        "extension": [
            {"url": "type", "valueCodeableConcept": _concept(RELATIONSHIP_TYPE_SYSTEM, kind)},
            {"url": "target", "valueReference": {"reference": target_ref}},
        ],
    }
