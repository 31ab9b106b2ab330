"""Which texts can be read aloud (fixed content only) and the Danish speech messages."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from assistant.content import Content, get_content
from assistant.content.speech import MESSAGE_KEYS, UI_KEYS, SpeechTexts, load_speech_texts

__all__ = [
    "MESSAGE_KEYS",
    "UI_KEYS",
    "SpeechTexts",
    "fixed_texts",
    "get_speech_texts",
    "load_speech_texts",
    "register_text_collector",
]

# A collector yields (reference, text) pairs; a reference is "<kind>/<id>" in ASCII.
TextCollector = Callable[[Content], Iterable[tuple[str, str]]]


def get_speech_texts(lang: str = "da") -> SpeechTexts:
    """Return the speech messages of the default content folder, loaded once per process."""
    return get_content(lang).speech


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
    """Step prompts (plain, simpler, offer, confirm), card labels (also per set) and texts."""
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
    # A card set's own labels ("1 Kan ikke" on the level scale): fixed content too, so their
    # audio is shared and their card markup kept (web/card_markup.py), not made per session.
    for name, labels in (getattr(dialogue, "set_labels", None) or {}).items():
        for card_id, label in labels.items():
            if _fixed(label):
                yield f"set/{name}/{card_id}", label
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
