"""Every content file is loaded and checked at start: a broken one stops the app and the CLI."""

from __future__ import annotations

import io
import shutil
import sys

import pytest

import assistant.content
from assistant import CONTENT_ROOT, cli
from assistant.errors import ContentError
from assistant.nlp.extract import cached_analyzer

# file → (text to replace, replacement): each edit removes a label the product needs
BREAKS = {
    "plan.yaml": ("  title:", "  titel:"),
    "followup.yaml": ("  done_heading:", "  done_header:"),
    "speech.yaml": ("  nothing_heard:", "  nothing_said:"),
}


def _clear_caches():
    assistant.content.get_content.cache_clear()
    cached_analyzer.cache_clear()


@pytest.fixture(params=sorted(BREAKS))
def broken(request, tmp_path, monkeypatch):
    """A copy of content/ with one file broken, made the default content root."""
    name = request.param
    shutil.copytree(CONTENT_ROOT / "da", tmp_path / "da")
    path = tmp_path / "da" / name
    old, new = BREAKS[name]
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{name} no longer has {old!r}: update BREAKS"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    monkeypatch.setattr(assistant.content, "CONTENT_ROOT", tmp_path)
    _clear_caches()
    yield path
    _clear_caches()


def test_a_broken_file_stops_create_app_with_the_file_named(broken, tmp_path):
    from assistant.web import create_app  # noqa: PLC0415

    with pytest.raises(ContentError) as caught:
        create_app({"TESTING": True, "DATABASE": str(tmp_path / "db.sqlite")})
    assert [p for p in caught.value.problems if p.startswith(f"{broken}: ")], caught.value


def test_a_broken_file_stops_analyze_before_any_line(broken, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": 1, "text": "hej"}\n')))
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO()))
    assert cli.main(["analyze"]) == 1
    err = capsys.readouterr().err
    assert str(broken) in err
    assert '"id"' not in err


def test_the_default_content_has_every_part_loaded(content):
    assert content.plan["title"] and content.followup["done_heading"]
    assert content.speech.messages["nothing_heard"]
