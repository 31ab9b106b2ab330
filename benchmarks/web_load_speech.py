"""`web_load.py --speech N`: page and answer latency with and without N citizens speaking."""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from web_load import ROOT, _free_port, _ms, lost_turns, p95, run_load, start_server

sys.path.insert(0, str(ROOT))
from citizen_support import hidden_fields  # noqa: E402
from speech_support import espeak_wav, webm_opus  # noqa: E402

SPOKEN = (
    "Jeg vil gerne kunne gå på trapper igen. Jeg bor på første sal, og der er ingen elevator. "
    "Min datter hjælper mig med at handle om lørdagen, men jeg vil gerne selv kunne gå ned "
    "til bageren om morgenen."
)
PAUSE_BETWEEN = 1.0  # a speaking citizen reads the text, then speaks again


@dataclass
class Speech:
    """What the speaking citizens saw: waits of answered uploads, refusals, errors."""

    waits: list[float] = field(default_factory=list)
    refused: int = 0
    errors: list[str] = field(default_factory=list)
    rss: dict[str, float] = field(default_factory=lambda: {"web": 0.0, "workers": 0.0})


async def speaker(base: str, upload: bytes, stop: asyncio.Event, speech: Speech) -> None:
    """Upload a recording, poll its job until the text comes, and again until stopped."""
    jar = aiohttp.CookieJar(unsafe=True, treat_as_secure_origin=[base])
    async with aiohttp.ClientSession(base_url=base, cookie_jar=jar) as http:
        async with http.get("/") as response:
            token = hidden_fields(await response.text()).get("csrf_token", "")
        headers = {"X-CSRFToken": token, "Accept": "application/json"}
        while not stop.is_set():
            form = aiohttp.FormData()
            form.add_field("audio", upload, filename="tale.webm", content_type="audio/webm")
            started = time.perf_counter()
            async with http.post("/tale", data=form, headers=headers) as response:
                status, answer = response.status, await response.json(content_type=None)
                retry = int(response.headers.get("Retry-After", "5"))
            while status == 202:
                await asyncio.sleep(1.0)
                async with http.get(answer["poll"], headers=headers) as response:
                    status, answer = response.status, await response.json(content_type=None)
            if status == 200 and answer.get("text"):
                speech.waits.append(time.perf_counter() - started)
            elif status == 503 and answer.get("error") == "busy":
                speech.refused += 1
                await asyncio.sleep(retry)
            else:
                speech.errors.append(f"HTTP {status} {answer.get('error')}")
            await asyncio.sleep(PAUSE_BETWEEN)


def _rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(x) for x in task.read_text().split()]
    return found


async def watch_memory(pid: int, stop: asyncio.Event, speech: Speech) -> None:
    """Sample the RSS of the web process and of its worker processes; keep the maximum."""
    while not stop.is_set():
        speech.rss["web"] = max(speech.rss["web"], _rss_mb(pid))
        workers = sum(_rss_mb(child) for child in _children(pid))
        speech.rss["workers"] = max(speech.rss["workers"], workers)
        await asyncio.sleep(0.5)


async def with_speakers(base: str, args, upload: bytes, pid: int) -> tuple[list, Speech]:
    """Run the citizens while args.speech others keep speaking; return both outcomes."""
    speech, stop = Speech(), asyncio.Event()
    memory = asyncio.create_task(watch_memory(pid, stop, speech))
    speakers = [
        asyncio.create_task(speaker(base, upload, stop, speech)) for _ in range(args.speech)
    ]
    await asyncio.sleep(3.0)  # the recordings are in the queue before the pages are measured
    results = await run_load(base, args.users, args.max_seconds, args.think)
    stop.set()
    await asyncio.gather(*speakers, memory)
    return results, speech


async def warm_up(base: str, upload: bytes) -> float:
    """One recognition before measuring, so the model load is not counted; return its wait."""
    speech, stop = Speech(), asyncio.Event()
    task = asyncio.create_task(speaker(base, upload, stop, speech))
    while not speech.waits and not speech.errors and not task.done():
        await asyncio.sleep(0.2)
    stop.set()
    await task
    if speech.errors:
        raise SystemExit(f"the warm-up recording failed: {speech.errors[0]}")
    return speech.waits[0]


def run_speech_benchmark(args: argparse.Namespace) -> int:
    """Measure the citizens alone, then with args.speech speaking; print and judge the figures."""
    random.seed(1)
    with tempfile.TemporaryDirectory(prefix="hv-load-") as tmp:
        wav = espeak_wav(Path(tmp) / "spoken.wav", SPOKEN)
        with wave.open(str(wav), "rb") as clip:
            spoken_seconds = clip.getnframes() / clip.getframerate()
        upload = webm_opus(wav)
        port = _free_port()
        proc = start_server(Path(tmp) / "load.db", port, args.threads, Path(tmp) / "instance")
        base = f"http://127.0.0.1:{port}"
        try:
            first = asyncio.run(warm_up(base, upload))
            alone = asyncio.run(run_load(base, args.users, args.max_seconds, args.think))
            idle_rss = _rss_mb(proc.pid)
            busy, speech = asyncio.run(with_speakers(base, args, upload, proc.pid))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        log = (Path(tmp) / "server.log").read_text(errors="replace")
        if "Traceback" in log:
            print(log[log.index("Traceback") :][:3000], file=sys.stderr)
        lost = [lost_turns(Path(tmp) / "load.db", r) for r in (alone, busy)]
    print(
        f"citizens: {args.users} at once, think {args.think:g} s, server threads {args.threads}; "
        f"{args.speech} more speaking ({spoken_seconds:.1f} s, {len(upload) // 1024} KiB "
        "WebM/Opus each)"
    )
    print(f"first recognition (model already loaded by serve): {first:.1f} s")
    ok = True
    for name, results in (("without speech", alone), (f"with {args.speech} speaking", busy)):
        pages = [x for r in results for x in r.pages]
        answers = [x for r in results for x in r.answers]
        errors = [e for r in results for e in r.errors]
        print(f"{name}:")
        print(f"  page   {_ms(pages)}")
        print(f"  answer {_ms(answers)}")
        print(f"  errors {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
        ok = ok and not errors
    ratio = p95([x for r in busy for x in r.pages]) / max(
        1e-6, p95([x for r in alone for x in r.pages])
    )
    waits = sorted(speech.waits)
    print(f"page p95 with speech / without: {ratio:.2f} (target at most 2)")
    if waits:
        print(
            f"recognition wait per upload: p50 {statistics.median(waits):.1f} s, "
            f"p95 {p95(waits):.1f} s, max {waits[-1]:.1f} s over {len(waits)} answered "
            "(target: every one within 60 s)"
        )
    print(f"uploads refused up front (busy): {speech.refused}; failed: {len(speech.errors)}")
    print(
        f"server RSS: web process {idle_rss:.0f} MB idle, {speech.rss['web']:.0f} MB peak "
        f"sampled (target at most 150); recognition worker(s) {speech.rss['workers']:.0f} MB"
    )
    print(f"lost turns: {sum(x for x, _ in lost)} of {sum(y for _, y in lost)} answers checked")
    ok = ok and ratio <= 2 and (not waits or waits[-1] <= 60) and speech.rss["web"] <= 150
    return 0 if ok and not speech.errors and not sum(x for x, _ in lost) else 1
