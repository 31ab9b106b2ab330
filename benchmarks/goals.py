"""Measure the citizen's own goal on every realistic golden wish sentence (issue 8).

    .venv/bin/python benchmarks/goals.py [--show 20]

Each wish sentence of tests/da/analyze/ is played through a whole dialogue (tests/goal_corpus.py
says how); printed: how many drafted goals break Danish grammar, how many keep every content
word of the person's own phrase, and the first --show goals with a problem.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from goal_corpus import check, wish_sentences  # noqa: E402


def main() -> None:
    """Play every wish sentence and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=20, help="goals with a problem to print")
    args = parser.parse_args()
    began = time.perf_counter()
    checks = [check(text, relative) for text, relative in wish_sentences()]
    seconds = time.perf_counter() - began
    grammar = [c for c in checks if any(not p.startswith("own words") for p in c.problems)]
    lost = [c for c in checks if any(p.startswith("own words") for p in c.problems)]
    n = len(checks)
    print(f"wish sentences played through a whole dialogue: {n} ({seconds:.1f} s)")
    print(f"goals that break Danish grammar: {len(grammar)} ({len(grammar) / n:.1%})")
    print(f"goals that keep every own word:  {n - len(lost)} ({1 - len(lost) / n:.1%})")
    for c in (grammar + lost)[: args.show]:
        print(f"\n{c.text}\n  -> {c.goal}\n  {'; '.join(c.problems)}")


if __name__ == "__main__":
    main()
