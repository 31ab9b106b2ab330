"""The serve process's native heap: fewer glibc malloc arenas, free pages handed back.

Measured under `benchmarks/web_load.py --think 0` (50 citizens, 8 server threads): the web
process grows about 11 MB over its idle size, almost all of it in glibc's per-thread malloc
arenas (one of 1.0-1.7 MB per waitress thread), not in Python objects (tracemalloc: about
1 MB) and not in SQLite's page caches (a smaller `cache_size` changed nothing). Two arenas
for the whole process halve that growth; trimming now and then returns the free pages.
Without glibc (musl, macOS) both are skipped.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import threading

M_ARENA_MAX = -8  # glibc's mallopt parameter number (malloc.h)
ARENA_MAX = 2  # the main arena and one shared by every other thread
TRIM_SECONDS = 10.0  # malloc_trim walks every arena: a few ms, so not after every request


@functools.cache
def _libc():
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
        return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None
    except (OSError, TypeError):
        return None


def limit_arenas(arenas: int = ARENA_MAX) -> bool:
    """Cap glibc's malloc arenas (call before the server's threads start); True if applied."""
    libc = _libc()
    return bool(libc is not None and libc.mallopt(M_ARENA_MAX, int(arenas)) == 1)


def trim() -> bool:
    """Hand free heap pages back to the system; True if glibc returned any."""
    libc = _libc()
    return bool(libc is not None and libc.malloc_trim(0))


def start_trimming(seconds: float = TRIM_SECONDS) -> threading.Event | None:
    """Trim every `seconds` on a daemon thread; return an Event that stops it (None: no glibc)."""
    if _libc() is None:
        return None
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(seconds):
            trim()

    threading.Thread(target=loop, name="malloc-trim", daemon=True).start()
    return stop
