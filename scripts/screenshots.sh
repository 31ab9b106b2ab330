#!/usr/bin/env bash
# Regenerate docs/screenshots/*.png (install what is missing first, as test.sh does).
# The browser tests that take them start the real app on a temporary database and drive
# Chromium through Playwright; an ordinary test run saves them in a temporary folder instead,
# so the test suite never writes a tracked file. The pictures-*.png files show the new screens
# (area and activity cards, badges, the face scale, the goal, the staff draft) at phone
# (390x844) and tablet (1024x768) size. VENV picks the environment; SKIP_SETUP=1 skips setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
[ -n "${SKIP_SETUP:-}" ] || bash scripts/setup.sh
"$VENV/bin/python" -m pytest -q -p no:cacheprovider --screenshots docs/screenshots \
    tests/test_browser_citizen.py::test_whole_dialogue_by_pictures_only \
    tests/test_browser_citizen.py::test_axe_finds_nothing_on_the_pages_around_the_dialogue \
    tests/test_browser_citizen.py::test_screenshots_exist_after_the_run \
    tests/test_browser_pictures.py \
    tests/test_browser_recovery.py::test_relative_hands_over_and_the_citizen_consents_personally \
    tests/test_browser_returned.py \
    tests/test_browser_staff.py "$@"
# Keep the repository small: 256-colour PNGs (screens of flat colours lose nothing visible).
"$VENV/bin/python" - <<'PY'
from pathlib import Path

from PIL import Image

for path in sorted(Path("docs/screenshots").glob("*.png")):
    with Image.open(path) as image:
        if image.mode == "P":
            continue
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)
PY
command -v optipng >/dev/null && optipng -quiet -o2 docs/screenshots/*.png || true
