"""Write the pages of fixed scripted dialogues to a folder, to diff two versions of the code.

    .venv/bin/python benchmarks/pages.py OUT_DIR

Walks four citizens (typing, pressing picture cards, one with "Læs alt op", one who goes back
and gives an unusable answer) through whole dialogues and writes every page they see as
NNN-<who>-<slot>.html. What differs between two runs of the same code is masked: the CSRF
token, the state version (the transcript's timestamps), a session's private audio folder, and
the receipt's random code.
Compare two folders with `diff -r`.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from citizen_support import SCRIPT_CARDS, SCRIPT_TEXT, Citizen, make_app  # noqa: E402

MAX_STEPS = 45
_MASKS = (
    (re.compile(r'name="csrf_token" value="[^"]*"'), 'name="csrf_token" value="CSRF"'),
    (re.compile(r'name="v" value="[^"]*"'), 'name="v" value="V"'),
    (re.compile(r"/lyd/p/[^/\"]+/"), "/lyd/p/OWNER/"),
)


def masked(page: str) -> str:
    """Return the page with the per-run values masked."""
    for pattern, replacement in _MASKS:
        page = pattern.sub(replacement, page)
    if code := re.search(r'data-receipt-code="([^"]+)"', page):  # the receipt: a random code
        page = page.replace(code.group(1), "CODE").replace(" ".join(code.group(1)), "CODE")
        page = re.sub(r"/lyd/p/OWNER/[0-9a-f]+", "/lyd/p/OWNER/KEY", page)
    return page


def walk(client, who: str, *, pictures: bool, read_all: bool, detour: bool, out: Path) -> int:
    """Play one dialogue to its end and write each page; return the number of pages."""
    citizen = Citizen(client)
    citizen.start(pictures=pictures, read_all=read_all)
    pages = [citizen.page]
    detours = {"importance", "frequency"} if detour else set()
    for _ in range(MAX_STEPS):
        slot = citizen.slot
        if not slot:
            break
        if slot in detours:  # back: the earlier answer (a card: chosen) is shown again
            detours.discard(slot)
            citizen.act("back")
            pages.append(citizen.page)
            if slot == "frequency":
                citizen.say("xq zz")  # unusable: asked again, kindly
                pages.append(citizen.page)
            continue
        if not pictures and slot in SCRIPT_TEXT and 'name="text"' in citizen.page:
            citizen.say(SCRIPT_TEXT[slot])
        else:
            citizen.pick(SCRIPT_CARDS.get(slot))
        pages.append(citizen.page)
    for number, page in enumerate(pages):
        name = f"{number:03d}-{who}-{re.sub(r'[^a-z_]', '', str(_slot(page)))}.html"
        (out / name).write_text(masked(page), encoding="utf-8")
    return len(pages)


def _slot(page: str) -> str | None:
    match = re.search(r'data-slot="([^"]+)"', page)
    return match.group(1) if match else "end"


def main(argv: list[str]) -> int:
    """Write the pages to the folder given."""
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hv-pages-") as tmp:
        app = make_app(Path(tmp))
        total = 0
        for who, pictures, read_all, detour in (
            ("text", False, False, False),
            ("pictures", True, False, False),
            ("readall", False, True, True),
            ("picturesall", True, True, True),
        ):
            total += walk(
                app.test_client(),
                who,
                pictures=pictures,
                read_all=read_all,
                detour=detour,
                out=out,
            )
    print(f"{total} pages written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
