"""Corrections through the real engine and a real SQLite file: undo, back, change, pause/resume.

Persona files cannot express back/undo, so these dialogues are driven here turn by turn,
stored exactly as the web app stores them (answers with record_turn, actions with
save_state), and re-read from the database between steps.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import understand

from assistant.commands.chat import choose_answer, load_persona
from assistant.dialogs.engine import advance, new_state, render, start
from assistant.dialogs.models import Answer
from assistant.errors import Conflict, NotFound
from assistant.storage import open_db
from assistant.storage import sessions as s

TODAY = date(2026, 11, 22)
DEFAULTS = {
    "who": Answer("card", "borger"),
    "consent": Answer("card", "ja"),
    "current_level": Answer("card", "2"),
    "importance": Answer("card", "4"),
    "subgoals": Answer("card", "ja"),
    "confirm": Answer("card", "ja"),
}


class Dialogue:
    """One stored dialogue driven through engine and storage like the web app does."""

    def __init__(self, db, content, mode: str = "text"):
        self.db, self.content = db, content
        self.turn = start(content, new_state(content, today=TODAY, mode=mode, channel="web"))
        self.sid = s.create_session(db, self.turn.state, channel="web", mode=mode)

    def send(self, answer: Answer):
        """Advance with one answer or action and store it; return the new turn."""
        before = self.turn
        stored = s.get_session(self.db, self.sid).state
        assert stored == before.state.to_json()  # the database always holds what is on screen
        new = advance(stored, answer, self.content, TODAY, understand=understand)
        if answer.kind == "action":
            s.save_state(self.db, self.sid, new.state)
        else:
            s.record_turn(
                self.db, self.sid, state=new.state, slot=before.slot, raw=answer.value,
                input_kind="picture" if answer.kind == "card" else answer.kind,
                said_by=(new.state.get("transcript") or [{}])[-1].get("said_by"),
                status="refused" if new.refused else None,
                draft=new.draft if new.done else None,
            )  # fmt: skip
        self.turn = new
        return new

    def until(self, slot: str, answers: dict | None = None, limit: int = 40):
        """Answer (from `answers`, DEFAULTS, else "ved ikke") until `slot` is asked."""
        answers = answers or {}
        for _ in range(limit):
            if self.turn.slot == slot or self.turn.done or self.turn.refused:
                return self.turn
            self.send(answers.get(self.turn.slot) or DEFAULTS.get(self.turn.slot)
                      or Answer("text", "ved ikke"))  # fmt: skip
        raise AssertionError(f"slot {slot!r} never asked")

    def finish(self, answers: dict | None = None):
        """Answer until the dialogue ends; return the stored draft."""
        self.until("done", answers)
        assert self.turn.done
        return s.get_draft_for_session(self.db, self.sid).data


def answers_of(draft: dict, slot: str) -> list[str]:
    """Return what was answered on a slot, in order (card ids for cards)."""
    return [e.get("card") or e["answer"] for e in draft["transcript"] if e["slot"] == slot]


def test_undo_forgets_the_wish_but_keeps_it_in_the_transcript(db, content):
    d = Dialogue(db, content)
    d.until("wish")
    first = "Jeg vil gerne kunne gå på trapperne igen inden jul."
    after = d.send(Answer("text", first))
    assert after.slot != "wish"
    again = d.send(Answer("action", "undo"))
    assert again.slot == "wish"
    assert s.get_session(db, d.sid).state == again.state.to_json()  # the undo is stored
    d.send(Answer("text", "Jeg vil gerne kunne handle ind selv i Netto inden jul."))
    draft = d.finish()
    assert draft["goal"]["activity"] == "indkoeb"
    wishes = answers_of(draft, "wish")
    assert wishes[0] == first and "Netto" in wishes[1]
    raws = [t.raw for t in s.list_turns(db, d.sid)]
    assert first in raws and raws.index(first) < len(raws) - 1
    assert len(raws) == len(draft["transcript"])


def test_back_asks_again_and_the_new_answer_counts(db, content):
    d = Dialogue(db, content)
    d.until("wish")
    d.send(Answer("text", "Jeg vil gerne kunne gå en tur på 500 meter hver dag inden for 8 uger."))
    d.until("importance", {"current_level": Answer("card", "2")})
    back = d.send(Answer("action", "back"))
    assert back.slot == "current_level"
    d.send(Answer("card", "4"))
    draft = d.finish()
    assert draft["goal"]["current_level"] == 4
    assert answers_of(draft, "current_level") == ["2", "4"]  # the change is a new entry
    assert draft["goal"]["activity"] == "gang"


def test_change_on_the_summary_moves_the_deadline(db, content):
    d = Dialogue(db, content)
    d.until("wish")
    d.send(Answer("text", "Jeg vil gerne kunne tage bad selv igen inden jul."))
    d.until("confirm")
    assert "24. december" in d.turn.prompt
    change = d.send(Answer("card", "ret"))
    assert change.slot == "change"
    assert d.send(Answer("card", "ret_hvornaar")).slot == "deadline"
    d.send(Answer("text", "om fire uger"))
    d.until("confirm")
    draft = d.finish()
    assert draft["goal"]["deadline"] == "2026-12-20"
    deadlines = [e["answer"] for e in draft["transcript"] if e["slot"] == "deadline"]
    assert deadlines[-1] == "om fire uger"
    assert "inden jul" in answers_of(draft, "wish")[0]
    assert draft["citizen_confirmed"] is True


def test_pause_code_resumes_the_same_question_and_finishes(db, content):
    d = Dialogue(db, content)
    d.until("wish")
    d.send(Answer("text", "Jeg vil gerne kunne handle ind selv to gange om ugen."))
    asked = d.turn.slot
    paused = d.send(Answer("action", "pause"))
    assert paused.slot == asked
    code = s.pause_session(db, d.sid)
    with pytest.raises(NotFound):
        s.resume_by_code(db, "ZZZZZZ" if code != "ZZZZZZ" else "YYYYYY", "kiosk")
    session = s.resume_by_code(db, code.lower(), "kiosk")
    assert session.id == d.sid and session.status == "active"
    d.turn = render(session.state, content, TODAY)
    assert d.turn.slot == asked
    d.send(Answer("action", "resume"))
    draft = d.finish()
    assert draft["goal"]["activity"] == "indkoeb"
    assert draft["goal"]["frequency"] == {"times": 2, "per": "week", "every": 1}
    assert s.get_session(db, d.sid).status == "done"
    with pytest.raises(NotFound):
        s.resume_by_code(db, code, "kiosk")  # a finished dialogue cannot be reopened


def test_refusal_through_engine_stores_nothing_but_the_refusal(db, content):
    d = Dialogue(db, content)
    d.until("consent")
    turn = d.send(Answer("card", "nej"))
    assert turn.refused and not turn.done
    assert [(t.slot, t.raw) for t in s.list_turns(db, d.sid)] == [("consent", "nej")]
    session = s.get_session(db, d.sid)
    assert session.status == "refused"
    assert "borger" not in str(session.state.get("transcript", ""))
    assert s.list_drafts(db) == []


PICTURE_PERSONAS = sorted(
    p for p in (Path(__file__).parent / "da" / "dialogs").glob("*.json")
    if json.loads(p.read_text(encoding="utf-8")).get("mode") == "pictures"
)  # fmt: skip


@pytest.mark.parametrize("path", PICTURE_PERSONAS, ids=[p.stem for p in PICTURE_PERSONAS])
def test_pictures_mode_offers_cards_on_every_question(path, db, content):
    """In pictures mode every question offers cards, and card answers alone finish it."""
    persona = load_persona(path)
    d = Dialogue(db, content, mode="pictures")
    asked: dict[str, int] = {}
    while not (d.turn.done or d.turn.refused or d.turn.rejected):
        assert d.turn.cards, f"{d.turn.slot} offers no cards"
        asked[d.turn.slot] = asked.get(d.turn.slot, -1) + 1
        answer, _ = choose_answer(
            persona, d.turn, asked[d.turn.slot], content.dialogue.engine_cards
        )
        assert answer.kind == "card"
        d.send(answer)
        assert sum(asked.values()) < 80
    assert all(t.input_kind == "picture" for t in s.list_turns(db, d.sid))


def test_an_older_database_gets_the_rejected_status_and_keeps_its_rows(tmp_path):
    """m002 rebuilds sessions (SQLite cannot change a CHECK) without losing turns or drafts."""
    from sqlite_utils import Database

    from assistant.storage import sessions as store

    path = tmp_path / "old.db"
    old = Database(path)
    old.execute("PRAGMA foreign_keys = ON")
    store.migrations.apply(old, stop_before="m002_session_rejected")
    sid = "old-session"  # written as the code of that time did (no team, no device yet)
    old.execute(
        "INSERT INTO sessions (id, state, channel, mode, created, updated)"
        " VALUES (?, '{\"step\": \"who\"}', 'web', 'text', 'x', 'x')",
        [sid],
    )
    store.record_turn(old, sid, state={"step": "consent"}, slot="who", raw="borger")
    old.close()
    db = open_db(path)
    assert [t.raw for t in store.list_turns(db, sid)] == ["borger"]
    store.record_turn(db, sid, state={"status": "rejected"}, slot="change", raw="stop",
                      status="rejected")  # fmt: skip
    assert store.get_session(db, sid).status == "rejected"
    assert [t.raw for t in store.list_turns(db, sid)] == ["borger", "stop"]
    with pytest.raises(Conflict):
        store.record_turn(db, sid, state={}, slot="confirm", raw="ja")
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
