"""The derived json tables shipped in content/<lang>/nlp/: one writer and one reader for all."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from assistant.content import Problems

T = TypeVar("T")


def write(out: Path, doc: dict) -> Path:
    """Write doc to out as the tables are shipped (sorted keys, one entry a line) and return out."""
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")
    return out


def read(path: Path, lang: str, parse: Callable[[dict], T]) -> T | None:
    """parse(doc) of the table at path; None when it is not shipped. A table of another
    language or one parse cannot read is a content problem, raised as such."""
    if not path.exists():
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("language") != lang:
            raise ValueError(f'must have "language": "{lang}"')
        return parse(doc)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, ZeroDivisionError) as exc:
        problems = Problems()
        problems.add(path, f"cannot be read: {exc}")
        problems.raise_if_any()
        raise  # raise_if_any always raises here


def known_ids(ids: Iterable[str], known: Iterable[str]) -> None:
    """Raise ValueError naming the ids a table uses that the content does not know."""
    unknown = sorted(set(ids) - set(known))
    if unknown:
        raise ValueError(f"unknown activity ids: {', '.join(unknown)}")
