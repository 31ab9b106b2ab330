"""The Danish speech messages (content/<lang>/speech.yaml): errors, and the recorder's UI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant import CONTENT_ROOT
from assistant.content.files import Problems, nfc, read_yaml

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
UI_KEYS = (
    "listening",
    "working",
    "no_microphone",
    "failed",
    "playing",
    "play_failed",
    "stop_reading",
)


@dataclass(frozen=True)
class SpeechTexts:
    """The Danish messages of content/<lang>/speech.yaml."""

    messages: dict[str, str]
    ui: dict[str, str]


def read_speech_texts(path: Path, lang: str, problems: Problems) -> SpeechTexts:
    """Parse one speech.yaml, recording every problem."""
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
    return SpeechTexts(messages=parts["messages"], ui=parts["ui"])


def load_speech_texts(lang: str = "da", root: Path | None = None) -> SpeechTexts:
    """Parse content/<lang>/speech.yaml; raise ContentError listing every problem."""
    problems = Problems()
    texts = read_speech_texts((root or CONTENT_ROOT) / lang / "speech.yaml", lang, problems)
    problems.raise_if_any()
    return texts
