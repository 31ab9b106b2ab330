"""Where `analyze` spends its time: by stage and by rule function, with each one's fire rate.

    .venv/bin/python benchmarks/stages.py [--n 2000] [--top 60] [--rare 0.01]

Every function `analyze` calls by name (a module's function, an `Analyzer` method) and the
stages of `_columns` (tokenise, spelling, lemmas) and the rule matcher are wrapped: the time of
each call made from `analyze` itself is counted (a call from inside another wrapped function
is part of that one's time), and so is how often it changed anything (its fire rate: a result
that is neither empty nor equal to one of its arguments, as a filter that keeps its input
returns it). The utterances are those of benchmarks/analyze.py, read twice: the first pass
fills the memos (each new word's first-time work), the second finds them full.

Figures are wall time (`perf_counter`, cheap to read) less the wrapper's own cost per call,
measured at the end: run it on a quiet machine. The summary line sums the functions that fire
at most --rare of the time: an upper bound of what skipping them (gates) could save.
"""

from __future__ import annotations

import argparse
import collections
import functools
import sys
import time
import types
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from analyze import corpus  # noqa: E402  (benchmarks/analyze.py: the same utterances)

clock = time.perf_counter


class Counts:
    """Time, calls and changes per wrapped name; only calls made outside another wrapped one."""

    def __init__(self) -> None:
        self.cost: collections.Counter[str] = collections.Counter()
        self.calls: collections.Counter[str] = collections.Counter()
        self.fires: collections.Counter[str] = collections.Counter()
        self.depth = 0

    def wrap(self, name: str, fn):
        """fn, counted under name."""

        @functools.wraps(fn)
        def counted(*args, **kwargs):
            if self.depth:
                return fn(*args, **kwargs)
            self.depth += 1
            t0 = clock()
            try:
                result = fn(*args, **kwargs)
            finally:
                self.depth -= 1
            self.cost[name] += clock() - t0
            self.calls[name] += 1
            self.fires[name] += _changed(result, args)
            return result

        return counted

    def clear(self) -> None:
        """Forget every count."""
        self.cost.clear()
        self.calls.clear()
        self.fires.clear()


def _changed(result, args) -> bool:
    """True for a result that is not empty and not one of the arguments as given."""
    if not result:
        return False
    for arg in args:
        try:
            if result is arg or (type(result) is type(arg) and result == arg):
                return False
        except (TypeError, ValueError):  # a comparison some objects refuse
            continue
    return True


def instrument(analyzer, counts: Counts) -> None:
    """Wrap the analyzer's stages and every function extract.py calls by name."""
    from assistant.nlp import extract  # noqa: PLC0415

    analyzer.tokens.split = counts.wrap("stage:tokenise", analyzer.tokens.split)
    if analyzer.spelling is not None:
        analyzer.spelling.repair = counts.wrap("stage:spelling", analyzer.spelling.repair)
    analyzer.lemmatizer.columns = counts.wrap("stage:lemmas", analyzer.lemmatizer.columns)
    analyzer.rules.find = counts.wrap("stage:rules.find", analyzer.rules.find)
    for name, obj in list(vars(extract).items()):
        if isinstance(obj, types.FunctionType) and obj.__module__.startswith("assistant."):
            if obj.__module__ == extract.__name__ and not name.startswith("_"):
                continue  # the module's public entry points (analyzer_for …)
            label = f"{obj.__module__.rsplit('.', 1)[-1]}.{name}"
            setattr(extract, name, counts.wrap(label, obj))
        elif isinstance(obj, types.ModuleType) and obj.__name__.startswith("assistant.nlp."):
            for fname, fn in list(vars(obj).items()):  # clauses.x, activity.x, quantities.x
                if isinstance(fn, types.FunctionType) and fn.__module__ == obj.__name__:
                    label = f"{obj.__name__.rsplit('.', 1)[-1]}.{fname}"
                    setattr(obj, fname, counts.wrap(label, fn))
    for name, fn in list(vars(extract.Analyzer).items()):
        if isinstance(fn, types.FunctionType) and name not in ("analyze", "__init__", "_columns"):
            setattr(extract.Analyzer, name, counts.wrap(f"Analyzer.{name}", fn))


def floor() -> float:
    """The wrapper's own seconds per call: a function that does nothing, wrapped the same way."""
    probe = Counts()
    nothing = probe.wrap("nothing", lambda x: x)
    for _ in range(100_000):
        nothing(1)
    return probe.cost["nothing"] / probe.calls["nothing"]


def report(counts: Counts, title: str, total: float, n: int, top: int, rare: float, per_call):
    """Print one pass's table."""
    cost = {k: max(0.0, v - per_call * counts.calls[k]) for k, v in counts.cost.items()}
    print(f"=== {title}: {n} utterances, {1000 * total / n:.3f} ms each (wall, instrumented)")
    print(f"{'share':>6} {'us/utt':>7} {'calls/utt':>9} {'fire':>6}  function")
    for name in sorted(cost, key=cost.get, reverse=True)[:top]:
        fire = counts.fires[name] / max(counts.calls[name], 1)
        print(
            f"{100 * cost[name] / total:5.1f}% {1e6 * cost[name] / n:7.1f} "
            f"{counts.calls[name] / n:9.2f} {100 * fire:5.1f}%  {name}"
        )
    few = [k for k in cost if counts.fires[k] <= rare * counts.calls[k] and ":" not in k]
    spent = sum(cost[k] for k in few)
    print(
        f"--- {len(few)} of {len(cost)} functions fire at most {rare:.0%} of the time: "
        f"{100 * spent / total:.1f}% of the time, {1e6 * spent / n:.0f} us per utterance"
    )


def main() -> None:
    """Run both passes and print their tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="utterances (default 2000)")
    ap.add_argument("--top", type=int, default=60, help="rows printed per pass (default 60)")
    ap.add_argument("--rare", type=float, default=0.01, help="fire rate of a rare function")
    args = ap.parse_args()
    from assistant.nlp import get_analyzer  # noqa: PLC0415

    texts = corpus(args.n)
    analyzer = get_analyzer("da")
    today = date(2026, 11, 22)
    for t in texts[:50]:
        analyzer.analyze(t, today)  # warm-up, as benchmarks/analyze.py
    counts = Counts()
    instrument(analyzer, counts)
    per_call = floor()
    for title in ("first pass (new words fill the memos)", "second pass (memos full)"):
        counts.clear()
        t0 = clock()
        for t in texts:
            analyzer.analyze(t, today)
        report(counts, title, clock() - t0, len(texts), args.top, args.rare, per_call)
    print(f"wrapper cost subtracted: {1e6 * per_call:.2f} us per counted call")


if __name__ == "__main__":
    main()
