"""The analyzer and the goal sentence are the same in every process: no set order decides.

A phrase list kept as a set made "han siger selv at …" lose to "han siger" in some processes and
not in others, so one persona's goal changed from run to run. Each probe runs in new interpreters
with different hash seeds (str hashes, and so set order, change with PYTHONHASHSEED).
"""

from __future__ import annotations

import json
import subprocess
import sys

from yaml_support import safe_load

from assistant import PROJECT_ROOT
from tests.http_support import bytecode_env

SAMPLE_EVERY = 12  # every 12th golden sentence: about 400, a few seconds per process

_PROBE = """
import dataclasses, json, sys
from datetime import date
from assistant.content import get_content
from assistant.nlp import get_analyzer
from assistant.nlp.compose import reason_frame
analyzer, goals = get_analyzer("da"), get_content("da").goals
out = []
for text in json.load(sys.stdin):
    facts = dataclasses.asdict(analyzer.analyze(text, date(2026, 12, 3)))
    told = reason_frame(text, goals, "relative")
    out.append([json.dumps(facts, sort_keys=True, default=str), told])
print(json.dumps(out))
"""


def _sentences() -> list[str]:
    texts = []
    for path in sorted((PROJECT_ROOT / "tests" / "da" / "analyze").glob("*.yaml")):
        cases = (safe_load(path.read_text(encoding="utf-8")) or {}).get("cases") or []
        texts += [c["text"] for c in cases if isinstance(c.get("text"), str)]
    return texts[::SAMPLE_EVERY]


def _run(texts: list[str], seed: str) -> list:
    run = subprocess.run(
        [sys.executable, "-c", _PROBE],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
        env={"PYTHONPATH": str(PROJECT_ROOT), "PYTHONHASHSEED": seed, **bytecode_env()},
    )
    return json.loads(run.stdout)


def test_facts_and_reasons_do_not_depend_on_the_hash_seed():
    told = "så han kan møde nogen der kan give ham modstand, han siger selv at hjernen ruster"
    texts = [told, *_sentences()]
    first, second = _run(texts, "1"), _run(texts, "2")
    assert len(first) == len(texts) > 300
    differ = [t for t, a, b in zip(texts, first, second, strict=True) if a != b]
    assert differ == []
    assert first[0][1][1].endswith(", hjernen ruster")  # the longest quote lead is cut whole
