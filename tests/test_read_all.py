"""The "Læs alt op" button and Opus read-aloud in the real app: the text and the audio."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import av
import flask
import pytest
from citizen_support import Citizen, make_app

from assistant.speech.private import forget_session_audio, owner_of
from assistant.web import speech as speech_web

READ_ALL = re.compile(r"<button[^>]*data-read-all-button[^>]*>")
CARD_LABEL = re.compile(r'<span class="card-label">([^<]*)</span>')


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


def _read_all(page: str) -> dict[str, str]:
    """Return the attributes of the page's "Læs alt op" button."""
    match = READ_ALL.search(page)
    assert match, "the page has no 'Læs alt op' button"
    return {k: html.unescape(v) for k, v in re.findall(r'([-\w]+)="([^"]*)"', match.group(0))}


@dataclass
class Fetched:
    """A closed response: status, headers and body."""

    status_code: int
    headers: dict[str, str]
    data: bytes

    @property
    def mimetype(self) -> str:
        return self.headers.get("Content-Type", "").split(";")[0]


def _get(client, url: str) -> Fetched:
    """GET url and close the (file-backed) response."""
    with client.get(url) as response:
        return Fetched(response.status_code, dict(response.headers), response.get_data())


def _prompt(page: str) -> str:
    return html.unescape(re.search(r'<h1 class="prompt"[^>]*>([^<]*)</h1>', page).group(1))


def _visible_labels(page: str) -> list[str]:
    """The card labels on screen in page order (a closed fold-out hides what is inside it)."""
    shown = re.sub(r"<details(?![^>]* open)[^>]*>.*?</details>", "", page, flags=re.S)
    return [html.unescape(label).strip() for label in CARD_LABEL.findall(shown)]


def _in_order(text: str, pieces: list[str]) -> bool:
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def test_read_all_says_the_question_then_every_card_label_in_order(app):
    citizen = Citizen(app.test_client())
    citizen.start()
    seen = 0
    for _ in range(7):
        labels = _visible_labels(citizen.page)
        if labels:
            button = _read_all(citizen.page)
            said = button["data-text"]
            lead = app.extensions["hverdagsmaal"]["content"].texts["read_all_choices"]
            assert said.startswith(" ".join(_prompt(citizen.page).split()))
            assert _in_order(said, [lead, *labels]), (said, labels)
            assert re.fullmatch(r"/lyd/(p/[0-9a-f]{32}/)?[0-9a-f]{64}\.wav", button["data-audio"])
            seen += 1
        cards = citizen.cards
        choice = "borger" if "borger" in cards else "ja" if "ja" in cards else cards[-1]
        citizen.choose(choice)
    assert seen >= 5


def test_choices_from_content_share_the_public_cache_and_come_as_opus(app):
    client = app.test_client()
    citizen = Citizen(client)
    citizen.start()
    url = _read_all(citizen.page)["data-audio"]
    assert "/lyd/p/" not in url  # question and choices are all fixed content
    wav = _get(client, url)
    assert (wav.status_code, wav.mimetype) == (200, "audio/wav")
    ogg = _get(client, url[: -len(".wav")] + ".ogg")
    assert ogg.status_code == 200
    assert ogg.headers["Content-Type"] == "audio/ogg; codecs=opus"
    assert ogg.data[:4] == b"OggS" and b"OpusHead" in ogg.data[:64]
    assert "max-age" in ogg.headers["Cache-Control"]
    assert len(ogg.data) * 8 < len(wav.data)  # Opus is far smaller than the WAV
    folder = Path(app.config["TTS_CACHE_DIR"])
    path = folder / Path(url).with_suffix(".ogg").name
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        assert stream.codec_context.name == "opus"
        seconds = float(container.duration) / 1_000_000
    wav_seconds = (len(wav.data) - 44) / (2 * 22_050)
    assert abs(seconds - wav_seconds) < 0.2  # the whole text, not a cut


def test_fixed_texts_by_reference_come_as_opus_too(app):
    client = app.test_client()
    content = app.extensions["hverdagsmaal"]["content"]
    activity = next(iter(content.activities.values()))
    response = _get(client, f"/lyd/tekst/activity/{activity.id}.ogg")
    assert response.status_code == 200 and response.data[:4] == b"OggS"
    assert _get(client, "/lyd/tekst/activity/no_such_activity.ogg").status_code == 404
    assert _get(client, "/lyd/" + "a" * 64 + ".ogg").status_code == 404
    assert _get(client, "/lyd/" + "a" * 64 + ".mp3").status_code == 404


def test_personal_opus_is_private_to_its_session_and_deleted_with_it(app):
    goal = "Jeg vil gå op til min veninde Søs på tredje sal inden jul."
    owner, stranger = app.test_client(), app.test_client()
    with owner.session_transaction() as sess:
        sess["sid"] = "session-of-the-citizen"
    with app.test_request_context():
        flask.session["sid"] = "session-of-the-citizen"
        url = speech_web.audio_url(goal)
    ogg_url = url[: -len(".wav")] + ".ogg"
    assert _get(stranger, ogg_url).status_code == 404
    response = _get(owner, ogg_url)
    assert response.status_code == 200 and response.data[:4] == b"OggS"
    assert response.headers["Cache-Control"] == "private, no-store"
    tts = Path(app.config["TTS_CACHE_DIR"])
    folder = tts / "private" / owner_of("session-of-the-citizen")
    assert sorted(p.suffix for p in folder.iterdir()) == [".ogg", ".txt", ".wav"]
    assert list(tts.glob("*.ogg")) == []  # nothing personal in the shared folder
    assert forget_session_audio(tts, "session-of-the-citizen")
    assert not folder.exists()
    assert _get(owner, ogg_url).status_code == 404


def test_a_personal_question_makes_the_read_all_audio_private(app):
    with app.test_request_context():
        flask.session["sid"] = "session-x"
        parts = ("Vil du gerne kunne gå til Søs igen?", "Du kan vælge:", "Ja", "Nej")
        assert "/lyd/p/" in speech_web.audio_url(" ".join(parts), parts)
        fixed = ("Du kan vælge:", "Ja", "Nej")
        assert "/lyd/p/" not in speech_web.audio_url(" ".join(fixed), fixed)


def _step_texts(page: str) -> list[str]:
    """The sub-goal steps the summary shows, each without its buttons."""
    items = re.findall(r'<li data-subgoal="\d+">([^<]*)', page)
    return [" ".join(html.unescape(item).split()) for item in items]


def test_the_summary_reads_the_goal_then_every_step_then_the_question(app):
    citizen = Citizen(app.test_client())
    citizen.start(pictures=True)
    for _ in range(40):
        if citizen.slot == "confirm":
            break
        citizen.pick({"wish": "trapper", "activity": "trapper", "subgoals": "ja"}.get(citizen.slot))
    assert citizen.slot == "confirm"
    texts = app.extensions["hverdagsmaal"]["content"].texts
    goal = html.unescape(re.search(r"<span data-goal>([^<]*)</span>", citizen.page).group(1))
    steps = _step_texts(citizen.page)
    assert goal and len(steps) >= 2
    button = _read_all(citizen.page)
    said = button["data-text"]
    labels = _visible_labels(citizen.page)
    assert labels  # "Ja, det er mit mål" and the other answers
    order = [texts["summary_goal_label"], goal, texts["summary_steps_label"], *steps]
    assert _in_order(said, [*order, texts["summary_question"], texts["read_all_choices"], *labels])
    assert button["title"] == texts["btn_read_all_summary_label"]
    # The goal is personal: its audio is private to the session, and it answers with audio.
    assert button["data-audio"].startswith("/lyd/p/")
    wav = _get(citizen.client, button["data-audio"])
    assert (wav.status_code, wav.mimetype) == (200, "audio/wav") and wav.data[:4] == b"RIFF"
