"""The staff transcript: what was said, with pictures and the moment each answer was stored."""

from __future__ import annotations

import re
from typing import Any

from assistant.storage import sessions

#: A transcript stamp with no time of its own: the day at midnight without a zone. Drafts made
#: before the web passed the moment to the engine hold these; shown as is they read 01:00.
DAY_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}(T00:00:00)?")


def answer_times(db, session_id: str | None, entries: list[dict]) -> list[Any]:
    """Return the stamp of each transcript entry; a day-only stamp is taken from the stored turn.

    Every stored answer is one turn row (UTC) in the same order as the transcript; when the
    counts differ the rows cannot be matched and a day-only stamp is left out (None).
    """
    rows = (
        [r for r in sessions.list_turns(db, session_id) if r.raw is not None] if session_id else []
    )
    matched = len(rows) == len(entries)
    times = []
    for index, entry in enumerate(entries):
        stamp = entry.get("at")
        if isinstance(stamp, str) and DAY_ONLY.fullmatch(stamp):
            stamp = rows[index].at if matched else None
        times.append(stamp)
    return times


def transcript_rows(db, session_id: str | None, data: dict, picture_of, label_of) -> list[dict]:
    """Return the transcript entries of a draft for the staff page, each with its stamp."""
    entries = [e for e in data.get("transcript") or [] if isinstance(e, dict)]
    rows = []
    for entry, stamp in zip(entries, answer_times(db, session_id, entries), strict=True):
        picture = entry.get("input") == "picture"
        card = entry.get("card") or entry.get("answer")
        rows.append(
            dict(
                entry,
                at=stamp,
                picture=picture_of(card) if picture else None,
                card_label=label_of(card) if picture else None,
            )
        )
    return rows
