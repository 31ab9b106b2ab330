"""A migrated SQLite file, made once per test process and copied for each test that wants one.

Every app test used to run all migrations on its own fresh file (a third of create_app's
time). A copy of a file migrated once in this process is the same fresh, fully migrated
database; tests/test_storage.py and friends still migrate from nothing with `open_db`.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from assistant.storage import checkpoint, open_db

_template: Path | None = None


def _migrated_template() -> Path:
    global _template  # one per test process
    if _template is None:
        folder = tempfile.mkdtemp(prefix="hverdagsmaal-template-")
        atexit.register(shutil.rmtree, folder, True)
        path = Path(folder) / "migrated.db"
        db = open_db(path)
        try:
            assert checkpoint(db), "the template's WAL could not be emptied"
        finally:
            db.close()
        _template = path
    return _template


def fresh_database(path: str | Path) -> Path:
    """Put a freshly migrated database at path unless a file is already there; return path."""
    path = Path(path)
    if str(path) != ":memory:" and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_migrated_template(), path)
    return path
