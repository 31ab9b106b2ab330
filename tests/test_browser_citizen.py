"""The citizen pages in a real headless Chromium: keyboard only, pictures only, axe, kiosk, zoom."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from axe_support import assert_no_violations
from browser_support import MAX_STEPS, Server, area_for, finished, slot_of, submit
from citizen_support import SCRIPT_CARDS as CARDS
from citizen_support import SCRIPT_TEXT as TEXT
from citizen_support import make_app

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 768, "height": 1024}


EXAMPLE_BRANDING = Path(__file__).parents[1] / "content" / "branding.example.yaml"
LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40">'
    '<circle cx="20" cy="20" r="18" fill="#123d26"/></svg>'
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Framed as a municipality would: the shipped example branding with a logo."""
    tmp = tmp_path_factory.mktemp("browser")
    (tmp / "instance").mkdir()
    (tmp / "instance" / "logo.svg").write_text(LOGO, encoding="utf-8")
    example = EXAMPLE_BRANDING.read_text(encoding="utf-8").replace('# logo: "', 'logo: "')
    (tmp / "instance" / "branding.yaml").write_text(example, encoding="utf-8")
    srv = Server(make_app(tmp))
    yield srv
    srv.close()


@pytest.fixture
def page(new_page):
    return new_page(viewport=VIEWPORT, reduced_motion="reduce")


# How many Tab presses should lead from the focused element (or the place focus was put, such
# as a question's heading) to the first element matching the selector: the focusable elements
# after it that are rendered and not inert, in document order, a radio group once (none of
# these pages sets a positive tabindex). Only a guess: the presses are real.
TABS_TO = """s => {
  const names = new Set();
  const order = [...document.querySelectorAll(
      'a[href], button, input, select, textarea, summary, [tabindex]')].filter(e => {
    if (e.disabled || e.tabIndex < 0 || e.type === 'hidden' || e.closest('[inert]')) return false;
    if (!e.checkVisibility()) return false;
    if (e.type === 'radio') { if (names.has(e.name)) return false; names.add(e.name); }
    return true;
  });
  const here = document.activeElement || document.body;
  const after = Node.DOCUMENT_POSITION_FOLLOWING;
  const next = order.findIndex(e => here.compareDocumentPosition(e) & after);
  const target = order.findIndex(e => e.matches(s));
  return next < 0 || target < next ? 0 : target - next + 1;
}"""


def _tab_to(page, selector: str, limit: int = 250) -> None:
    """Press Tab until the focused element matches selector (keyboard only, no clicks).

    The presses the page's focus order should need are sent in a row and the focus checked
    once (a check after every press was half of a keyboard walk's cost); from there, or when
    the guess fell short, the focus is checked after every press.
    """
    focused = "s => document.activeElement && document.activeElement.matches(s)"
    guess = min(page.evaluate(TABS_TO, selector), limit)
    for _ in range(guess):
        page.keyboard.press("Tab")
    if guess and page.evaluate(focused, selector):
        return
    for _ in range(limit - guess):
        page.keyboard.press("Tab")
        if page.evaluate(focused, selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


# The questions axe checks on the keyboard walk, by the name each check gives its page.
WALK_STATES = {
    "question with cards (who)",
    "text question with activity cards",
    "question with an error message",
    "wish with the cards folded out",
    "wish with one area open",
    "current_level",
    "deadline",
    "subgoals",
    "summary",
    "receipt",
}


def _check(page, name: str, checked: set[str]) -> None:
    assert_no_violations(page, name)
    checked.add(name)


def _fold_out_and_open_an_area(page, slot: str, checked: set[str]) -> None:
    """By keyboard: fold out the cards and open the first area, axe on both pages."""
    _tab_to(page, "[data-more-cards] > summary")
    page.keyboard.press("Enter")
    assert page.locator("[data-more-cards]").evaluate("d => d.open")
    _check(page, f"{slot} with the cards folded out", checked)
    _tab_to(page, 'button[name="card"][value^="omraade:"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("[data-area]").count() >= 1
    _check(page, f"{slot} with one area open", checked)


def test_whole_dialogue_by_keyboard_only_and_axe_on_every_question(server, page):
    # One walk for both (they were two walks through the same questions at the same size):
    # the whole dialogue by keyboard alone, and axe on each kind of question on the way. The
    # first text question is checked as shown, then with the error an empty answer gives
    # (which folds its cards out); the fullest one, with cards suggested above the fold (wish),
    # folded out and with an area open (the others are the same page with fewer parts).
    page.goto(server.url + "/")
    _tab_to(page, 'button[value="start"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    checked: set[str] = set()
    _check(page, "question with cards (who)", checked)
    for _ in range(MAX_STEPS):
        if finished(page):
            break
        slot = slot_of(page)
        name = "summary" if slot == "confirm" else slot
        if name in ("current_level", "deadline", "subgoals", "summary") and name not in checked:
            _check(page, name, checked)  # once, should a question come again
        has_text = page.locator('textarea[name="text"]').count() > 0
        if slot in TEXT and has_text:
            if "question with an error message" not in checked:
                _check(page, "text question with activity cards", checked)
                _tab_to(page, 'button[name="action"][value="send"]')
                with page.expect_navigation():
                    page.keyboard.press("Enter")  # nothing written
                assert page.locator('textarea[aria-invalid="true"]').count() == 1
                # refused with 400 on purpose, which Chromium logs as a console error
                assert page.console_errors == [
                    "Failed to load resource: the server responded with a status of 400 "
                    "(BAD REQUEST)"
                ]
                page.console_errors.clear()
                _check(page, "question with an error message", checked)
            elif "wish with one area open" not in checked and slot == "wish":
                assert page.locator("form.dialogue > ul.cards").count() >= 1  # suggested
                _fold_out_and_open_an_area(page, slot, checked)
            _tab_to(page, 'textarea[name="text"]')
            page.keyboard.type(TEXT[slot])
            _tab_to(page, 'button[name="action"][value="send"]')
        else:
            wanted = CARDS.get(slot)
            values = page.locator('button[name="card"]').evaluate_all("bs => bs.map(b => b.value)")
            choice = wanted if wanted in values else values[0]
            _tab_to(page, f'button[name="card"][value="{choice}"]')
        with page.expect_navigation():
            page.keyboard.press("Enter")
    assert finished(page)
    _check(page, "receipt", checked)
    assert checked == WALK_STATES
    code = page.locator("[data-receipt-code]").get_attribute("data-receipt-code")
    assert re.fullmatch(r"[0-9A-Z]{6}", code)
    assert page.console_errors == []


def test_whole_dialogue_by_pictures_only(server, page, shots, shoot):
    page.goto(server.url + "/")
    page.get_by_label("Jeg vil helst vælge billeder").check()
    submit(page, page.get_by_role("button", name="Start", exact=True))
    shot_taken = False
    for _ in range(MAX_STEPS):
        if finished(page):
            break
        slot = slot_of(page)
        assert page.locator('textarea[name="text"]').count() == 0, slot
        wanted = CARDS.get(slot)
        if (area := area_for(page, wanted)) is not None:
            shoot(page, "areas.png")
            submit(page, page.locator(f'button[name="card"][value="{area}"]'))
        cards = page.locator('button[name="card"]')
        values = cards.evaluate_all("bs => bs.map(b => b.value)")
        choice = wanted if wanted in values else values[0]
        button = page.locator(f'button[name="card"][value="{choice}"]')
        label = button.locator(".card-label").inner_text().strip()  # a badge is not read
        if slot == "activity" or (slot == "wish" and not shot_taken):
            page.screenshot(path=str(shots / "picture-cards.png"))
            shot_taken = True
        if slot == "confirm":
            assert page.locator("[data-goal]").inner_text().strip()
            page.screenshot(path=str(shots / "summary.png"))
        # The card's accessible name is its label: find it by role and name, as a person would.
        submit(page, page.get_by_role("button", name=label, exact=True))
    assert finished(page)
    assert shot_taken
    assert page.console_errors == []


def test_whole_dialogue_without_javascript(server, browser):
    context = browser.new_context(viewport=VIEWPORT, java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(server.url + "/")
        submit(tab, tab.get_by_role("button", name="Start", exact=True))
        assert tab.locator("[data-read-aloud]").first.is_hidden()  # needs JS: not offered
        assert tab.locator("[data-speak]").count() == 0 or tab.locator("[data-speak]").is_hidden()
        for _ in range(MAX_STEPS):
            if finished(tab):
                break
            slot = slot_of(tab)
            if slot in TEXT and tab.locator('textarea[name="text"]').count():
                tab.fill('textarea[name="text"]', TEXT[slot])
                submit(tab, tab.locator('button[name="action"][value="send"]'))
                continue
            values = tab.locator('button[name="card"]').evaluate_all("bs => bs.map(b => b.value)")
            wanted = CARDS.get(slot)
            choice = wanted if wanted in values else values[0]
            submit(tab, tab.locator(f'button[name="card"][value="{choice}"]'))
        assert finished(tab)
    finally:
        context.close()


def test_axe_finds_nothing_on_the_pages_around_the_dialogue(server, page, shots):
    # The questions, the summary and the receipt: on the keyboard walk above.
    page.goto(server.url + "/")
    assert page.locator(".brand-org").inner_text() == "Eksempel Kommune"
    assert page.locator("footer .help-line a").get_attribute("href") == "tel:70123456"
    loaded = page.evaluate(
        """async () => { await document.fonts.ready;
        return [...document.fonts].filter(f => f.status === "loaded")
          .map(f => f.family.replace(/"/g, "")); }"""
    )
    assert "Open Sans" in loaded, loaded  # the typeface the CSS names really arrives
    page.screenshot(path=str(shots / "start.png"))
    assert_no_violations(page, "start")
    for url, name in (
        ("/om", "about"),
        ("/fortsaet", "resume"),
        ("/nope", "not found"),
        ("/kiosk", "kiosk start"),
    ):
        page.goto(server.url + url)
        assert_no_violations(page, name)
    page.goto(server.url + "/fortsaet")
    page.get_by_label("Skriv din kode").fill("ZZZ")
    submit(page, page.get_by_role("button", name="Fortsæt", exact=True))
    assert_no_violations(page, "resume with error")
    # The paused page is checked in kiosk mode in test_kiosk_warns_then_shows_the_code_then_forgets
    # (this page was a kiosk's too: /kiosk above set the mode) and outside it in
    # tests/test_browser_recovery.py (Back after Pause).


def test_read_aloud_and_speak_buttons_then_the_paused_code_continues_in_another_browser(
    server, browser, page
):
    # One walk to the first free-text question serves both checks (they were two tests that
    # each walked there): the buttons JavaScript shows, then a pause whose code continues.
    page.goto(server.url + "/")
    submit(page, page.get_by_role("button", name="Start", exact=True))
    submit(page, page.locator('button[name="card"][value="borger"]'))
    submit(page, page.locator('button[name="card"][value="ja"]'))
    question_reader = page.locator("[data-slot] [data-read-aloud]:not([data-read-all-button])")
    question_reader.wait_for(state="visible")
    assert page.locator("[data-speak]").is_visible()
    # Each card has its own read-aloud button beside it, never inside the card button.
    assert page.locator('button[name="card"] [data-read-aloud]').count() == 0
    cards = page.locator('button[name="card"]').count()
    assert page.locator("li.card > [data-read-aloud]").count() == cards
    slot = slot_of(page)
    submit(page, page.locator('button[name="action"][value="pause"]'))
    code = page.locator("[data-resume-code]").get_attribute("data-resume-code")
    other = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        tab = other.new_page()
        tab.goto(server.url + "/")
        submit(tab, tab.get_by_role("link", name="Fortsæt med kode"))
        tab.get_by_label("Skriv din kode").fill(code)
        submit(tab, tab.get_by_role("button", name="Fortsæt", exact=True))
        assert slot_of(tab) == slot
    finally:
        other.close()


def test_kiosk_warns_then_shows_the_code_then_forgets(server, browser):
    # The shipped timings (warn, pause, clear: 90, 30, 120 s); the page's clock is Playwright's,
    # moved past each timer, so the test waits for conditions and never for the seconds.
    config = server.app.config
    warn, pause, clear = (
        config[k] * 1000
        for k in ("KIOSK_WARN_SECONDS", "KIOSK_PAUSE_SECONDS", "KIOSK_CODE_SECONDS")
    )
    context = browser.new_context(viewport=VIEWPORT)
    try:
        context.clock.install()
        tab = context.new_page()
        tab.goto(server.url + "/kiosk")
        submit(tab, tab.get_by_role("button", name="Start", exact=True))
        submit(tab, tab.locator('button[name="card"][value="borger"]'))
        assert slot_of(tab) == "consent"
        warning = tab.get_by_role("alertdialog", name="Er du her stadig?")
        tab.clock.run_for(warn - 1000)
        assert warning.is_hidden()  # not before its time
        tab.clock.run_for(1000)
        warning.wait_for(state="visible", timeout=15000)
        assert_no_violations(tab, "kiosk warning")
        # The person who walked away still gets the code: it is on the screen first ...
        with tab.expect_navigation(url=re.compile(r"/pause$"), timeout=15000):
            tab.clock.run_for(pause)
        assert "Skærmen stod stille" in tab.content()
        assert tab.locator(".code[data-resume-code]").is_visible()
        assert tab.locator("[data-read-aloud]").first.is_visible()
        assert_no_violations(tab, "kiosk code after timeout")
        # ... then the screen clears itself for the next person, still a kiosk.
        with tab.expect_navigation(url=re.compile(r"/kiosk$"), timeout=15000):
            tab.clock.run_for(clear)
        assert tab.locator("[data-resume-code]").count() == 0
        assert tab.locator("body[data-kiosk-warn]").count() == 1
        tab.go_back()
        # Back shows no question of the previous person: the start page or "not found" at most.
        assert slot_of(tab) in (None, "who")
        assert tab.locator('form[action="/samtale"]').count() == 0
        assert tab.locator("[data-resume-code]").count() == 0
    finally:
        context.close()


def test_kiosk_logo_tap_shows_the_code_and_about_keeps_kiosk_mode(server, browser):
    context = browser.new_context(viewport=VIEWPORT)
    try:
        tab = context.new_page()
        tab.goto(server.url + "/kiosk")
        submit(tab, tab.get_by_role("button", name="Start", exact=True))
        submit(tab, tab.locator('button[name="card"][value="borger"]'))
        submit(tab, tab.get_by_role("link", name="Hverdagsmål", exact=True))
        code = tab.locator("[data-resume-code]")
        assert code.count() == 1 and code.is_visible()
        submit(tab, tab.get_by_role("link", name="Jeg har skrevet koden ned"))
        assert tab.locator("[data-resume-code]").count() == 0
        submit(tab, tab.get_by_role("link", name="Om Hverdagsmål"))
        submit(tab, tab.get_by_role("link", name="Til start"))
        assert tab.locator("body[data-kiosk-warn]").count() == 1  # still a kiosk
    finally:
        context.close()


def _kiosk_warned(server, context):
    """Open the kiosk with Playwright's clock, start, move past the warning; return the tab."""
    context.clock.install()
    tab = context.new_page()
    tab.goto(server.url + "/kiosk")
    submit(tab, tab.get_by_role("button", name="Start", exact=True))
    tab.clock.run_for(server.app.config["KIOSK_WARN_SECONDS"] * 1000)
    return tab


def test_kiosk_warning_traps_focus_and_closes_on_escape(server, browser):
    context = browser.new_context(viewport=VIEWPORT)
    try:
        tab = _kiosk_warned(server, context)
        here = tab.get_by_role("button", name="Ja, jeg er her")
        here.wait_for(state="visible", timeout=5000)
        for _ in range(4):
            tab.keyboard.press("Tab")
            assert tab.evaluate("() => document.activeElement.id") == "kiosk-here"
        tab.keyboard.press("Shift+Tab")
        assert tab.evaluate("() => document.activeElement.id") == "kiosk-here"
        tab.keyboard.press("Escape")
        assert tab.locator("#kiosk-warning").is_hidden()
        assert slot_of(tab) == "who"
        assert tab.evaluate("() => document.querySelectorAll('[inert]').length") == 0
    finally:
        context.close()


def test_kiosk_warning_answered_keeps_the_session(server, browser):
    context = browser.new_context(viewport=VIEWPORT)
    try:
        tab = _kiosk_warned(server, context)
        here = tab.get_by_role("button", name="Ja, jeg er her")
        here.wait_for(state="visible", timeout=5000)
        here.click()
        assert tab.locator("#kiosk-warning").is_hidden()
        assert slot_of(tab) == "who"
        # Answered, the pause never comes: the whole pause time later the question is still here.
        tab.clock.run_for(server.app.config["KIOSK_PAUSE_SECONDS"] * 1000)
        assert tab.locator("#kiosk-warning").is_hidden()
        assert slot_of(tab) == "who"
    finally:
        context.close()


def test_large_type_big_targets_and_200_percent_zoom(server, browser):
    # 200 % zoom of a 768 px wide screen is a 384 px wide CSS viewport.
    context = browser.new_context(viewport={"width": 384, "height": 512})
    try:
        tab = context.new_page()
        tab.goto(server.url + "/")
        size = tab.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")
        assert size >= 20
        submit(tab, tab.get_by_role("button", name="Start", exact=True))
        submit(tab, tab.locator('button[name="card"][value="borger"]'))
        submit(tab, tab.locator('button[name="card"][value="ja"]'))
        tab.locator("[data-more-cards] > summary").click()
        assert tab.locator('button[name="card"]:visible').count() >= 5
        overflow = tab.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        small = tab.evaluate(
            """() => [...document.querySelectorAll('main button, main a, main textarea')]
                 .map(e => e.getBoundingClientRect())
                 .filter(r => r.width > 0 && (r.width < 44 || r.height < 44)).length"""
        )
        assert small == 0
    finally:
        context.close()


def test_screenshots_exist_after_the_run(shots):
    # Runs last in this module: the screenshots the docs show were written by the tests above
    # (into a temporary folder, or docs/screenshots/ by scripts/screenshots.sh).
    for name in ("start.png", "picture-cards.png", "summary.png"):
        path = Path(shots / name)
        assert path.is_file() and path.stat().st_size > 10_000, name
