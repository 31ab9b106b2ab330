"""Everything readable aloud, in a real headless Chromium on a real server: a whole
pictures-only walk where every card has its own speaker whose audio answers, the goal and every
sub-goal step have one, and the summary's "Læs alt op" reads the goal and the steps."""

from __future__ import annotations

import pytest
from citizen_support import SCRIPT_CARDS as CARDS
from citizen_support import make_app
from test_browser_citizen import MAX_STEPS, Server, _area_for, _done, _slot, _submit

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1024, "height": 768}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on a fresh database, served by waitress on loopback."""
    srv = Server(make_app(tmp_path_factory.mktemp("read-aloud")))
    yield srv
    srv.close()


def _assert_answers_with_audio(tab, base: str, url: str | None, heard: set[str]) -> None:
    """The speaker's audio URL answers 200 with a WAV (each URL fetched once per walk)."""
    assert url and url.startswith("/lyd/"), url
    if url in heard:
        return
    response = tab.request.get(base + url)
    assert response.status == 200, url
    assert response.headers["content-type"].startswith("audio/"), url
    assert response.body()[:4] == b"RIFF", url
    heard.add(url)


def _assert_every_card_has_its_speaker(tab, base: str, heard: set[str]) -> int:
    """Every card on screen has one visible speaker beside it that names the card and answers."""
    cards = tab.locator("li.card")
    for i in range(cards.count()):
        card = cards.nth(i)
        label = card.locator(".card-label").inner_text().strip()
        speaker = card.locator(":scope > [data-read-aloud]")
        assert speaker.count() == 1 and speaker.is_visible(), label
        assert speaker.get_attribute("data-text") == label
        assert label in speaker.get_attribute("aria-label")
        _assert_answers_with_audio(tab, base, speaker.get_attribute("data-audio"), heard)
    return cards.count()


def _assert_goal_and_steps_read_aloud(tab, base: str, heard: set[str]) -> list[str]:
    """The goal and each sub-goal step have a visible speaker that reads exactly them."""
    goal = tab.locator("[data-goal]").first.inner_text().strip()
    goal_speaker = tab.locator(".goal [data-read-aloud]").first
    assert goal_speaker.is_visible() and goal_speaker.get_attribute("data-text") == goal
    _assert_answers_with_audio(tab, base, goal_speaker.get_attribute("data-audio"), heard)
    steps = tab.locator("[data-subgoals] > li[data-subgoal]")
    assert steps.count() >= 2
    texts = []
    for i in range(steps.count()):
        step = steps.nth(i)
        text = step.evaluate("li => li.firstChild.textContent").strip()
        speaker = step.locator("[data-read-aloud]")
        assert speaker.count() == 1 and speaker.is_visible(), text
        assert speaker.get_attribute("data-text").startswith(text)
        assert text not in speaker.get_attribute("aria-label")  # short name, the step is read
        _assert_answers_with_audio(tab, base, speaker.get_attribute("data-audio"), heard)
        texts.append(text)
    return [goal, *texts]


def test_every_card_step_and_goal_of_a_pictures_walk_can_be_heard(server, new_page):
    tab = new_page(viewport=VIEWPORT, reduced_motion="reduce")
    tab.goto(server.url + "/")
    tab.get_by_label("Jeg vil helst vælge billeder").check()
    _submit(tab, tab.get_by_role("button", name="Start", exact=True))
    heard: set[str] = set()
    screens, cards_heard, read_steps = [], 0, {}
    for _ in range(MAX_STEPS):
        if _done(tab):
            break
        slot = _slot(tab)
        screens.append(slot)
        question = tab.locator("[data-slot] [data-read-aloud]").first
        assert question.is_visible(), slot
        _assert_answers_with_audio(tab, server.url, question.get_attribute("data-audio"), heard)
        cards_heard += _assert_every_card_has_its_speaker(tab, server.url, heard)
        if tab.locator("[data-subgoals]").count():
            read_steps[slot] = _assert_goal_and_steps_read_aloud(tab, server.url, heard)
        wanted = CARDS.get(slot)
        if (area := _area_for(tab, wanted)) is not None:
            _submit(tab, tab.locator(f'button[name="card"][value="{area}"]'))
            cards_heard += _assert_every_card_has_its_speaker(tab, server.url, heard)
        if slot == "confirm":
            _assert_summary_reads_all(tab, read_steps["confirm"])
        values = tab.locator('button[name="card"]').evaluate_all("bs => bs.map(b => b.value)")
        choice = wanted if wanted in values else values[0]
        _submit(tab, tab.locator(f'button[name="card"][value="{choice}"]'))
    assert _done(tab)
    assert {"subgoals", "confirm"} <= set(read_steps), screens
    assert cards_heard >= 30 and len(heard) >= 30
    assert tab.console_errors == []


def _assert_summary_reads_all(tab, goal_and_steps: list[str]) -> None:
    """The summary's "Læs alt op" says the goal, then every step, then the choices; it plays."""
    button = tab.locator("[data-read-all-button]")
    assert button.count() == 1 and button.is_visible()
    said = button.get_attribute("data-text")
    labels = tab.locator("li.card .card-label").all_inner_texts()
    at = 0
    for piece in [*goal_and_steps, *labels]:
        found = said.find(piece.strip(), at)
        assert found >= 0, f"{piece!r} not read in order in {said!r}"
        at = found + len(piece.strip())
    button.click()
    tab.wait_for_function(
        "() => ['playing', 'done'].includes(document.querySelector('[data-read-all-button]')"
        ".getAttribute('data-read-aloud-state'))",
        timeout=20_000,
    )
    button.click()  # stop it before the page moves on
