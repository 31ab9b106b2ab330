"""`assistant speech-model`: add (check, pin, copy, activate) or list Whisper models."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "speech-model"
HELP = "Add a CTranslate2 Whisper model folder (checked against its sha256) or list them."


def register(parser: argparse.ArgumentParser) -> None:
    """Add the `add PATH --sha256 HEX [--name N] [--no-activate]` and `list` actions."""
    parser.add_argument("action", choices=("add", "list"), help="add a model or list them")
    parser.add_argument("path", nargs="?", help="the model folder to add (add only)")
    parser.add_argument("--sha256", help="the expected sha256 of the folder's model.bin")
    parser.add_argument("--name", help="name under instance/models/ (default: the folder name)")
    parser.add_argument(
        "--models-dir", metavar="DIR", help="where models live (default: instance/models)"
    )
    parser.add_argument(
        "--no-activate", action="store_true", help="register it, but keep the active model"
    )
    parser.add_argument(
        "--no-load", action="store_true", help="skip loading it and recognising a test clip"
    )


def run(args: argparse.Namespace) -> int:
    """Check the folder and its hash, load it once, copy it in and make it the active model."""
    from assistant.errors import SpeechError  # noqa: PLC0415
    from assistant.speech import models  # noqa: PLC0415
    from assistant.speech.asr import MODELS_DIR, default_model_dir  # noqa: PLC0415

    models_dir = Path(args.models_dir or MODELS_DIR)
    if args.action == "list":
        active = default_model_dir(models_dir)
        for manifest in models.registered(models_dir):
            mark = "*" if (models_dir / manifest["name"]) == active else " "
            print(f"{mark} {manifest['name']}  sha256 {manifest['sha256']}  {manifest['added']}")
        print(f"active: {active}")
        return 0
    if not args.path or not args.sha256:
        print("error: speech-model add needs PATH and --sha256", file=sys.stderr)
        return 2
    folder = Path(args.path)
    try:
        info = models.check_folder(folder, args.sha256)
        if not args.no_load:
            _try_model(folder)
        name = args.name or folder.resolve().name.lower()
        target = models.register(info, models_dir, name, activate=not args.no_activate)
    except (SpeechError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"added {target} (sha256 {info.sha256}, {info.size:,} bytes)")
    if not args.no_activate:
        print(f"active model: {name} (restart `assistant serve` to use it)")
    return 0


def _try_model(folder: Path) -> None:
    """Load the model and recognise a second of silence; raise SpeechError if it cannot."""
    import numpy as np  # noqa: PLC0415

    from assistant.speech.asr import Recognizer  # noqa: PLC0415

    noise = np.random.default_rng(0).normal(0, 0.05, 16_000).astype(np.float32)
    Recognizer(folder, cpu_threads=2).transcribe(noise)
