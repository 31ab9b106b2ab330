"""The table of body parts a second-language speaker says bare (_grammar.yaml
learner_body_parts): each part's definite, and which of them are mended as a verb's object too;
read by nlp/learner_phrases.py and nlp/reason_gate.py alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.content.files import Problems, nfc

_GROUPS = ("objects", "subjects")  # parts mended as an object and a subject; as a subject only


def body_parts(
    raw: Any, path: Path, problems: Problems, fold: Callable[[str], str]
) -> tuple[frozenset, dict]:
    """(the folded parts mended as a verb's object, every folded part → its definite as
    written); each problem is reported with the file."""
    if raw is None:
        return frozenset(), {}
    if not isinstance(raw, dict) or set(raw) - set(_GROUPS):
        problems.add(path, f"learner_body_parts must map {' and '.join(_GROUPS)} to parts")
        return frozenset(), {}
    objects, definites = set(), {}
    for group in _GROUPS:
        parts = raw.get(group) or {}
        if not isinstance(parts, dict):
            problems.add(path, f"learner_body_parts.{group} must map each part to its definite")
            continue
        for part, definite in parts.items():
            key = fold(str(part))
            if key in definites or not definite:
                problems.add(path, f"learner_body_parts: '{part}' twice or with no definite")
            definites[key] = nfc(str(definite))
            if group == "objects":
                objects.add(key)
    return frozenset(objects), definites
