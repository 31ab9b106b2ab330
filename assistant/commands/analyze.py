"""`assistant analyze`: JSON Lines in, the goal facts of each utterance out (spec/analyze.md)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any, TextIO

NAME = "analyze"
HELP = "Read JSON Lines {id, text, today} on stdin; write the facts of each line on stdout."


def register(parser: argparse.ArgumentParser) -> None:
    """Add the command's options."""
    parser.add_argument("--lang", default="da", help="content language (default: da)")


def analyze_line(line: str, analyzer, default_today: date) -> tuple[dict[str, Any], bool]:
    """Return (output object, ok) for one input line; bad lines give an error object."""
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return {"id": None, "error": f"line is not valid JSON: {exc.msg}"}, False
    if not isinstance(obj, dict):
        return {"id": None, "error": "line must be a JSON object"}, False
    id_ = obj.get("id")
    text = obj.get("text")
    if not isinstance(text, str):
        why = "missing 'text'" if text is None else "'text' must be a string"
        return {"id": id_, "error": f"{why}"}, False
    today = default_today
    if obj.get("today") is not None:
        try:
            today = date.fromisoformat(str(obj["today"]))
        except ValueError:
            return {"id": id_, "error": "'today' must be a date YYYY-MM-DD"}, False
    return analyzer.analyze(text, today).to_json(id_), True


def run_stream(src: TextIO, out: TextIO, lang: str = "da") -> int:
    """Analyse every non-blank line of src; return 0 when all were read, 1 otherwise."""
    from assistant.nlp import get_analyzer  # noqa: PLC0415  (spaCy loads only when needed)

    analyzer = get_analyzer(lang)
    failed = False
    today = date.today()
    for line in src:
        if not line.strip():
            continue
        result, ok = analyze_line(line, analyzer, today)
        failed |= not ok
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    """Run the command on stdin/stdout; broken content stops it before any line is read."""
    from assistant.errors import ContentError  # noqa: PLC0415

    sys.stdin.reconfigure(encoding="utf-8", errors="replace")
    sys.stdout.reconfigure(encoding="utf-8")
    try:
        return run_stream(sys.stdin, sys.stdout, args.lang)
    except ContentError as exc:
        print(f"error: content cannot be loaded:\n{exc}", file=sys.stderr)
        return 1
