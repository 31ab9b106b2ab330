"""Check a goal against SMART (Specifik, Målbar, Accepteret, Realistisk, Tidsbestemt)."""

from __future__ import annotations

from datetime import date

from assistant.content.goals import GoalTemplates


def _verdict(templates: GoalTemplates, letter: str, ok: bool, key: str, **values) -> dict:
    return {"ok": ok, "reason": templates.text(f"smart.{letter}.{key}", **values)}


def _realistic(goal: dict, templates: GoalTemplates, today: date, course_weeks: int) -> dict:
    problems = []
    try:
        deadline = date.fromisoformat(str(goal.get("deadline")))
    except ValueError:
        deadline = None
    if deadline is not None:
        days = (deadline - today).days
        if days < 0:
            problems.append(templates.text("smart.realistic.past"))
        elif days < 7:
            problems.append(templates.text("smart.realistic.too_soon"))
        elif days > course_weeks * 7:
            problems.append(templates.text("smart.realistic.too_long", weeks=course_weeks))
    level = goal.get("current_level")
    if isinstance(level, int) and level <= 2 and big_jump(goal, templates):
        problems.append(templates.text("smart.realistic.big_jump", level=level))
    if problems:
        return {"ok": False, "reason": " ".join(problems)}
    return _verdict(templates, "realistic", True, "ok")


def big_jump(goal: dict, templates: GoalTemplates) -> bool:
    """True when the goal is ambitious for someone at level 1-2 (cannot, or only just)."""
    template = templates.get(goal.get("activity"))
    level = goal.get("current_level")
    measures = [m for m in goal.get("measures") or [] if isinstance(m, dict)]
    limits = template.ambitious or {}
    ambitious_measure = any(
        isinstance(m.get("value"), (int, float))
        and m.get("unit") in limits
        and m["value"] >= limits[m["unit"]]
        for m in measures
    )
    on_own = goal.get("independence") == "selv"
    if level == 1:
        return ambitious_measure or on_own
    return level == 2 and ambitious_measure and on_own


def evaluate_smart(
    goal: dict,
    templates: GoalTemplates,
    today: date,
    *,
    confirmed: bool | None,
    confirmed_by: str | None,
    course_weeks: int = 12,
    proxy: bool = False,
) -> dict:
    """Return {specific, measurable, accepted, realistic, time_bound}: each {ok, reason}."""
    activity = goal.get("activity")
    if activity and activity in templates.by_activity and goal.get("activity_guessed"):
        specific = _verdict(templates, "specific", False, "guessed")  # staff checks it
    elif activity and activity in templates.by_activity:
        specific = _verdict(templates, "specific", True, "ok")
    else:
        specific = _verdict(templates, "specific", False, "no_activity")
    if goal.get("measures"):
        measurable = _verdict(templates, "measurable", True, "measure")
    elif goal.get("criterion") or goal.get("criterion_apart"):
        # an observable sign ("gå ned til postkassen uden at stoppe"), or one typed in fragments
        sign = str(goal.get("criterion") or goal["criterion_apart"])
        measurable = _verdict(templates, "measurable", True, "criterion", criterion=sign)
    elif goal.get("frequency"):
        measurable = _verdict(templates, "measurable", True, "frequency")
    else:
        measurable = _verdict(templates, "measurable", False, "none")
    if confirmed and confirmed_by == "citizen":
        accepted = _verdict(templates, "accepted", True, "ok")
    elif confirmed and confirmed_by in ("relative", "staff"):  # proxy: the citizen could not answer
        lead = "proxy" if proxy else "by"
        accepted = _verdict(templates, "accepted", False, f"{lead}_{confirmed_by}")
    elif confirmed is False:
        accepted = _verdict(templates, "accepted", False, "said_no")
    else:
        accepted = _verdict(templates, "accepted", False, "not_confirmed")
    if goal.get("deadline"):
        time_bound = _verdict(templates, "time_bound", True, "ok")
    else:
        time_bound = _verdict(templates, "time_bound", False, "none")
    return {
        "specific": specific,
        "measurable": measurable,
        "accepted": accepted,
        "realistic": _realistic(goal, templates, today, course_weeks),
        "time_bound": time_bound,
    }
