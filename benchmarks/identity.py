"""Identity harness for `analyze`: one JSON line of full facts per known sentence.

    .venv/bin/python benchmarks/identity.py --out /tmp/base.jsonl
    .venv/bin/python benchmarks/identity.py --out /tmp/new.jsonl
    cmp /tmp/base.jsonl /tmp/new.jsonl
    .venv/bin/python benchmarks/identity.py --shuffle --out /tmp/shuffled.jsonl
    cmp /tmp/base.jsonl /tmp/shuffled.jsonl

With --shuffle [SEED] the sentences are analysed in another order (the lines are still written
in the usual one): a memo or a kept last result that leaks from one utterance into the next
shows up as a difference.

Sentences: every golden case (tests/da/analyze/*.yaml, with its `today`), the dev sets of
the shared eval folder and the typed answers of the personas (tests/da/dialogs/*.json). Each
line holds the `to_json` output and the facts' extras, so a speed change that alters any
output, even one only the dialogue reads, shows up in a plain diff of two runs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
DEFAULT_TODAY = date(2026, 11, 22)


def _date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def golden() -> list[tuple[str, str, date]]:
    """(source, text, today) of every golden analyze case."""
    out = []
    for path in sorted((ROOT / "tests" / "da" / "analyze").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        file_today = _date(data.get("today") or DEFAULT_TODAY)
        for case in data.get("cases") or []:
            if isinstance(case.get("text"), str):
                today = _date(case["today"]) if "today" in case else file_today
                out.append((path.name, case["text"], today))
    return out


def dev_sets(folder: Path) -> list[tuple[str, str, date]]:
    """(source, text, today) of every line of the eval folder's JSON Lines files."""
    out = []
    for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                out.append((path.name, obj["text"], _date(obj.get("today") or DEFAULT_TODAY)))
    return out


def _strings(node: object, key: str | None = None):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v, key)
    elif isinstance(node, str) and key != "choose":
        yield node


def persona_answers() -> list[tuple[str, str, date]]:
    """(source, text, today) of every typed answer of the personas, each text once."""
    out, seen = [], set()
    for path in sorted((ROOT / "tests" / "da" / "dialogs").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for part in ("answers", "fallback"):
            for text in _strings(data.get(part) or {}):
                if text not in seen:
                    seen.add(text)
                    out.append((path.name, text, DEFAULT_TODAY))
    return out


def _plain(value: object) -> object:
    """A JSON-able, deterministic form of a fact value (dataclasses, sets, tuples)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


def main() -> None:
    """Analyse every known sentence and write one line of facts each to --out."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="the JSON Lines file to write")
    ap.add_argument("--eval", default=str(EVAL), help="folder of the dev sets (*.jsonl)")
    ap.add_argument(
        "--shuffle",
        type=int,
        nargs="?",
        const=1,
        metavar="SEED",
        help="analyse in a random order (seed 1 unless given); the lines keep their order",
    )
    args = ap.parse_args()
    from assistant.nlp import get_analyzer  # noqa: PLC0415

    analyzer = get_analyzer("da")
    cases = golden() + dev_sets(Path(args.eval)) + persona_answers()
    order = list(range(len(cases)))
    if args.shuffle is not None:
        random.Random(args.shuffle).shuffle(order)
    rows: list[str] = [""] * len(cases)
    for k in order:
        source, text, today = cases[k]
        facts = analyzer.analyze(text, today)
        row = {
            "src": source,
            "text": text,
            "today": today.isoformat(),
            "json": facts.to_json(),
            "all": _plain(facts),
        }
        rows[k] = json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n"
    with open(args.out, "w", encoding="utf-8") as out:
        out.writelines(rows)
    print(f"{len(cases)} sentences -> {args.out}")


if __name__ == "__main__":
    main()
