"""Suggest sub-goals (delmål): a ladder of steps from today's level up to the goal, in order."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

from assistant.content.goals import GoalTemplates
from assistant.content.grammar import fold
from assistant.nlp.compose import action_phrase, measure_phrase
from assistant.nlp.grammar import polish
from assistant.nlp.phrase import split_clause

#: Fraction of the goal's measure the first step asks for, by current level (1 = cannot, 5 = easy).
_START = {1: 0.25, 2: 0.4, 3: 0.5, 4: 0.65, 5: 0.8}


def _parse_date(iso: object) -> date | None:
    try:
        return date.fromisoformat(str(iso))
    except ValueError:
        return None


def _nice(value: float, unit: str) -> float:
    """Round a scaled quantity to a value people say ("300 meter", "15 minutter", "2 etager")."""
    if unit in ("meter", "skridt") and value > 50:
        return float(round(value / 50) * 50)
    if unit in ("minut", "trin") and value > 10:
        return float(round(value / 5) * 5)
    if unit in ("kilometer", "time", "kilo"):
        return max(0.5, round(value * 2) / 2)
    return float(max(1, round(value)))


def _deadlines(today: date, deadline: date, n: int) -> list[str]:
    days = (deadline - today).days
    if days < n + 1:
        return [deadline.isoformat()] * n
    return [(today + timedelta(days=days * i // (n + 1))).isoformat() for i in range(1, n + 1)]


def _ladder(goal: dict, template) -> tuple[str, ...]:
    """The steps for the goal's kind of the activity (cycling, not the bus; the floor, not a
    chair), from the words of its own phrase and its aids; else the activity's ladder."""
    words = [fold(w.strip(",.!?")) for w in str(goal.get("own_action") or "").split()]
    words += [fold(str(a)) for a in goal.get("aids") or []]
    for variant in template.ladders:
        if any(_names(w, variant.when) for w in words if w) and not any(
            _names(w, variant.unless) for w in words if w
        ):
            return variant.steps
    return template.ladder


def _names(word: str, when: tuple[str, ...]) -> bool:
    """True when `word` is one of `when`, or begins with one ending in "*" ("cykl*")."""
    return any(word == w or (w.endswith("*") and word.startswith(w[:-1])) for w in when)


def alone(goal: dict, templates: GoalTemplates) -> bool:
    """True when the goal is to be done alone: independence "selv", no one to help ("ingen"),
    or the person's own words say so ("uden at ringe efter nogen", "på egen hånd")."""
    if goal.get("independence") == "selv" or "ingen" in (goal.get("people") or []):
        return True
    said = " ".join(
        " ".join(fold(w.strip(",.!?")) for w in str(goal.get(k) or "").split())
        for k in ("own_action", "aid_said", "criterion")
    )
    return any(f" {mark} " in f" {said} " for mark in templates.grammar.alone_marks)


def _own_step(goal: dict, templates: GoalTemplates) -> dict | None:
    """The last step in the citizen's own words: the goal's action with a little help, or at
    one's own pace for a goal done alone (`alone`).

    None when the goal is the template's own verb (no words of the citizen's to keep), is done
    with help anyway, or says its help itself ("gå i bad med hjælp fra min datter").
    """
    if goal.get("independence") == "med_hjaelp":
        return None
    action, _unplaced = action_phrase(goal, templates)
    plain, _ = action_phrase({**goal, "own_action": None, "criterion": None}, templates)
    head, _clause = split_clause(action, templates.grammar)
    words = {fold(w.strip(",.")).lower() for w in head.split()}
    if not head or action == plain or words & templates.grammar.helped_words:
        return None
    placed = [
        m
        for m in goal.get("measures") or []
        if isinstance(m, dict) and (said := measure_phrase(m, templates)) and said in head
    ]
    key = "own_step_alone" if alone(goal, templates) else "own_step"
    text = polish(templates.text(key, action=head), templates.grammar)  # "mit barnebarn"
    return {"text": text, "measures": placed}


def suggest_subgoals(
    goal: dict, templates: GoalTemplates, today: date, course_weeks: int = 12, easier: int = 0
) -> list[dict]:
    """Return 2-4 sub-goals {text, deadline, measures}, easiest first, none after the deadline.

    The ladder of the activity's template leads up; its last step is the goal's own action in
    the citizen's words, done with a little help (`_own_step`), when the goal has such words.
    A goal done alone gets no step with help (`alone`).

    `goal` holds the draft goal fields (activity, measures, deadline, current_level);
    `easier` (0, 1, 2) starts lower and adds a step each time the citizen asks for smaller steps.
    """
    template = templates.get(goal.get("activity"))
    ladder = _ladder(goal, template)
    if alone(goal, templates):  # no step "med hjælp" for one who wants to do it alone
        marks = templates.grammar.helped_step_marks
        unhelped = tuple(s for s in ladder if not any(m in fold(s) for m in marks))
        ladder = unhelped if len(unhelped) >= 2 else ladder
    deadline = _parse_date(goal.get("deadline")) or today + timedelta(weeks=course_weeks)
    n = (3 if (deadline - today).days >= 42 else 2) + min(max(easier, 0), 2)
    level = goal.get("current_level") if goal.get("current_level") in _START else 2
    start = 0 if level <= 2 else (1 if level == 3 else 2)
    n = min(n, len(ladder))  # distinct steps only
    start = max(0, min(start - easier, len(ladder) - n))
    last = len(ladder) - 1
    indices = [start + round((last - start) * i / max(n - 1, 1)) for i in range(n)]
    measures = [m for m in goal.get("measures") or [] if isinstance(m, dict) and "value" in m]
    target = measures[0] if measures else template.default_measure
    first = max(0.1, _START[level] - 0.15 * max(easier, 0))
    out = []
    for i, (idx, when) in enumerate(zip(indices, _deadlines(today, deadline, n), strict=True)):
        step_measures = []
        phrase = ""
        text = ladder[idx]
        if target and "{measure}" in text:
            try:
                value = float(target["value"])
            except (TypeError, ValueError):
                value = 0.0
            if value > 0:
                unit = str(target.get("unit", ""))
                scaled = _nice(value * (first + (1 - first) * i / n), unit)
                scaled = min(scaled, value)
                step_measures = [
                    {"value": int(scaled) if scaled.is_integer() else scaled, "unit": unit}
                ]
                phrase = measure_phrase(step_measures[0], templates)
        with contextlib.suppress(KeyError, IndexError, ValueError):
            text = text.format(measure=phrase or templates.text("a_little"))
        out.append({"text": " ".join(text.split()), "deadline": when, "measures": step_measures})
    own = _own_step(goal, templates)
    if own and indices[-1] == last and own["text"] not in {step["text"] for step in out}:
        out[-1] = {**own, "deadline": out[-1]["deadline"]}  # the goal's own action, helped
    return out
