"""`assistant speech-model`: IT adds a Whisper model folder, pinned by its sha256."""

from __future__ import annotations

import json
import os
import shutil

import pytest
import yaml
from speech_support import model_dir

from assistant import PROJECT_ROOT
from assistant.cli import main
from assistant.errors import SpeechError
from assistant.speech import models, wer
from assistant.speech.asr import MODEL_ENV, default_model_dir

BASE_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"


@pytest.fixture
def no_model_env(monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)


def test_adding_the_real_model_copies_pins_and_activates_it(tmp_path, capsys, no_model_env):
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    assert default_model_dir(models_dir) == models_dir / "whisper-base"  # nothing added yet
    code = main(
        ["speech-model", "add", str(model_dir()), "--sha256", BASE_SHA256.upper(),
         "--name", "base-tested", "--models-dir", str(models_dir)]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    target = models_dir / "base-tested"
    manifest = json.loads((target / "manifest.json").read_text("utf-8"))
    assert manifest["sha256"] == BASE_SHA256 and manifest["bytes"] == 145_217_532
    assert models.sha256_of(target / "model.bin") == BASE_SHA256
    assert default_model_dir(models_dir) == target
    assert not list(models_dir.glob(".*tmp"))
    main(["speech-model", "list", "--models-dir", str(models_dir)])
    assert "* base-tested" in capsys.readouterr().out


def test_the_environment_setting_still_wins(tmp_path, monkeypatch):
    (tmp_path / "chosen").mkdir()
    (tmp_path / "chosen" / "model.bin").write_bytes(b"x")
    (tmp_path / "active").write_text("chosen\n", "utf-8")
    monkeypatch.setenv(MODEL_ENV, "/srv/models/large")
    assert str(default_model_dir(tmp_path)) == "/srv/models/large"
    monkeypatch.delenv(MODEL_ENV)
    assert default_model_dir(tmp_path) == tmp_path / "chosen"
    (tmp_path / "active").write_text("../../etc\n", "utf-8")  # never outside the models folder
    assert default_model_dir(tmp_path) == tmp_path / "whisper-base"


def test_a_wrong_hash_registers_nothing(tmp_path, capsys, no_model_env):
    models_dir = tmp_path / "models"
    code = main(
        ["speech-model", "add", str(model_dir()), "--sha256", "0" * 64, "--no-load",
         "--models-dir", str(models_dir)]
    )  # fmt: skip
    assert code == 1
    assert "does not match" in capsys.readouterr().err
    assert not models_dir.exists() or not any(models_dir.iterdir())
    assert default_model_dir(models_dir) == models_dir / "whisper-base"


def test_a_folder_that_is_not_a_whisper_model_lists_every_problem(tmp_path):
    folder = tmp_path / "not-a-model"
    folder.mkdir()
    (folder / "config.json").write_text('{"architectures": ["BertModel"]}', "utf-8")
    with pytest.raises(SpeechError) as err:
        models.check_folder(folder, "abc")
    text = str(err.value)
    assert "lacks model.bin" in text and "lacks a tokenizer" in text
    assert "64 hex digits" in text and "not a CTranslate2 Whisper config" in text


def test_a_model_that_does_not_load_is_refused(tmp_path, capsys, no_model_env):
    broken = tmp_path / "broken"
    shutil.copytree(model_dir(), broken, ignore=shutil.ignore_patterns("model.bin"))
    (broken / "model.bin").write_bytes(b"not a model" * 100)
    digest = models.sha256_of(broken / "model.bin")
    code = main(
        ["speech-model", "add", str(broken), "--sha256", digest,
         "--models-dir", str(tmp_path / "models")]
    )  # fmt: skip
    assert code == 1
    assert "cannot load" in capsys.readouterr().err
    assert not (tmp_path / "models" / "broken").exists()
    assert os.environ.get(MODEL_ENV) is None


# ---------- word error rate (benchmarks/speech.py --model) ----------


def test_word_error_rate_counts_substitutions_deletions_and_insertions():
    assert wer.words("Jeg vil gerne gå på trapper, igen!") == [
        "jeg", "vil", "gerne", "gå", "på", "trapper", "igen",
    ]  # fmt: skip
    assert wer.word_error_rate([("Jeg vil gerne gå", "jeg vil gerne gå.")]) == 0.0
    assert wer.word_error_rate([("jeg vil gerne gå", "jeg vil gå")]) == 0.25  # one deleted
    assert wer.word_error_rate([("jeg vil gå", "jeg vil gerne gå hjem")]) == 2 / 3
    assert wer.word_error_rate([("min mor", "din far"), ("ja", "ja")]) == 2 / 3  # corpus WER
    assert wer.word_error_rate([]) == 0.0


def test_the_shipped_danish_test_set_is_real_sentences():
    data = yaml.safe_load((PROJECT_ROOT / "tests/da/speech/sentences.yaml").read_text("utf-8"))
    assert data["language"] == "da"
    sentences = data["sentences"]
    assert len(sentences) >= 10 and len(set(sentences)) == len(sentences)
    assert all(len(wer.words(s)) >= 5 for s in sentences)
