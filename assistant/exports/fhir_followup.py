"""Follow-up resources of a draft's FHIR export: the citizen's GAS ratings as
KLCommonCareSocialEvaluation (one per rating, focus the goal or sub-goal rated) and each
follow-up (the ratings given on one day) as KLCommonCareSocialFollowUp (hasMember the day's
evaluations, focus the care plan, value FSIII "Fortsættes", or "Afsluttes" at the end of an
archived course)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from assistant.exports import Labels
from assistant.exports import fhir_resources as fr
from assistant.exports import terminology as term

SCT_SYSTEM = "http://snomed.info/sct"
#: KLCommonCareSocialFollowUp: code = SCT#712744002 |Evaluation of care plan (procedure)|.
FOLLOWUP_CODE = ("712744002", "Evaluation of care plan (procedure)")
#: KLEvaluationTypeCodesSCT (is-a 225400002): the concept itself, |Personal assessment|.
EVALUATION_SCT = ("225400002", "Personal assessment (procedure)")
#: KLEvaluationTypeCodes (CareSocialCodes, child of "evaluering"): the citizen's perspective.
EVALUATION_KL = "3f7a8ca0-afca-4b0d-8773-a99b5f2f8aaf"  # VUM Borgerens perspektiv på indsatsen
#: KLFollowUpCodesFSIII (children of "Resultat af opfølgning"): the course goes on / ends.
FOLLOWUP_CONTINUES = "9c90b0e5-9c0a-4b72-a18c-76cd6d6c6213"  # Fortsættes
FOLLOWUP_ENDS = "59753987-c38d-41c5-b201-0eeff3032fef"  # Afsluttes
LOCAL_ZONE = ZoneInfo("Europe/Copenhagen")  # a follow-up is the ratings of one local day


def _moment(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value or ""))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _item_name(subgoal: Any, subgoals: int) -> str | None:
    """Return the Goal resource name a rating is about (None for a sub-goal no longer there)."""
    if subgoal is None:
        return "goal"
    if isinstance(subgoal, int) and 0 <= subgoal < subgoals:
        return f"subgoal/{subgoal}"
    return None


def evaluation(
    ids: fr.Ids, rating: Mapping[str, Any], goal_name: str, text: str, moment: datetime
) -> dict[str, Any]:
    """KLCommonCareSocialEvaluation of one GAS rating, its focus the goal that was rated."""
    return {
        "resourceType": "Observation",
        "id": ids.id(f"evaluation/{rating.get('id') or moment.isoformat()}/{goal_name}"),
        "meta": fr.profile("KLCommonCareSocialEvaluation"),
        "status": "final",
        "code": {
            "coding": [
                {
                    "system": term.CARE_SOCIAL_SYSTEM,
                    "code": EVALUATION_KL,
                    "display": term.care_social().display(EVALUATION_KL),
                },
                {"system": SCT_SYSTEM, "code": EVALUATION_SCT[0], "display": EVALUATION_SCT[1]},
            ]
        },
        "subject": ids.ref("patient"),
        "focus": [ids.ref(goal_name)],
        "effectiveDateTime": moment.isoformat(timespec="seconds"),
        "valueCodeableConcept": {"text": text},
    }


def follow_up(
    ids: fr.Ids, day: str, members: Sequence[dict[str, Any]], ended: bool, text: str, moment
) -> dict[str, Any]:
    """KLCommonCareSocialFollowUp of one day's ratings (hasMember: that day's evaluations)."""
    code = FOLLOWUP_ENDS if ended else FOLLOWUP_CONTINUES
    return {
        "resourceType": "Observation",
        "id": ids.id(f"followup/{day}"),
        "meta": fr.profile("KLCommonCareSocialFollowUp"),
        "status": "final",
        "code": fr.concept(SCT_SYSTEM, *FOLLOWUP_CODE),
        "subject": ids.ref("patient"),
        "focus": [ids.ref("careplan")],
        "effectiveDateTime": moment.isoformat(timespec="seconds"),
        "valueCodeableConcept": fr.fsiii_concept(code, text),
        "hasMember": [{"reference": f"urn:uuid:{m['id']}"} for m in members],
    }


def rating_text(
    labels: Labels, scale: Mapping[str, str], rating: Mapping[str, Any], level: str | None
) -> str:
    """Return the evaluation's text: the GAS score and face, the agreed level, the comment."""
    score = int(rating["score"])
    face = scale[f"scale.{score}"]
    parts = [labels.format("fhir.gas_score", score=f"{score:+d}" if score else "0", face=face)]
    if level:
        parts.append(labels.format("fhir.gas_level", text=level))
    if rating.get("comment"):
        parts.append(labels.format("fhir.gas_comment", text=rating["comment"]))
    return " ".join(parts)


def follow_ups(
    ids: fr.Ids,
    ratings: Sequence[Mapping[str, Any]],
    *,
    subgoals: int,
    archived: bool,
    labels: Labels,
    scale: Mapping[str, str],
    gas_levels: Mapping[str, Mapping[str, str]] | None = None,
) -> list[dict[str, Any]]:
    """Return the Evaluation and FollowUp resources of a draft's ratings, in time order."""
    days: dict[str, list[tuple[datetime, dict[str, Any]]]] = {}
    for rating in ratings:
        moment = _moment(rating.get("at"))
        name = _item_name(rating.get("subgoal"), subgoals)
        if moment is None or name is None or rating.get("score") not in (-2, -1, 0, 1, 2):
            continue
        key = "goal" if rating.get("subgoal") is None else str(rating["subgoal"])
        level = (gas_levels or {}).get(key, {}).get(str(rating["score"]))
        text = rating_text(labels, scale, rating, level)
        day = moment.astimezone(LOCAL_ZONE).date().isoformat()
        days.setdefault(day, []).append((moment, evaluation(ids, rating, name, text, moment)))
    found: list[dict[str, Any]] = []
    ordered = sorted(days)
    for day in ordered:
        members = [e for _, e in sorted(days[day], key=lambda pair: pair[0])]
        last = max(m for m, _ in days[day])
        ended = archived and day == ordered[-1]
        text = labels.format("fhir.followup_ended" if ended else "fhir.followup_goes_on")
        found += members
        found.append(follow_up(ids, day, members, ended, text, last))
    return found
