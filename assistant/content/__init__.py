"""Load content/<lang>/ once into frozen dataclasses, reporting every problem with its file."""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant import CONTENT_ROOT
from assistant.errors import ContentError


class Problems:
    """Collects content problems so that a load reports all of them at once."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, path: Path | str, message: str) -> None:
        """Record one problem in the given file."""
        self.items.append(f"{path}: {message}")

    def raise_if_any(self) -> None:
        """Raise ContentError listing every recorded problem, if there are any."""
        if self.items:
            raise ContentError(self.items)


def nfc(text: str) -> str:
    """Return text in Unicode NFC form (user text and content are compared in NFC)."""
    return unicodedata.normalize("NFC", text)


def read_yaml(path: Path, lang: str, problems: Problems) -> dict[str, Any]:
    """Read one content file; it must be a mapping that begins with `language: <lang>`."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError) as exc:
        problems.add(path, f"cannot be read: {exc}")
        return {}
    if not isinstance(data, dict):
        problems.add(path, "must be a mapping")
        return {}
    if data.get("language") != lang:
        problems.add(path, f"must begin with 'language: {lang}'")
    return data


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def as_str_list(value: Any, path: Path, where: str, problems: Problems) -> tuple[str, ...]:
    """Return value as a tuple of NFC strings (a lone string counts as one), or record a problem."""
    if value is None:
        return ()
    if isinstance(value, (str, int, float)):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        problems.add(path, f"{where} must be a list of strings")
        return ()
    return tuple(nfc(str(v)) for v in value)


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
    motion_phrases: tuple[str, ...] = ()  # "gå ned til …": the way there, weaker than the errand


@dataclass(frozen=True)
class Content:
    """Everything in content/<lang>/, parsed and validated."""

    lang: str
    root: Path
    areas: dict[str, Area]
    activities: dict[str, Activity]
    lexicon: Any  # assistant.nlp.lexicon.Lexicon
    dialogue: Any = None  # assistant.dialogs.models.Dialogue
    goals: Any = None  # assistant.nlp.compose.GoalTemplates
    texts: Any = None  # dict of UI text keys → Danish strings

    def activity(self, activity_id: str) -> Activity:
        """Return the activity with this id (KeyError if unknown)."""
        return self.activities[activity_id]


def _load_activities(path: Path, lang: str, problems: Problems):
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
            motion_phrases=as_str_list(
                raw.get("motion_phrases"), path, f"{where} motion_phrases", problems
            ),
        )
        if not activities[aid].openmoji:
            problems.add(path, f"{where} has no openmoji code point")
    return areas, activities


def _optional_parts(root: Path, lang: str, problems: Problems) -> dict[str, Any]:
    """Load the parts other modules own; each loader records its own problems."""
    from assistant.dialogs import models as dialogue_models  # noqa: PLC0415  (avoid import cycles)
    from assistant.nlp import compose  # noqa: PLC0415

    parts: dict[str, Any] = {}
    if (root / "dialogue.yaml").exists():
        parts["dialogue"] = dialogue_models.load_dialogue(root, lang, problems)
    if (root / "goals").is_dir():
        parts["goals"] = compose.load_goal_templates(root / "goals", lang, problems)
    if (root / "texts.yaml").exists():
        data = read_yaml(root / "texts.yaml", lang, problems)
        parts["texts"] = {str(k): nfc(str(v)) for k, v in (data.get("texts") or {}).items()}
    return parts


def load_content(lang: str = "da", root: Path | None = None) -> Content:
    """Parse and validate content/<lang>/; raise ContentError listing every problem found."""
    from assistant.nlp.lexicon import load_lexicon  # noqa: PLC0415

    base = (root or CONTENT_ROOT) / lang
    problems = Problems()
    if not base.is_dir():
        problems.add(base, "content folder does not exist")
        problems.raise_if_any()
    areas, activities = _load_activities(base / "activities.yaml", lang, problems)
    lexicon = load_lexicon(base / "nlp", lang, problems)
    parts = _optional_parts(base, lang, problems)
    problems.raise_if_any()
    return Content(
        lang=lang, root=base, areas=areas, activities=activities, lexicon=lexicon, **parts
    )


@functools.lru_cache(maxsize=4)
def get_content(lang: str = "da") -> Content:
    """Return the content of the default folder, loaded once per process."""
    return load_content(lang)
