"""Benchmark the exports: FHIR Bundle build (+ R4B validation), JSON export, PDF plan render.

    .venv/bin/python benchmarks/exports.py [--n 50]

Uses the sample draft of tests/exports_support.py (goal, two sub-goals, Danish letters) and
prints the first (cold) time and p50/p95/max over --n further runs for each export.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def timed(fn) -> float:
    """Return the seconds one call of fn takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def report(name: str, fn, n: int) -> None:
    """Print cold time and p50/p95/max in milliseconds."""
    cold = timed(fn)
    runs = sorted(timed(fn) for _ in range(n))
    p95 = runs[min(len(runs) - 1, int(len(runs) * 0.95))]
    print(
        f"{name:<24} cold {cold * 1000:8.1f} ms   p50 {statistics.median(runs) * 1000:7.1f} ms"
        f"   p95 {p95 * 1000:7.1f} ms   max {runs[-1] * 1000:7.1f} ms   (n={n})"
    )


def main() -> int:
    """Run every export benchmark and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50, help="timed runs after the cold one")
    args = parser.parse_args()

    from exports_support import sample_draft  # noqa: PLC0415
    from fhir.resources.R4B.bundle import Bundle  # noqa: PLC0415

    from assistant.content import get_content  # noqa: PLC0415
    from assistant.exports.fhir import build_bundle  # noqa: PLC0415
    from assistant.exports.json_export import build_json_export  # noqa: PLC0415
    from assistant.exports.pdf import render_plan_pdf  # noqa: PLC0415

    activities = get_content("da").activities
    draft = sample_draft(draft_id="bench", receipt_code="ABC234")
    ratings = [
        {"subgoal": i % 3 or None, "score": (i % 5) - 2, "at": f"2026-12-{1 + i % 28:02d}"}
        for i in range(30)
    ]
    report(
        "fhir bundle", lambda: build_bundle(draft, activities=activities, ratings=ratings), args.n
    )
    report(
        "fhir bundle + validate",
        lambda: Bundle.model_validate(build_bundle(draft, activities=activities, ratings=ratings)),
        args.n,
    )
    row = {"id": "bench", "status": "approved", "version": 2, "json": json.dumps(draft)}
    versions = [{"version": 1, "json": json.dumps(draft), "edited_by": "citizen"}]
    report("json export", lambda: build_json_export(row, versions=versions), args.n)
    pdf_runs = max(5, args.n // 5)
    report("pdf plan", lambda: render_plan_pdf(draft, activities=activities), pdf_runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
