"""Speech in a real headless Chromium against the real app on loopback.

The microphone is Chromium's fake capture device playing an espeak-ng WAV: a real microphone
cannot exist on this machine, so that one part is simulated (by Chromium itself); the page's
MediaRecorder, the WebM/Opus upload, CSRF, decoding and Whisper are all real.
"""

from __future__ import annotations

import sqlite3
import threading
import wave
from pathlib import Path

import numpy as np
import pytest
from conftest import CHROMIUM, LOOPBACK_ONLY
from speech_support import EXPECTED, espeak_wav, int8_model_dir
from werkzeug.serving import make_server

from assistant.web import create_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FREE_TEXT_SLOTS = ("everyday", "wish", "motivation")


# Silence before and after the sentence in the microphone's file, in seconds.
LEAD, TAIL = 0.3, 3.0
# A take lasts until the file has played its sentence, and this much longer (seconds).
MARGIN = 0.5
# Added to the test's page (by Playwright, before the page's own scripts): the moment the
# page's MediaRecorder starts, which recording.js does once the microphone opens.
RECORDER_CLOCK = """{
  const start = MediaRecorder.prototype.start;
  MediaRecorder.prototype.start = function (...args) {
    window.recordingSince = performance.now();
    return start.apply(this, args);
  };
}"""


@pytest.fixture(scope="module")
def mic_wav(tmp_path_factory) -> Path:
    """espeak-ng's sentence with silence around it (LEAD, TAIL)."""
    folder = tmp_path_factory.mktemp("mic")
    speech = espeak_wav(folder / "speech.wav")
    with wave.open(str(speech), "rb") as src:
        rate, frames = src.getframerate(), src.readframes(src.getnframes())
    pcm = np.frombuffer(frames, dtype="<i2")
    quiet = np.zeros(int(rate * LEAD), dtype="<i2")
    tail = np.zeros(int(rate * TAIL), dtype="<i2")
    path = folder / "mic.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.concatenate([quiet, pcm, tail]).tobytes())
    return path


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("app")
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "browser-test-secret",
            "DATABASE": str(folder / "db.sqlite"),
            "TTS_CACHE_DIR": str(folder / "tts"),
            "WHISPER_MODEL_DIR": str(int8_model_dir()),
            "SECURE_COOKIES": False,
        }
    )
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    # Shutdown waits for the loop's next poll: every 0.05 s, not werkzeug's 0.5 s.
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield {"url": f"http://127.0.0.1:{httpd.server_port}", "db": folder / "db.sqlite"}
    httpd.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser(playwright, mic_wav):
    chromium = playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            LOOPBACK_ONLY,
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={mic_wav.resolve()}",
            "--autoplay-policy=no-user-gesture-required",
        ],
    )
    yield chromium
    chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def _to_free_text_question(page, base_url: str) -> str:
    """Start a dialogue and answer who=borger and consent=ja until a free-text question."""
    page.goto(base_url + "/")
    with page.expect_navigation():  # a bare click returns before the next page has loaded
        page.click('button[name="action"][value="start"]')
    for _ in range(6):
        slot = page.get_attribute("[data-slot]", "data-slot")
        if slot in FREE_TEXT_SLOTS:
            return slot
        for card in ("borger", "ja"):
            button = page.locator(f'button[name="card"][value="{card}"]')
            if button.count():
                with page.expect_navigation():
                    button.first.click()
                break
        else:
            break
    raise AssertionError(f"no free-text question reached (last slot {slot!r})")


def _seconds(wav: Path) -> float:
    with wave.open(str(wav), "rb") as src:
        return src.getnframes() / src.getframerate()


def test_speaking_puts_the_recognised_text_in_the_box(page, server, mic_wav):
    page.add_init_script(RECORDER_CLOCK)
    slot = _to_free_text_question(page, server["url"])
    speak = page.locator("[data-speak]")
    speak.wait_for(state="visible", timeout=10_000)  # shown by recording.js once it has run
    speak.click()
    page.wait_for_function(
        "() => document.querySelector('[data-speak]').getAttribute('aria-pressed') === 'true'"
    )
    page.wait_for_function(
        "() => document.querySelector('[data-speech-status]').textContent.includes('Optager')"
    )
    status = page.locator("[data-speech-status]")
    assert status.is_visible() and status.get_attribute("aria-live") == "polite"
    assert speak.inner_text().strip() == "Stop"  # the button shows it stops the recording
    # The take runs until the sentence has been played into it (Chromium's fake device plays
    # the file from its start when the microphone opens, just before the recorder starts), not
    # a fixed 4.5 s from the status, which is shown before the microphone runs.
    page.wait_for_function(
        "ms => window.recordingSince !== undefined"
        " && performance.now() - window.recordingSince > ms",
        arg=(_seconds(mic_wav) - TAIL + MARGIN) * 1000,
    )
    speak.click()
    page.wait_for_function(
        "() => document.querySelector('textarea[name=text]').value.length > 0",
        timeout=60_000,
    )
    text = page.input_value('textarea[name="text"]')
    assert EXPECTED in text.lower()
    assert page.input_value('input[name="input_kind"]') == "speech"
    assert page.get_attribute("[data-speak]", "aria-pressed") == "false"
    status = page.text_content("[data-speech-status]")
    assert "Ret den" in status  # the Danish "check and correct" message from speech.yaml

    with page.expect_navigation():  # the answer is stored before the next page loads
        page.click('button[name="action"][value="send"]')
    with sqlite3.connect(server["db"]) as db:
        rows = db.execute(
            "SELECT slot, input_kind, raw FROM turns ORDER BY rowid DESC LIMIT 1"
        ).fetchall()
    assert rows and rows[0][0] == slot and rows[0][1] == "speech"
    assert EXPECTED in rows[0][2].lower()
    assert page.errors == []


def test_read_aloud_button_plays_the_question(page, server):
    _to_free_text_question(page, server["url"])
    button = page.locator("[data-slot] [data-read-aloud]").first
    src = button.get_attribute("data-audio")
    assert src and src.startswith("/lyd/")
    button.click()
    page.wait_for_function(
        "() => ['playing', 'done'].includes("
        "document.querySelector('[data-slot] [data-read-aloud]')"
        ".getAttribute('data-read-aloud-state'))",
        timeout=15_000,
    )
    response = page.request.get(server["url"] + src)
    assert response.status == 200 and response.body()[:4] == b"RIFF"
    card_buttons = page.locator('button[name="card"] [data-read-aloud]')
    assert card_buttons.count() == 0  # read-aloud sits beside a card, never inside it
    assert page.errors == []


def test_read_all_plays_each_question_without_a_click(page, server):
    page.goto(server["url"] + "/")
    page.check('input[name="read_all"]')
    with page.expect_navigation():
        page.click('button[name="action"][value="start"]')
    assert page.get_attribute("body", "data-read-all") == "1"
    page.wait_for_function(
        "() => ['playing', 'done'].includes("
        "document.querySelector('[data-read-all-button]')"
        ".getAttribute('data-read-aloud-state'))",
        timeout=15_000,
    )
    assert page.errors == []


def test_read_all_button_plays_question_and_choices_as_opus_and_can_stop(page, server):
    page.goto(server["url"] + "/")
    with page.expect_navigation():
        page.click('button[name="action"][value="start"]')
    button = page.locator("[data-read-all-button]")
    button.wait_for(state="visible", timeout=10_000)
    said = button.get_attribute("data-text")
    labels = page.locator(".card-label").all_inner_texts()
    assert labels and said.startswith(page.inner_text("h1.prompt").strip())
    assert said.index(labels[0]) < said.index(labels[-1])
    idle_label = button.get_attribute("aria-label")
    wav = button.get_attribute("data-audio")
    button.click()
    page.wait_for_function(
        "() => document.querySelector('[data-read-all-button]')"
        ".getAttribute('data-read-aloud-state') === 'playing'",
        timeout=15_000,
    )
    player = page.locator("audio[data-player]")
    sources = player.evaluate("a => [...a.querySelectorAll('source')].map(s => [s.src, s.type])")
    base = server["url"] + wav[: -len(".wav")]
    assert sources == [[base + ".ogg", "audio/ogg; codecs=opus"], [base + ".wav", "audio/wav"]]
    assert player.evaluate("a => a.currentSrc") == base + ".ogg"  # Chromium plays the Opus
    status = page.locator("[data-read-status]")
    status.wait_for(state="visible", timeout=5_000)  # shown with the first sound, not before
    assert "Læser op" in status.inner_text()
    assert status.get_attribute("aria-live") == "polite"
    assert button.get_attribute("aria-pressed") == "true"
    assert button.inner_text().strip() == button.get_attribute("aria-label") == "Stop"
    button.click()  # a second press stops it
    assert button.get_attribute("data-read-aloud-state") == "stopped"
    assert player.evaluate("a => a.paused") is True
    assert status.is_hidden()
    assert button.get_attribute("aria-label") == idle_label
    assert page.errors == []
