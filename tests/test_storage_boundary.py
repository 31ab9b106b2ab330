"""SQL lives only in assistant/storage/: no other module runs a statement or opens a table.

Read with ast (nothing is executed): a call of execute / executescript / executemany / query
whose text holds an SQL keyword, or a table opened as `db["name"]`, outside storage/ fails.
"""

from __future__ import annotations

import ast
import re

from assistant import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "assistant"
RUNS_SQL = {"execute", "executescript", "executemany", "query"}
SQL = re.compile(r"\b(select|insert|update|delete|create|drop|alter|pragma|begin|commit)\b", re.I)


def _text(node: ast.AST) -> str:
    """The literal parts of a string argument (plain, f-string or concatenation)."""
    return " ".join(
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    )


def sql_outside_storage(package=PACKAGE) -> list[str]:
    """Return `path:line` of every SQL statement or table access outside <package>/storage/."""
    found = []
    for path in sorted(package.rglob("*.py")):
        if "storage" in path.relative_to(package).parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        shown = path.relative_to(package.parent)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in RUNS_SQL
                and node.args
                and SQL.search(_text(node.args[0]))
            ) or (
                isinstance(node, ast.Subscript)
                and isinstance(node.value, ast.Name)
                and node.value.id in ("db", "database")
                and isinstance(node.slice, ast.Constant)
            ):
                found.append(f"{shown}:{getattr(node, 'lineno', 0)}")
    return found


def test_no_sql_outside_storage():
    assert sql_outside_storage() == []


def test_the_check_sees_sql_in_each_form(tmp_path):
    package = tmp_path / "assistant"
    (package / "web").mkdir(parents=True)
    (package / "storage").mkdir()
    (package / "web" / "probe.py").write_text(
        'def a(db, x):\n    return db.execute(f"SELECT * FROM t WHERE id = {x}")\n'
        'def b(db):\n    return list(db.query("select " + "1"))\n'
        'def c(db):\n    return db["users"].count\n'
        'def d(job):\n    return job.execute("run now")\n',
        encoding="utf-8",
    )
    (package / "storage" / "ok.py").write_text(
        'def a(db):\n    return db.execute("DELETE FROM t")\n', encoding="utf-8"
    )
    assert sql_outside_storage(package) == [
        "assistant/web/probe.py:2",
        "assistant/web/probe.py:4",
        "assistant/web/probe.py:6",
    ]
