"""Golden sentences for `analyze`: tests/da/analyze/*.yaml hold Danish text and expected facts.

Each case is one test whose id is the sentence. Only the fields listed under `expect` are
compared, so a case can leave out a fact that is genuinely ambiguous; a frequency is compared
as the scorer does, by its times a week. Known misses carry
`xfail: "<reason>"` and run as strict xfails, so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from yaml_support import safe_load

from assistant.nlp import analyze

REPO_ROOT = Path(__file__).resolve().parents[1]
GOLDEN_DIR = REPO_ROOT / "tests" / "da" / "analyze"
MIN_CASES_PER_ACTIVITY = 6

FIELDS = (
    "activity", "area", "stance", "perspective", "frequency", "deadline", "measures",
    "independence", "aids", "people", "motivation",
)  # fmt: skip
UNITS = {"meter", "kilometer", "etage", "trin", "minut", "time", "skridt", "kilo", "gang"}
PERIODS = {"day", "week", "month", "year"}
CHOICES = {
    "stance": {None, "wish", "difficulty", "resource"},
    "perspective": {"self", "other"},
    "independence": {None, "selv", "hjaelpemiddel", "med_hjaelp"},
}


@dataclass(frozen=True)
class GoldenCase:
    """One sentence with the date it is read on and the facts expected from it."""

    file: str
    text: str
    today: date
    expect: dict[str, Any]
    xfail: str | None


def _as_date(value: Any) -> date:
    """Return a YAML date (parsed or ISO string) as a date."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _activity_areas(spec: Path) -> dict[str, str]:
    """Return {activity id: area id} from shared/spec/activities.md."""
    rows = re.findall(
        r"^\|\s*([a-z_]+)\s*\|[^|]*\|\s*([a-z_]+)\s*\|",
        spec.read_text(encoding="utf-8"),
        flags=re.MULTILINE,
    )
    return {activity: area for area, activity in rows if area != "area"}


def _check_expect(where: str, expect: dict[str, Any], problems: list[str]) -> None:
    """Record every way `expect` breaks the golden format of spec/analyze.md."""
    for key in expect:
        if key not in FIELDS:
            problems.append(f"{where}: unknown field {key!r}")
    for key, allowed in CHOICES.items():
        if key in expect and expect[key] not in allowed:
            problems.append(f"{where}: {key} {expect[key]!r} not in {sorted(map(str, allowed))}")
    freq = expect.get("frequency")
    if freq is not None and (
        not isinstance(freq, dict)
        or set(freq) != {"times", "per", "every"}
        or freq["per"] not in PERIODS
    ):
        problems.append(f"{where}: frequency must be null or {{times, per, every}}")
    for measure in expect.get("measures") or []:
        if not isinstance(measure, dict) or measure.get("unit") not in UNITS:
            problems.append(f"{where}: bad measure {measure!r}")
    for key in ("aids", "people"):
        if key in expect and not isinstance(expect[key], list):
            problems.append(f"{where}: {key} must be a list")
    motivation = expect.get("motivation")
    if motivation is not None and not (
        isinstance(motivation, list) and motivation and all(isinstance(k, str) for k in motivation)
    ):
        problems.append(f"{where}: motivation must be null or a list of keywords")
    deadline = expect.get("deadline")
    try:
        if isinstance(deadline, list):
            lo, hi = (_as_date(d) for d in deadline)
            if lo > hi:
                problems.append(f"{where}: deadline range is reversed")
        elif deadline is not None:
            _as_date(deadline)
    except (TypeError, ValueError):
        problems.append(f"{where}: deadline must be a date, [lo, hi] or null")


def load_golden() -> tuple[list[GoldenCase], list[str]]:
    """Read every golden file; return the cases and every problem found, with its file."""
    cases: list[GoldenCase] = []
    problems: list[str] = []
    for path in sorted(GOLDEN_DIR.glob("*.yaml")):
        name = path.name
        try:
            data = safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            problems.append(f"{name}: cannot be read: {exc}")
            continue
        if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
            problems.append(f"{name}: must be a mapping with a list of cases")
            continue
        try:
            file_today = _as_date(data.get("today") or date.today())
        except ValueError:
            problems.append(f"{name}: bad today {data.get('today')!r}")
            continue
        for i, raw in enumerate(data["cases"], 1):
            where = f"{name}: case {i}"
            if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
                problems.append(f"{where}: needs a text")
                continue
            expect = raw.get("expect")
            if not isinstance(expect, dict) or not expect:
                problems.append(f"{where}: needs a non-empty expect mapping")
                continue
            _check_expect(f"{where} ({raw['text']!r})", expect, problems)
            unknown = set(raw) - {"text", "expect", "today", "xfail"}
            if unknown:
                problems.append(f"{where}: unknown keys {sorted(unknown)}")
            try:
                today = _as_date(raw["today"]) if "today" in raw else file_today
            except ValueError:
                problems.append(f"{where}: bad today {raw['today']!r}")
                continue
            cases.append(GoldenCase(name, raw["text"], today, expect, raw.get("xfail")))
    return cases, problems


CASES, PROBLEMS = load_golden()


def _params() -> list[Any]:
    """Return one pytest.param per case, the sentence as id, strict xfail when marked."""
    params = []
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
        params.append(pytest.param(case, id=case.text, marks=marks))
    return params


def _measures(items: Any) -> set[tuple[float, str]]:
    """Return measures as a set of (value rounded to 2 decimals, unit)."""
    out = set()
    for m in items or ():
        value, unit = (m["value"], m["unit"]) if isinstance(m, dict) else (m.value, m.unit)
        out.add((round(float(value), 2), str(unit)))
    return out


def _frequency(freq: Any) -> tuple[float, str, int] | None:
    """Return a frequency as (times, per, every), or None."""
    if freq is None:
        return None
    if isinstance(freq, dict):
        return float(freq["times"]), freq["per"], int(freq.get("every") or 1)
    return float(freq.times), freq.per, int(freq.every or 1)


#: Times a week of one time per period, as ../shared/eval/score.py counts them.
PER_WEEK = {"day": 7.0, "week": 1.0, "month": 12 / 52, "year": 1 / 52}


def _same_rate(expected, got) -> bool:
    """True when both frequencies are absent, or both give the same times a week within 10 %,
    as the scorer compares them ("hver 14. dag" is "hver anden uge")."""
    if expected is None or got is None:
        return expected is None and got is None
    rate = lambda f: f[0] * PER_WEEK[f[1]] / f[2]  # noqa: E731
    return abs(rate(expected) - rate(got)) <= 0.1 * rate(expected)


def _mismatch(field: str, expected: Any, got: Any) -> str | None:
    """Return a message when the predicted value of one field misses the expected one."""
    if field == "measures":
        ok = _measures(expected) == _measures(got)
    elif field in ("aids", "people"):
        ok = {str(x).lower() for x in expected or ()} == {str(x).lower() for x in got or ()}
    elif field == "frequency":
        ok = _same_rate(_frequency(expected), _frequency(got))
    elif field == "deadline":
        if expected is None or got is None:
            ok = expected is None and got is None
        else:
            try:
                got_date = date.fromisoformat(str(got))
            except ValueError:
                return f"deadline: expected {expected}, got unparsable {got!r}"
            if isinstance(expected, list):
                lo, hi = (_as_date(d) for d in expected)
                ok = lo <= got_date <= hi
            else:
                ok = got_date == _as_date(expected)
    elif field == "motivation":
        if expected is None:
            ok = not got
        else:
            ok = bool(got) and all(k.lower() in str(got).lower() for k in expected)
    else:
        ok = expected == got
    return None if ok else f"{field}: expected {expected!r}, got {got!r}"


@pytest.mark.parametrize("case", _params())
def test_golden_sentence(case: GoldenCase) -> None:
    """analyze() finds exactly the expected facts in one golden sentence."""
    facts = analyze(case.text, case.today)
    misses = [
        msg
        for field, expected in case.expect.items()
        if (msg := _mismatch(field, expected, getattr(facts, field))) is not None
    ]
    assert not misses, f"{case.file} (today {case.today}): " + "; ".join(misses)


def test_golden_files_are_well_formed() -> None:
    """Every golden file begins `language: da` and every case follows the format."""
    files = sorted(GOLDEN_DIR.glob("*.yaml"))
    assert files, f"no golden files in {GOLDEN_DIR}"
    problems = list(PROBLEMS)
    for path in files:
        first = next(
            (
                line
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.lstrip().startswith("#")
            ),
            "",
        )
        if first.strip() != "language: da":
            problems.append(f"{path.name}: must begin with 'language: da'")
    texts = [case.text for case in CASES]
    problems += [f"duplicate sentence {t!r}" for t in sorted(set(texts)) if texts.count(t) > 1]
    assert not problems, "\n".join(problems)


def test_every_activity_has_enough_sentences(shared_dir: Path) -> None:
    """Every activity id of spec/activities.md has at least six golden sentences, right area."""
    spec = shared_dir / "spec" / "activities.md"
    areas = _activity_areas(spec)
    assert len(areas) >= 21, f"could not read the activity table in {spec}"
    counts = {activity: 0 for activity in areas}
    problems = []
    for case in CASES:
        activity = case.expect.get("activity")
        if activity is None:
            continue
        if activity not in areas:
            problems.append(f"{case.file}: unknown activity {activity!r} in {case.text!r}")
            continue
        counts[activity] += 1
        if "area" in case.expect and case.expect["area"] != areas[activity]:
            problems.append(f"{case.file}: {activity} belongs to {areas[activity]}: {case.text!r}")
    problems += [
        f"{activity}: only {n} sentences"
        for activity, n in counts.items()
        if n < MIN_CASES_PER_ACTIVITY
    ]
    assert not problems, "\n".join(problems)


def _normalise(text: str) -> str:
    """Return text lower-cased with punctuation and extra spaces removed."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def test_no_golden_sentence_comes_from_the_dev_set(shared_dir: Path) -> None:
    """The golden set shares no sentence with the evaluation's dev set."""
    dev_set = shared_dir / "eval" / "dev.jsonl"
    dev = set()
    for line in dev_set.read_text(encoding="utf-8").splitlines():
        if line.strip():
            dev.add(_normalise(json.loads(line)["text"]))
    shared = [case.text for case in CASES if _normalise(case.text) in dev]
    assert not shared, f"sentences copied from {dev_set}: {shared}"
