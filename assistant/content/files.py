"""YAML helpers every content loader uses: read one file, collect problems, NFC text."""

from __future__ import annotations

import re
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
    """Read one content file; it must be a mapping that begins with `language: <lang>`. A list
    item "<refusals.NAME>" is replaced by the items of that list of the language's table of that
    name (TABLES), as is a value that is only such a reference; a mapping of lists there gives
    every item of its lists ("<people.people>": every form of every person)."""
    data = _read_mapping(path, lang, problems)
    if data and _refers(data):
        data = _resolve(data, _tables(path, lang, problems), path, problems)
    return data


def _read_mapping(path: Path, lang: str, problems: Problems) -> dict[str, Any]:
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

#: The tables other content files refer to by "<table.list>", each a file of the language's
#: nlp/ folder: one list per meaning, every reader pointing at it (refusals.yaml, swearing.yaml,
#: people.yaml).
TABLES = {
    "refusals": "nlp/refusals.yaml",
    "swearing": "nlp/swearing.yaml",
    "people": "nlp/people.yaml",
}
REFERENCE = re.compile(r"^<(?P<table>[a-z]+)\.(?P<name>[a-z_]+)>$")


def _refers(node: Any) -> bool:
    if isinstance(node, dict):
        return any(_refers(v) for v in node.values())
    if isinstance(node, list):
        return any(_refers(v) for v in node)
    return isinstance(node, str) and REFERENCE.match(node) is not None


def _tables(path: Path, lang: str, problems: Problems) -> dict[str, dict[str, Any]]:
    """The tables of the language `path` belongs to (its folder named `lang`), read as is."""
    root = next((p for p in path.parents if p.name == lang), path.parent)
    return {
        name: _read_mapping(root / rel, lang, problems)
        for name, rel in TABLES.items()
        if (root / rel).exists() and (root / rel) != path
    }


def _resolve(node: Any, tables: dict, path: Path, problems: Problems) -> Any:
    """`node` with every reference replaced by the list it names (spliced into a list)."""
    if isinstance(node, dict):
        return {k: _resolve(v, tables, path, problems) for k, v in node.items()}
    if isinstance(node, list):
        out: list[Any] = []
        for v in node:
            got = _resolve(v, tables, path, problems)
            (out.extend if isinstance(v, str) and isinstance(got, list) else out.append)(got)
        return out
    m = REFERENCE.match(node) if isinstance(node, str) else None
    if m is None:
        return node
    items = tables.get(m["table"], {}).get(m["name"])
    if isinstance(items, dict) and all(isinstance(v, list) for v in items.values()):
        # a table of forms ("people": lemma → its forms) spliced as every form it lists
        items = [form for forms in items.values() for form in forms]
    if not isinstance(items, list):
        problems.add(path, f"{node}: no such list in {TABLES.get(m['table'], m['table'])}")
        return []
    return list(items)


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
