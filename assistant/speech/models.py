"""Speech models IT can add: check a CTranslate2 Whisper folder, pin its hash, make it active.

A registered model lives in <models>/<name>/ with a manifest.json (sha256, size, source);
<models>/active names the one in use. $HVERDAGSMAAL_WHISPER_MODEL still wins over both.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant.errors import SpeechError

DEFAULT_NAME = "whisper-base"
ACTIVE_FILE = "active"
MANIFEST = "manifest.json"
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
#: Files a faster-whisper (CTranslate2) folder needs; the vocabulary comes in either form.
REQUIRED = ("config.json", "model.bin")
TOKENIZER_FILES = ("tokenizer.json", "vocabulary.txt", "vocabulary.json")


@dataclass(frozen=True)
class ModelInfo:
    """What a checked model folder holds."""

    folder: Path
    sha256: str
    size: int


def sha256_of(path: Path) -> str:
    """Return the hex sha256 of a file, read in 1 MB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def check_folder(folder: Path | str, sha256: str) -> ModelInfo:
    """Check a CTranslate2 Whisper folder and its model.bin hash; SpeechError lists problems."""
    folder = Path(folder)
    problems = []
    if not folder.is_dir():
        raise SpeechError(f"{folder}: not a folder")
    problems += [f"{folder}: lacks {name}" for name in REQUIRED if not (folder / name).is_file()]
    if not any((folder / name).is_file() for name in TOKENIZER_FILES):
        problems.append(f"{folder}: lacks a tokenizer ({' or '.join(TOKENIZER_FILES)})")
    if not re.fullmatch(r"[0-9a-fA-F]{64}", sha256 or ""):
        problems.append(f"--sha256 must be 64 hex digits, not {sha256!r}")
    if (folder / "config.json").is_file():
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
            if "alignment_heads" not in config and "suppress_ids" not in config:
                problems.append(f"{folder}/config.json: not a CTranslate2 Whisper config")
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError) as exc:
            problems.append(f"{folder}/config.json: unreadable ({exc})")
    if problems:
        raise SpeechError("\n".join(problems))
    actual = sha256_of(folder / "model.bin")
    if actual != sha256.lower():
        raise SpeechError(
            f"{folder}/model.bin: sha256 {actual} does not match the given {sha256.lower()}"
        )
    return ModelInfo(folder, actual, (folder / "model.bin").stat().st_size)


def register(info: ModelInfo, models_dir: Path | str, name: str, activate: bool = True) -> Path:
    """Copy a checked model into <models_dir>/<name> (atomically) and optionally activate it."""
    if not NAME_RE.match(name):
        raise SpeechError(f"model name must be lower-case ASCII letters, digits, . _ -: {name!r}")
    models_dir = Path(models_dir)
    target = models_dir / name
    if target.exists() and target.resolve() != info.folder.resolve():
        raise SpeechError(f"{target} exists already: choose another --name")
    if not target.exists():
        staging = models_dir / f".{name}.tmp"
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(info.folder, staging)
        if sha256_of(staging / "model.bin") != info.sha256:
            shutil.rmtree(staging)
            raise SpeechError(f"{info.folder}/model.bin changed while it was copied")
        manifest = {
            "name": name,
            "sha256": info.sha256,
            "bytes": info.size,
            "source": str(info.folder.resolve()),
            "added": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        staging.rename(target)
    if activate:
        _write_atomically(models_dir / ACTIVE_FILE, name + "\n")
    return target


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def active_model_dir(models_dir: Path | str) -> Path:
    """Return the folder of the active model in models_dir (whisper-base unless one is set)."""
    models_dir = Path(models_dir)
    try:
        name = (models_dir / ACTIVE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        name = ""
    if name and NAME_RE.match(name) and (models_dir / name / "model.bin").is_file():
        return models_dir / name
    return models_dir / DEFAULT_NAME


def registered(models_dir: Path | str) -> list[dict]:
    """Return the manifests of the registered models (those added by `speech-model add`)."""
    found = []
    for manifest in sorted(Path(models_dir).glob(f"*/{MANIFEST}")):
        try:
            found.append(json.loads(manifest.read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError):
            continue
    return found
