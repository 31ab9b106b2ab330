"""A draft (status, versions, follow-up ratings) as a FHIR R4 Bundle that conforms to KL Common.

The Bundle (type "collection", `urn:uuid:` references, ids stable per draft) holds, each with
`meta.profile` set (docs/integration.md says what is filled from where):

- KLCommonCitizen (CPR when known), KLCommonOrganization (name and SOR code from
  configuration), KLCommonPractitioner for every staff member who edited or approved the goal,
  a plain RelatedPerson when a relative spoke;
- KLCommonCareSocialCondition with the activity's (or staff's) FSIII condition code;
- KLCommonCareSocialCitizensOwnObservation for the citizen's own current level (Udførelse)
  and importance (Betydning);
- KLCommonCareSocialPurpose (the course's purpose, required by the care plan), the goal as
  KLCommonCareSocialGoal "Borgers ønsker og mål" and each sub-goal as "FFB delmål" tied to it by
  the goal-relationship extension "based-on";
- KLCommonCareSocialCarePlan and a Provenance naming who said, edited and approved the goal;
- each GAS rating as KLCommonCareSocialEvaluation (focus: the goal rated; the level staff
  agreed for that score in its text) and each follow-up, the ratings of one day, as
  KLCommonCareSocialFollowUp (assistant.exports.fhir_followup).

Text: the goal's description is the latest (approved) version; the citizen's own first words
are a note on the goal with the "Kilde" (who expressed it). Status follows the draft:
approved → active, returned → on-hold, archived → cancelled, new/in review → proposed; a goal
the citizen has not confirmed is never exported as active. GAS scores map to
goal-achievement codes as assistant.followup describes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from assistant.errors import ExportError
from assistant.exports import Labels, fhir_followup, plan_labels
from assistant.exports import fhir_resources as fr
from assistant.exports import terminology as term
from assistant.exports.fhir_resources import Organisation
from assistant.followup import ACHIEVEMENT_BY_SCORE, followup_labels, goal_score

__all__ = ["Organisation", "build_bundle", "citizen_words", "organisation_from_config"]

FHIR_VERSION = "4.0.1"
DRAFT_ID_SYSTEM = f"{fr.LOCAL}/NamingSystem/draft-id"
CITIZEN_EDITOR = "citizen"  # draft_versions.edited_by of the citizen's own version (storage)
# Draft status → Goal.lifecycleStatus; Goal status → (CarePlan.status, CarePlan.intent).
GOAL_STATUS: Mapping[str, str] = {
    "new": "proposed",
    "draft": "proposed",
    "in_review": "proposed",
    "approved": "active",
    "returned": "on-hold",
    "archived": "cancelled",
}
CAREPLAN_STATUS: Mapping[str, tuple[str, str]] = {
    "proposed": ("draft", "proposal"),
    "active": ("active", "plan"),
    "on-hold": ("on-hold", "plan"),
    "cancelled": ("revoked", "plan"),
}
ORG_NAME_KEY, ORG_SOR_KEY = "HVERDAGSMAAL_ORG_NAME", "HVERDAGSMAAL_ORG_SOR"


def organisation_from_config(config: Mapping[str, Any] | None = None) -> Organisation | None:
    """Return the organisation from app config or environment (HVERDAGSMAAL_ORG_NAME/_SOR)."""
    config = config or {}
    name = str(config.get(ORG_NAME_KEY) or os.environ.get(ORG_NAME_KEY) or "").strip()
    sor = str(config.get(ORG_SOR_KEY) or os.environ.get(ORG_SOR_KEY) or "").strip()
    if sor and not (sor.isdigit() and 6 <= len(sor) <= 18):
        raise ExportError(
            "organisation_invalid", f"{ORG_SOR_KEY} {sor!r} is not a SOR code (digits only)"
        )
    if not name:
        if sor:
            raise ExportError(
                "organisation_invalid", f"{ORG_SOR_KEY} is set but {ORG_NAME_KEY} is not"
            )
        return None
    return Organisation(name=name, sor=sor or None)


def citizen_words(draft: Mapping[str, Any], versions: Sequence[Mapping[str, Any]] = ()) -> str:
    """Return the goal text as the citizen confirmed it (the first version), else the draft's."""
    for version in sorted(versions, key=lambda v: int(v.get("version") or 0)):
        text = (_as_dict(version.get("json")).get("goal") or {}).get("text")
        if text:
            return str(text)
    return str(draft["goal"]["text"])


def staff_editors(versions: Sequence[Mapping[str, Any]]) -> list[str]:
    """Return the staff members who saved a version, in the order they first did."""
    names: list[str] = []
    for version in sorted(versions, key=lambda v: int(v.get("version") or 0)):
        name = str(version.get("edited_by") or "")
        if name and name != CITIZEN_EDITOR and name not in names:
            names.append(name)
    return names


def build_bundle(
    draft: Mapping[str, Any],
    *,
    status: str = "new",
    versions: Sequence[Mapping[str, Any]] = (),
    ratings: Iterable[Mapping[str, Any]] = (),
    approved_by: str | None = None,
    activities: Mapping[str, Any] | None = None,
    labels: Labels | None = None,
    organisation: Organisation | None = None,
    cpr: str | None = None,
    case_id: str | None = None,
    gas_levels: Mapping[str, Mapping[str, str]] | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Return the KL Common FHIR R4 Bundle (a JSON-ready dict) for a draft; raises ExportError."""
    goal = draft.get("goal") if isinstance(draft, Mapping) else None
    if not isinstance(goal, Mapping) or not str(goal.get("text") or "").strip():
        raise ExportError("goal_text_missing", "the draft has no goal text to export")
    if status not in GOAL_STATUS:
        raise ExportError("status_not_exportable", f"a draft that is {status!r} cannot be exported")
    if activities is None:
        from assistant.content import get_content  # noqa: PLC0415  (content loads lazily)

        activities = get_content("da").activities
    activity = activities.get(str(goal.get("activity")))
    if activity is None:
        raise ExportError(
            "activity_unknown", f"the draft's activity {goal.get('activity')!r} is unknown"
        )
    moment = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    export = _Export(draft, status, labels or plan_labels("da"), list(ratings), moment)
    export.gas_levels = gas_levels or {}
    return export.bundle(activity, versions, approved_by, organisation, cpr, case_id)


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


def _fhir_datetime(value: Any) -> str | None:
    """Return an ISO time as a FHIR dateTime (a time needs a zone: naive times are UTC)."""
    try:
        moment = datetime.fromisoformat(str(value or ""))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat(timespec="seconds")


class _Export:
    """The resources of one draft's export."""

    def __init__(self, draft, status: str, labels: Labels, ratings: list, moment: str) -> None:
        self.draft, self.labels, self.ratings, self.moment = draft, labels, ratings, moment
        self.archived = status == "archived"
        self.gas_levels: Mapping[str, Mapping[str, str]] = {}  # by item key: 'goal', '0', …
        draft_id = str(draft.get("draft_id") or "")
        if not draft_id:
            raise ExportError("draft_id_missing", "the draft has no draft_id")
        self.ids = fr.Ids(draft_id)
        self.lifecycle = GOAL_STATUS[status]
        if self.lifecycle == "active" and draft.get("citizen_confirmed") is not True:
            self.lifecycle = "proposed"  # never active before the citizen said "yes, my goal"
        self.created = _fhir_datetime(draft.get("created")) or moment
        said_by = {
            t.get("said_by") for t in draft.get("transcript") or [] if isinstance(t, Mapping)
        }
        speaker = draft.get("speaker")
        self.has_relative = speaker == "relative" or "relative" in said_by
        if speaker == "relative":
            key = "citizen_with_relative" if "citizen" in said_by else "relative_alone"
        elif speaker == "staff":
            key = "citizen_with_staff"
        else:
            key = "citizen_with_relative" if self.has_relative else "citizen"
        self.source = term.SOURCE_CODES[key]
        self.relative_alone = key == "relative_alone"

    def bundle(self, activity, versions, approved_by, organisation, cpr, case_id):
        editors = staff_editors(versions)
        approver = approved_by if self.lifecycle == "active" else None
        staff = editors + [approver] if approver and approver not in editors else list(editors)
        resources: list[dict[str, Any]] = [fr.citizen(self.ids, cpr, organisation)]
        if organisation:
            resources.append(fr.organization(self.ids, organisation))
        resources += [fr.practitioner(self.ids, name) for name in staff]
        if self.has_relative:
            resources.append(fr.related_person(self.ids, self.labels))
        override = self.draft.get("fsiii") if isinstance(self.draft.get("fsiii"), Mapping) else {}
        code = str(override.get("code") or activity.fsiii_code)
        text = str(override.get("text") or activity.fsiii_text)
        resources.append(
            fr.condition(self.ids, code, text, approver is not None, approver, self.created[:10])
        )
        resources += self.observations()
        subgoals = list(self.draft.get("subgoals") or [])
        resources.append(self.purpose(approver))
        resources.append(self.main_goal(citizen_words(self.draft, versions)))
        resources += [self.sub_goal(i, sub) for i, sub in enumerate(subgoals)]
        resources.append(self.care_plan(len(subgoals), organisation, case_id))
        resources += fhir_followup.follow_ups(
            self.ids,
            self.ratings,
            subgoals=len(subgoals),
            archived=self.archived,
            labels=self.labels,
            scale=followup_labels(self.labels.path.parent.name).items,
            gas_levels=self.gas_levels,
        )
        resources.append(self.provenance(resources, editors, approver))
        return {
            "resourceType": "Bundle",
            "id": self.ids.id("bundle"),
            "meta": {"lastUpdated": self.moment},
            "identifier": {"system": DRAFT_ID_SYSTEM, "value": self.ids.draft_id},
            "type": "collection",
            "timestamp": self.moment,
            "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
        }

    def observations(self) -> list[dict[str, Any]]:
        goal, found = self.draft["goal"], []
        for kind, key, label in (
            ("performance", "current_level", "fhir.level"),
            ("importance", "importance", "fhir.importance"),
        ):
            if goal.get(key) is not None:
                text = self.labels.format(label, value=goal[key])
                found.append(fr.own_observation(self.ids, kind, goal[key], text, self.created))
        return found

    def _goal(self, name: str, category: str, text: str, profile: str = "KLCommonCareSocialGoal"):
        goal: dict[str, Any] = {
            "resourceType": "Goal",
            "id": self.ids.id(name),
            "meta": fr.profile(profile),
            "language": "da",
            "lifecycleStatus": self.lifecycle,
            "category": [fr.care_social_concept(category)],
            "description": {"text": text},
            "subject": self.ids.ref("patient"),
        }
        if not self.relative_alone:  # KL allows only citizen or practitioner as expressedBy
            goal["expressedBy"] = self.ids.ref("patient")
        goal["startDate"] = self.created[:10]
        goal["addresses"] = [self.ids.ref("condition")]
        return goal

    def _achievement(self, goal: dict[str, Any], subgoal: int | None) -> None:
        score = goal_score(self.ratings, subgoal)
        if score is not None:
            label = followup_labels(self.labels.path.parent.name)[f"scale.{score}"]
            goal["achievementStatus"] = fr.achievement(ACHIEVEMENT_BY_SCORE[score], score, label)

    def purpose(self, approver: str | None) -> dict[str, Any]:
        text = self.labels.format("fhir.purpose", text=self.draft["goal"]["text"])
        goal = self._goal("purpose", term.GOAL_PURPOSE, text, "KLCommonCareSocialPurpose")
        if approver:
            goal["expressedBy"] = self.ids.ref(f"practitioner/{approver}", approver)
        return goal

    def main_goal(self, first_words: str) -> dict[str, Any]:
        data = self.draft["goal"]
        goal = self._goal("goal", term.GOAL_WISH, str(data["text"]))
        found = fr.targets(data, self.labels, data.get("frequency"))
        if found:
            goal["target"] = found
        said_by = self.ids.ref("relatedperson" if self.relative_alone else "patient")
        notes = [
            {
                "extension": [fr.informer(self.source)],
                "authorReference": said_by,
                "time": self.created,
                "text": self.labels.format("fhir.first_words", text=first_words),
            }
        ]
        if data.get("motivation"):
            notes.append({"text": self.labels.format("fhir.motivation", text=data["motivation"])})
        if data.get("people"):
            names = ", ".join(str(p) for p in data["people"])
            notes.append({"text": self.labels.format("fhir.helpers", names=names)})
        goal["note"] = notes
        self._achievement(goal, None)
        return goal

    def sub_goal(self, index: int, sub: Any) -> dict[str, Any]:
        if not isinstance(sub, Mapping) or not str(sub.get("text") or "").strip():
            raise ExportError(
                "subgoal_text_missing", f"sub-goal {index + 1} has no text", n=index + 1
            )
        goal = self._goal(f"subgoal/{index}", term.GOAL_SUBGOAL, str(sub["text"]))
        goal["extension"] = [fr.relationship(self.ids.ref("goal"))]
        found = fr.targets(sub, self.labels)
        if found:
            goal["target"] = found
        self._achievement(goal, index)
        return goal

    def care_plan(self, subgoals: int, organisation, case_id) -> dict[str, Any]:
        status, intent = CAREPLAN_STATUS[self.lifecycle]
        plan: dict[str, Any] = {
            "resourceType": "CarePlan",
            "id": self.ids.id("careplan"),
            "meta": fr.profile("KLCommonCareSocialCarePlan"),
            "language": "da",
            "status": status,
            "intent": intent,
            # KLCarePlanCategoryCodes (extensible) has no code for a § 83 a course: text only.
            "category": [{"text": self.labels["fhir.careplan_title"]}],
            "title": self.labels["fhir.careplan_title"],
            "description": str(self.draft["goal"]["text"]),
            "subject": self.ids.ref("patient"),
            "created": self.created[:10],
            "goal": [self.ids.ref("purpose"), self.ids.ref("goal")]
            + [self.ids.ref(f"subgoal/{i}") for i in range(subgoals)],
        }
        deadline = self.draft["goal"].get("deadline")
        plan["period"] = {"start": self.created[:10], **({"end": deadline} if deadline else {})}
        if organisation:
            plan["author"] = self.ids.ref("organization", organisation.name)
            if case_id:
                plan["extension"] = [fr.case_number(str(case_id), organisation, self.ids)]
        return plan

    def provenance(self, resources, editors: list[str], approver: str | None) -> dict[str, Any]:
        labels, ids = self.labels, self.ids
        patient = ids.ref("patient", labels["fhir.citizen"])
        relative = ids.ref("relatedperson", labels["fhir.relative"])
        agents = [fr.provenance_agent("author", relative if self.relative_alone else patient)]
        agents.append(fr.provenance_agent("informant", patient))
        if self.has_relative and not self.relative_alone:
            agents.append(fr.provenance_agent("informant", relative))
        for name in editors:
            who = ids.ref(f"practitioner/{name}", name)
            agents.append(fr.provenance_agent("author", who, labels["fhir.staff_edited"]))
        if approver:
            agents.append(
                fr.provenance_agent("verifier", ids.ref(f"practitioner/{approver}", approver))
            )
        return {
            "resourceType": "Provenance",
            "id": ids.id("provenance"),
            "target": fr.references(resources, {"Goal", "CarePlan", "Condition", "Observation"}),
            "recorded": self.moment,
            "agent": agents,
        }
