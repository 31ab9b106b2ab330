#!/usr/bin/env bash
# Install everything (idempotent) and start Hverdagsmål on its embedded SQLite default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/assistant tts-cache >/dev/null  # read-aloud of every fixed text, rendered once
exec .venv/bin/assistant serve "$@"
