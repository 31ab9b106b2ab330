"""Compose the goal sentence (first person, easy Danish) from facts and per-activity templates.

Templates live in content/<lang>/goals/: `_common.yaml` (numbers, units, months, frequency and
helper phrases, sentence frames, SMART reasons) and one `<activity id>.yaml` per activity (verb
phrase, measure phrase, measure cards, sub-goal ladder).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from assistant.content import Problems, as_str_list, nfc, read_yaml

MAX_REASON = 120  # characters of the reason quoted in the goal sentence


@dataclass(frozen=True)
class MeasureOption:
    """One measure card of an activity: a quantity (value, unit) and/or an observable criterion."""

    id: str
    label: str
    openmoji: tuple[str, ...]
    value: float | None = None
    unit: str | None = None
    criterion: str | None = None


@dataclass(frozen=True)
class GoalTemplate:
    """How to say a goal about one activity, and how to break it into steps."""

    activity: str
    verb: str  # infinitive phrase after "kunne": "gå på trapper"
    hard: str  # "det er svært at gå på trapper" (offering a difficulty back as a wish)
    with_measure: str | None  # "gå {measure} op ad trappen"
    measures: tuple[MeasureOption, ...]
    ladder: tuple[str, ...]  # sub-goal sentences, easiest first; may use {measure}
    default_measure: dict | None = None  # {"value": 2, "unit": "etage"} for scaling steps
    ambitious: dict | None = None  # {unit: value}: at/above it, level 1-2 is a big jump
    verb_you: str = ""  # the verb phrase said to the citizen: "vaske dig"
    own_words: bool = False  # a broad activity: the goal uses the citizen's own verb phrase


@dataclass(frozen=True)
class GoalTemplates:
    """All goal templates of one language, plus the shared words they are built with."""

    by_activity: dict[str, GoalTemplate]
    common: dict[str, Any] = field(default_factory=dict)
    path: str = ""

    def get(self, activity: str | None) -> GoalTemplate:
        """Return the template of `activity`, or the generic one for an unknown activity."""
        if activity in self.by_activity:
            return self.by_activity[activity]
        return self.by_activity["_generic"]

    def text(self, key: str, **values: Any) -> str:
        """Return the shared phrase `key` (dotted path into _common.yaml) filled with values."""
        node: Any = self.common
        for part in key.split("."):
            node = node.get(part, "") if isinstance(node, dict) else ""
        template = str(node or "")
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template


def _load_template(path: Path, lang: str, problems: Problems) -> GoalTemplate | None:
    data = read_yaml(path, lang, problems)
    aid = str(data.get("activity") or path.stem)
    for key in ("verb", "hard"):
        if not data.get(key):
            problems.add(path, f"goal template lacks '{key}'")
    ladder = as_str_list(data.get("ladder"), path, "ladder", problems)
    if len(ladder) < 3:
        problems.add(path, f"ladder needs at least 3 steps, has {len(ladder)}")
    options = []
    for raw in data.get("measures") or []:
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("label"):
            problems.add(path, f"measure card needs id and label: {raw!r}")
            continue
        if raw.get("value") is None and not raw.get("criterion"):
            problems.add(path, f"measure card '{raw['id']}' needs value+unit or criterion")
        options.append(
            MeasureOption(
                id=str(raw["id"]),
                label=nfc(str(raw["label"])),
                openmoji=as_str_list(raw.get("openmoji"), path, "measure openmoji", problems),
                value=raw.get("value"),
                unit=raw.get("unit"),
                criterion=nfc(str(raw["criterion"])) if raw.get("criterion") else None,
            )
        )
    if not options:
        problems.add(path, "goal template has no measure cards")
    default = data.get("default_measure")
    if default is not None and not (isinstance(default, dict) and "value" in default):
        problems.add(path, "default_measure must be {value, unit}")
        default = None
    return GoalTemplate(
        activity=aid,
        verb=nfc(str(data.get("verb", ""))),
        hard=nfc(str(data.get("hard", ""))),
        with_measure=nfc(str(data["with_measure"])) if data.get("with_measure") else None,
        measures=tuple(options),
        ladder=ladder,
        default_measure=default,
        ambitious=data.get("ambitious") if isinstance(data.get("ambitious"), dict) else None,
        verb_you=nfc(str(data.get("verb_you") or data.get("verb", ""))),
        own_words=bool(data.get("own_words", False)),
    )


def load_goal_templates(folder: Path, lang: str, problems: Problems) -> GoalTemplates:
    """Read every goal template in `folder` (one file per activity plus `_common.yaml`)."""
    common_path = folder / "_common.yaml"
    common = read_yaml(common_path, lang, problems) if common_path.exists() else {}
    if not common:
        problems.add(common_path, "shared goal phrases are missing")
    for lead, frame in (common.get("reason_leads") or {}).items():
        if frame not in ("so_that", "so_i", "because") or not common.get(frame):
            problems.add(common_path, f"reason lead '{lead}' has unknown frame '{frame}'")
    by_activity: dict[str, GoalTemplate] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == "_common.yaml":
            continue
        template = _load_template(path, lang, problems)
        if template is not None:
            by_activity[template.activity] = template
    if "_generic" not in by_activity:
        problems.add(folder, "no _generic.yaml goal template")
    return GoalTemplates(by_activity=by_activity, common=common, path=str(folder))


# --- phrases -----------------------------------------------------------------------------------


def number_words(n: float, templates: GoalTemplates, neuter: bool = False) -> str:
    """Return a small whole number as a Danish word ("to"), otherwise as digits ("2,5")."""
    words = templates.common.get("numbers") or []
    if float(n).is_integer():
        i = int(n)
        if i == 1 and neuter:
            return str(templates.common.get("one_neuter", "et"))
        if 0 <= i < len(words):
            return str(words[i])
        return str(i)
    return f"{n:g}".replace(".", ",")


def measure_phrase(measure: dict, templates: GoalTemplates) -> str:
    """Return "to etager", "et minut", "500 meter" for {"value": ..., "unit": ...}."""
    unit = (templates.common.get("units") or {}).get(measure.get("unit"), {})
    try:
        value = float(measure.get("value"))
    except (TypeError, ValueError):
        return ""
    noun = unit.get("one" if value == 1 else "many", measure.get("unit") or "")
    return f"{number_words(value, templates, unit.get('gender') == 'n')} {noun}".strip()


def frequency_phrase(freq: dict | None, templates: GoalTemplates) -> str:
    """Return "to gange om ugen", "hver dag", "hver anden dag" for a frequency dict."""
    if not freq:
        return ""
    per = str(freq.get("per", "week"))
    try:
        times = float(freq.get("times", 1))
        every = int(freq.get("every", 1) or 1)
    except (TypeError, ValueError):
        return ""
    if times == 1 and every == 1:
        return templates.text(f"frequency.every_one.{per}")
    if times == 1:
        ordinal = (templates.common.get("ordinals") or {}).get(every, str(every))
        return templates.text(f"frequency.every_n.{per}", ordinal=ordinal)
    return templates.text(f"frequency.times.{per}", n=number_words(times, templates))


def date_phrase(iso: str | None, templates: GoalTemplates) -> str:
    """Return "den 24. december 2026" for an ISO date."""
    try:
        day = date.fromisoformat(str(iso))
    except ValueError:
        return ""
    months = templates.common.get("months") or []
    month = months[day.month - 1] if len(months) == 12 else str(day.month)
    return templates.text("date", day=day.day, month=month, year=day.year)


def _helper_phrase(facts: dict, templates: GoalTemplates) -> str:
    independence = facts.get("independence")
    if independence == "hjaelpemiddel":
        aids = facts.get("aids") or []
        phrases = templates.common.get("aid_phrases") or {}
        aid = phrases.get(aids[0], f"min {aids[0]}") if aids else templates.text("no_aid")
        return templates.text("with_aid", aid=aid)
    if independence == "med_hjaelp":
        people = [p for p in facts.get("people") or [] if p != "ingen"]
        return templates.text(
            "with_help",
            who=person_phrase(people[0], templates) if people else templates.text("someone"),
        )
    return ""


def person_phrase(person: str, templates: GoalTemplates) -> str:
    """Return "min datter", "hjemmeplejen" for a person lemma."""
    phrases = templates.common.get("people_phrases") or {}
    return str(phrases.get(person, f"min {person}"))


def reason_frame(text: str, templates: GoalTemplates) -> tuple[str, str]:
    """Return (frame, reason in first person without its lead) for a told reason.

    frame is "so_that" (", så jeg kan …"), "so_i" (", så jeg …") or "because" (", fordi …").
    """
    leads = {
        str(k).lower(): str(v) for k, v in (templates.common.get("reason_leads") or {}).items()
    }
    words = re.split(r"(?<=[.!?;])\s", text.strip(), maxsplit=1)[0].rstrip(".!?;, ").split()
    lowered = " ".join(words).lower()
    frame = ""
    for lead in sorted(leads, key=len, reverse=True):
        if lowered.startswith(lead + " "):
            words, frame = words[len(lead.split()) :], leads[lead]
            break
    table = templates.common.get("first_person") or {}
    words = [table.get(w.lower(), w) for w in words]
    if words and words[0].lower() in {"jeg", *table.values()}:
        words[0] = words[0].lower()  # the reason continues the sentence
    if not frame:
        starts = [str(w) for w in templates.common.get("clause_starts") or []]
        so_i = [str(w) for w in templates.common.get("so_i_starts") or []]
        first = words[0].lower() if words else ""
        frame = "because" if first in starts else "so_i" if first in so_i else "so_that"
    return frame, " ".join(words)


def third_person(phrase: str, templates: GoalTemplates) -> str:
    """Return a first-person verb phrase about someone else ("vaske mig" → "vaske sig")."""
    table = templates.common.get("third_person") or {}
    return " ".join(table.get(w, w) for w in phrase.split())


def first_person(text: str, templates: GoalTemplates) -> str:
    """Return a told reason in first person without its lead ("besøge min søster")."""
    return reason_frame(text, templates)[1]


def action_phrase(facts: dict, templates: GoalTemplates) -> str:
    """Return the verb phrase of the goal, with its measure or criterion when known."""
    template = templates.get(facts.get("activity"))
    if facts.get("criterion"):
        return str(facts["criterion"])
    measures = facts.get("measures") or []
    if template.own_words and facts.get("own_action") and not measures:
        # "synge i kor" says more than "dyrke min hobby"; a relative's "sine" becomes "mine"
        return first_person(str(facts["own_action"]), templates)
    if measures and template.with_measure:
        phrase = " og ".join(p for p in (measure_phrase(m, templates) for m in measures) if p)
        if phrase:
            return template.with_measure.format(measure=phrase)
    return template.verb


def compose_goal(facts: dict, templates: GoalTemplates) -> str:
    """Return the goal as first-person Danish: "Jeg vil selv kunne … , så jeg kan …. Det vil …".

    `facts` keys: activity, measures, criterion, frequency, independence, aids, people,
    motivation, deadline (the draft's goal fields).
    """
    parts = [action_phrase(facts, templates)]
    parts.append(frequency_phrase(facts.get("frequency"), templates))
    parts.append(_helper_phrase(facts, templates))
    core = " ".join(p for p in parts if p)
    selv = templates.text("selv") if facts.get("independence") == "selv" else ""
    sentence = templates.text("sentence", selv=selv, core=core)
    frame, motivation = reason_frame(str(facts.get("motivation") or ""), templates)
    if len(motivation) > MAX_REASON:  # a long story stays in the transcript, not in the goal
        motivation = motivation[:MAX_REASON].rsplit(" ", 1)[0].rstrip(",;:")
    if motivation:
        sentence += templates.text(frame, motivation=motivation)
    sentence = sentence.rstrip(" .,") + "."
    when = date_phrase(facts.get("deadline"), templates)
    if when:
        sentence += " " + templates.text("by_when", date=when)
    return " ".join(sentence.split())
