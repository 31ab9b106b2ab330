"""Group commit: answers given at once share one COMMIT, each is on disk before it is acknowledged.

The group writer (assistant.storage.writer) runs on a real SQLite file; "on disk" is checked
the hard way, with a fresh sqlite3 connection of its own opened the moment the write returns.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
from citizen_support import SCRIPT_CARDS, Citizen, hidden_fields, make_app

from assistant.errors import Conflict
from assistant.storage import open_db
from assistant.storage.writer import GroupWriter

CITIZENS = 8
ANSWERS = 6


def _stored(path, sql: str, args=()) -> list[tuple]:
    """Read from a connection of its own: sees only what was committed."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute(sql, args).fetchall()


@pytest.fixture
def writer(tmp_path):
    path = tmp_path / "w.db"
    db = open_db(path, migrate=False)
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, who TEXT UNIQUE)")
    db.close()
    return path, GroupWriter(lambda: open_db(path, migrate=False, shared=True))


def _insert(who: str, *, fail: bool = False, gate: threading.Event | None = None):
    def job(db):
        if gate is not None:
            gate.wait(10)
        db.execute("INSERT INTO notes (who) VALUES (?)", [who])
        if fail:
            raise Conflict(f"{who} refused after its insert")
        return who

    return job


def _run_while_first_blocks(writer: GroupWriter, jobs: list) -> dict[str, object]:
    """Run a blocking first job, queue `jobs` behind it, release it; return each job's outcome."""
    gate, running = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def call(name, job):
        try:
            outcome[name] = writer.run(job)
        except Conflict as exc:
            outcome[name] = exc

    def first(db):
        running.set()
        return _insert("first", gate=gate)(db)

    threads = [threading.Thread(target=call, args=("first", first))]
    threads[0].start()
    assert running.wait(10)  # the first caller leads its batch: the others queue behind it
    threads += [threading.Thread(target=call, args=(name, job)) for name, job in jobs]
    for thread in threads[1:]:
        thread.start()
    while writer.pending < len(jobs):
        threading.Event().wait(0.01)
    gate.set()
    for thread in threads:
        thread.join(20)
    return outcome


def test_writes_queued_together_share_one_commit_and_each_is_visible_when_returned(writer):
    path, group = writer
    names = [f"n{i}" for i in range(10)]
    outcome = _run_while_first_blocks(group, [(n, _insert(n)) for n in names])
    assert outcome == {"first": "first", **{n: n for n in names}}
    assert group.jobs == 11
    assert group.batches == 2  # the first alone, then the ten queued behind it in one COMMIT
    assert len(_stored(path, "SELECT who FROM notes")) == 11


def test_a_failing_write_is_undone_alone_and_raised_in_its_own_caller(writer):
    path, group = writer
    jobs = [("a", _insert("a")), ("bad", _insert("bad", fail=True)), ("b", _insert("b"))]
    outcome = _run_while_first_blocks(group, jobs)
    assert isinstance(outcome["bad"], Conflict)
    assert (outcome["a"], outcome["b"]) == ("a", "b")
    assert sorted(r[0] for r in _stored(path, "SELECT who FROM notes")) == ["a", "b", "first"]


def test_a_write_that_breaks_a_constraint_keeps_the_others(writer):
    path, group = writer
    group.run(_insert("taken"))
    outcome = {}
    for name in ("x", "taken", "y"):
        try:
            outcome[name] = group.run(_insert(name))
        except sqlite3.IntegrityError as exc:
            outcome[name] = exc
    assert isinstance(outcome["taken"], sqlite3.IntegrityError)
    assert sorted(r[0] for r in _stored(path, "SELECT who FROM notes")) == ["taken", "x", "y"]


def test_a_write_made_by_a_write_joins_its_batch(writer):
    path, group = writer

    def outer(db):
        _insert("outer")(db)
        return group.run(_insert("inner"))

    assert group.run(outer) == "inner"
    assert (group.batches, group.jobs) == (1, 1)
    assert sorted(r[0] for r in _stored(path, "SELECT who FROM notes")) == ["inner", "outer"]


def _answer_all(app, number: int, seen: list, errors: list) -> None:
    """One citizen: answer by cards; after every acknowledged answer, look for it on disk."""
    citizen = Citizen(app.test_client())
    try:
        citizen.start(pictures=True)
        with citizen.client.session_transaction() as cookie:
            sid = cookie["sid"]
        for _ in range(ANSWERS):
            cards = citizen.cards
            wanted = SCRIPT_CARDS.get(citizen.slot)
            card = wanted if wanted in cards else cards[number % len(cards)]
            if card.startswith("omraade:"):  # an area card only opens its activities
                citizen.post("/samtale", {"card": card})
                card = next(c for c in citizen.cards if not c.startswith("omraade:"))
            seq = int(hidden_fields(citizen.page)["seq"])
            response = citizen.post("/samtale", {"card": card}, follow=False)
            assert response.status_code == 303, response.status_code
            rows = _stored(
                app.config["DATABASE"],
                "SELECT raw FROM turns WHERE session_id = ? AND seq = ?",
                (sid, seq),
            )
            seen.append((sid, seq, [r[0] for r in rows], card))
            citizen.get(response.headers["Location"])
    except Exception as exc:  # noqa: BLE001 (reported by the test, with its citizen)
        errors.append((number, repr(exc)))


def test_answers_of_many_citizens_at_once_are_all_on_disk_when_acknowledged(tmp_path):
    app = make_app(tmp_path)
    seen: list = []
    errors: list = []
    threads = [
        threading.Thread(target=_answer_all, args=(app, n, seen, errors)) for n in range(CITIZENS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert len(seen) == CITIZENS * ANSWERS
    assert [s for s in seen if s[2] != [s[3]]] == []  # each answer stored before its 303
    sessions = {s[0] for s in seen}
    counted = _stored(
        app.config["DATABASE"],
        f"SELECT COUNT(*) FROM turns WHERE session_id IN ({','.join('?' * len(sessions))})",
        tuple(sessions),
    )
    assert counted == [(CITIZENS * ANSWERS,)]
    assert app.extensions["db_writer"].jobs == CITIZENS * ANSWERS  # each answer, once
