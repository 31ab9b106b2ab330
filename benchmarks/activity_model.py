"""Benchmark the activity's second opinion: each blind round held out of the word counts.

    .venv/bin/python benchmarks/activity_model.py [--show]

For every blind round of golden sentences (tests/da/analyze/realistic_blind<N>_*.yaml, 60
sentences written before the code was run on them), the word counts are made from all the
other golden files, and the round's activities are found by the rules alone and by the rules
with that second opinion. The rules were later mended on most of these rounds, so "rules"
here is better than the rounds' first runs; the gain of the counts is what this shows (the
first runs, replayed on the code of their hour, are in the README).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.content import load_content  # noqa: E402
from assistant.nlp import activity_model  # noqa: E402
from assistant.nlp.extract import Analyzer  # noqa: E402

TODAY = date(2026, 12, 2)
ROUND = re.compile(r"realistic_blind(\d+)_")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="print every case the two disagree on")
    ap.add_argument("--margin", type=float, default=activity_model.MARGIN, help="log units")
    ap.add_argument("--alpha", type=float, default=activity_model.ALPHA, help="smoothing")
    args = ap.parse_args()
    started = time.perf_counter()
    analyzer = Analyzer(load_content("da"), second_opinion=False)
    cases = activity_model.golden_cases(ROOT / "tests" / "da" / "analyze")
    feats = [analyzer.model_features(text) for _f, text, _a in cases]
    rounds = sorted({int(m.group(1)) for f, _t, _a in cases if (m := ROUND.match(f))})
    totals = {"rules": 0, "with counts": 0, "counts alone": 0}
    n = 0
    for r in rounds:
        held = [i for i, (f, _t, _a) in enumerate(cases) if f.startswith(f"realistic_blind{r}_")]
        rest = set(range(len(cases))) - set(held)
        table = activity_model.count_table(((feats[i], cases[i][2]) for i in rest), "da")
        table.update(margin=args.margin, alpha=args.alpha)
        model = activity_model.from_counts(table)
        for i in held:
            _f, text, gold = cases[i]
            rules = analyzer.analyze(text, TODAY).activity
            final = model.second_opinion(feats[i], rules) if rules else rules
            scores = model.log_likelihoods(feats[i])
            alone = max(scores, key=scores.get)
            n += 1
            totals["rules"] += rules == gold
            totals["with counts"] += final == gold
            totals["counts alone"] += alone == gold
            if args.show and final != rules:
                mark = "+" if final == gold else ("-" if rules == gold else "?")
                print(f"{mark} blind{r} gold={gold} rules={rules} counts={final} | {text[:90]}")
    print(f"blind rounds held out one at a time: {len(rounds)} ({n} sentences with an activity)")
    print(f"  margin {args.margin}, alpha {args.alpha}")
    for name, right in totals.items():
        print(f"  activity right, {name:13s} {right:5d}  {right / n:.3f}")
    print(f"  ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
