"""The built-content cache (content/built.py, nlp/analyzer_cache.py): an analyzer read back
analyses as the one built, a changed content or code file makes a new key, a broken or partly
written file is only a miss, and `HVERDAGSMAAL_BUILT_CACHE=0` reads and writes nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from assistant import CONTENT_ROOT, PROJECT_ROOT
from assistant.content import Content, built, load_content
from assistant.nlp import analyzer_cache
from assistant.nlp.extract import Analyzer

TODAY = date(2026, 12, 7)
# realistic answers beside the golden ones: fillers, no æøå, a relative, dialect, a comma list
SAID = (
    "øhm jeg vil gerne kunne gaa paa trapper igen, to gange om ugen",
    "min mor hun vil gerne selv kunne handle i netto uden rollator",
    "nej det vil jeg ikke, jeg vil hellere bage boller med mit barnebarn",
    "æ vil gjern ku gå en tur te æ havn hver dav",
    "hjemmeplejen siger jeg skal gå med stok, men jeg vil gerne uden",
    "kl. 10 om formiddagen vil jeg i bad selv, inden jul",
)


def _golden(step: int = 9) -> list[str]:
    """Every step-th golden sentence (tests/da/analyze), in a fixed order."""
    texts: list[str] = []
    for path in sorted((PROJECT_ROOT / "tests" / "da" / "analyze").glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}
        texts += [c["text"] for c in data.get("cases", []) if isinstance(c.get("text"), str)]
    return texts[::step]


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    """A cache folder of the test's own, switched on."""
    monkeypatch.setenv(built.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.delenv(built.SWITCH_ENV, raising=False)
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def content() -> Content:
    """The default content, parsed (not read back), with its key noted as get_content does."""
    found = load_content("da")
    built.remember_key(found, built.content_key(CONTENT_ROOT / "da"))
    return found


def test_read_back_analyzer_analyses_as_the_built_one(cache, content):
    made = analyzer_cache.read_or_build(content, Analyzer)  # a miss: built, then written
    assert [p.name.split("-")[0] for p in cache.iterdir()] == ["analyzer"]
    read = analyzer_cache.read_or_build(content, Analyzer)
    assert read is not made and isinstance(read, Analyzer)
    # the Content's objects are shared, not copied: the reader's Content is the one it holds
    assert read.content is content and read.lex is content.lexicon
    assert read.lemmatizer.lex is content.lexicon and read.nlp.pipe_names == made.nlp.pipe_names
    assert read.lemmatizer.vocab is read.nlp.vocab and read.tokens.tokenizer is read.nlp.tokenizer
    for text in (*SAID, *_golden()):
        assert read.analyze(text, TODAY).to_json("x") == made.analyze(text, TODAY).to_json("x")
    # the pipeline itself answers as before (the tests that read doc._.hm_spelling use it)
    doc_made, doc_read = made.nlp(SAID[0]), read.nlp(SAID[0])
    assert doc_read._.hm_spelling == doc_made._.hm_spelling
    assert doc_read._.hm_matches == doc_made._.hm_matches


def test_content_reads_back_equal(content):
    assert built.loads(built.dumps(content)) == content


def test_a_changed_content_file_or_code_changes_the_key(tmp_path):
    lang = tmp_path / "da"
    shutil.copytree(CONTENT_ROOT / "da", lang)
    before = built.content_key(lang)
    assert built.content_key(lang) == before  # the same bytes, the same key
    stance = lang / "nlp" / "stance.yaml"
    stance.write_bytes(stance.read_bytes() + b"\n# one more line\n")
    assert built.content_key(lang) != before
    # the code: a byte of a source file beside the content makes another key
    code = tmp_path / "rule.py"
    code.write_text("X = 1\n", encoding="utf-8")
    first = built.digest([code], "k")
    code.write_text("X = 2\n", encoding="utf-8")
    assert built.digest([code], "k") != first
    assert built.digest([code], "k") != built.digest([code], "other content key")


def test_keys_follow_the_code_that_builds(content, tmp_path, monkeypatch):
    """A rule module, new or changed, makes a new analyzer key; a parser module a new content
    key (and so a new analyzer key): a fixer's change is never read from an older file."""
    nlp = tmp_path / "nlp"
    nlp.mkdir()
    (nlp / "rule.py").write_text("A = 1\n", encoding="utf-8")
    monkeypatch.setattr(analyzer_cache, "NLP_CODE", nlp)
    keys = {analyzer_cache.analyzer_key(content)}
    (nlp / "rule.py").write_text("A = 2\n", encoding="utf-8")
    keys.add(analyzer_cache.analyzer_key(content))
    (nlp / "other_rule.py").write_text("", encoding="utf-8")
    keys.add(analyzer_cache.analyzer_key(content))
    (nlp / "notes.txt").write_text("not code", encoding="utf-8")  # no source file: no new key
    keys.add(analyzer_cache.analyzer_key(content))
    assert len(keys) == 3
    source = tmp_path / "assistant"
    shutil.copytree(PROJECT_ROOT / "assistant" / "content", source / "content")
    for name in ("__init__.py", "errors.py"):
        shutil.copy(PROJECT_ROOT / "assistant" / name, source / name)
    monkeypatch.setattr(built, "SOURCE", source)
    before = built.content_key(CONTENT_ROOT / "da")
    parser = source / "content" / "yesno.py"
    parser.write_text(parser.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert built.content_key(CONTENT_ROOT / "da") != before


def test_analyzer_built_from_changed_tables_is_not_kept(cache, content, monkeypatch):
    """A table changed after the Content was read (build-spelling in another process): the
    analyzer built now reads the new table, so it is not kept under the Content's key."""
    monkeypatch.setattr(built, "content_key", lambda root: "changed since")
    made = analyzer_cache.read_or_build(content, Analyzer)
    assert isinstance(made, Analyzer) and not cache.exists()


def test_analyzer_key_follows_the_content_key(content):
    twin = load_content("da")  # equal, but parsed, not noted: its analyzer is always built
    assert analyzer_cache.analyzer_key(twin) is None
    built.remember_key(twin, "0" * 32)
    assert analyzer_cache.analyzer_key(twin) != analyzer_cache.analyzer_key(content)


def test_a_broken_cache_file_is_a_miss(cache, content):
    analyzer_cache.read_or_build(content, Analyzer)
    (path,) = cache.iterdir()
    whole = path.read_bytes()
    key = analyzer_cache.analyzer_key(content)
    assert isinstance(analyzer_cache.read(content, key), Analyzer)  # whole, it is read
    for broken in (b"not a pickle at all", whole[: len(whole) // 2], b"", whole[:-1]):
        path.write_bytes(broken)
        assert analyzer_cache.read(content, key) is None
    again = analyzer_cache.read_or_build(content, Analyzer)  # built again and written whole
    assert isinstance(again, Analyzer) and isinstance(analyzer_cache.read(content, key), Analyzer)
    assert again.analyze(SAID[1], TODAY).activity == "indkoeb"


def test_write_is_whole_and_removes_stale_files(cache):
    built.write("thing-da", "a" * 32, {"n": 1})
    built.write("thing-da", "b" * 32, {"n": 2})
    names = sorted(p.name for p in cache.iterdir())
    assert names == [f"thing-da-{built.CHECKOUT}-{'b' * 32}.pickle"]  # no part file, no stale
    assert built.read("thing-da", "a" * 32) is None
    assert built.read("thing-da", "b" * 32) == {"n": 2}


def test_a_folder_or_file_others_may_write_is_never_trusted(cache):
    """review53 #4: a pickle is code to whoever may write it, so a cache folder or file that
    others may write (a shared folder, one another user made first in /tmp) is a miss, and
    nothing is written into such a folder."""
    built.write("thing-da", "e" * 32, {"n": 5})
    (path,) = cache.iterdir()
    assert built.read("thing-da", "e" * 32) == {"n": 5}
    path.chmod(0o666)
    assert built.read("thing-da", "e" * 32) is None
    path.chmod(0o600)
    cache.chmod(0o777)
    assert built.read("thing-da", "e" * 32) is None
    built.write("thing-da", "f" * 32, {"n": 6})
    assert [p.name for p in cache.iterdir()] == [path.name]  # nothing new, nothing removed
    cache.chmod(0o700)
    assert built.read("thing-da", "e" * 32) == {"n": 5}


def test_switched_off_reads_and_writes_nothing(cache, monkeypatch):
    built.write("thing-da", "c" * 32, 1)
    monkeypatch.setenv(built.SWITCH_ENV, "0")
    assert built.read("thing-da", "c" * 32) is None
    built.write("thing-da", "d" * 32, 2)
    assert [p.name for p in cache.iterdir()] == [f"thing-da-{built.CHECKOUT}-{'c' * 32}.pickle"]


def test_unpicklable_part_only_skips_the_write(cache, content):
    made = analyzer_cache.read_or_build(content, lambda c: (Analyzer, lambda: None))
    assert made[0] is Analyzer and not cache.exists()  # built and returned, nothing kept


def test_cli_start_reads_its_cache_and_answers_the_same(tmp_path):
    env = {**os.environ, built.CACHE_ENV: str(tmp_path / "cache")}
    env.pop(built.SWITCH_ENV, None)
    line = json.dumps({"id": "a", "text": SAID[0], "today": "2026-12-07"}) + "\n"
    runs = []
    for switch in ("1", "1", "0"):
        done = subprocess.run(
            [sys.executable, "-m", "assistant", "analyze"],
            input=line,
            capture_output=True,
            text=True,
            check=True,
            cwd=PROJECT_ROOT,
            env={**env, built.SWITCH_ENV: switch},
        )
        runs.append(done.stdout)
    assert runs[0] == runs[1] == runs[2] and json.loads(runs[0])["activity"] == "trapper"
    assert sorted(p.name.split("-")[0] for p in (tmp_path / "cache").iterdir()) == [
        "analyzer",
        "content",
    ]
