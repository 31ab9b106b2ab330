#!/usr/bin/env bash
# Install everything (idempotent) and run the whole test suite. The run writes nothing in the
# tree: no pytest or ruff cache, bytecode under $TMPDIR, Hypothesis' examples and screenshots
# in temporary folders (bash scripts/screenshots.sh renews docs/screenshots/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check --no-cache assistant tests benchmarks scripts
export PYTHONPYCACHEPREFIX="${TMPDIR:-/tmp}/hverdagsmaal-pycache-$(id -u)"
# Bytecode is written there, kept between runs: with PYTHONDONTWRITEBYTECODE set (as in many
# sandboxes) and the prefix (which hides the venv's own __pycache__), every Python process the
# suite starts (xdist workers, dozens of `assistant` subprocesses, speech workers) compiled all
# its imports again, ~2 s of CPU each.
unset PYTHONDONTWRITEBYTECODE
# Two workers; tests are handed out one by one to the free worker, except that the tests of a
# module sharing a module fixture (a browser, a server) stay together (tests/conftest.py groups
# them for --dist loadgroup), so no heavy file runs alone at the end.
exec .venv/bin/python -m pytest -p no:cacheprovider -n 2 --dist loadgroup "$@"
