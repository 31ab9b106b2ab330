"""Transcript times: each answer is stamped with its moment and staff read it in Danish time."""

from __future__ import annotations

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from citizen_support import play, receipt_draft

from assistant.storage import open_db
from assistant.storage.sessions import list_turns
from assistant.web.staff_transcript import answer_times

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def _local(stamp: str) -> str:
    return datetime.fromisoformat(stamp).astimezone(COPENHAGEN).strftime("%H:%M")


def _times_on_page(page: str) -> list[str]:
    rows = re.findall(r'<tr data-turn="[^"]*">(.*?)</tr>', page, flags=re.S)
    return [re.findall(r"<td>([^<]*)</td>", row)[-1] for row in rows]


def test_every_answer_is_stamped_with_its_moment_and_shown_in_local_time(app, citizen, staff):
    citizen.start(pictures=True)
    play(citizen, by="cards")
    draft = receipt_draft(app, citizen)
    stamps = [entry["at"] for entry in draft.data["transcript"]]
    assert stamps and all(datetime.fromisoformat(s).tzinfo is not None for s in stamps)
    assert not any(s.endswith("T00:00:00") for s in stamps)  # the bug: the bare day
    page = staff.get(f"/staff/draft/{draft.id}").get_data(as_text=True)
    assert _times_on_page(page) == [_local(s) for s in stamps]


def test_a_stored_draft_with_day_only_stamps_takes_the_times_of_its_turns(app, citizen, staff):
    citizen.start(pictures=True)
    play(citizen, by="cards")
    draft = receipt_draft(app, citizen)
    db = open_db(app.config["DATABASE"])
    old = dict(draft.data)
    old["transcript"] = [dict(e, at="2026-11-22T00:00:00") for e in draft.data["transcript"]]
    db.execute("UPDATE drafts SET json = ? WHERE id = ?", [json.dumps(old), draft.id])
    db.conn.commit()
    turns = [t.at for t in list_turns(db, draft.session_id)]
    page = staff.get(f"/staff/draft/{draft.id}").get_data(as_text=True)
    shown = _times_on_page(page)
    assert shown == [_local(s) for s in turns]
    assert "01:00" not in shown or all(_local(s) == "01:00" for s in turns)


def test_unmatched_day_only_stamps_are_left_out_rather_than_shown_as_one_oclock():
    entries = [{"at": "2026-11-22T00:00:00"}, {"at": "2026-11-22T09:15:00+00:00"}]
    assert answer_times(None, None, entries) == [None, "2026-11-22T09:15:00+00:00"]
