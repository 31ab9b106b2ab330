"""`assistant chat` over every golden persona in tests/da/dialogs/.

The personas are played in-process through the command's own entry point (`cli.main`), one
fresh SQLite file each (a copy of one migrated in this process: the personas test the dialogue,
not the migrations); one test runs the real `python -m assistant chat` subprocess on a file
it migrates from nothing.

Each `<name>.json` persona has a `<name>.expect.yaml` beside it listing what the draft
must hold. Besides those facts every run is checked against the rules of
shared/spec/dialogue.md (draft shape, sub-goals, `accepted`, nothing lost, refusal).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import persona_expect
import pytest
from db_support import fresh_database
from yaml_support import safe_load

from assistant import cli
from assistant.commands.chat import STEP_DELAY_ENV
from assistant.storage import open_db

DIALOGS = Path(__file__).parent / "da" / "dialogs"
PERSONAS = sorted(DIALOGS.glob("*.json"))
EXPECT_KEYS = {
    "today", "refused", "fields", "present", "contains", "matches", "transcript_min",
    "transcript_has", "transcript_lacks", "asked_at_most", "asked_at_least",
    "stored_raw_min_length", "xfail", "reason", "rejected", "prompts_lack", "prompts_have",
} | persona_expect.KEYS  # fmt: skip
SMART = ("specific", "measurable", "accepted", "realistic", "time_bound")
# A sub-goal done with someone helping or beside.
HELPED_STEP = ("lidt hjælp", " med hjælp.", "ved siden af.", "en anden ser på.")
SPEAKER_CARD = {"citizen": "borger", "relative": "paaroerende", "staff": "medarbejder"}


def run_chat(persona: Path, db: Path | None, *extra: str, today: str = "2026-11-22"):
    """Run `assistant chat` in this process through `cli.main`; return it as a CompletedProcess.

    db None: no --db option (the command falls back to $HVERDAGSMAAL_DB)."""
    database = ["--db", str(db)] if db is not None else []
    argv = ["chat", "--persona", str(persona), "--today", today, *database, *extra]
    out, err = io.StringIO(), io.StringIO()
    delay = os.environ.pop(STEP_DELAY_ENV, None)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(argv)
            except SystemExit as exc:  # argparse refuses bad options this way
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        if delay is not None:
            os.environ[STEP_DELAY_ENV] = delay
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


def turn_lines(stderr: str) -> list[dict]:
    """Return the per-turn JSON lines of stderr; fail on a traceback."""
    assert "Traceback" not in stderr, stderr[-3000:]
    return [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]


def plain(text: str) -> str:
    """Return text NFC-normalised with control characters and runs of white space as one space."""
    text = unicodedata.normalize("NFC", text or "")
    return " ".join(re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text).split())


def get(data, path: str):
    """Return the value at a dotted path (`goal.smart.accepted.ok`, `subgoals.0.text`)."""
    for part in path.split("."):
        data = data[int(part)] if isinstance(data, list) else data[part]
    return data


def stored(db_path: Path):
    """Return (sessions, turns, drafts) rows of the database file."""
    db = open_db(db_path)
    try:
        sessions = list(db.query("SELECT * FROM sessions"))
        turns = list(db.query("SELECT * FROM turns ORDER BY session_id, seq"))
        drafts = list(db.query("SELECT * FROM drafts"))
    finally:
        db.close()
    return sessions, turns, drafts


def check_draft_rules(draft: dict, persona: dict) -> None:
    """Assert the rules of shared/spec/dialogue.md that every draft keeps."""
    from assistant.content import get_content  # noqa: PLC0415

    content = get_content("da")
    assert draft["status"] == "draft" and draft["language"] == "da"
    assert draft["draft_id"] and draft["created"]
    assert draft["speaker"] == persona.get("speaker", "citizen")
    goal = draft["goal"]
    assert isinstance(goal["text"], str) and len(goal["text"]) > 10
    assert goal["activity"] in content.activities
    assert goal["area"] == content.activities[goal["activity"]].area
    assert goal["independence"] in ("selv", "hjaelpemiddel", "med_hjaelp", None)
    for key in ("current_level", "importance"):
        assert goal[key] is None or 1 <= goal[key] <= 5
    for key in SMART:
        assert isinstance(goal["smart"][key]["ok"], bool), key
        assert isinstance(goal["smart"][key]["reason"], str) and goal["smart"][key]["reason"]
    # accepted.ok only when the citizen personally answered confirm with yes.
    confirms = [e for e in draft["transcript"] if e["slot"] == "confirm"]
    assert confirms, "the goal was never put to the person"
    if confirms[-1]["said_by"] != "citizen":
        assert goal["smart"]["accepted"]["ok"] is False
        assert draft["citizen_confirmed"] is False
    assert goal["smart"]["accepted"]["ok"] == draft["citizen_confirmed"]
    # Sub-goals: at least two, in order, each with a deadline, none after the goal's.
    subgoals = draft["subgoals"]
    assert len(subgoals) >= 2
    deadlines = [date.fromisoformat(s["deadline"]) for s in subgoals]
    assert deadlines == sorted(deadlines)
    if goal["deadline"]:
        assert max(deadlines) <= date.fromisoformat(goal["deadline"])
    for s in subgoals:
        assert isinstance(s["text"], str) and s["text"]
    # One who wants to do it alone, or with an aid and no one named to help, is offered no step
    # with help or someone beside; the last step of a goal done with an aid is not "med lidt
    # hjælp" (it is done with the aid).
    helpers = [p for p in goal.get("people") or [] if p != "ingen"]
    if goal["independence"] == "selv" or (goal["independence"] == "hjaelpemiddel" and not helpers):
        helped = [s["text"] for s in subgoals if any(m in s["text"] for m in HELPED_STEP)]
        assert not helped, f"a step with help for a goal done without help: {helped}"
    if goal["independence"] == "hjaelpemiddel":
        assert "lidt hjælp" not in subgoals[-1]["text"], subgoals[-1]["text"]
    for key in ("resources", "difficulties", "dreams"):
        assert isinstance(draft[key], list)
    for entry in draft["transcript"]:
        assert {"slot", "prompt", "answer", "input", "said_by", "at"} <= set(entry)
        assert entry["input"] in ("text", "speech", "picture")
        # Only the speaker, or the citizen after the screen was handed over, says anything.
        assert entry["said_by"] in (persona.get("speaker", "citizen"), "citizen")


def check_expectations(draft: dict, expect: dict, lines: list[dict]) -> None:
    """Assert the persona-specific facts listed in its .expect.yaml."""
    for path, value in (expect.get("fields") or {}).items():
        assert get(draft, path) == value, f"{path}: {get(draft, path)!r} != {value!r}"
    for path in expect.get("present") or []:
        assert get(draft, path) not in (None, "", [], {}), path
    for path, items in (expect.get("contains") or {}).items():
        for item in items:
            assert item in get(draft, path), f"{path} lacks {item!r}: {get(draft, path)!r}"
    for path, word in (expect.get("matches") or {}).items():
        assert word.lower() in (get(draft, path) or "").lower(), f"{path} lacks {word!r}"
    answers = [entry["answer"] for entry in draft["transcript"]]
    assert len(answers) >= expect.get("transcript_min", 1)
    for text in expect.get("transcript_has") or []:
        assert text in answers, f"transcript lost {text[:60]!r}"
    for text in expect.get("transcript_lacks") or []:
        assert text not in answers, f"pictures-only persona gave text {text!r}"
    asked = Counter(line["slot"] for line in lines)
    for slot, most in (expect.get("asked_at_most") or {}).items():
        assert asked[slot] <= most, f"{slot} asked {asked[slot]} times"
    for slot, least in (expect.get("asked_at_least") or {}).items():
        assert asked[slot] >= least, f"{slot} asked {asked[slot]} times"


def _persona_params():
    """One parameter per persona; an `xfail` reason in its expect file marks a known miss."""
    for path in PERSONAS:
        expect = safe_load(path.with_suffix(".expect.yaml").read_text(encoding="utf-8"))
        marks = (
            [pytest.mark.xfail(strict=True, reason=expect["xfail"])] if "xfail" in expect else []
        )
        yield pytest.param(path, id=path.stem, marks=marks)


@pytest.mark.parametrize("persona_path", list(_persona_params()))
def test_persona(persona_path: Path, tmp_path):
    persona = json.loads(persona_path.read_text(encoding="utf-8"))
    expect = safe_load(persona_path.with_suffix(".expect.yaml").read_text(encoding="utf-8"))
    assert set(expect) <= EXPECT_KEYS, f"unknown expect keys {set(expect) - EXPECT_KEYS}"
    db_path = fresh_database(tmp_path / "chat.db")
    result = run_chat(persona_path, db_path, today=str(expect.get("today", "2026-11-22")))
    lines = turn_lines(result.stderr)
    assert result.returncode == 0, result.stderr[-3000:]
    assert lines and all({"slot", "prompt", "answer"} <= set(line) for line in lines)
    assert all(isinstance(line["prompt"], str) and line["prompt"] for line in lines)
    assert lines[0]["slot"] == "who" and lines[0]["answer"] == SPEAKER_CARD[persona["speaker"]]
    prompts = [line["prompt"] for line in lines]
    for word in expect.get("prompts_lack") or []:  # a relative is never asked about "borgeren"
        assert not [p for p in prompts if word.lower() in p.lower()], word
    for words in expect.get("prompts_have") or []:
        assert any(words in p for p in prompts), f"no prompt says {words!r}"
    out = json.loads(result.stdout)
    answers = [line["answer"] for line in lines]
    assert not (problems := persona_expect.check(out, expect, answers)), "\n".join(problems)
    sessions, turns, drafts = stored(db_path)
    assert len(sessions) == 1
    if expect.get("no_draft"):
        return
    speaker = persona.get("speaker", "citizen")
    own_no = [t["slot"] for t in turns] == ["own_consent"]  # the citizen's own no, after hand-over
    assert turns[0]["said_by"] == ("citizen" if own_no else speaker)
    if persona.get("mode") == "pictures":
        assert all(t["input_kind"] == "picture" for t in turns)
    if "reason" in expect:
        assert out == {"draft": None, "reason": expect["reason"]}
    if expect.get("refused"):
        assert out["draft"] is None and out["reason"]
        assert sessions[0]["status"] == "refused" and drafts == []
        # nothing beyond the refusal (at the start, or the citizen's own at the hand-over)
        assert [t["slot"] for t in turns] in (["consent"], ["own_consent"])
        if out["reason"] == "consent_unclear":  # not even what was said is kept
            assert turns[0]["raw"] is None and turns[0]["facts"] is None
        return
    if expect.get("rejected"):  # the citizen said no to the goal: kept, not sent
        assert out == {"draft": None, "reason": "not_confirmed"}
        assert sessions[0]["status"] == "rejected" and drafts == []
        assert len(turns) == len(lines) and [t["slot"] for t in turns][-1] == "change"
        assert json.loads(sessions[0]["state"])["confirmed"] is False
        raws = [plain(t["raw"]) for t in turns]
        assert all(plain(a) in raws for a in expect.get("transcript_has") or [])
        asked = Counter(line["slot"] for line in lines)
        assert all(asked[k] >= n for k, n in (expect.get("asked_at_least") or {}).items())
        return
    assert out.get("draft_id"), result.stdout[:500]
    assert sessions[0]["status"] == "done" and len(drafts) == 1
    assert json.loads(drafts[0]["json"]) == out
    assert len(turns) == len(lines)  # every turn printed was committed
    check_draft_rules(out, persona)
    assert [t["said_by"] for t in turns] == [e["said_by"] for e in out["transcript"]]
    # Nothing the person said is lost: every typed answer is in the transcript, in order
    # (up to white space and control characters).
    typed = [plain(t["raw"]) for t in turns if t["input_kind"] == "text"]
    answers = iter(plain(entry["answer"]) for entry in out["transcript"])
    assert all(any(a == text for a in answers) for text in typed), "typed answers lost"
    for t in turns:  # what was understood is stored with every typed answer, never with cards
        understood = t["input_kind"] == "text" and bool((t["raw"] or "").strip())
        assert (t["facts"] is not None) == understood, (t["slot"], t["raw"][:40])
    if expect.get("stored_raw_min_length"):
        assert max(len(t["raw"] or "") for t in turns) >= expect["stored_raw_min_length"]
    check_expectations(out, expect, lines)


BAD_PERSONAS = {
    "not_json": "{mode: text",
    "not_object": "[1, 2]",
    "bad_mode": '{"mode": "video", "answers": {}}',
    "bad_speaker": '{"speaker": "robot", "answers": {}}',
    "bad_answers": '{"answers": ["ja"]}',
    "bad_choose": '{"answers": {"confirm": {"choose": ["ja"]}}}',
    "bad_index": '{"answers": {"deadline": {"choose_index": "2"}}}',
    "bad_fallback": '{"answers": {}, "fallback": true}',
    "bad_list_item": '{"answers": {"wish": ["ja", {"pick": 1}]}}',
}


@pytest.mark.parametrize("name", sorted(BAD_PERSONAS))
def test_bad_persona_is_a_clear_error(name, tmp_path):
    path = tmp_path / f"{name}.json"
    path.write_text(BAD_PERSONAS[name], encoding="utf-8")
    result = run_chat(path, tmp_path / "x.db")
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert str(path) in result.stderr
    assert result.stdout == ""


def test_missing_persona_file_and_bad_today(tmp_path):
    missing = run_chat(tmp_path / "nowhere.json", tmp_path / "x.db")
    assert missing.returncode == 2 and "cannot read the persona file" in missing.stderr
    ok = DIALOGS / "afslag_kort.json"
    bad_day = run_chat(ok, tmp_path / "x.db", today="22-11-2026")
    assert bad_day.returncode == 2 and "--today" in bad_day.stderr
    assert "Traceback" not in missing.stderr + bad_day.stderr


def test_unfinished_dialogue_exits_1_and_stays_resumable(tmp_path):
    db_path = tmp_path / "chat.db"
    persona = DIALOGS / "trapper_tekst_borger.json"
    result = run_chat(persona, db_path, "--max-turns", "3")
    assert result.returncode == 1, result.stderr[-2000:]
    assert json.loads(result.stdout)["draft"] is None
    assert "did not finish" in json.loads(result.stdout)["reason"]
    sessions, turns, drafts = stored(db_path)
    assert len(turns) == 3 and drafts == [] and sessions[0]["status"] == "active"
    resumed = run_chat(persona, db_path, "--session", sessions[0]["id"])
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert json.loads(resumed.stdout)["goal"]["activity"] == "trapper"


def test_persona_parsing_is_lenient_where_the_meaning_is_clear():
    from assistant.commands.chat import PersonaError, parse_persona  # noqa: PLC0415

    persona = parse_persona(
        {"answers": {"current_level": 3, "deadline": {"choose": 2}, "people": None},
         "fallback": None, "name": "x", "notes": "extra keys are ignored"}
    )  # fmt: skip
    assert (persona.mode, persona.speaker, persona.fallback) == ("text", "citizen", "ved ikke")
    assert persona.answers == {"current_level": ("3",), "deadline": ({"choose": "2"},)}
    with pytest.raises(PersonaError) as err:
        parse_persona({"mode": "film", "speaker": "hund", "answers": {"x": [{"a": 1}]}}, "p.json")
    assert len(str(err.value).splitlines()) == 3  # every problem is listed


def test_choose_answer_follows_the_persona_rules(content):
    from assistant.commands.chat import choose_answer, parse_persona  # noqa: PLC0415
    from assistant.dialogs.models import Card, Turn  # noqa: PLC0415

    engine = content.dialogue.engine_cards

    def kv(answer):
        return answer.kind, answer.value

    cards = (Card("ja", "Ja"), Card("nej", "Nej"), Card("ved_ikke", "Ved ikke"))
    turn = Turn(state={}, slot="consent", prompt="Er det i orden?", cards=cards)
    pictures = parse_persona({"mode": "pictures", "answers": {"consent": "NEJ "}})
    assert choose_answer(pictures, turn, 0, engine)[0].value == "nej"  # names a card: taps it
    odd = parse_persona({"mode": "pictures", "answers": {"consent": "hmm"}, "fallback": "x"})
    assert kv(choose_answer(odd, turn, 0, engine)[0]) == ("card", "ved_ikke")
    fallback = parse_persona(
        {"mode": "pictures", "answers": {"consent": "hmm"}, "fallback": {"choose_index": 0}}
    )
    assert kv(choose_answer(fallback, turn, 0, engine)[0]) == ("card", "ja")
    indexed = parse_persona({"answers": {"consent": [{"choose_index": 9}, {"choose_index": 1}]}})
    assert (
        choose_answer(indexed, turn, 0, engine)[0].value == "#9"
    )  # unusable: the engine re-prompts
    assert choose_answer(indexed, turn, 1, engine)[0].value == "nej"
    assert choose_answer(indexed, turn, 5, engine)[0].value == "nej"  # the last item repeats
    text = parse_persona({"answers": {"consent": "nej"}})
    assert kv(choose_answer(text, turn, 0, engine)[0]) == ("text", "nej")
    relative = parse_persona({"speaker": "relative"})
    who = Turn(state={}, slot="who", prompt="Hvem?", cards=())
    answer, shown = choose_answer(relative, who, 0, engine)
    assert (answer.kind, answer.value, answer.said_by, shown) == (
        "card", "paaroerende", "relative", "paaroerende"
    )  # fmt: skip
    # The ids come from the content's engine cards, not from Python.
    from assistant.content.engine_cards import EngineCards  # noqa: PLC0415

    other = EngineCards(ids={"who_relative": "rel", "dont_know": "dk"})
    assert choose_answer(relative, who, 0, other)[0].value == "rel"
    assert kv(choose_answer(odd, turn, 0, other)[0]) == ("card", "dk")


def test_database_comes_from_the_environment_without_db(tmp_path, monkeypatch):
    # In this process, as the persona tests run (a process start costs a second of spaCy):
    # `assistant chat` as a real process runs in tests/test_crash.py and
    # tests/test_exports_end_to_end.py. The command reads the variable when it runs.
    path = tmp_path / "from_env.db"
    monkeypatch.setenv("HVERDAGSMAAL_DB", str(path))
    result = run_chat(DIALOGS / "afslag_kort.json", None)
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout)
    assert set(out) == {"draft", "reason"} and out["draft"] is None and out["reason"]
    sessions, turns, drafts = stored(path)
    assert [s["status"] for s in sessions] == ["refused"] and drafts == []
