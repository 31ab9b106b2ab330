"""Benchmark: whole dialogues through engine + NLP + SQLite commit on a file database.

    .venv/bin/python benchmarks/dialogue.py [--rounds 10] [--db PATH]

Plays every golden persona in tests/da/dialogs/ `--rounds` times. A turn is timed from
the answer to the committed row: `advance` (engine with the real spaCy NLP) and the
turn's facts, plus `record_turn` (one SQLite transaction, WAL, synchronous=FULL).
Prints p50/p95/max per turn, the split between engine and commit, and whole dialogues
per second.
Target: p95 per turn <= 10 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.commands.chat import MAX_TURNS, choose_answer, load_persona  # noqa: E402
from assistant.content import get_content  # noqa: E402
from assistant.dialogs.engine import advance, new_state, start  # noqa: E402
from assistant.dialogs.record import answer_record  # noqa: E402
from assistant.nlp import analyze, analyzer_for  # noqa: E402
from assistant.storage import iso, open_db, sessions, utcnow  # noqa: E402

TARGET_P95_MS = 10.0


def percentile(values: list[float], q: float) -> float:
    """Return the q-th percentile (0..100) by nearest rank."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def play_once(persona, db, content, today: date, timings: dict[str, list[float]]) -> int:
    """Play one dialogue, appending per-turn timings (seconds); return the number of turns."""
    understand = analyzer_for(content).analyze
    turn = start(content, new_state(content, today=today, mode=persona.mode, channel="bench"))
    session_id = sessions.create_session(db, turn.state, channel="bench", mode=persona.mode)
    asked: dict[str, int] = {}
    turns = 0
    while not (turn.done or turn.refused) and turns < MAX_TURNS:
        asked[turn.slot] = asked.get(turn.slot, -1) + 1
        answer, _shown = choose_answer(
            persona, turn, asked[turn.slot], content.dialogue.engine_cards
        )
        t0 = time.perf_counter()
        new = advance(turn.state, answer, content, today, now=iso(utcnow()), understand=understand)
        record = answer_record(turn, answer, new)  # what `assistant chat` stores
        t1 = time.perf_counter()
        sessions.record_answer(db, session_id, record)
        t2 = time.perf_counter()
        timings["engine"].append(t1 - t0)
        timings["commit"].append(t2 - t1)
        timings["turn"].append(t2 - t0)
        turn = new
        turns += 1
    return turns


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures (the verdict on the target is printed too)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="times each persona is played")
    parser.add_argument("--db", help="database file (default: a new file in a temp folder)")
    parser.add_argument(
        "--synchronous", choices=("FULL", "NORMAL"), default="FULL",
        help="SQLite synchronous mode (the product uses FULL: every answer fsynced)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    personas = [load_persona(p) for p in sorted((ROOT / "tests/da/dialogs").glob("*.json"))]
    content = get_content("da")
    today = date(2026, 11, 22)
    t_load = time.perf_counter()
    analyze("Jeg vil gerne kunne gå på trapper igen inden jul.", today)  # build the NLP once
    load_s = time.perf_counter() - t_load
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(args.db or Path(tmp) / "bench.db")
        db.execute(f"PRAGMA synchronous = {args.synchronous}")
        timings: dict[str, list[float]] = {"engine": [], "commit": [], "turn": []}
        for persona in personas:  # warm-up round, not counted
            play_once(persona, db, content, today, {"engine": [], "commit": [], "turn": []})
        dialogues = 0
        started = time.perf_counter()
        for _ in range(args.rounds):
            for persona in personas:
                play_once(persona, db, content, today, timings)
                dialogues += 1
        elapsed = time.perf_counter() - started
        db.close()
    turns = timings["turn"]
    print(f"NLP pipeline build: {load_s * 1000:.0f} ms (once per process)")
    print(f"dialogues: {dialogues} ({len(personas)} personas x {args.rounds} rounds), "
          f"turns: {len(turns)}, {len(turns) / dialogues:.1f} turns per dialogue")  # fmt: skip
    for name in ("turn", "engine", "commit"):
        ms = [v * 1000 for v in timings[name]]
        print(
            f"{name:>6} ms: p50 {statistics.median(ms):6.2f}  p95 {percentile(ms, 95):6.2f}  "
            f"max {max(ms):6.2f}  mean {statistics.fmean(ms):6.2f}"
        )
    print(
        f"dialogues per second: {dialogues / elapsed:.1f} (one process, one connection, "
        f"synchronous={args.synchronous})"
    )
    p95 = percentile([v * 1000 for v in turns], 95)
    verdict = "OK" if p95 <= TARGET_P95_MS else "MISSED"
    print(f"target p95 per turn <= {TARGET_P95_MS:.0f} ms: {verdict} ({p95:.2f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
