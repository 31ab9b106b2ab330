"""Pictures in a real headless Chromium at phone and tablet size: badges, the face scale in one
row, no screen taller than two viewports, and the screenshots of the new screens
(scripts/screenshots.sh keeps them in docs/). One walk shows each screen at both sizes; at
tablet size it also proves everything can be heard: every card, the goal and every step has a
speaker whose audio answers, and the summary's "Læs alt op" reads the goal and the steps
(tests/read_aloud_support.py)."""

from __future__ import annotations

import pytest
from browser_support import MAX_STEPS, Server, finished, slot_of, submit
from citizen_support import SCRIPT_CARDS, make_app
from read_aloud_support import ReadAloudWalk
from staff_support import PASSWORD, add_users, db_at

pytestmark = pytest.mark.browser

# Each screen is seen at both, in this order: the walk presses at the last size, tablet.
SIZES = {"phone": (390, 844), "tablet": (1024, 768)}
# In pictures-only mode the walk answers with these cards (the rest: the first card shown).
WANTED = {**SCRIPT_CARDS, "measure": "trin_12", "frequency": "to_gange_om_ugen"}
# slot -> screenshot name (each taken once per size)
SHOTS = {
    "current_level": "face-scale",
    "measure": "measure-badges",
    "frequency": "frequency-badges",
    "deadline": "deadline-badges",
    "confirm": "goal-confirm",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on a fresh database with a staff member, served by waitress on loopback."""
    tmp = tmp_path_factory.mktemp("pictures")
    app = make_app(tmp)
    db = db_at(tmp / "web.db")
    add_users(db)
    db.close()
    srv = Server(app)
    yield srv.url
    srv.close()


def _height(tab) -> int:
    return tab.evaluate("document.body.scrollHeight")


def _card(tab, value: str):
    return tab.locator(f'button[name="card"][value="{value}"]')


def _values(tab) -> list[str]:
    return tab.locator('button[name="card"]').evaluate_all("bs => bs.map(b => b.value)")


def _assert_faces_in_one_row(tab) -> None:
    faces = [_card(tab, str(n)).bounding_box() for n in range(1, 6)]
    tops = {round(box["y"]) for box in faces}
    assert max(tops) - min(tops) <= 1, f"the faces wrap: tops {sorted(tops)}"
    lefts = [box["x"] for box in faces]
    assert lefts == sorted(lefts), "faces 1-5 are not left to right"
    overflow = tab.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page scrolls sideways by {overflow} px"


def _assert_badges_sit_on_their_pictures(tab) -> None:
    buttons = tab.locator('button[name="card"]:has([data-badge])')
    assert buttons.count() >= 2
    for i in range(buttons.count()):
        button = buttons.nth(i)
        badge = button.locator("[data-badge]")
        assert badge.is_visible() and badge.get_attribute("aria-hidden") == "true"
        outer, inner = button.bounding_box(), badge.bounding_box()
        assert (
            outer["x"] <= inner["x"] and inner["x"] + inner["width"] <= outer["x"] + outer["width"]
        ), badge.inner_text()
        assert inner["height"] >= 16, "a badge must be large"
        # The badge is hidden from screen readers: the button's name is the label alone.
        label = button.locator(".card-label").inner_text().strip()
        assert tab.get_by_role("button", name=label, exact=True).count() >= 1


def _viewport(size: str) -> dict[str, int]:
    width, height = SIZES[size]
    return {"width": width, "height": height}


def _view(tab, size: str) -> int:
    """Lay the page out again at phone or tablet size; return the viewport's height."""
    tab.set_viewport_size(_viewport(size))
    return SIZES[size][1]


def test_pictures_walk_badges_face_row_and_screenshots(server, new_page, shoot):
    # One walk, each screen seen at phone and at tablet size (it was a walk for each size, with
    # the same answers): the page is laid out again at each size (these pages lay out by CSS
    # alone; no script reads the viewport). What the walk presses is pressable at phone size
    # (Playwright's checks before a click, made by a trial click) and pressed at tablet size,
    # where every screen is also listened to.
    tab = new_page(viewport=_viewport("tablet"), reduced_motion="reduce")
    tab.goto(server + "/")
    tab.get_by_label("Jeg vil helst vælge billeder").check()
    submit(tab, tab.get_by_role("button", name="Start", exact=True))
    seen, screens = set(), []
    # size -> screen -> the page's height: no screen is taller than two viewports
    heights: dict[str, dict[str, int]] = {size: {} for size in SIZES}
    ear = ReadAloudWalk(server)
    for _ in range(MAX_STEPS):
        if finished(tab):
            break
        slot = slot_of(tab)
        screens.append(slot)
        key = slot
        if slot == "wish" and "wish" not in seen:
            for size in SIZES:
                _view(tab, size)
                heights[size][slot] = max(heights[size].get(slot, 0), _height(tab))
                shoot(tab, f"pictures-area-cards-{size}.png", full_page=True)
                if size == "phone":
                    _card(tab, "omraade:mobilitet").click(trial=True)
            ear.screen(tab, slot)
            submit(tab, _card(tab, "omraade:mobilitet"))
            ear.cards(tab)
            key = "wish+area"
        else:
            ear.screen(tab, slot)
        wanted = WANTED.get(slot)
        values = _values(tab)
        choice = wanted if wanted in values else values[0]
        for size in SIZES:  # the last, tablet, stays for the press
            _view(tab, size)
            heights[size][key] = max(heights[size].get(key, 0), _height(tab))
            if key == "wish+area":
                shoot(tab, f"pictures-activity-cards-{size}.png", full_page=True)
            if slot == "current_level":
                _assert_faces_in_one_row(tab)
                ved_ikke, one = _card(tab, "ved_ikke"), _card(tab, "1")
                assert ved_ikke.bounding_box()["y"] > one.bounding_box()["y"], size
            if slot in ("measure", "frequency", "deadline"):
                _assert_badges_sit_on_their_pictures(tab)
            if slot in SHOTS and slot not in seen:
                shoot(tab, f"pictures-{SHOTS[slot]}-{size}.png", full_page=True)
            if size == "phone":
                _card(tab, choice).click(trial=True)
        if slot == "confirm":
            ear.summary_reads_all(tab)
        seen.add(slot)
        submit(tab, _card(tab, choice))
    assert tab.locator("[data-receipt-code]").count() == 1
    assert {"current_level", "measure", "frequency", "deadline", "confirm"} <= seen
    ear.assert_whole(screens)
    too_tall = {}
    for size in SIZES:
        height = _view(tab, size)
        heights[size]["receipt"] = _height(tab)
        too_tall.update(
            {f"{screen} at {size}": h for screen, h in heights[size].items() if h > 2 * height}
        )
    assert not too_tall, f"taller than two viewports: {too_tall}"
    assert tab.console_errors == []

    # Staff see the goal with its pictures (signed in at phone size; shown at both).
    staff = new_page(viewport=_viewport("phone"), reduced_motion="reduce")
    staff.goto(server + "/staff/")
    staff.get_by_label("Brugernavn").fill("anna")
    staff.get_by_label("Adgangskode").fill(PASSWORD)
    submit(staff, staff.get_by_role("button", name="Log ind"))
    code = tab.locator("[data-receipt-code]").get_attribute("data-receipt-code")
    submit(staff, staff.get_by_role("link", name=code))
    assert staff.locator("img.picto").count() >= 1
    for size in SIZES:
        _view(staff, size)
        shoot(staff, f"pictures-staff-draft-{size}.png")  # the top: the goal
