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

from assistant import accounts
from assistant.storage import checkpoint, open_db, users

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


# (user name, password, role, must change password) -> the row accounts.create_user stored.
_user_rows: dict[tuple[str, str, str, bool], dict] = {}


def create_user(
    db, username: str, password: str, role: str = "staff", must_change_password: bool = False
):
    """accounts.create_user for a test's setup; the same account again is a copy of its row.

    The password rule loads zxcvbn's word lists for every check and drops them after it (about
    30 ms), twice in most staff tests' setup. The first account of a name, password and role in
    this test process is made by accounts.create_user itself; later ones store a copy of that
    row (argon2 hash and all, stamped now) through the storage layer. tests/test_accounts.py
    and friends call accounts.create_user directly for what it checks.
    """
    key = (username, password, role, must_change_password)
    if key not in _user_rows:
        user = accounts.create_user(db, username, password, role, must_change_password)
        row = users.user_row(db, user.id)
        _user_rows[key] = {k: v for k, v in row.items() if k not in ("id", "created")}
        return user
    with db.atomic():
        user_id = users.insert_user(db, dict(_user_rows[key]))
    return accounts.get_user(db, user_id)
