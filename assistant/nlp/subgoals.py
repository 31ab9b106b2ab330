"""Suggest sub-goals (delmål): a ladder of steps from today's level up to the goal, in order."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

from assistant.content.goals import GoalTemplates
from assistant.content.grammar import fold
from assistant.nlp.abbreviation_join import hyphened_abbreviations
from assistant.nlp.abbreviation_stop import abbreviations_stopped
from assistant.nlp.aid_agreement import articles_agreeing
from assistant.nlp.compose import (
    _helper_phrase,
    action_phrase,
    compose_goal,
    goal_measure_phrase,
    measure_phrase,
    result_sign,
)
from assistant.nlp.grammar import polish
from assistant.nlp.ladder_deed import other_deed
from assistant.nlp.others_body import names_others_body
from assistant.nlp.phrase import apposition_of, close_apposition, said_after_comma, split_clause
from assistant.nlp.typed_capitals import common_words_small
from assistant.nlp.typed_measure import like_typed, typed_measure
from assistant.nlp.unit_spelled import units_written_out
from assistant.nlp.word_forms import kept_forms, said_words

#: Fewest letters of a word that names a thing when an aid is looked for in the action.
_THING = 5

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


def _at_home(step: str, unit: str, value: float, templates: GoalTemplates) -> tuple[str, float]:
    """A step at home (`home_marks`) asks no more than a home holds (`home_most`, by unit); a
    unit of the same kind with no limit of its own ("en kilometer") gives the limit itself."""
    if not any(fold(str(m)) in fold(step) for m in templates.common.get("home_marks") or ()):
        return unit, value
    most = templates.common.get("home_most") or {}
    if unit in most:
        return unit, min(value, float(most[unit]))
    kind = templates.grammar.kind_of_unit(unit)
    same = next((u for u in most if kind and templates.grammar.kind_of_unit(u) == kind), None)
    return (same, float(most[same])) if same else (unit, value)


def _managed_share(goal: dict, target: dict | None, templates: GoalTemplates) -> float | None:
    """The share of the goal's measure the citizen manages today (`level_measures`, told with
    the current level: "jeg kan gå 300 meter" of a 900 metre goal is 1/3), in a unit of the
    same size table (`unit_sizes`); None when today's amount is not told or not below it."""
    sizes = templates.common.get("unit_sizes") or {}
    if not target or str(target.get("unit")) not in sizes:
        return None
    try:
        goal_size = float(target["value"]) * float(sizes[str(target["unit"])])
    except (KeyError, TypeError, ValueError):
        return None
    for m in goal.get("level_measures") or []:
        unit = str(m.get("unit")) if isinstance(m, dict) else ""
        if unit not in sizes or goal_size <= 0:
            continue
        kind = templates.grammar.kind_of_unit
        if kind(unit) != kind(str(target["unit"])):
            continue
        with contextlib.suppress(TypeError, ValueError):
            share = float(m["value"]) * float(sizes[unit]) / goal_size
            if 0 < share < 1:
                return share
    return None


def _deadlines(today: date, deadline: date, n: int) -> list[str]:
    days = (deadline - today).days
    if days < n + 1:
        return [deadline.isoformat()] * n
    return [(today + timedelta(days=days * i // (n + 1))).isoformat() for i in range(1, n + 1)]


def _words(text: object) -> list[str]:
    return [w for w in (fold(x.strip(",.!?")) for x in str(text or "").split()) if w]


def _ladder(goal: dict, template, templates: GoalTemplates) -> tuple[tuple[str, ...], tuple]:
    """The steps for the goal's kind of the activity (cycling, not the bus; the floor, not a
    chair) and the units their {measure} fits. The goal's own words are read first, then its
    aids, then (for a goal without own words) its sign of success; a template whose own ladder
    fits only some words (`ladder_when`) gives steps from the goal's own action to other wishes,
    and so does every template for own words its ladders never fit (`ladder_unless`)."""
    own = str(goal.get("own_action") or "")
    things = apposition_of(own, templates.grammar)  # "…, kaffe og rugbrød": no kind of its own
    own_words = _words(own[: -len(things) - 2] if things else own)
    sources = (
        own_words,
        [fold(str(a)) for a in goal.get("aids") or []],
        [] if own_words else _words(goal.get("criterion")),  # a card's goal: its sign tells
    )
    every = [w for words in sources for w in words]
    unfit = any(_names(w, template.ladder_unless) for w in own_words)
    unfit = unfit or names_others_body(own, *template.others_body, templates.grammar)
    for words in sources if not unfit else ():
        for variant in template.ladders:
            if (
                any(_names(w, variant.when) for w in words)
                and not any(_names(w, variant.unless) for w in every)
                and not other_deed(_kept_words(own_words, templates), variant, template, templates)
            ):
                return variant.steps, variant.units
        if words is sources[1] and own_words:
            continue  # "tage sari på" with a påklædningsstok: the aid's name is no task of its own
        if any(_names(w, template.ladder_when) for w in _task(words, templates)):
            return template.ladder, template.ladder_units
    # the sign's own deed, not what its commas add ("brygge en hel portion, …, uden at nogen
    # skal løfte gryden for mig": the pot lifted is no meal cooked)
    sign = str(goal.get("criterion") or "").split(",")[0]
    criterion = _words(sign) if own_words and not unfit else []
    if any(_names(w, template.ladder_when) for w in criterion):
        # "lære at lave noget simpelt" with the sign "lave en varm ret": the ladder's task after all
        return template.ladder, template.ladder_units
    own = _own_action(goal, templates) if template.ladder_when or unfit else ""
    if own and not fold(own).startswith(fold(template.verb)):  # not the template's own verb
        steps = _own_ladder(own, goal, templates)
        if steps:
            return steps, ()
    return template.ladder, template.ladder_units


def _kept_words(words: list[str], templates: GoalTemplates) -> list[str]:
    """The folded words of a task without a lead that says "go on doing it" (`_kept_on`)."""
    return _words(_kept_on(" ".join(words), templates))


def _own_ladder(own: str, goal: dict, templates: GoalTemplates) -> tuple[str, ...]:
    """Steps built from an action (`own_ladder`, or `own_ladder_alone` for one who accepts no
    help): practised with its measure halved, done once, then as the goal; () if fewer than 2."""
    key = "own_ladder" if accepts_help(goal, templates) else "own_ladder_alone"
    frames = [str(t) for t in templates.common.get(key) or ()]
    less = _smaller(_short(_kept_on(own, templates), goal, templates), goal, templates)
    steps = tuple(
        polish(t.replace("{action}", less if i < len(frames) - 1 else own), templates.grammar)
        for i, t in enumerate(frames)
    )
    return steps if len(steps) >= 2 else ()


def _short(action: str, goal: dict, templates: GoalTemplates) -> str:
    """The deed without what its own comma adds ("hjælpe til i caféen igen, lime stole og den
    slags for folk" → "hjælpe til i caféen igen"): a step on the way says the deed and one
    easier condition; what is added stays when it holds the goal's measure ("…, tørre af i 20
    minutter"), which the step asks less of."""
    head = action.rstrip(" ,")
    added = said_after_comma(head, templates.grammar)
    if not added or any(
        isinstance(m, dict) and (said := goal_measure_phrase(m, goal, templates)) and said in added
        for m in goal.get("measures") or []
    ):
        return action
    return head[: -len(added)].rstrip(" ,")


def _marked(text: str, marks: object) -> bool:
    """True when one of `marks` (words or phrases) stands in `text` as whole words."""
    said = f" {' '.join(_words(text))} "
    return any(f" {' '.join(_words(m))} " in said for m in marks or () if _words(m))


def _on_wheels(goal: dict, templates: GoalTemplates) -> bool:
    """True when an aid of the goal, or its own words, name a wheeled aid (`wheeled_aids`)."""
    wheeled = tuple(fold(str(w)) for w in templates.common.get("wheeled_aids") or ())
    said = [w for a in goal.get("aids") or [] for w in _words(a)] + _words(goal.get("own_action"))
    return any(_names(w, wheeled) for w in said)


def _fits_person(step: str, goal: dict, templates: GoalTemplates) -> bool:
    """False for a step the person cannot or will not take: on foot for one on wheels, with an
    aid no one chose for a goal done alone."""
    common = templates.common
    if _on_wheels(goal, templates):
        said = f" {' '.join(_words(step))} "
        for idiom in common.get("on_foot_idioms") or ():  # "gå i bad" is no walk
            said = said.replace(f" {' '.join(_words(idiom))} ", " ")
        if _marked(said, common.get("on_foot_marks")):
            return False
    return not (alone(goal, templates) and _marked(step, common.get("aid_step_marks")))


def _fitting(ladder: tuple[str, ...], units: tuple, goal: dict, template, templates):
    """The ladder without the steps that do not fit the person (`_fits_person`); with fewer than
    two left, steps from the goal's own action (or the activity's verb) instead."""
    said = _said_words(goal, templates)
    kept = tuple(s for s in ladder if _fits_person(s, goal, templates) and _said(s, said, template))
    if len(kept) == len(ladder) or len(kept) >= 2:
        return kept, units
    own = _own_action(goal, templates) or template.verb
    steps = tuple(s for s in _own_ladder(own, goal, templates) if _fits_person(s, goal, templates))
    return (steps, ()) if len(steps) >= 2 else (ladder, units)


def _said_words(goal: dict, templates: GoalTemplates) -> list[str] | None:
    """The person's own words of the goal (the wish, its sign, aids, the measure's unit), or
    None for a goal without a wish of its own (a card, or the template's verb: "handle ind")."""
    if not _own_action(goal, templates):
        return None
    said = [*_words(goal.get("own_action")), *_words(goal.get("criterion"))]
    said += [w for a in goal.get("aids") or [] for w in _words(a)]
    return said + [
        fold(str(m.get("unit"))) for m in goal.get("measures") or [] if isinstance(m, dict)
    ]


def _said(step: str, said: list[str] | None, template) -> bool:
    """False for a rung that asks a deed the person's own words (`_said_words`) never name
    (`rungs_said`: carrying, walking there, shopping online): "handle i Kvickly og selv tage
    varerne og betale" is no "gå i butikken og bære to kilo hjem"; a goal without own words
    keeps its activity's ladder."""
    if said is None:
        return True
    return not any(
        _marked(step, rung) and not any(_names(w, words) for w in said)
        for rung, words in template.rungs_said
    )


def _task(words: list[str], templates: GoalTemplates) -> list[str]:
    """The words before the first that tells for whom, when or why (`task_ends`): the task
    itself ("dække bord", not "til aftensmaden"); after a direction it is where to, part of the
    task ("gå ned til bussen")."""
    ends = {fold(str(w)) for w in templates.common.get("task_ends") or ()}
    ways = {fold(w) for w in templates.grammar.motion_adverbs}
    cut = next(
        (i for i, w in enumerate(words) if i and w in ends and words[i - 1] not in ways),
        len(words),
    )
    return words[:cut]


def _without_tails(ladder: tuple[str, ...], key: str, templates: GoalTemplates) -> tuple[str, ...]:
    """The ladder's steps without an ending that says someone is beside or helps (`key`): "Jeg
    kan gå hele vejen til butikken og hjem med en ved siden af." → "… og hjem."; once each."""
    tails = [str(t) for t in templates.common.get(key) or ()]
    out: list[str] = []
    for step in ladder:
        tail = next((t for t in tails if step.endswith(t)), "")
        step = step[: -len(tail)].rstrip(" ,") + tail[-1:] if tail else step  # "…, jeg kender."
        if step not in out:
            out.append(step)
    return tuple(out) if len(out) >= 2 else ladder


def _kept_on(action: str, templates: GoalTemplates) -> str:
    """The task without a lead that says "go on doing it" (`keep_on_leads`): "blive ved med at
    dække bord" → "dække bord", for a step on the way."""
    words = action.split()
    folded = [fold(w) for w in words]
    for lead in templates.common.get("keep_on_leads") or ():
        lead_words = [fold(w) for w in str(lead).split()]
        if folded[: len(lead_words)] == lead_words and len(words) > len(lead_words):
            return " ".join(words[len(lead_words) :])
    return action


def _smaller(action: str, goal: dict, templates: GoalTemplates) -> str:
    """The action with its measure halved ("gå 300 meter" → "gå 150 meter"), else as it is."""
    for m in goal.get("measures") or []:
        if (
            not isinstance(m, dict)
            or not (said := goal_measure_phrase(m, goal, templates))
            or said not in action
        ):
            continue
        try:
            value = float(m["value"])
        except (KeyError, TypeError, ValueError):
            continue
        half = min(_nice(value / 2, str(m.get("unit", ""))), value)
        if half < value:
            less = {**m, "value": int(half) if half.is_integer() else half}
            return action.replace(said, _written_like(less, m, goal, templates), 1)
    return action


def _written_like(less: dict, measure: dict, goal: dict, templates: GoalTemplates) -> str:
    """A smaller `less` of the goal's measure, written as the citizen typed that one ("1,5 km"
    on the way to "3 km"), else in words."""
    typed = typed_measure(measure, goal.get("measures_said"), templates)
    return like_typed(less, typed, templates) or measure_phrase(less, templates)


def _names(word: str, when: tuple[str, ...]) -> bool:
    """True when `word` is one of `when`, or begins with one ending in "*" ("cykl*")."""
    return any(word == w or (w.endswith("*") and word.startswith(w[:-1])) for w in when)


def _fits(measure: dict, units: tuple[str, ...], templates: GoalTemplates) -> bool:
    """True when the measure's unit is of the kind of one of `units` (kilo, not meter)."""
    kind = templates.grammar.kind_of_unit(str(measure.get("unit", "")))
    return kind is not None and any(templates.grammar.kind_of_unit(u) == kind for u in units)


def _counted_thing(measure: dict, templates: GoalTemplates) -> bool:
    """True for a measure of things counted ("12 stykker", "10 julekort"): a unit of no measure
    kind (distance, time, weight, …) the goal's units know."""
    return templates.grammar.kind_of_unit(str(measure.get("unit", ""))) is None


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


def accepts_help(goal: dict, templates: GoalTemplates) -> bool:
    """True when a step may be done with someone helping or beside: the goal is done with help
    (independence "med_hjaelp"), someone is named to help, or how is not told yet; never for a
    goal done alone, nor with an aid and no one named to help."""
    if alone(goal, templates):
        return False
    if goal.get("independence") in ("med_hjaelp", None):
        return True
    return any(p != "ingen" for p in goal.get("people") or [])


def _own_action(goal: dict, templates: GoalTemplates) -> str:
    """The goal's action in the citizen's own words (its main clause), or "" when the goal is
    the template's own verb or says its help itself ("gå i bad med hjælp fra min datter")."""
    if result_sign(goal, templates):  # "når hverken frisøren eller lægen er glemt": no deed
        goal = {**goal, "criterion": None}  # the goal says it apart, as compose does
    action, _unplaced = action_phrase(goal, templates)
    plain, _ = action_phrase({**goal, "own_action": None, "criterion": None}, templates)
    head, _clause = split_clause(action, templates.grammar)
    words = {fold(w.strip(",.")).lower() for w in head.split()}
    if not head or action == plain or words & templates.grammar.helped_words:
        return ""
    head = head.rstrip(" ,")  # "sidde der hele aftenen," cut before its clause
    head = close_apposition(head, templates.grammar)  # "…, kaffe og rugbrød, med lidt hjælp"
    return head[:1].lower() + head[1:] if head[1:2].islower() else head  # "Komme i klubben"


def _names_aid(head: str, how: str, goal: dict) -> bool:
    """True when the action already names an aid of the goal, or the thing of `how` in a form
    of its own ("med et spejl" and "et langt spejl", "på en trehjulet cykel" and "elcykel")."""
    said = fold(head)
    if any(fold(str(a)) in said for a in goal.get("aids") or []):
        return True
    words = [w for w in _words(head)[1:] if len(w) >= _THING]  # not its verb ("børste")
    return any(t.endswith(w) for t in _words(how) if len(t) >= _THING for w in words)


def _own_step(goal: dict, templates: GoalTemplates) -> dict | None:
    """The last step in the citizen's own words, done the goal's own way: at one's own pace for
    a goal done alone (`alone`), with the aid or the named helper of the goal ("med min
    rollator", "med hjælp fra min mand"), else with a little help.

    None when the goal is the template's own verb (no words of the citizen's to keep), is done
    with help from no one named, or says its help itself ("gå i bad med hjælp fra min datter").
    """
    independence = goal.get("independence")
    helpers = [p for p in goal.get("people") or [] if p != "ingen"]
    if independence == "med_hjaelp" and not helpers:
        return None
    head = _own_action(goal, templates)
    if not head:
        return None
    placed = [
        m
        for m in goal.get("measures") or []
        if isinstance(m, dict)
        and (said := goal_measure_phrase(m, goal, templates))
        and said in head
    ]
    how = ""
    if alone(goal, templates):
        key = "own_step_alone"
    elif independence in ("med_hjaelp", "hjaelpemiddel"):
        aided = independence == "hjaelpemiddel"  # an aid no one names: at one's own pace
        how = _helper_phrase(goal, templates, head) if goal.get("aids") or not aided else ""
        how = "" if aided and _names_aid(head, how, goal) else how  # "" when the action names it
        key = "own_step_with" if how else "own_step_alone"
    else:
        key = "own_step"
    text = polish(templates.text(key, action=head, how=how), templates.grammar)  # "mit barnebarn"
    if key == "own_step_with" and _repeats_the_goal(text, goal, templates):
        less = _smaller(head, goal, templates)  # "gå 100 meter …" on the way to the 200
        once = "own_step_with" if less != head else "own_step_with_once"
        text = polish(templates.text(once, action=less, how=how), templates.grammar)
        placed = [] if less != head else placed
    # the step's words pass the goal's guard too: no form made that Danish does not have
    return {"text": kept_forms(text, said_words(goal.values()), templates), "measures": placed}


def _repeats_the_goal(step: str, goal: dict, templates: GoalTemplates) -> bool:
    """True when the step, without its "Jeg kan", is said word for word in the goal sentence: the
    goal itself, its how often and measure left out ("Jeg kan komme op af sengen om morgenen
    uden liften med en sengebøjle." for the goal "… uden liften med en sengebøjle, så …")."""
    body = f" {' '.join(_words(step)[2:])} "
    # "… om morgenen" is the goal's "… hver morgen" (said in its place) done once
    goals = (goal, {**goal, "every_time_in_place": False})
    sentences = {f" {' '.join(_words(compose_goal(g, templates)))} " for g in goals}
    return len(body.split()) >= 2 and any(body in sentence for sentence in sentences)


def _out_there(
    ladder: tuple[str, ...], target: dict | None, first: float, goal: dict, templates
) -> tuple[str, ...]:
    """The ladder without its steps at home (`home_marks`) for a way out to a place, said in
    the goal's own words (`way_out_marks`: "gå ned til stranden med hunden", "gå hen til
    foreningen") and longer than a home holds (`home_most`: its first step would be cut to
    "30 meter inde i min bolig"): a step inside leads to no place out there. Kept when fewer
    than two steps would remain."""
    common = templates.common
    marks = [str(m) for m in common.get("home_marks") or ()]
    home = [s for s in ladder if any(fold(m) in fold(s) for m in marks)]
    most = (common.get("home_most") or {}).get(str((target or {}).get("unit", "")))
    if (
        not home
        or most is None
        or not _marked(str(goal.get("own_action") or ""), common.get("way_out_marks"))
    ):
        return ladder
    try:
        value = float(target["value"])  # type: ignore[index]
    except (KeyError, TypeError, ValueError):
        return ladder
    kept = tuple(s for s in ladder if s not in home)
    return kept if value * first > float(most) and len(kept) >= 2 else ladder


#: Most words of a place the wish names ("foreningen ved moskeen").
_PLACE_WORDS = 4


def _named_place(step: str, goal: dict, templates: GoalTemplates) -> str:
    """The step with its place said in general (`known_place`: "til et sted, jeg kender")
    as the place the goal's own words go to ("ned til Rema igen og handle": "til Rema"): the
    words after a `place_leads` word up to one of `place_ends`, a comma or `_PLACE_WORDS`; the
    step as it is when the wish names no place."""
    common = templates.common
    known = str(common.get("known_place") or "")
    if not known or known not in step:
        return step
    leads = {fold(str(w)) for w in common.get("place_leads") or ()}
    ends = {fold(str(w)) for w in common.get("place_ends") or ()}
    words = str(goal.get("own_action") or "").split()
    at = next((i for i, w in enumerate(words) if fold(w.strip(",.")) in leads), None)
    if at is None:
        return step
    place: list[str] = []
    for word in words[at + 1 : at + 1 + _PLACE_WORDS]:
        if fold(word.strip(",.")) in ends:
            break
        place.append(word.strip(",."))
        if word.endswith((",", ".")):
            break
    if not place:
        return step
    named = " ".join(place)
    return step.replace(f"{known},", named).replace(known, named)


def suggest_subgoals(
    goal: dict, templates: GoalTemplates, today: date, course_weeks: int = 12, easier: int = 0
) -> list[dict]:
    """Return 2-4 sub-goals {text, deadline, measures}, easiest first, none after the deadline.

    The ladder of the activity's template leads up; its last step is the goal's own action in
    the citizen's words, done the goal's own way (`_own_step`), when the goal has such words.
    A goal done by one who accepts no help gets no step with help (`accepts_help`).

    `goal` holds the draft goal fields (activity, measures, deadline, current_level);
    `easier` (0, 1, 2) starts lower and adds a step each time the citizen asks for smaller steps.
    """
    template = templates.get(goal.get("activity"))
    ladder, units = _ladder(goal, template, templates)
    if not accepts_help(goal, templates):  # no step "med hjælp" for one who accepts none
        marks = templates.grammar.helped_step_marks
        ladder = _without_tails(ladder, "beside_tails", templates)  # "… med en ved siden af."
        unhelped = tuple(s for s in ladder if not any(m in fold(s) for m in marks))
        ladder = (
            unhelped if len(unhelped) >= 2 else _without_tails(ladder, "helped_tails", templates)
        )
    ladder, units = _fitting(ladder, units, goal, template, templates)
    deadline = _parse_date(goal.get("deadline")) or today + timedelta(weeks=course_weeks)
    n = (3 if (deadline - today).days >= 42 else 2) + min(max(easier, 0), 2)
    level = goal.get("current_level") if goal.get("current_level") in _START else 2
    measures = [m for m in goal.get("measures") or [] if isinstance(m, dict) and "value" in m]
    first = max(0.1, _START[level] - 0.15 * max(easier, 0))
    ladder = _out_there(ladder, measures[0] if measures else None, first, goal, templates)
    start = 0 if level <= 2 else (1 if level == 3 else 2)
    n = min(n, len(ladder))  # distinct steps only
    start = max(0, min(start - easier, len(ladder) - n))
    last = len(ladder) - 1
    indices = [start + round((last - start) * i / max(n - 1, 1)) for i in range(n)]
    target = measures[0] if measures else template.default_measure
    if target and units and not _fits(target, units, templates):
        target = None  # "bære {measure} hjem" takes kilos, not the 300 meter of the walk
    elif target and not units and _counted_thing(target, templates):
        # "lave mad i {measure}" takes the template's kind ("20 minutter"), not "12 stykker"
        target = template.default_measure
    managed = _managed_share(goal, target, templates)
    if managed and not easier:  # "jeg kan gå 300 meter" today: the first step is near it
        first = max(first, managed)
        marks = [fold(str(m)) for m in templates.common.get("home_marks") or ()]
        away = (k for k, rung in enumerate(ladder) if not any(m in fold(rung) for m in marks))
        start = next(away, start)
        start = max(start, min(indices[0], len(ladder) - n))
        indices = [start + round((last - start) * i / max(n - 1, 1)) for i in range(n)]
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
                unit, scaled = _at_home(text, unit, scaled, templates)
                step_measures = [
                    {"value": int(scaled) if scaled.is_integer() else scaled, "unit": unit}
                ]
                phrase = _written_like(step_measures[0], target, goal, templates)
        with contextlib.suppress(KeyError, IndexError, ValueError):
            text = text.format(measure=phrase or templates.text("a_little"))
        text = _named_place(text, goal, templates)  # "til et sted, jeg kender": "til Rema"
        text = units_written_out(" ".join(text.split()), templates.grammar)  # "45 minutter"
        text = abbreviations_stopped(text, templates.grammar)  # "kl 19": "kl. 19"
        text = hyphened_abbreviations(text, templates.grammar)  # "MC-klubben"
        out.append({"text": text, "deadline": when, "measures": step_measures})
    own = _own_step(goal, templates)
    if own and indices[-1] == last and own["text"] not in {step["text"] for step in out}:
        out[-1] = {**own, "deadline": out[-1]["deadline"]}  # the goal's own action, helped
    g = templates.grammar  # "pudse Sølvtøjet" typed alone: "pudse sølvtøjet" in a step too
    return [
        {
            **step,
            "text": " ".join(articles_agreeing(common_words_small(step["text"].split(), g), g)),
        }
        for step in out
    ]
