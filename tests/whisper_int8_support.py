"""The Whisper model with its weights stored as int8, made once from the shipped model.

The shipped model (scripts/assemble_whisper_model.py) stores float16 weights, and every load
with compute type int8 (each speech worker process, a served app's queue, a test process)
quantized them again: 0.6-1.2 s of CPU a load, 0.2 s for a model stored as int8. CTranslate2
quantizes on load by one rule (`Model::ensure_dtype` and `WhisperModel::is_quantizable`,
src/models/model.cc and whisper.cc): a float variable whose name ends in "weight", except the
convolutions, becomes int8 rows scaled by 127 / max|row| with the scale beside it as
"<name>_scale"; the other float variables (not scalars, not scales) become float32. The copy
stores exactly that, so a load converts nothing. Measured: espeak-ng sentences give the same
text, average log-probability and no-speech probability to the last bit as the shipped model.

The copy lives in the user's cache folder (beside the spelling build), keyed by the shipped
model's bytes and this file, outside the tree. Tests about the shipped model itself (its
folder, its assembly, its pin, the in-process recognizer of tests/test_speech.py) keep it.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import shutil
import struct
from pathlib import Path

import numpy as np

from assistant.content.built import cache_dir

# CTranslate2's DataType enum order (include/ctranslate2/types.h, specs/model_spec.py).
DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")


@functools.cache
def int8_model_dir(source: Path) -> Path:
    """Return the folder of an int8 copy of the model in `source`, made on first use."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    with (source / "model.bin").open("rb") as model:
        digest.update(hashlib.file_digest(model, "sha256").digest())
    target = cache_dir() / f"whisper-int8-{source.name}-{digest.hexdigest()[:24]}"
    if (target / "model.bin").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with (target.parent / f"{target.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # parallel test workers: one builds, the others wait
        if not (target / "model.bin").is_file():
            partial = target.with_name(f"{target.name}.partial")
            shutil.rmtree(partial, ignore_errors=True)
            shutil.copytree(source, partial, ignore=shutil.ignore_patterns("model.bin"))
            write_model(partial / "model.bin", *quantized(*read_model(source / "model.bin")))
            for stale in target.parent.glob(f"whisper-int8-{source.name}-*"):
                if stale.is_dir() and stale != partial:
                    shutil.rmtree(stale, ignore_errors=True)
            partial.rename(target)
    return target


def read_model(path: Path) -> tuple[tuple[int, str, int], dict[str, np.ndarray], list]:
    """Read a CTranslate2 model.bin: (version, spec name, revision), variables and aliases."""
    data = path.read_bytes()
    pos = 0

    def take(fmt: str):
        nonlocal pos
        (value,) = struct.unpack_from(fmt, data, pos)
        pos += struct.calcsize(fmt)
        return value

    def text() -> str:
        nonlocal pos
        size = take("H")
        pos += size
        return data[pos - size : pos - 1].decode("utf-8")

    header = (take("I"), text(), take("I"))
    variables = {}
    for _ in range(take("I")):
        name = text()
        shape = [take("I") for _ in range(take("B"))]
        dtype = np.dtype(DTYPES[take("B")])
        size = take("I")
        variables[name] = np.frombuffer(
            data, dtype=dtype, count=size // dtype.itemsize, offset=pos
        ).reshape(shape)
        pos += size
    aliases = [(text(), text()) for _ in range(take("I"))]
    return header, variables, aliases


def quantized(header, variables: dict[str, np.ndarray], aliases):
    """Return the model as CTranslate2 holds it after loading with compute type int8."""
    done = {}
    for name, value in variables.items():
        if value.dtype.kind != "f" or value.ndim == 0 or "_scale" in name:
            done[name] = value
        elif name.endswith("weight") and "conv" not in name:
            rows = value.astype(np.float32)
            peak = np.abs(rows).max(axis=1)
            peak[peak == 0] = 127  # an all-zero row keeps the scale 1 (as model_spec.py)
            scale = (np.float32(127) / peak).astype(np.float32)
            done[name] = np.rint(rows * scale[:, None]).astype(np.int8)
            done[f"{name}_scale"] = scale
        else:
            done[name] = value.astype(np.float32)
    return header, done, aliases


def write_model(path: Path, header, variables: dict[str, np.ndarray], aliases) -> None:
    """Write a CTranslate2 model.bin (the layout of ModelSpec._serialize)."""
    with path.open("wb") as out:

        def text(value: str) -> None:
            out.write(struct.pack("H", len(value) + 1) + value.encode("utf-8") + b"\0")

        version, name, revision = header
        out.write(struct.pack("I", version))
        text(name)
        out.write(struct.pack("II", revision, len(variables)))
        for key, value in variables.items():
            text(key)
            out.write(struct.pack("B", value.ndim))
            out.write(struct.pack(f"{value.ndim}I", *value.shape))
            raw = np.ascontiguousarray(value).tobytes()
            out.write(struct.pack("B", DTYPES.index(value.dtype.name)))
            out.write(struct.pack("I", len(raw)))
            out.write(raw)
        out.write(struct.pack("I", len(aliases)))
        for alias, target in aliases:
            text(alias)
            text(target)
