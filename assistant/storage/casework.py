"""Casework per draft: the citizen's CPR number, the care-record case id, the assigned staff
member and the GAS levels staff set in advance. One row per draft, keyed by draft_id, so the
GDPR export and erasure (gdpr.py) include it without knowing it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database, Migrations

from assistant.errors import StorageError
from assistant.storage import iso, register, utcnow

migrations = register(Migrations("hverdagsmaal-casework"))

CPR_RE = re.compile(r"^(\d{2})(\d{2})(\d{2})-?(\d{4})$")
MAX_CASE_ID = 64
GAS_LEVELS = (-2, -1, 0, 1, 2)


class InvalidCpr(StorageError):
    """A CPR number that is not DDMMYY-SSSS with a real date of birth."""


@migrations()
def m001_draft_case(db: Database) -> None:
    """Create draft_case: one row per draft with CPR, case id, assignee and GAS levels."""
    db["draft_case"].create(
        {
            "draft_id": str,
            "cpr": str,
            "case_id": str,
            "assigned_to": str,
            "gas_levels": str,
            "updated_by": str,
            "updated_at": str,
        },
        pk="draft_id",
    )
    db["draft_case"].create_index(["assigned_to"])


@dataclass(frozen=True)
class Case:
    """What staff recorded about one draft's case (empty strings / {} when not set)."""

    draft_id: str
    cpr: str = ""
    case_id: str = ""
    assigned_to: str = ""
    gas_levels: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def masked_cpr(self) -> str:
        """The CPR number shown as DDMMYY-xxxx ('' when none is stored)."""
        return f"{self.cpr[:6]}-xxxx" if self.cpr else ""


def birth_date(cpr: str) -> date:
    """Return the date of birth a CPR number encodes (century from the 7th digit).

    Raises InvalidCpr when the text is not DDMMYY-SSSS or the date does not exist.
    """
    match = CPR_RE.match(str(cpr).strip())
    if not match:
        raise InvalidCpr("a CPR number is DDMMYY-SSSS")
    day, month, year = (int(match.group(i)) for i in (1, 2, 3))
    seventh = int(match.group(4)[0])
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if year <= 36 else 1900
    else:
        century = 2000 if year <= 57 else 1800
    try:
        return date(century + year, month, day)
    except ValueError as exc:
        raise InvalidCpr(f"no such date of birth: {exc}") from exc


def normal_cpr(cpr: str) -> str:
    """Return a CPR number as DDMMYY-SSSS. Raises InvalidCpr (see birth_date)."""
    birth_date(cpr)
    digits = re.sub(r"\D", "", cpr)
    return f"{digits[:6]}-{digits[6:]}"


def get_case(db: Database, draft_id: str) -> Case:
    """Return the case row of a draft (an empty Case when nothing is recorded). Raises nothing."""
    if "draft_case" not in db.table_names():
        return Case(str(draft_id))
    rows = list(db.query("SELECT * FROM draft_case WHERE draft_id = ?", [str(draft_id)]))
    if not rows:
        return Case(str(draft_id))
    return _case(rows[0])


def _case(row: dict[str, Any]) -> Case:
    levels = json.loads(row["gas_levels"]) if row["gas_levels"] else {}
    return Case(
        draft_id=row["draft_id"],
        cpr=row["cpr"] or "",
        case_id=row["case_id"] or "",
        assigned_to=row["assigned_to"] or "",
        gas_levels=levels if isinstance(levels, dict) else {},
    )


def _upsert(db: Database, draft_id: str, user: str, values: dict[str, Any]) -> Case:
    with db.atomic():
        db["draft_case"].upsert(
            {"draft_id": str(draft_id), **values, "updated_by": user, "updated_at": iso(utcnow())},
            pk="draft_id",
        )
    return get_case(db, draft_id)


def set_identity(db: Database, draft_id: str, cpr: str, case_id: str, user: str) -> Case:
    """Store the CPR number (checked, or '' to clear) and case id. Raises InvalidCpr,
    StorageError for a case id that is too long or not printable."""
    cpr = normal_cpr(cpr) if cpr.strip() else ""
    case_id = case_id.strip()
    if len(case_id) > MAX_CASE_ID or not case_id.isprintable():
        raise StorageError(f"a case id is at most {MAX_CASE_ID} printable characters")
    return _upsert(db, draft_id, user, {"cpr": cpr, "case_id": case_id})


def assign(db: Database, draft_id: str, assignee: str, user: str) -> Case:
    """Assign the draft to a staff member ('' to nobody); return the case. Raises nothing else."""
    return _upsert(db, draft_id, user, {"assigned_to": assignee})


def assigned_to(db: Database, username: str) -> list[str]:
    """Return the ids of the drafts assigned to this staff member."""
    if "draft_case" not in db.table_names():
        return []
    rows = db.query("SELECT draft_id FROM draft_case WHERE assigned_to = ?", [username])
    return [r["draft_id"] for r in rows]


def set_gas_levels(
    db: Database, draft_id: str, levels: dict[str, dict[str, str]], user: str
) -> Case:
    """Store GAS level texts per goal ('goal', '0', '1', ... for sub-goals), each a map from
    '-2' … '2' to a description. Raises StorageError on an unknown level."""
    allowed = {str(level) for level in GAS_LEVELS}
    for goal, texts in levels.items():
        if not isinstance(texts, dict) or not set(texts) <= allowed:
            raise StorageError(f"GAS levels of {goal!r} must be keyed -2 … 2")
    payload = json.dumps(levels, ensure_ascii=False, sort_keys=True)
    return _upsert(db, draft_id, user, {"gas_levels": payload})
