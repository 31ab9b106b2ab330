"""The engine is pure: it reads answers with the analyzer it is given and opens no file."""

from __future__ import annotations

import sys
from datetime import date

import pytest

from assistant.dialogs.engine import advance, new_state, start
from assistant.dialogs.models import Answer

TODAY = date(2026, 11, 22)
TEXTS = {
    "everyday": "jeg kan selv lave kaffe men trapperne er svaere",
    "wish": "jeg vil gerne kunne gaa paa trapper igen saa jeg kan besoege min datter",
    "motivation": "saa jeg kan besoege min datter",
    "measure": "to etager",
    "frequency": "to gange om ugen",
    "deadline": "inden jul",
    "people": "min datter hun hjaelper",
}
WATCHED = ("open", "os.", "shutil.", "sqlite3", "socket.", "subprocess.", "glob.", "tempfile.")
_events: list[tuple[str, tuple]] = []
_recording = [False]


def _hook(event: str, args: tuple, recording=_recording, events=_events) -> None:
    # bound as defaults: at interpreter exit the module's globals are already None
    if recording[0] and event.startswith(WATCHED):
        events.append((event, args))


sys.addaudithook(_hook)  # a hook cannot be removed; it records only while _recording is set


def _play(content, understand, *, back_and_undo: bool = False):
    turn = start(content, new_state(content, today=TODAY, mode="text"))
    for i in range(60):
        if turn.done or turn.refused or turn.rejected:
            break
        if back_and_undo and i in (5, 9):
            turn = advance(turn.state, Answer("action", "back" if i == 5 else "undo"), content,
                           TODAY, understand=understand)  # fmt: skip
            continue
        ids = [c.id for c in turn.cards]
        if turn.slot in TEXTS:
            answer = Answer("text", TEXTS[turn.slot])
        elif "ja" in ids:
            answer = Answer("card", "ja")
        elif "borger" in ids:
            answer = Answer("card", "borger")
        else:
            answer = Answer("card", ids[0]) if ids else Answer("text", "ved ikke")
        turn = advance(turn.state, answer, content, TODAY, now=f"2026-11-22T10:{i:02d}:00",
                       understand=understand)  # fmt: skip
    return turn


@pytest.fixture(scope="module")
def analyzer(content):
    from assistant.nlp.extract import Analyzer  # noqa: PLC0415

    return Analyzer(content)  # built here, at "start-up", and not shared with any cache


def test_advance_opens_no_file_after_start_up(content, analyzer):
    from assistant.nlp import extract  # noqa: PLC0415

    _play(content, analyzer.analyze, back_and_undo=True)  # start-up: lazy imports, caches
    # an engine that built its own analyzer (as it once did) would now open ~280 files
    extract.cached_analyzer.cache_clear()
    extract._BUILT.clear()
    _events.clear()
    _recording[0] = True
    try:
        turn = _play(content, analyzer.analyze, back_and_undo=True)
    finally:
        _recording[0] = False
    assert turn.done, turn.slot
    assert not _events, _events[:5]


def test_the_hook_would_see_a_file_opened(tmp_path):
    _events.clear()
    _recording[0] = True
    try:
        (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    finally:
        _recording[0] = False
    assert any(event == "open" for event, _args in _events)


def test_text_answers_are_read_only_by_the_analyzer_given(content, analyzer):
    read: list[str] = []

    def understand(text, today):
        read.append(text)
        return analyzer.analyze(text, today)

    turn = _play(content, understand)
    assert turn.done, turn.slot
    assert TEXTS["wish"] in read and TEXTS["frequency"] in read
    assert turn.draft["goal"]["frequency"] == {"times": 2, "per": "week", "every": 1}


def test_render_and_advance_change_nothing_of_the_state_they_are_given(content, analyzer):
    """render() shares the given state's lists and dicts (no copy): it must change none of them;
    advance() copies; a transcript entry given to it is never changed either."""
    import json  # noqa: PLC0415

    from assistant.dialogs.engine import render  # noqa: PLC0415

    text = json.dumps(start(content, new_state(content, today=TODAY, mode="text")).state.to_json())
    actions = {4: "back", 6: "undo"}
    for i in range(60):
        data, before = json.loads(text), json.loads(text)  # as the web reads a stored state
        shown = render(data, content, TODAY)
        assert data == before
        if shown.done or shown.refused or shown.rejected:
            break
        ids = [c.id for c in shown.cards]
        if i in actions:
            answer = Answer("action", actions[i])
        elif i == 8:
            answer = Answer("text", "xq zz")  # unusable: the failure count changes
        elif shown.slot in TEXTS:
            answer = Answer("text", TEXTS[shown.slot])
        else:
            card = "ja" if "ja" in ids else "borger" if "borger" in ids else ids[0]
            answer = Answer("card", card)
        turn = advance(data, answer, content, TODAY, now=f"2026-11-22T10:{i:02d}:00",
                       understand=analyzer.analyze)  # fmt: skip
        assert data == before
        from_shown = advance(shown.state, answer, content, TODAY, now=f"2026-11-22T10:{i:02d}:00",
                             understand=analyzer.analyze)  # fmt: skip
        assert shown.state.to_json() == render(before, content, TODAY).state.to_json()
        assert from_shown.state.to_json() == turn.state.to_json()
        text = json.dumps(turn.state.to_json())
    assert shown.done, shown.slot
