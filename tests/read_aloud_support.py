"""Everything readable aloud on a walk's screens: each card, the goal and every sub-goal step has
its own speaker whose audio answers, and the summary's "Læs alt op" reads the goal and the steps
(checked along the pictures walk at tablet size, tests/test_browser_pictures.py)."""

from __future__ import annotations

# What the checks read of one card, in one round trip a screen (they read it element by element:
# six calls to the browser a card): its label (.card-label's innerText, as Playwright's
# inner_text), how many speakers sit directly in it and the first one's visibility (Playwright's
# rule: checkVisibility, visibility "visible", a non-empty box), data-text, aria-label and
# data-audio.
_VISIBLE_JS = """el => { const box = el.getBoundingClientRect();
  return el.checkVisibility() && getComputedStyle(el).visibility === "visible"
    && box.width > 0 && box.height > 0; }"""
_CARD_JS = f"""card => {{
  const labels = card.querySelectorAll(".card-label");
  const speakers = card.querySelectorAll(":scope > [data-read-aloud]");
  const speaker = speakers[0];
  return {{labels: labels.length, label: labels.length ? labels[0].innerText.trim() : null,
    speakers: speakers.length, visible: !!speaker && ({_VISIBLE_JS})(speaker),
    text: speaker ? speaker.getAttribute("data-text") : null,
    name: speaker ? speaker.getAttribute("aria-label") : null,
    audio: speaker ? speaker.getAttribute("data-audio") : null}};
}}"""


class ReadAloudWalk:
    """What a pictures-only walk heard: audio URLs fetched, cards checked, goal and steps read."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.heard: set[str] = set()
        self.cards_heard = 0
        self.read_steps: dict[str, list[str]] = {}

    def screen(self, tab, slot: str) -> None:
        """The question, every card and (when shown) the goal and its steps can be heard."""
        question = tab.locator("[data-slot] [data-read-aloud]").first
        assert question.is_visible(), slot
        self.answers_with_audio(tab, question.get_attribute("data-audio"))
        self.cards(tab)
        if tab.locator("[data-subgoals]").count():
            self.read_steps[slot] = self.goal_and_steps(tab)

    def answers_with_audio(self, tab, url: str | None) -> None:
        """The speaker's audio URL answers 200 with a WAV (each URL fetched once per walk)."""
        assert url and url.startswith("/lyd/"), url
        if url in self.heard:
            return
        response = tab.request.get(self.base + url)
        assert response.status == 200, url
        assert response.headers["content-type"].startswith("audio/"), url
        assert response.body()[:4] == b"RIFF", url
        self.heard.add(url)

    def cards(self, tab) -> None:
        """Every card on screen has one visible speaker beside it that names the card, answers."""
        cards = tab.locator("li.card").evaluate_all(f"cards => cards.map({_CARD_JS})")
        for card in cards:
            assert card["labels"] == 1, card
            label = card["label"]
            assert card["speakers"] == 1 and card["visible"], label
            assert card["text"] == label
            assert label in card["name"]
            self.answers_with_audio(tab, card["audio"])
        self.cards_heard += len(cards)

    def goal_and_steps(self, tab) -> list[str]:
        """The goal and each sub-goal step have a visible speaker that reads exactly them."""
        goal = tab.locator("[data-goal]").first.inner_text().strip()
        goal_speaker = tab.locator(".goal [data-read-aloud]").first
        assert goal_speaker.is_visible() and goal_speaker.get_attribute("data-text") == goal
        self.answers_with_audio(tab, goal_speaker.get_attribute("data-audio"))
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
            self.answers_with_audio(tab, speaker.get_attribute("data-audio"))
            texts.append(text)
        return [goal, *texts]

    def summary_reads_all(self, tab) -> None:
        """The summary's "Læs alt op" says the goal, every step, then the choices; it plays."""
        button = tab.locator("[data-read-all-button]")
        assert button.count() == 1 and button.is_visible()
        said = button.get_attribute("data-text")
        labels = tab.locator("li.card .card-label").all_inner_texts()
        at = 0
        for piece in [*self.read_steps["confirm"], *labels]:
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

    def assert_whole(self, screens: list[str]) -> None:
        """The walk read the sub-goals and the summary, and heard at least 30 cards and URLs."""
        assert {"subgoals", "confirm"} <= set(self.read_steps), screens
        assert self.cards_heard >= 30 and len(self.heard) >= 30
