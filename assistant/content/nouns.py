"""The noun table (content/<lang>/nlp/nouns.json: each noun → its ending class), read once per
process: the grammar's genders and the speller's noun joins share one copy (58,000 nouns)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=4)
def _read(resolved: Path) -> dict[str, str]:
    return dict(json.loads(resolved.read_text(encoding="utf-8")).get("nouns") or {})


def noun_table(path: Path) -> dict[str, str]:
    """The noun table at `path`, {} when the language ships none; one dict per file and process,
    so callers only read it. OSError or ValueError when the file cannot be read."""
    if not path.exists():
        return {}
    return _read(path.resolve())
