"""The analyzer starts lean: spaCy without its CLI package, no garbage collector while building."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

from assistant import PROJECT_ROOT
from assistant.nlp.startup import gc_paused
from tests.http_support import bytecode_env

# Run in a new interpreter: the test process has imported spaCy (and its CLI) long ago.
_PROBE = """
import gc, json, sys
from assistant.nlp import get_analyzer
before = gc.get_freeze_count()
get_analyzer("da")
built = gc.get_freeze_count()
get_analyzer("da")
report = {"cli_loaded": "spacy.cli" in sys.modules, "gc_enabled": gc.isenabled()}
# what was built is frozen once (no full collection walks it), not again on the next call
report["frozen"] = before == 0 and built > 100_000 and gc.get_freeze_count() == built
import spacy, spacy.cli
report["real_cli"] = hasattr(spacy.cli, "setup_cli")
report["info"] = callable(spacy.info)
print(json.dumps(report))
"""


def test_building_the_analyzer_leaves_out_spacys_cli_restores_gc_and_freezes_once():
    run = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
        env={"PYTHONPATH": str(PROJECT_ROOT), **bytecode_env()},
    )
    report = json.loads(run.stdout)
    assert report == {
        "cli_loaded": False,
        "gc_enabled": True,
        "frozen": True,
        "real_cli": True,
        "info": True,
    }


def test_gc_paused_restores_the_collector_as_it_was():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
