"""CPU per citizen turn in process: answer POST + next page GET, Flask test client, SQLite file.

    .venv/bin/python benchmarks/turn.py [--turns 300] [--profile 30]

Walks scripted citizens (half typing, half pressing picture cards, as benchmarks/web_load.py
does) through whole dialogues until `turns` turns are done, and times each turn: the POST of
the answer (stored in a real SQLite file) and the GET of the page it redirects to. Prints the
CPU (of the whole process: the answer is committed by the app's writer thread) and wall time per
turn (p50/p95), the stored state's JSON size every 5 turns, and with --profile N the N costliest
functions (cProfile on this thread's CPU time, own and cumulative) of the same turns.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from citizen_support import (  # noqa: E402
    SCRIPT_CARDS,
    SCRIPT_TEXT,
    cards_of,
    hidden_fields,
    make_app,
    slot_of,
)

MAX_STEPS = 40


def p95(values: list[float]) -> float:
    """Return the 95th percentile (nearest rank) of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else 0.0


def state_size(db_path: Path) -> int:
    """Return the size in bytes of the newest stored session state."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        row = db.execute("SELECT state FROM sessions ORDER BY rowid DESC LIMIT 1").fetchone()
    return len(row[0].encode("utf-8")) if row else 0


def walk(client, number: int, wanted_turns: int, cpu: list, wall: list, sizes: dict, db: Path):
    """Play one dialogue (or until `wanted_turns` turns are timed); append per-turn timings."""
    pictures = number % 2 == 1
    page = client.get("/").get_data(as_text=True)
    form = {**hidden_fields(page), "action": "start"}
    if pictures:
        form["pictures"] = "1"
    page = client.post("/start", data=form, follow_redirects=True).get_data(as_text=True)
    for step in range(MAX_STEPS):
        slot = slot_of(page)
        if not slot or len(cpu) >= wanted_turns:
            return
        cards = cards_of(page)
        form = hidden_fields(page)
        if not pictures and slot in SCRIPT_TEXT and 'name="text"' in page:
            form.update(text=SCRIPT_TEXT[slot], action="send")
        else:
            wanted = SCRIPT_CARDS.get(slot)
            form["card"] = wanted if wanted in cards else cards[0]
        # Process CPU, not this thread's: the answer is written by the app's writer thread.
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.post("/samtale", data=form)
        location = response.headers.get("Location", "")
        response.close()
        if response.status_code != 303 or not location:
            raise SystemExit(f"turn {slot}: HTTP {response.status_code}")
        response = client.get(location)
        page = response.get_data(as_text=True)
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
        if number == 0:
            sizes[step + 1] = state_size(db)
        if response.status_code != 200:
            raise SystemExit(f"page after {slot}: HTTP {response.status_code}")


def run(turns: int, profile: int) -> list[str]:
    """Return the printed lines: CPU and wall per turn, state size, and the profile."""
    with tempfile.TemporaryDirectory(prefix="hv-turn-") as tmp:
        app = make_app(Path(tmp))
        db = Path(tmp) / "web.db"
        client = app.test_client()
        warm_cpu: list[float] = []
        walk(client, 0, 30, warm_cpu, [], {}, db)  # warm-up: templates compiled, caches filled
        cpu: list[float] = []
        wall: list[float] = []
        sizes: dict[int, int] = {}
        profiler = cProfile.Profile(time.thread_time) if profile else None  # CPU, not waits
        if profiler:
            profiler.enable()
        number = 0
        while len(cpu) < turns:
            walk(client, number, turns, cpu, wall, sizes, db)
            number += 1
        if profiler:
            profiler.disable()
        load = os.getloadavg()[0]
        lines = [
            f"{len(cpu)} turns (answer POST + page GET) in {number} dialogues, load {load:.2f}: "
            f"CPU p50 {statistics.median(cpu) * 1000:.2f} ms, mean "
            f"{statistics.fmean(cpu) * 1000:.2f} ms, p95 {p95(cpu) * 1000:.2f} ms; wall p50 "
            f"{statistics.median(wall) * 1000:.2f} ms, p95 {p95(wall) * 1000:.2f} ms"
            + (" (profiled: slower)" if profiler else ""),
            "stored state (JSON bytes) by turn of the first dialogue: "
            + ", ".join(f"{n}: {b:,}" for n, b in sorted(sizes.items()) if n % 5 == 0 or n == 1),
        ]
        if profiler:
            for order in ("tottime", "cumulative"):
                stats = pstats.Stats(profiler, stream=sys.stdout)
                stats.sort_stats(order).print_stats(profile)
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the per-turn figures (and a profile when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=300)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    for line in run(args.turns, args.profile):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
