"""Labels files (`labels:` mappings): the citizen's plan and FHIR texts, the follow-up texts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from assistant import CONTENT_ROOT
from assistant.content.files import Problems, nfc, read_yaml

SCALE = (-2, -1, 0, 1, 2)  # the five GAS faces of a follow-up rating


@dataclass(frozen=True)
class Labels:
    """Danish labels from one content file (flat keys → strings), checked at load."""

    path: Path
    items: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.items[key]

    def get(self, key: str, default: str = "") -> str:
        """Return the label for key, or default when it is absent."""
        return self.items.get(key, default)

    def format(self, key: str, **values: object) -> str:
        """Return the label for key with {placeholders} filled in."""
        return self.items[key].format(**values)


def _flatten(prefix: str, raw: object, out: dict[str, str], path: Path, problems: Problems):
    if isinstance(raw, dict):
        for key, value in raw.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), value, out, path, problems)
    elif isinstance(raw, (str, int, float)):
        out[prefix] = nfc(str(raw))
    else:
        problems.add(path, f"'{prefix}' must be a text or a mapping of texts")


def read_labels(path: Path, required: Iterable[str], lang: str, problems: Problems) -> Labels:
    """Parse one labels file (`labels:` mapping), recording every missing or bad label."""
    data = read_yaml(path, lang, problems)
    items: dict[str, str] = {}
    _flatten("", data.get("labels") or {}, items, path, problems)
    for key in required:
        if not items.get(key):
            problems.add(path, f"label '{key}' is missing")
    return Labels(path=path, items=MappingProxyType(items))


def load_labels(
    filename: str, required: Iterable[str], lang: str = "da", root: Path | None = None
) -> Labels:
    """Read content/<lang>/<filename> (`labels:` mapping); raise ContentError listing gaps."""
    problems = Problems()
    labels = read_labels((root or CONTENT_ROOT) / lang / filename, required, lang, problems)
    problems.raise_if_any()
    return labels


PLAN_LABELS = (
    "title",
    "intro",
    "goal_heading",
    "subgoals_heading",
    "subgoal_by",
    "goal_by",
    "no_date",
    "helpers_heading",
    "helpers_none",
    "followup_heading",
    "followup_on",
    "followup_none",
    "receipt",
    "attribution",
    "independence.selv",
    "independence.hjaelpemiddel",
    "independence.med_hjaelp",
    *(f"months.{m}" for m in range(1, 13)),
    "pictogram.step",
    "pictogram.date",
    "pictogram.helpers",
    "pictogram.followup",
    "pictogram.goal",
    "fhir.careplan_title",
    "fhir.purpose",
    "fhir.first_words",
    "fhir.staff_edited",
    "fhir.motivation",
    "fhir.helpers",
    "fhir.measure",
    "fhir.criterion",
    "fhir.frequency",
    "fhir.level",
    "fhir.importance",
    "fhir.relative",
    "fhir.citizen",
)


FOLLOWUP_LABELS = (
    "title",
    "code_heading",
    "code_help",
    "code_label",
    "code_button",
    "code_empty",
    "code_wrong",
    "too_many",
    "link_wrong",
    "not_ready",
    "start_again",
    "question_subgoal",
    "question_goal",
    "step_of",
    "choose_face",
    "comment_label",
    "comment_help",
    "you_chose",
    "send",
    "next",
    "speak",
    "skip",
    "saved",
    "comment_too_long",
    "done_heading",
    "done_text",
    "no_items",
    *(f"scale.{s}" for s in SCALE),
    *(f"face.{s}" for s in SCALE),
)
