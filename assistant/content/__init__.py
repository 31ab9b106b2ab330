"""Load content/<lang>/ once into frozen dataclasses, reporting every problem with its file.

The content package is the ground floor: it owns the parsed model and every parser, and
imports nothing from the other layers of assistant/ (docs/architecture.md).
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant import CONTENT_ROOT
from assistant.content import built
from assistant.content.activities import Activity, Area, load_activities
from assistant.content.dialogue import Dialogue, load_dialogue
from assistant.content.engine_cards import check_deadline_words
from assistant.content.files import Problems, as_str_list, nfc, read_yaml
from assistant.content.goals import GoalTemplates, load_goal_templates
from assistant.content.grammar import fold
from assistant.content.labels import FOLLOWUP_LABELS, PLAN_LABELS, Labels, read_labels
from assistant.content.lexicon import Lexicon, load_lexicon
from assistant.content.speech import SpeechTexts, read_speech_texts
from assistant.content.staff import read_staff_texts

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
    lexicon: Lexicon | None
    dialogue: Dialogue | None = None
    goals: GoalTemplates | None = None
    texts: dict[str, str] | None = None  # UI text keys → Danish strings
    plan: Labels | None = None  # plan.yaml: the citizen's plan and the FHIR texts
    followup: Labels | None = None  # followup.yaml: the citizen follow-up pages
    speech: SpeechTexts | None = None  # speech.yaml: read-aloud and recording messages
    staff: dict[str, str] | None = None  # staff.yaml: staff page text keys → Danish strings

    @functools.cached_property
    def ui_texts(self) -> dict[str, str]:
        """Every text key t() knows: the citizen texts and the staff texts (one key space)."""
        return {**(self.texts or {}), **(self.staff or {})}

    def activity(self, activity_id: str) -> Activity:
        """Return the activity with this id (KeyError if unknown)."""
        return self.activities[activity_id]


def _optional_parts(root: Path, lang: str, problems: Problems) -> dict[str, Any]:
    """Load the dialogue, goal templates and UI texts when their files exist."""
    parts: dict[str, Any] = {}
    if (root / "dialogue.yaml").exists():
        parts["dialogue"] = load_dialogue(root, lang, problems)
    if (root / "goals").is_dir():
        parts["goals"] = load_goal_templates(root / "goals", lang, problems)
    if (root / "texts.yaml").exists():
        data = read_yaml(root / "texts.yaml", lang, problems)
        parts["texts"] = {str(k): nfc(str(v)) for k, v in (data.get("texts") or {}).items()}
    if (root / "staff.yaml").exists():
        parts["staff"] = read_staff_texts(root / "staff.yaml", lang, problems, parts.get("texts"))
    return parts


def _with_lexicon_words(
    goals: GoalTemplates, lexicon: Lexicon, folder: Path, problems: Problems
) -> GoalTemplates:
    """The goal templates with each aid's words (every aid needs its phrase, "et greb") and the
    number words' values."""
    forms: dict[str, set[str]] = {}
    for form, lemma in lexicon.aids.items():
        forms.setdefault(lemma, {fold(lemma)}).add(fold(form))
    for form, lemma in lexicon.shaped_things.items():  # "med bestik med tykke håndtag"
        forms.setdefault(lemma, {fold(lemma)}).add(fold(form))
    for aid, features in lexicon.described_aid_parts.items():  # "med en pind med krog"
        said = {f for f, lemma in lexicon.lemmas.items() if lemma in features} | features
        forms.setdefault(aid, {fold(aid)}).update(fold(f) for f in said)
    phrases = goals.common.get("aid_phrases") or {}
    for lemma in sorted(set(forms) - set(phrases)):
        problems.add(folder / "_common.yaml", f"aid_phrases: '{lemma}' (nlp/aids.yaml) has none")
    return dataclasses.replace(
        goals,
        aid_forms={k: frozenset(v) for k, v in forms.items()},
        number_values=dict(lexicon.numbers.cardinals),
    )


def load_content(lang: str = "da", root: Path | None = None) -> Content:
    """Parse and validate content/<lang>/; raise ContentError listing every problem found."""
    base = (root or CONTENT_ROOT) / lang
    problems = Problems()
    if not base.is_dir():
        problems.add(base, "content folder does not exist")
        problems.raise_if_any()
    areas, activities = load_activities(base / "activities.yaml", lang, problems)
    lexicon = load_lexicon(base / "nlp", lang, problems)
    parts = _optional_parts(base, lang, problems)
    plan = read_labels(base / "plan.yaml", PLAN_LABELS, lang, problems)
    followup = read_labels(base / "followup.yaml", FOLLOWUP_LABELS, lang, problems)
    speech = read_speech_texts(base / "speech.yaml", lang, problems)
    if parts.get("goals") and lexicon is not None:
        parts["goals"] = _with_lexicon_words(parts["goals"], lexicon, base / "goals", problems)
    if parts.get("dialogue") and lexicon is not None:
        engine = parts["dialogue"].engine_cards
        check_deadline_words(engine, lexicon.time, base / "cards.yaml", problems)
    problems.raise_if_any()
    return Content(
        lang=lang,
        root=base,
        areas=areas,
        activities=activities,
        lexicon=lexicon,
        plan=plan,
        followup=followup,
        speech=speech,
        **parts,
    )


def _key(base: Path) -> str | None:
    """The built-content key of the folder, or None: no cache (switched off, no such folder,
    a file that cannot be read: load_content reports it)."""
    if not built.enabled() or not base.is_dir():
        return None
    try:
        return built.content_key(base)
    except OSError:
        return None


@functools.lru_cache(maxsize=4)
def get_content(lang: str = "da") -> Content:
    """Return the content of the default folder, loaded once per process: read back from the
    built-content cache (content/built.py) when these files and this code made it before."""
    base = CONTENT_ROOT / lang
    key = _key(base)
    content = built.read(f"content-{lang}", key) if key else None
    if not isinstance(content, Content):
        content = load_content(lang)
        if key and _key(base) == key:  # no file changed while it was parsed
            built.write(f"content-{lang}", key, content)
    if key:
        built.remember_key(content, key)
    return content
