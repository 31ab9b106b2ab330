"""Load content/<lang>/ once into frozen dataclasses, reporting every problem with its file.

The content package is the ground floor: it owns the parsed model and every parser, and
imports nothing from the other layers of assistant/ (docs/architecture.md).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant import CONTENT_ROOT
from assistant.content.activities import Activity, Area, load_activities
from assistant.content.files import Problems, as_str_list, nfc, read_yaml

__all__ = [
    "Activity",
    "Area",
    "Content",
    "Problems",
    "as_str_list",
    "get_content",
    "load_content",
    "nfc",
    "read_yaml",
]


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


def _optional_parts(root: Path, lang: str, problems: Problems) -> dict[str, Any]:
    """Load the parts other modules own; each loader records its own problems."""
    from assistant.content.dialogue import load_dialogue  # noqa: PLC0415
    from assistant.content.goals import load_goal_templates  # noqa: PLC0415

    parts: dict[str, Any] = {}
    if (root / "dialogue.yaml").exists():
        parts["dialogue"] = load_dialogue(root, lang, problems)
    if (root / "goals").is_dir():
        parts["goals"] = load_goal_templates(root / "goals", lang, problems)
    if (root / "texts.yaml").exists():
        data = read_yaml(root / "texts.yaml", lang, problems)
        parts["texts"] = {str(k): nfc(str(v)) for k, v in (data.get("texts") or {}).items()}
    return parts


def load_content(lang: str = "da", root: Path | None = None) -> Content:
    """Parse and validate content/<lang>/; raise ContentError listing every problem found."""
    from assistant.content.lexicon import load_lexicon  # noqa: PLC0415

    base = (root or CONTENT_ROOT) / lang
    problems = Problems()
    if not base.is_dir():
        problems.add(base, "content folder does not exist")
        problems.raise_if_any()
    areas, activities = load_activities(base / "activities.yaml", lang, problems)
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
