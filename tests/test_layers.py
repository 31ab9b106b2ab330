"""The imports of assistant/ follow the layer rules of docs/architecture.md and form no circle.

The imports are read with ast (nothing is executed), including imports inside functions: a
circle hidden in a function is still a circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from assistant import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "assistant"
BASE = {"assistant", "errors"}  # the package root (paths, version) and the error classes
#: layer → the layers it may import (docs/architecture.md); a layer is the first name under
#: assistant/ (a package or a module). Everything not listed here is a failure.
ALLOWED: dict[str, set[str]] = {
    "assistant": set(),
    "errors": set(),
    "content": BASE,
    "nlp": BASE | {"content"},
    "dialogs": BASE | {"content", "nlp"},
    "storage": BASE,
    "accounts": BASE | {"storage"},
    "totp": BASE | {"storage", "accounts"},
    "speech": BASE | {"content"},
    "followup": BASE | {"content"},
    "exports": BASE | {"content", "followup"},
    "web": BASE
    | {"content", "nlp", "dialogs", "storage", "accounts", "totp", "speech", "followup", "exports"},
    "commands": BASE
    | {
        "content",
        "nlp",
        "dialogs",
        "storage",
        "accounts",
        "totp",
        "speech",
        "followup",
        "exports",
        "web",
    },
    "cli": BASE,  # finds the commands by name (importlib), not by import
    "__main__": BASE | {"cli"},
}
#: Circles that exist today, each to be removed; none are left.
KNOWN_CYCLES: set[frozenset[str]] = set()


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(PROJECT_ROOT).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


MODULES = _modules()


def _resolve(name: str) -> str:
    """The module a dotted import name lands in (a name imported from a module is the module)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name


def _imports(name: str, path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {_resolve(a.name) for a in node.names if a.name.startswith("assistant")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative import
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            if not base.startswith("assistant"):
                continue
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(_resolve(full if full in MODULES else base))
    return found - {name, ""}


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    """Module → the modules it imports, read once when the first test asks (not at collection,
    where every xdist worker parsed all of assistant/ again: about a second each)."""
    return {name: _imports(name, path) for name, path in MODULES.items()}


def layer(module: str) -> str:
    """The layer of a module: the first name under assistant/ ("assistant" for the root)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "assistant"


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Return the import circles: strongly connected groups of more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(frozenset(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_every_layer_is_known():
    assert {layer(m) for m in MODULES} <= set(ALLOWED), "add the new layer to ALLOWED and docs"


def test_every_import_follows_the_layer_rules(graph):
    wrong = [
        f"{m} imports {t} ({layer(m)} → {layer(t)})"
        for m, targets in sorted(graph.items())
        for t in sorted(targets)
        if layer(t) != layer(m) and layer(t) not in ALLOWED.get(layer(m), set())
    ]
    assert not wrong, "\n".join(wrong)


def test_content_is_the_ground_floor(graph):
    upward = {t for m, ts in graph.items() if layer(m) == "content" for t in ts}
    assert {layer(t) for t in upward} <= {"content", *BASE}


def test_no_new_import_circle(graph):
    new = [sorted(c) for c in cycles(graph) if c not in KNOWN_CYCLES]
    assert not new, new


def test_no_import_circle_at_all(graph):
    assert not cycles(graph)


def test_the_walker_sees_circles_and_wrong_arrows(graph):
    toy = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(toy) == [frozenset({"a", "b", "c"})]
    assert _imports("assistant.content.files", MODULES["assistant.content.files"]) == {
        "assistant.errors"
    }
    assert "assistant.content.lexicon" in graph["assistant.nlp.rules"]
