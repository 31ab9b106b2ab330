"""Benchmark `analyze`: throughput, latency per utterance, cold start and peak memory.

    .venv/bin/python benchmarks/analyze.py [--n 2000] [--profile 25 | --sample 25] [--no-cold]

Utterances: every sentence of the golden files (tests/da/analyze/*.yaml), recombined with
lead-ins, frequencies and deadlines taken from the same files until there are --n varied ones.
With --profile N, the timed loop runs under cProfile on CPU time and the N costliest functions
by own time and by cumulative time are printed (the figures are then slower). cProfile's cost
per call inflates small functions (an utterance of ~5,000 calls takes ~10x longer under it);
--sample N instead reads the stack every 0.5 ms of CPU (SIGPROF, Unix; the kernel's tick may
make it every few ms: use --n 6000 or more) and prints the N functions seen most, on top of the
stack and anywhere in it, and the steps of `analyze`.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import json
import os
import pstats
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus(n: int) -> list[str]:
    """Return n varied Danish utterances built from the golden test sentences."""
    base: list[str] = []
    for path in sorted((ROOT / "tests" / "da" / "analyze").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        base += [c["text"] for c in data.get("cases", []) if isinstance(c.get("text"), str)]
    if not base:
        sys.exit("no golden sentences found under tests/da/analyze/")
    rng = random.Random(7)
    out = list(base)
    while len(out) < n:
        a, b = rng.sample(base, 2)
        half_a, half_b = a.split(), b.split()
        out.append(" ".join(half_a[: len(half_a) // 2 + 1] + half_b[len(half_b) // 2 :]))
    return out[:n]


# the cold start's line: a comma and a full stop, so spaCy's tokenizer is asked as well
COLD_LINE = "jeg vil gerne gå på trapper, to gange om ugen."
# run in the child: `assistant analyze`, then its own peak resident set (VmHWM, Linux) on stderr
_PEAK = """
import runpy, sys
sys.argv = ["assistant", "analyze"]
try:
    runpy.run_module("assistant", run_name="__main__")
finally:
    with open("/proc/self/status", encoding="ascii") as status:
        peak = [line.split()[1] for line in status if line.startswith("VmHWM:")]
    sys.stderr.write(f"\\nhm-peak-kb {peak[0] if peak else 0}\\n")
"""


def cold_start(cache: str) -> dict[str, float]:
    """Seconds and CPU seconds of `assistant analyze` on one line in a fresh process: "first"
    compiles the bytecode and builds the built-content cache (content/built.py), "cold" finds
    both, as an installed product does after its first start, "unbuilt" finds the bytecode but
    builds the content and analyzer (HVERDAGSMAAL_BUILT_CACHE=0); "rss": the cold start's peak
    resident set in MB. The bytecode (PYTHONPYCACHEPREFIX, as scripts/test.sh does: with
    PYTHONDONTWRITEBYTECODE set, every start would compile again) and the built files go to
    `cache`.

    The peak is the child's own VmHWM: a child's ru_maxrss (RUSAGE_CHILDREN) starts from the
    resident set of the process it was forked from, this benchmark with its analyzer and
    memos, so it reported the benchmark's size rather than the command's."""
    line = json.dumps({"id": "c", "text": COLD_LINE, "today": "2026-11-22"})
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    env["HVERDAGSMAAL_CACHE_DIR"] = os.path.join(cache, "built")
    found: dict[str, float] = {}
    for name, switch in (("first", "1"), ("unbuilt", "0"), ("cold", "1")):
        t0 = time.perf_counter()
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            [sys.executable, "-m", "assistant", "analyze"],
            input=line.encode(),
            capture_output=True,
            check=True,
            cwd=ROOT,
            env={**env, "HVERDAGSMAAL_BUILT_CACHE": switch},
        )
        found[name] = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        found[f"{name}_cpu"] = (after.ru_utime + after.ru_stime) - (used.ru_utime + used.ru_stime)
    done = subprocess.run(
        [sys.executable, "-c", _PEAK],
        input=line.encode(),
        capture_output=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    peak = [x for x in done.stderr.decode().splitlines() if x.startswith("hm-peak-kb ")]
    kb = int(peak[-1].split()[1]) if peak else 0
    if not kb:  # no /proc: the children's figure, an upper bound
        kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    found["rss"] = kb / 1024
    return found


class Sampler:
    """Counts, every 0.5 ms of CPU, the function on top of the stack, every function in it and
    the step of the analyzer's `analyze` (its callee) under way."""

    def __init__(self) -> None:
        self.total = 0
        self.own: collections.Counter[str] = collections.Counter()
        self.inside: collections.Counter[str] = collections.Counter()
        self.steps: collections.Counter[str] = collections.Counter()

    @staticmethod
    def _name(code) -> str:
        return f"{Path(code.co_filename).name}:{code.co_firstlineno}({code.co_name})"

    def _tick(self, _signum, frame) -> None:
        self.total += 1
        self.own[self._name(frame.f_code)] += 1
        seen, below = set(), None
        while frame is not None:
            name = self._name(frame.f_code)
            if frame.f_code.co_name == "analyze" and name.startswith("extract.py") and below:
                self.steps[below] += 1
            seen.add(name)
            below, frame = name, frame.f_back
        self.inside.update(seen)

    def __enter__(self) -> Sampler:
        signal.signal(signal.SIGPROF, self._tick)
        signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
        return self

    def __exit__(self, *_exc) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)

    def report(self, n: int) -> None:
        """Print the n functions seen most by each count, as shares of all samples."""
        for title, counts in (
            ("own (top of the stack)", self.own),
            ("inclusive (anywhere in the stack)", self.inside),
            ("steps of analyze (its callees)", self.steps),
        ):
            print(f"--- sampled CPU, {title}: {self.total} samples")
            for name, count in counts.most_common(n):
                print(f"{100 * count / max(self.total, 1):5.1f} %  {name}")


def main() -> None:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="utterances (default 2000)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print a profile")
    ap.add_argument("--sample", type=int, default=0, metavar="N", help="print a sampled profile")
    ap.add_argument("--no-cold", action="store_true", help="skip the cold start runs")
    args = ap.parse_args()
    # this process's analyzer is built, or read from a cache of the run's own
    own_cache = tempfile.TemporaryDirectory(prefix="hm-bench-built-")
    os.environ.setdefault("HVERDAGSMAAL_CACHE_DIR", own_cache.name)
    from assistant.nlp import get_analyzer  # noqa: PLC0415

    texts = corpus(args.n)
    analyzer = get_analyzer("da")
    today = date(2026, 11, 22)
    for t in texts[:50]:
        analyzer.analyze(t, today)  # warm-up
    times, cpu = [], []
    profiler = cProfile.Profile(time.thread_time) if args.profile else None  # CPU, not waits
    if profiler:
        profiler.enable()
    sampler = Sampler() if args.sample else None
    if sampler:
        sampler.__enter__()
    t_all = time.perf_counter()
    for t in texts:
        t0, c0 = time.perf_counter(), time.thread_time()
        analyzer.analyze(t, today)
        times.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
    total = time.perf_counter() - t_all
    if sampler:
        sampler.__exit__()
        sampler.report(args.sample)
    if profiler:
        profiler.disable()
        for order in ("tottime", "cumulative"):
            pstats.Stats(profiler, stream=sys.stdout).sort_stats(order).print_stats(args.profile)
    times.sort()
    cpu.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    cpu_p95 = cpu[int(0.95 * (len(cpu) - 1))]
    cold: dict[str, float] = collections.defaultdict(float)
    if not args.no_cold:
        with tempfile.TemporaryDirectory(prefix="hm-bench-pycache-") as cache:
            cold.update(cold_start(cache))
    own_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"utterances:        {len(texts)} (one thread)")
    print(f"throughput:        {len(texts) / total:,.0f} utterances/s")
    print(f"latency p50:       {statistics.median(times) * 1000:.3f} ms")
    print(f"latency p95:       {p95 * 1000:.3f} ms")
    print(
        f"CPU time p50/p95:  {statistics.median(cpu) * 1000:.3f} / {cpu_p95 * 1000:.3f} ms"
        "  (not inflated by other processes)"
    )
    print(f"load average:      {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"cold start:        {cold['cold']:.2f} s  (analyze on one line, new process, bytecode"
        " and built content cached)"
    )
    print(f"cold start CPU:    {cold['cold_cpu']:.2f} s  (the same start's user + system time)")
    print(
        f"unbuilt start:     {cold['unbuilt']:.2f} s, CPU {cold['unbuilt_cpu']:.2f} s  (bytecode"
        " cached, content and analyzer built: HVERDAGSMAAL_BUILT_CACHE=0)"
    )
    print(
        f"first start:       {cold['first']:.2f} s, CPU {cold['first_cpu']:.2f} s  (compiling the"
        " bytecode and building the cache first)"
    )
    print(f"peak RSS:          {cold['rss']:.0f} MB  (that process); benchmark {own_rss:.0f} MB")
    print("targets:           p95 <= 1 ms, >= 2,000/s, cold start <= 1.5 s, RSS <= 200 MB")


if __name__ == "__main__":
    main()
