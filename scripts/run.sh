#!/usr/bin/env bash
# Install everything (idempotent) and start Hverdagsmål on its embedded SQLite default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/assistant serve "$@"
