"""Read-aloud survives a crash or hang of espeak-ng: the real render child is killed here."""

from __future__ import annotations

import os
import signal
import threading
import time
import wave

from speech_support import SENTENCE

from assistant.speech import tts

LONG = "Jeg vil gerne kunne gå på trapper igen, og jeg vil gerne selv handle ind. " * 26


def seconds_of(path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def running_child(folder) -> int:
    """Return the pid of a warm render child (one that has rendered a text)."""
    tts.synthesize("Hej", folder / "warm.wav")
    pid = tts.renderer_pid()
    assert pid is not None and pid != os.getpid()
    return pid


def test_a_segfault_of_the_child_between_two_texts_costs_one_new_child(tmp_path):
    first = running_child(tmp_path)
    os.kill(first, signal.SIGSEGV)
    time.sleep(0.2)  # let it die, so the next text finds a dead child
    tts.synthesize(SENTENCE, tmp_path / "after.wav")
    assert tts.wav_is_valid(tmp_path / "after.wav")
    assert seconds_of(tmp_path / "after.wav") > 1.0
    second = tts.renderer_pid()
    assert second not in (None, first)
    os.kill(os.getpid(), 0)  # the caller is alive (this line would never run otherwise)


def test_a_child_killed_while_it_renders_a_long_text_is_replaced_and_the_text_rendered(tmp_path):
    first = running_child(tmp_path)
    target = tmp_path / "long.wav"
    errors: list[BaseException] = []

    def speak():
        try:
            tts.synthesize(LONG, target)
        except BaseException as exc:  # noqa: BLE001  (reported by the assertion below)
            errors.append(exc)

    thread = threading.Thread(target=speak)
    thread.start()
    deadline = time.monotonic() + 10
    while not list(tmp_path.glob("*.wav.tmp")) and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(0.1)  # the request is sent; 1,900 characters take about a second
    assert thread.is_alive(), "rendered before the child could be killed"
    os.kill(first, signal.SIGKILL)
    thread.join(60)
    assert not errors
    assert tts.wav_is_valid(target)
    assert seconds_of(target) > 60  # the whole text, not a cut-off piece
    assert tts.renderer_pid() not in (None, first)
    assert not list(tmp_path.glob("*.tmp"))


def test_a_hung_child_is_killed_after_the_timeout_and_the_text_rendered(tmp_path, monkeypatch):
    first = running_child(tmp_path)
    monkeypatch.setattr(tts, "SAVE_TIMEOUT", 1.0)
    os.kill(first, signal.SIGSTOP)  # a real hang: the child answers nothing
    started = time.monotonic()
    tts.synthesize(SENTENCE, tmp_path / "after.wav")
    assert 1.0 <= time.monotonic() - started < 30
    assert tts.wav_is_valid(tmp_path / "after.wav")
    assert tts.renderer_pid() not in (None, first)
    assert not os.path.exists(f"/proc/{first}")  # killed and reaped, no zombie
