"""The everyday activities and their function areas (content/<lang>/activities.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.content.files import Problems, as_str_list, nfc, read_yaml


@dataclass(frozen=True)
class Area:
    """One Fælles Sprog III function area."""

    id: str
    label: str
    fsiii: str
    openmoji: str


@dataclass(frozen=True)
class Activity:
    """One everyday activity with its card, its FSIII condition and its cue words."""

    id: str
    area: str
    label: str
    fsiii_code: str
    fsiii_text: str
    openmoji: tuple[str, ...]
    cues: tuple[str, ...]
    phrases: tuple[str, ...]
    weak_cues: tuple[str, ...]
    compound_cues: tuple[str, ...] = ()
    # count only as a word of its own, never as a compound's part ("sal": "på tredje sal" is a
    # floor, "spisesalen" a hall)
    word_cues: tuple[str, ...] = ()
    # "gå ned til …", "på telefonen": the way there or the means, weaker than the errand
    motion_phrases: tuple[str, ...] = ()
    # "det løber ned ad kinden": words that look like this activity's but are not; they count
    # for nothing and no other cue of the activity is read in them
    not_phrases: tuple[str, ...] = ()


def load_activities(path: Path, lang: str, problems: Problems):
    """Parse activities.yaml into its areas and activities, recording every problem."""
    data = read_yaml(path, lang, problems)
    areas: dict[str, Area] = {}
    for area_id, raw in (data.get("areas") or {}).items():
        if not isinstance(raw, dict):
            problems.add(path, f"area '{area_id}' must be a mapping")
            continue
        areas[area_id] = Area(
            id=area_id,
            label=nfc(str(raw.get("label", ""))),
            fsiii=nfc(str(raw.get("fsiii", ""))),
            openmoji=str(raw.get("openmoji", "")),
        )
    activities: dict[str, Activity] = {}
    for raw in data.get("activities") or []:
        if not isinstance(raw, dict) or "id" not in raw:
            problems.add(path, f"activity entry without id: {raw!r}")
            continue
        aid = str(raw["id"])
        if aid in activities:
            problems.add(path, f"activity '{aid}' is defined twice")
        if raw.get("area") not in areas:
            problems.add(path, f"activity '{aid}' has unknown area {raw.get('area')!r}")
        for key in ("label", "fsiii_code", "fsiii_text"):
            if not raw.get(key):
                problems.add(path, f"activity '{aid}' lacks '{key}'")
        where = f"activity '{aid}'"
        activities[aid] = Activity(
            id=aid,
            area=str(raw.get("area")),
            label=nfc(str(raw.get("label", ""))),
            fsiii_code=str(raw.get("fsiii_code", "")),
            fsiii_text=nfc(str(raw.get("fsiii_text", ""))),
            openmoji=as_str_list(raw.get("openmoji"), path, f"{where} openmoji", problems),
            cues=as_str_list(raw.get("cues"), path, f"{where} cues", problems),
            phrases=as_str_list(raw.get("phrases"), path, f"{where} phrases", problems),
            weak_cues=as_str_list(raw.get("weak_cues"), path, f"{where} weak_cues", problems),
            compound_cues=as_str_list(
                raw.get("compound_cues"), path, f"{where} compound_cues", problems
            ),
            word_cues=as_str_list(raw.get("word_cues"), path, f"{where} word_cues", problems),
            motion_phrases=as_str_list(
                raw.get("motion_phrases"), path, f"{where} motion_phrases", problems
            ),
            not_phrases=as_str_list(raw.get("not_phrases"), path, f"{where} not_phrases", problems),
        )
        if not activities[aid].openmoji:
            problems.add(path, f"{where} has no openmoji code point")
    return areas, activities
