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
# The tests' temporary files (tmp_path: every test's SQLite file, the servers' instance folders)
# live in memory when /dev/shm is a tmpfs. The database commits with synchronous=FULL, so each
# commit waited for the disk (fsync): on a shared disk up to half of a web test's time. What the
# tests prove does not depend on the disk (a killed process's writes survive in either). Set
# HVERDAGSMAAL_TEST_TMPDIR to another folder, or to nothing to keep $TMPDIR.
test_tmp="${HVERDAGSMAAL_TEST_TMPDIR-/dev/shm/hverdagsmaal-tests-$(id -u)}"
if [ -n "$test_tmp" ] && { [ "$(dirname "$test_tmp")" != /dev/shm ] \
        || [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ]; }; then
    mkdir -p "$test_tmp" && export TMPDIR="$test_tmp"
fi
# Three workers on the two cores: the browser, server and speech tests spend part of their time
# waiting (a page, a recording), which a third worker fills (measured: 133 s against 159 s with
# two). Tests are handed out one by one to the free worker, except that the tests of a module
# sharing a module fixture (a browser, a server) stay together (tests/conftest.py groups them
# for --dist loadgroup), so no heavy file runs alone at the end.
exec .venv/bin/python -m pytest -p no:cacheprovider -n 3 --dist loadgroup "$@"
