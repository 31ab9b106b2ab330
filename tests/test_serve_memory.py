"""`assistant serve` keeps its native heap small: two malloc arenas, free pages trimmed."""

from __future__ import annotations

import concurrent.futures
import subprocess
import sys
import textwrap
import urllib.request

import pytest
from http_support import bytecode_env, served_process

from assistant import PROJECT_ROOT
from assistant.web import memory

HEAP_ALIGN = 64 * 1024 * 1024  # glibc maps each thread arena's heap at a 64 MB boundary

pytestmark = pytest.mark.skipif(memory._libc() is None, reason="glibc's malloc only")


def thread_arenas(pid: int | str = "self") -> int:
    """Count the glibc thread arenas of a process: a heap is an anonymous read-write mapping
    at a 64 MB boundary whose unused rest, up to the next boundary, is mapped without access
    (a 64 MB buffer of another library, e.g. OpenBLAS, has no such rest)."""
    with open(f"/proc/{pid}/maps", encoding="ascii") as maps:
        rows = [line.split() for line in maps]
    found = 0
    for here, after in zip(rows, rows[1:], strict=False):
        start, end = (int(x, 16) for x in here[0].split("-"))
        rest_start, rest_end = (int(x, 16) for x in after[0].split("-"))
        if (
            len(here) == 5
            and here[1] == "rw-p"
            and start % HEAP_ALIGN == 0
            and len(after) == 5
            and after[1] == "---p"
            and rest_start == end
            and rest_end == start + HEAP_ALIGN
        ):
            found += 1
    return found


ARENAS_AFTER_THREADS = textwrap.dedent(
    """
    import sys, threading
    from assistant.web import memory
    from test_serve_memory import thread_arenas
    if sys.argv[1] == "limit":
        assert memory.limit_arenas(2)
    barrier = threading.Barrier(6)
    def work():
        kept = [bytearray(2000) for _ in range(200)]  # small blocks: from the thread's arena
        barrier.wait()
    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(thread_arenas())
    """
)


def _arenas_after_threads(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", ARENAS_AFTER_THREADS, mode],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
        env={
            "PYTHONPATH": f"{PROJECT_ROOT}:{PROJECT_ROOT / 'tests'}",
            "PATH": "/usr/bin:/bin",
            **bytecode_env(),  # a test run writes nothing in the tree
        },
    )
    return int(done.stdout)


def test_limit_arenas_makes_threads_share_one_arena():
    assert _arenas_after_threads("default") >= 3  # glibc: one per thread, up to 8 per core
    assert _arenas_after_threads("limit") <= 1  # the main arena and one shared


def test_trim_runs_and_the_trimmer_stops():
    memory.trim()  # True or False: whether there was anything to hand back
    stop = memory.start_trimming(0.01)
    assert stop is not None
    stop.set()


def test_the_serve_process_limits_its_arenas(tmp_path):
    """Busy waitress threads, the speech feeder and the NLP warm-up share one arena."""
    with served_process(tmp_path, "--threads", "4") as (proc, port):

        def get(_):
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
                return response.status

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            assert set(pool.map(get, range(40))) == {200}
        assert thread_arenas(proc.pid) <= 1


def test_an_app_without_single_sign_on_does_not_load_authlib(tmp_path):
    """Authlib, cryptography and joserfc (~10 MB resident) are imported only for an issuer."""
    script = textwrap.dedent(
        f"""
        import sys
        from assistant.web import create_app
        create_app({{"DATABASE": {str(tmp_path / "x.db")!r}, "INSTANCE_PATH": {str(tmp_path)!r}}})
        print(sorted({{m.split(".")[0] for m in sys.modules}} & {{"authlib", "cryptography"}}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
        env={
            "PYTHONPATH": str(PROJECT_ROOT),
            "PATH": "/usr/bin:/bin",
            **bytecode_env(),  # a test run writes nothing in the tree
        },
    )
    assert done.stdout.strip() == "[]"
