#!/usr/bin/env bash
# Regenerate docs/screenshots/*.png (install what is missing first, as test.sh does).
# The browser tests that take them start the real app on a temporary database and drive
# Chromium through Playwright; an ordinary test run saves them in a temporary folder instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest -q -p no:cacheprovider --screenshots docs/screenshots \
    tests/test_browser_citizen.py::test_whole_dialogue_by_pictures_only \
    tests/test_browser_citizen.py::test_axe_finds_nothing_on_every_page_state \
    tests/test_browser_citizen.py::test_screenshots_exist_after_the_run \
    tests/test_browser_staff.py "$@"
