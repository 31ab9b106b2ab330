"""YAML helpers every content loader uses: read one file, collect problems, NFC text."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import yaml

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
    if text.isascii():
        return text  # ASCII is NFC already (most words): the flag test is cheaper than the call
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


#: The longest badge a picture can carry ("12 uger"): a number, not a sentence.
MAX_BADGE_CHARS = 8


def read_badge(raw: dict, path: Path, where: str, problems: Problems) -> str | None:
    """Return a card's `badge` (a short text drawn on its picture), recording a bad one."""
    badge = raw.get("badge")
    if badge is None:
        return None
    text = nfc(str(badge)).strip()
    if not text or len(text) > MAX_BADGE_CHARS:
        problems.add(path, f"{where} badge must be 1-{MAX_BADGE_CHARS} characters: {badge!r}")
        return None
    return text


def longest_first(phrases) -> tuple[tuple[str, ...], ...]:
    """Phrases as word tuples, the longest first (then in word order): a first match is the
    longest ("han siger selv at" before "han siger") and the same in every process, whatever
    the order of the set the phrases were read into."""
    return tuple(sorted((tuple(p.split()) for p in phrases), key=lambda t: (-len(t), t)))
