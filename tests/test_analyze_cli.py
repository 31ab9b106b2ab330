"""`assistant analyze`: JSON Lines contract and bad input (spec/analyze.md).

The spec example runs in a real subprocess (the contract is a process's stdin and stdout);
the other cases run `cli.main(["analyze"])` in this process on byte streams, which reads and
writes exactly as the process does without paying a spaCy start-up each.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from assistant import cli

FIELDS = {
    "id",
    "activity",
    "area",
    "stance",
    "perspective",
    "frequency",
    "deadline",
    "measures",
    "independence",
    "aids",
    "people",
    "motivation",
}


def run_analyze(stdin: str) -> tuple[list[dict], int, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "analyze"],
        input=stdin.encode("utf-8"),
        capture_output=True,
        timeout=120,
    )
    return _lines(proc.stdout), proc.returncode, proc.stderr.decode("utf-8")


def _lines(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


@pytest.fixture
def analyze_here(monkeypatch):
    """Return run(stdin) -> (lines, exit code, stderr) for `assistant analyze` in-process."""

    def run(stdin: str) -> tuple[list[dict], int, str]:
        streams = {name: io.BytesIO() for name in ("stdout", "stderr")}
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
        for name, raw in streams.items():
            monkeypatch.setattr(sys, name, io.TextIOWrapper(raw, write_through=True))
        code = cli.main(["analyze"])
        sys.stdout.flush()
        return _lines(streams["stdout"].getvalue()), code, streams["stderr"].getvalue().decode()

    return run


def line(**obj) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


@pytest.mark.slow
def test_spec_example_round_trip():
    text = (
        "Jeg vil gerne kunne gå på trapperne igen, to etager uden pause, så jeg kan besøge min "
        "veninde i opgangen ved siden af. Helst inden jul."
    )
    out, code, _ = run_analyze(line(id="x1", text=text, today="2026-11-22"))
    assert code == 0
    assert out == [
        {
            "id": "x1",
            "activity": "trapper",
            "area": "mobilitet",
            "stance": "wish",
            "perspective": "self",
            "frequency": None,
            "deadline": "2026-12-24",
            "measures": [{"value": 2, "unit": "etage"}],
            "independence": "selv",
            "aids": [],
            "people": ["veninde"],
            "motivation": "besøge min veninde i opgangen ved siden af",
        }
    ]


def test_empty_input_gives_no_lines_and_exit_zero(analyze_here):
    out, code, err = analyze_here("")
    assert (out, code) == ([], 0)
    assert "Traceback" not in err


def test_bad_lines_give_error_objects_and_the_rest_still_comes_out(analyze_here):
    stdin = (
        line(id="a", text="jeg vil gerne handle ind selv")
        + "this is not json\n"
        + line(id="b")
        + line(id="c", text=42)
        + line(id="d", text="jeg kan ikke gå på trapper", today="not-a-date")
        + "[1, 2]\n"
        + line(id="e", text="jeg vil gerne støvsuge")
    )
    out, code, err = analyze_here(stdin)
    assert code == 1
    assert "Traceback" not in err
    assert [o.get("id") for o in out] == ["a", None, "b", "c", "d", None, "e"]
    assert out[0]["activity"] == "indkoeb" and out[-1]["activity"] == "rengoering"
    for bad in out[1:6]:
        assert set(bad) == {"id", "error"} and bad["error"]
    assert "not valid JSON" in out[1]["error"]
    assert "text" in out[2]["error"]


def test_odd_texts_give_valid_empty_or_real_results(analyze_here):
    texts = {
        "huge": "jeg vil gerne gå en tur " * 900,  # ~21,000 characters
        "emoji": "😀😀 🚶‍♀️ ❤️",
        "html": "<script>alert('x')</script><b>hej</b>",
        "space": "   \t  ",
        "empty": "",
        "sql": "'; DROP TABLE sessions; --",
    }
    stdin = "".join(line(id=k, text=v, today="2026-11-22") for k, v in texts.items())
    out, code, err = analyze_here(stdin)
    assert code == 0, err
    assert [o["id"] for o in out] == list(texts)
    for obj in out:
        assert set(obj) == FIELDS
    by_id = {o["id"]: o for o in out}
    assert by_id["huge"]["activity"] == "gang"
    for k in ("emoji", "html", "space", "empty", "sql"):
        assert by_id[k]["activity"] is None and by_id[k]["measures"] == []


def test_today_absent_uses_the_real_date(analyze_here):
    out, code, _ = analyze_here(line(id="t", text="jeg vil kunne gå 100 meter om tre uger"))
    assert code == 0
    assert out[0]["deadline"] is not None and len(out[0]["deadline"]) == 10
