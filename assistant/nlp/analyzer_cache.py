"""The analyzer of the default content, read back from the built-content cache (content/built.py).

Its key adds to the content's key the NLP package's code and spaCy's version: a change to a rule
module, a table or the content makes a new key, so no start reads an analyzer built before it.
The analyzer is kept without the Content it was built from: each object of the Content it holds
(the Content, its lexicon, its grammar …) is written as its path from the Content and found again
in the Content of the reading process, so both share one Content, as a built analyzer does.
spaCy's blank pipeline (tokenizer, vocabulary) is built anew (Analyzer.__setstate__).
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from spacy import about

from assistant.content import Content, built

NLP_CODE = Path(__file__).resolve().parent
NAME = "analyzer"
_ATOMS = (str, bytes, int, float, complex, bool, type(None))
_OPAQUE = (type, types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType)
T = TypeVar("T")


def analyzer_key(content: Content) -> str | None:
    """The key of the analyzer of this Content: None for a Content not from the cache's loader
    (a test's own folder), whose analyzer is always built."""
    found = built.key_of(content)
    if found is None or not built.enabled():
        return None
    return built.digest(built.files_under(NLP_CODE, suffix=".py"), found, about.__version__)


def read_or_build(content: Content, build: Callable[[Content], T]) -> T:
    """The analyzer of content: read back when its key was built before, else build(content),
    kept for the next start (before its first use, while its memos are empty)."""
    key = analyzer_key(content)
    if key is None:
        return build(content)
    found = read(content, key)
    if found is not None:
        return found
    paths = object_paths(content)  # before the build: as a reading process finds the Content
    analyzer = build(content)
    # no source file changed since the Content was read (the analyzer reads the tables of
    # content/<lang>/nlp/ itself) nor while it was built: else it stays unkept
    same = built.content_key(content.root) == built.key_of(content)
    if same and analyzer_key(content) == key:
        ids = {id(obj): path for path, obj in paths.items()}
        built.write(f"{NAME}-{content.lang}", key, analyzer, lambda obj: ids.get(id(obj)))
    return analyzer


def read(content: Content, key: str) -> Any:
    """The analyzer kept under key for content, or None (none, or one that cannot be read)."""
    return built.read(f"{NAME}-{content.lang}", key, lambda path: follow(content, path))


def object_paths(content: Content) -> dict[tuple, Any]:
    """Every object inside content (no string or number: those are written as values) by its
    first path from content: ("a", attribute) and ("k", key or index) steps; items of sets are
    left out (they have no path)."""
    found: dict[tuple, Any] = {}
    seen: set[int] = set()
    todo: list[tuple[tuple, Any]] = [((), content)]
    while todo:
        later = []
        for path, obj in todo:
            if isinstance(obj, _ATOMS + _OPAQUE) or id(obj) in seen:
                continue
            seen.add(id(obj))
            found[path] = obj
            later += [(path + (step,), child) for step, child in _children(obj)]
        todo = later
    return found


def _children(obj: Any) -> list[tuple[tuple[str, Any], Any]]:
    if isinstance(obj, dict | types.MappingProxyType):
        return [(("k", k), v) for k, v in obj.items()]
    if isinstance(obj, list | tuple):
        return [(("k", i), v) for i, v in enumerate(obj)]
    if isinstance(obj, set | frozenset | re.Pattern):
        return []
    return [(("a", name), v) for name, v in getattr(obj, "__dict__", {}).items()]


def follow(content: Content, path: tuple) -> Any:
    """The object at path inside content (object_paths); a wrong path raises."""
    obj: Any = content
    for kind, step in path:
        obj = getattr(obj, step) if kind == "a" else obj[step]
    return obj
