"""The built-content cache: what a start builds from content/<lang>/ and the code, kept on disk.

Parsing the content and building the analyzer's tables from it cost about 0.9 s CPU of every
start (`assistant analyze`, `chat`, `serve`); reading them back from a pickle costs a fraction.
A cache file is named by a key: a hash of every byte it was built from (the content files,
the source files that build and define it, the Python, the libraries' versions, the folder),
so a changed file makes a new key and a stale file is never read. A missing, unreadable or
broken file is built again; a file is written whole under a temporary name and renamed, so
two processes starting at once never read half of one. The folder is `$HVERDAGSMAAL_CACHE_DIR`,
else `$XDG_CACHE_HOME/hverdagsmaal`, else `~/.cache/hverdagsmaal`;
`HVERDAGSMAAL_BUILT_CACHE=0` turns the cache off (everything is built, nothing written).
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import os
import pickle
import sys
import tempfile
import threading
import types
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from assistant import PROJECT_ROOT

CACHE_ENV = "HVERDAGSMAAL_CACHE_DIR"
SWITCH_ENV = "HVERDAGSMAAL_BUILT_CACHE"  # "0": build every time, write nothing
FORMAT = 1  # raised when the layout of a cache file changes
PROTOCOL = 5
SOURCE = PROJECT_ROOT / "assistant"
# each checkout keeps its own files: two sharing the folder would remove each other's
CHECKOUT = hashlib.sha256(str(PROJECT_ROOT).encode()).hexdigest()[:8]


def cache_dir() -> Path:
    """The user's cache folder ($HVERDAGSMAAL_CACHE_DIR, $XDG_CACHE_HOME, ~/.cache, else tmp)."""
    own = os.environ.get(CACHE_ENV)
    if own:
        return Path(own)
    base = os.environ.get("XDG_CACHE_HOME") or (
        Path.home() / ".cache" if Path.home().is_dir() else tempfile.gettempdir()
    )
    return Path(base) / "hverdagsmaal"


def enabled() -> bool:
    """Whether starts read and write built files (not with HVERDAGSMAAL_BUILT_CACHE=0)."""
    return os.environ.get(SWITCH_ENV, "1") != "0"


def files_under(*folders: Path, suffix: str = "") -> list[Path]:
    """Every file under the folders (ending in `suffix`), in a fixed order; no __pycache__."""
    return sorted(
        p
        for folder in folders
        for p in folder.rglob(f"*{suffix}")
        if p.is_file() and "__pycache__" not in p.parts
    )


def digest(paths: Iterable[Path], *extra: str) -> str:
    """The key of a build: a hash of each file's name and bytes and of the extra strings."""
    key = hashlib.sha256(f"{FORMAT} {sys.version} {PROTOCOL}".encode())
    for text in extra:
        key.update(f"\0{text}".encode())
    for path in paths:
        data = path.read_bytes()
        key.update(f"\0{path}\0{len(data)}\0".encode())
        key.update(data)
    return key.hexdigest()[:32]


def content_key(lang_root: Path) -> str:
    """The key of the Content parsed from lang_root: its files, the content package's code and
    the package root (paths, errors), PyYAML's version and the folder itself."""
    code = [*files_under(SOURCE / "content", suffix=".py"), SOURCE / "__init__.py"]
    code.append(SOURCE / "errors.py")
    return digest([*files_under(lang_root), *code], str(lang_root), yaml.__version__)


def _proxy(mapping: dict) -> types.MappingProxyType:
    return types.MappingProxyType(mapping)


def _reduce_proxy(proxy: types.MappingProxyType) -> tuple:
    return _proxy, (dict(proxy),)


def dumps(obj: Any, persistent_id: Callable[[Any], Any] | None = None) -> bytes:
    """obj pickled (a read-only mapping as one); `persistent_id`: objects kept by reference."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, types.MappingProxyType: _reduce_proxy}
    if persistent_id is not None:
        pickler.persistent_id = persistent_id
    pickler.dump(obj)
    return out.getvalue()


def loads(data: bytes | BinaryIO, persistent_load: Callable[[Any], Any] | None = None) -> Any:
    """The object dumps() wrote (bytes, or a file read as it goes); `persistent_load` finds
    the objects kept by reference."""
    unpickler = pickle.Unpickler(io.BytesIO(data) if isinstance(data, bytes) else data)
    if persistent_load is not None:
        unpickler.persistent_load = persistent_load
    return unpickler.load()


def _own(path: Path) -> bool:
    """True when path is this user's and no one else may write it: a pickle is code to whoever
    may write it, so a shared or /tmp folder another user made first is never trusted."""
    try:
        found = path.stat()
    except OSError:
        return False
    return found.st_uid == os.getuid() and not found.st_mode & 0o022


def read(name: str, key: str, persistent_load: Callable[[Any], Any] | None = None) -> Any:
    """The object kept as `name` under `key`, or None when there is none that can be read (a
    missing, partly written, foreign or broken file: the caller builds it again)."""
    if not enabled():
        return None
    path = cache_dir() / f"{name}-{CHECKOUT}-{key}.pickle"
    try:
        if not (_own(path.parent) and _own(path)):
            return None  # another user's folder or file: a pickle is code, never read it
        # read as it goes: the whole file held beside what it makes raised the peak by 9 MB
        with open(path, "rb") as file:
            return loads(file, persistent_load)
    except Exception:  # noqa: BLE001  (any broken file is only a miss: it is built again)
        return None


def write(name: str, key: str, obj: Any, persistent_id: Callable[[Any], Any] | None = None) -> None:
    """Keep obj (dumps) as `name` under `key`, whole or not at all, and remove the files of
    `name` made under other keys. A folder that cannot be written, or a part of obj that
    cannot be pickled, only costs the next start the time (tests/test_built_cache53.py
    fails on the second)."""
    if not enabled():
        return
    try:
        data = dumps(obj, persistent_id)
    except Exception:  # noqa: BLE001  (pickle raises many kinds; the start goes on)
        return
    path = cache_dir() / f"{name}-{CHECKOUT}-{key}.pickle"
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        # the user's own: a pickle is code to whoever may write it, as __pycache__ is
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _own(path.parent):
            return  # another user's folder: nothing is written where they could swap it
        partial.write_bytes(data)
        partial.replace(path)  # atomic: a reader sees the old file, none, or this one whole
        for stale in path.parent.glob(f"{name}-{CHECKOUT}-*.pickle"):
            if stale != path:  # built from older files or code
                stale.unlink(missing_ok=True)
    except OSError:
        partial.unlink(missing_ok=True)


_KEYS: dict[int, tuple[Any, str]] = {}  # id(built object) → (the object kept alive, its key)


def remember_key(obj: Any, key: str) -> None:
    """Note the key obj was built (or read) under: what is built from it adds to that key."""
    _KEYS[id(obj)] = (obj, key)


def key_of(obj: Any) -> str | None:
    """The key obj was built under (remember_key), or None for an object built elsewhere."""
    found = _KEYS.get(id(obj))
    return found[1] if found is not None and found[0] is obj else None
