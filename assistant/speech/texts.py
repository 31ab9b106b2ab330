"""Which texts can be read aloud (fixed content only) and the Danish speech messages."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant import CONTENT_ROOT
from assistant.content import Content, Problems, nfc, read_yaml

MESSAGE_KEYS = (
    "nothing_heard",
    "too_long",
    "too_big",
    "unreadable",
    "no_audio",
    "busy",
    "unavailable",
    "no_such_audio",
    "heard",
    "queued",
    "working",
    "one_at_a_time",
    "no_such_job",
)
UI_KEYS = ("listening", "working", "no_microphone", "failed", "playing", "play_failed")

# A collector yields (reference, text) pairs; a reference is "<kind>/<id>" in ASCII.
TextCollector = Callable[[Content], Iterable[tuple[str, str]]]


@dataclass(frozen=True)
class SpeechTexts:
    """The Danish messages of content/<lang>/speech.yaml."""

    messages: dict[str, str]
    ui: dict[str, str]


def load_speech_texts(lang: str = "da", root: Path | None = None) -> SpeechTexts:
    """Parse content/<lang>/speech.yaml; raise ContentError listing every problem."""
    path = (root or CONTENT_ROOT) / lang / "speech.yaml"
    problems = Problems()
    data = read_yaml(path, lang, problems)
    parts: dict[str, dict[str, str]] = {}
    for section, keys in (("messages", MESSAGE_KEYS), ("ui", UI_KEYS)):
        raw = data.get(section) or {}
        if not isinstance(raw, dict):
            problems.add(path, f"'{section}' must be a mapping")
            raw = {}
        parts[section] = {str(k): nfc(str(v)) for k, v in raw.items() if v}
        for key in keys:
            if key not in parts[section]:
                problems.add(path, f"'{section}' lacks '{key}'")
    problems.raise_if_any()
    return SpeechTexts(messages=parts["messages"], ui=parts["ui"])


@functools.lru_cache(maxsize=4)
def get_speech_texts(lang: str = "da") -> SpeechTexts:
    """Return the speech messages of the default content folder, loaded once per process."""
    return load_speech_texts(lang)


def _areas_and_activities(content: Content) -> Iterator[tuple[str, str]]:
    for area in content.areas.values():
        yield f"area/{area.id}", area.label
    for activity in content.activities.values():
        yield f"activity/{activity.id}", activity.label


def _ui_texts(content: Content) -> Iterator[tuple[str, str]]:
    for key, text in (content.texts or {}).items():
        if _fixed(text):
            yield f"text/{key}", text


def _dialogue(content: Content) -> Iterator[tuple[str, str]]:
    """Step prompts (plain, simpler, offer, confirm), card labels and dialogue texts."""
    dialogue = content.dialogue
    if dialogue is None:
        return
    for step in getattr(dialogue, "steps", ()):
        for name in ("prompt", "simple", "offer", "confirm"):
            text = getattr(step, name, None)
            if _fixed(text):
                yield f"{name}/{step.id}", text
    for card in (getattr(dialogue, "cards", None) or {}).values():
        if _fixed(card.label):
            yield f"card/{card.id}", card.label
    for key, text in (getattr(dialogue, "texts", None) or {}).items():
        if _fixed(text):
            yield f"dialogue/{key}", text


def _fixed(text: object) -> bool:
    """True for a non-empty text without {placeholders} (those are filled in per answer)."""
    return isinstance(text, str) and bool(text.strip()) and "{" not in text


TEXT_COLLECTORS: list[TextCollector] = [_areas_and_activities, _dialogue, _ui_texts]


def register_text_collector(collector: TextCollector) -> None:
    """Add a collector whose (reference, text) pairs become fixed read-aloud texts."""
    if collector not in TEXT_COLLECTORS:
        TEXT_COLLECTORS.append(collector)


def fixed_texts(content: Content) -> dict[str, str]:
    """Return {reference: text} of every fixed text in content that may be read aloud."""
    found: dict[str, str] = {}
    for collector in TEXT_COLLECTORS:
        for ref, text in collector(content):
            text = " ".join(str(text).split())
            if text and ref not in found:
                found[ref] = text
    return found
