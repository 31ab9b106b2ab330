"""In-process render time of a question page: GET /samtale through the app, no network.

    .venv/bin/python benchmarks/render.py [--rounds 500] [--profile 25]

Builds the app on a temporary database, walks a citizen to the busiest question pages (the
everyday question with an area's activity cards open, and the motivation cards) and times
`rounds` GETs of each with the Flask test client. --profile N prints the N costliest
functions (cProfile, own time) of the same renders.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from citizen_support import Citizen, make_app  # noqa: E402

PAGES = ("everyday", "motivation")


def question_pages(tmp: Path) -> tuple[object, list[tuple[str, str]]]:
    """Return a test client in a live dialogue and [(slot, url)] of its card-heavy pages."""
    app = make_app(tmp)
    client = app.test_client()
    citizen = Citizen(client)
    citizen.start()
    found: list[tuple[str, str]] = []
    for _ in range(12):
        slot, cards = citizen.slot, citizen.cards
        if slot in PAGES and slot not in dict(found):
            area = next((c for c in cards if c.startswith("omraade:")), None)
            url = f"/samtale?omraade={area.split(':', 1)[1]}" if area else "/samtale"
            found.append((slot, url))
        if len(found) == len(PAGES) or not cards:
            break
        choice = "borger" if "borger" in cards else "ja" if "ja" in cards else cards[-1]
        citizen.choose(choice)
    return client, found


def time_renders(client, url: str, rounds: int) -> tuple[list[float], list[float]]:
    """GET url `rounds` times (after a warm-up); return wall and CPU seconds of each.

    The CPU time (this thread's) is what the page costs; on a shared machine the wall time
    also holds the waits for a core.
    """
    for _ in range(20):
        client.get(url).close()
    wall, cpu = [], []
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.thread_time()
        response = client.get(url)
        cpu.append(time.thread_time() - started_cpu)
        wall.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
        response.close()
    return wall, cpu


def p95(values: list[float]) -> float:
    """Return the 95th percentile (nearest rank) of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else 0.0


def render_figures(rounds: int = 500, profile: int = 0) -> list[str]:
    """Return one printed line per question page: p50 and p95 of the in-process render."""
    lines = []
    with tempfile.TemporaryDirectory(prefix="hv-render-") as tmp:
        client, pages = question_pages(Path(tmp))
        for slot, url in pages:
            wall, cpu = time_renders(client, url, rounds)
            lines.append(
                f"in-process render of the {slot} question ({url}), {rounds} renders: "
                f"wall p50 {statistics.median(wall) * 1000:.2f} ms, "
                f"p95 {p95(wall) * 1000:.2f} ms; CPU p50 {statistics.median(cpu) * 1000:.2f} ms, "
                f"p95 {p95(cpu) * 1000:.2f} ms (target p95 <= 5 ms)"
            )
        if profile and pages:
            profiler = cProfile.Profile()
            profiler.enable()
            time_renders(client, pages[0][1], rounds)
            profiler.disable()
            stats = pstats.Stats(profiler, stream=sys.stdout)
            stats.sort_stats("tottime").print_stats(profile)
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the render figures (and a profile when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=500)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    for line in render_figures(args.rounds, args.profile):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
