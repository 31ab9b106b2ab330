"""Load benchmark: concurrent simulated citizens drive whole dialogues through `assistant serve`.

    .venv/bin/python benchmarks/web_load.py [--users 50] [--think 2] [--max-seconds 240]
                                            [--threads 8] [--workers 1]
    .venv/bin/python benchmarks/web_load.py --speech 5 [--users 20]

--think is the mean pause (seconds, ±50 %, random) a citizen takes to read a question and
answer it; --think 0 sends every answer at once, which measures the server saturated rather
than 50 people using it, and then also prints the in-process render time of the busiest
question pages (benchmarks/render.py: no network, wall and CPU time).

Starts `assistant serve` on loopback (a subprocess, a temporary database, production settings:
Secure cookies, CSRF on), then runs N citizens at once with aiohttp, each in its own cookie jar:
start page -> Start -> one answer per question (half by text, half by picture cards) -> receipt.
Prints the turn latency (POST answer + redirected GET of the next question), errors, and lost
turns: every answer sent is compared with the turns stored in the database for that session.

--speech N runs the citizens twice on one server: alone, then while N other citizens keep
speaking (each uploads an espeak-ng Danish recording of about 12 s as WebM/Opus, polls its
job until the text comes, and uploads again). It prints page (GET of the next question) and
answer (POST) latency of both runs, the wait per upload, refusals, and the server's RSS (the
web process, and the recognition workers apart).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the scripted citizen the web tests use too

from citizen_support import SCRIPT_CARDS, SCRIPT_TEXT, cards_of, hidden_fields, slot_of  # noqa: E402

MAX_STEPS = 40
RECEIPT = re.compile(r'data-receipt-code="([^"]+)"')
AREA_CARD = "omraade:"


@dataclass
class Result:
    """What one simulated citizen did."""

    latencies: list[float] = field(default_factory=list)
    pages: list[float] = field(default_factory=list)
    answers: list[float] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    receipt: str | None = None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def citizen(
    number: int, base: str, deadline: float, result: Result, think: float = 0.0
) -> None:
    """Play one whole dialogue; record latencies, answers sent, errors and the receipt."""
    jar = aiohttp.CookieJar(unsafe=True, treat_as_secure_origin=[base])
    pictures = number % 2 == 1
    async with aiohttp.ClientSession(base_url=base, cookie_jar=jar) as http:
        async with http.get("/") as response:
            page = await response.text()
        form = {**hidden_fields(page), "action": "start"}
        if pictures:
            form["pictures"] = "1"
        async with http.post("/start", data=form) as response:
            page = await response.text()
            if response.status != 200:
                result.errors.append(f"start: HTTP {response.status}")
                return
        for _ in range(MAX_STEPS):
            receipt = RECEIPT.search(page)
            if receipt:
                result.receipt = receipt.group(1)
                return
            if time.monotonic() > deadline:
                result.errors.append("time limit reached")
                return
            slot = slot_of(page)
            if not slot:
                result.errors.append("page without a question")
                return
            cards = cards_of(page)
            form = hidden_fields(page)
            if think > 0:  # a person reads the question and answers
                await asyncio.sleep(think * random.uniform(0.5, 1.5))
            if not pictures and slot in SCRIPT_TEXT and 'name="text"' in page:
                form.update(text=SCRIPT_TEXT[slot], action="send")
                sent = SCRIPT_TEXT[slot]
            else:
                wanted = SCRIPT_CARDS.get(slot)
                sent = wanted if wanted in cards else cards[0]
                form["card"] = sent
            started = time.perf_counter()
            async with http.post("/samtale", data=form, allow_redirects=False) as response:
                await response.read()
                status, location = response.status, response.headers.get("Location", "")
            answered = time.perf_counter()
            if status == 303 and location:
                async with http.get(location) as response:
                    page = await response.text()
                    status = response.status
            done = time.perf_counter()
            result.answers.append(answered - started)
            result.pages.append(done - answered)
            result.latencies.append(done - started)
            if status != 200:
                result.errors.append(f"{slot}: HTTP {status}")
                return
            if not sent.startswith(AREA_CARD):  # an area card only opens its activities
                result.sent.append(sent)
        result.errors.append("no receipt after the maximum number of questions")


def lost_turns(db_path: Path, results: list[Result]) -> tuple[int, int]:
    """Return (answers lost, answers checked) by comparing sent answers with stored turns."""
    lost = checked = 0
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        for result in results:
            if not result.receipt:
                continue
            row = db.execute(
                "SELECT session_id FROM drafts WHERE receipt_code = ?", [result.receipt]
            ).fetchone()
            if row is None:
                lost += len(result.sent)
                continue
            stored = [
                r[0]
                for r in db.execute(
                    "SELECT raw FROM turns WHERE session_id = ? ORDER BY seq", [row[0]]
                )
            ]
            checked += len(result.sent)
            lost += sum(1 for a, b in zip(result.sent, stored, strict=False) if a != b)
            lost += max(0, len(result.sent) - len(stored))
    return lost, checked


async def run_load(base: str, users: int, max_seconds: float, think: float = 0.0) -> list[Result]:
    """Run `users` citizens at once, each with its own session; stop at the time limit."""
    deadline = time.monotonic() + max_seconds
    results = [Result() for _ in range(users)]
    tasks = [citizen(i, base, deadline, results[i], think) for i in range(users)]
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=max_seconds + 30)
    except TimeoutError:
        results[0].errors.append("the whole run hit the hard time limit")
    return results


def start_server(
    db: Path, port: int, threads: int, instance: Path, extra: tuple[str, ...] = ()
) -> subprocess.Popen:
    """Start `assistant serve` and wait until it answers."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assistant",
            "serve",
            "--port",
            str(port),
            "--db",
            str(db),
            "--threads",
            str(threads),
            *extra,
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=open(instance.parent / "server.log", "w"),  # noqa: SIM115
        env={
            "HVERDAGSMAAL_INSTANCE": str(instance),
            "HVERDAGSMAAL_WHISPER_MODEL": str(ROOT / "instance" / "models" / "whisper-base"),
            "PATH": "/usr/bin:/bin",
        },
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"assistant serve exited with {proc.returncode}") from None
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("assistant serve did not start within 90 s")


def p95(values: list[float]) -> float:
    """Return the 95th percentile (nearest rank) of values, in seconds."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else 0.0


def _ms(values: list[float]) -> str:
    if not values:
        return "no samples"
    return (
        f"p50 {statistics.median(values) * 1000:.0f} ms, p95 {p95(values) * 1000:.0f} ms, "
        f"max {max(values) * 1000:.0f} ms ({len(values)})"
    )


def serving_pids(pid: int) -> list[int]:
    """Return `assistant serve`'s process and its forked workers (not the speech workers)."""
    found = [pid]
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            forked = (entry / "cmdline").read_bytes() == Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid and forked:
            found.append(int(entry.name))
    return found


def cpu_seconds(pids: list[int]) -> float:
    """Return the user + system CPU seconds the processes have used so far."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / os.sysconf("SC_CLK_TCK")


def pss_mb(pid: int) -> float:
    """Return a process's proportional set size (shared pages split among their users), MB."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _memory_mb(pid: int) -> tuple[float, float]:
    """Return the resident memory of a process now and at its peak (VmRSS, VmHWM), in MB."""
    found = {"VmRSS:": 0.0, "VmHWM:": 0.0}
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0, 0.0
    for line in status.splitlines():
        key = line.split(":", 1)[0] + ":"
        if key in found:
            found[key] = int(line.split()[1]) / 1024
    return found["VmRSS:"], found["VmHWM:"]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--max-seconds", type=float, default=240.0)
    parser.add_argument(
        "--think", type=float, default=2.0, help="mean seconds a citizen takes per answer"
    )
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument(
        "--workers", type=int, default=1, help="serving processes (assistant serve --workers)"
    )
    parser.add_argument(
        "--speech", type=int, default=0, metavar="N", help="also run with N citizens speaking"
    )
    args = parser.parse_args(argv)
    if args.speech:
        from web_load_speech import run_speech_benchmark  # noqa: PLC0415

        return run_speech_benchmark(args)
    return _main_plain(args)


def _main_plain(args: argparse.Namespace) -> int:
    random.seed(1)
    with tempfile.TemporaryDirectory(prefix="hv-load-") as tmp:
        db = Path(tmp) / "load.db"
        port = _free_port()
        extra = ("--workers", str(args.workers)) if args.workers != 1 else ()
        proc = start_server(db, port, args.threads, Path(tmp) / "instance", extra)
        try:
            pids = serving_pids(proc.pid)
            deadline = time.monotonic() + 90
            while args.workers > 1 and len(pids) <= args.workers:  # forked after warm-up
                if time.monotonic() > deadline:
                    raise SystemExit("the serving workers did not start within 90 s")
                time.sleep(0.2)
                pids = serving_pids(proc.pid)
            server_cpu = cpu_seconds(pids)
            own_cpu = time.process_time()
            load_start = os.getloadavg()[0]
            started = time.perf_counter()
            results = asyncio.run(
                run_load(f"http://127.0.0.1:{port}", args.users, args.max_seconds, args.think)
            )
            elapsed = time.perf_counter() - started
            server_cpu = cpu_seconds(pids) - server_cpu
            own_cpu = time.process_time() - own_cpu
            memory = [(pid, *_memory_mb(pid), pss_mb(pid)) for pid in pids]
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        log = (Path(tmp) / "server.log").read_text(errors="replace")
        if "Traceback" in log:
            print(log[log.index("Traceback") :][:3000], file=sys.stderr)
        lost, checked = lost_turns(db, results)
    latencies = sorted(x for r in results for x in r.latencies)
    errors = [e for r in results for e in r.errors]
    finished = sum(1 for r in results if r.receipt)
    print(
        f"citizens: {args.users} at once, think time {args.think:g} s (±50 %), "
        f"server threads: {args.threads}, processes: {args.workers}"
    )
    print(f"finished dialogues: {finished}/{args.users} in {elapsed:.1f} s")
    if latencies:
        p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
        print(f"turns: {len(latencies)} ({len(latencies) / elapsed:.1f}/s)")
        print(
            f"turn latency: p50 {statistics.median(latencies) * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms"
        )
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    print(f"lost turns: {lost} of {checked} answers checked against the database")
    if latencies:
        print(
            f"CPU per turn: server {server_cpu / len(latencies) * 1000:.2f} ms "
            f"({server_cpu / elapsed:.2f} cores), load generator "
            f"{own_cpu / len(latencies) * 1000:.2f} ms ({own_cpu / elapsed:.2f} cores)"
        )
    for pid, rss, peak, pss in memory:
        role = "parent" if pid == memory[0][0] and len(memory) > 1 else "server"
        print(f"{role} {pid}: RSS after the run {rss:.0f} MB, peak {peak:.0f} MB, PSS {pss:.0f} MB")
    if len(memory) > 1:
        print(
            f"all serving processes: RSS {sum(m[1] for m in memory):.0f} MB, "
            f"PSS {sum(m[3] for m in memory):.0f} MB (target at most 150 for the web process)"
        )
    print(f"load average at the start / end: {load_start:.2f} / {os.getloadavg()[0]:.2f} (2 cores)")
    if args.think == 0:  # the saturated run also reports the page's own cost, in process
        from render import render_figures  # noqa: PLC0415

        for line in render_figures():
            print(line)
    return 0 if not errors and not lost and finished == args.users else 1


if __name__ == "__main__":
    sys.exit(main())
