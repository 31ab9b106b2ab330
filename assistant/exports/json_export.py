"""The draft as a JSON export: current data, every stored version, follow-up and ratings."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

FORMAT = "hverdagsmaal-draft"
FORMAT_VERSION = 1


def _parsed(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def build_json_export(
    row: Mapping[str, Any],
    *,
    versions: Sequence[Mapping[str, Any]] = (),
    followup: Any = None,
    ratings: Iterable[Any] = (),
    case: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Return the export of a drafts row (with `draft` or `json`) and its versions, oldest first."""
    draft = row.get("draft") if isinstance(row.get("draft"), Mapping) else _parsed(row.get("json"))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"),
        "draft_id": str(row.get("id") or (draft or {}).get("draft_id") or ""),
        "status": row.get("status"),
        "version": row.get("version"),
        "receipt_code": row.get("receipt_code"),
        "return_message": row.get("return_message"),
        "created": row.get("created"),
        "updated": row.get("updated"),
        "draft": draft,
        "versions": [
            {
                "version": v.get("version"),
                "edited_by": v.get("edited_by"),
                "at": v.get("at"),
                "note": v.get("note") or "",
                "draft": v.get("draft") if "draft" in v else _parsed(v.get("json")),
            }
            for v in sorted(versions, key=lambda v: int(v.get("version") or 0))
        ],
        "followup": None if followup is None else _as_dict(followup),
        "ratings": [_as_dict(r) for r in ratings],
        "case": dict(case) if case else None,
    }


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    if hasattr(value, "to_json"):
        return value.to_json()
    return asdict(value)
