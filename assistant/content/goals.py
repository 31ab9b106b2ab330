"""Goal templates (content/<lang>/goals/): one file per activity, shared phrases, grammar.

`_common.yaml` holds numbers, units, months, frequency and helper phrases, sentence frames and
SMART reasons; `_grammar.yaml` the grammar data; each `<activity id>.yaml` a verb phrase,
measure phrase, measure cards and sub-goal ladder.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.content.files import Problems, as_str_list, nfc, read_badge, read_yaml
from assistant.content.grammar import (
    Grammar,
    fold,
    for_citizen,
    for_citizen_speaking,
    load_grammar,
)

#: The key of the citizen's own variant in GoalTemplates.variants (no possessive is empty).
_SPEAKING = ""


@dataclass(frozen=True)
class MeasureOption:
    """One measure card of an activity: a quantity (value, unit) and/or an observable criterion."""

    id: str
    label: str
    openmoji: tuple[str, ...]
    value: float | None = None
    unit: str | None = None
    criterion: str | None = None
    badge: str | None = None  # a short number drawn on the picture ("5", "100 m")
    # a task the activity's verb does not name ("vaske mit hår" beside "vaske mig og gå i bad"):
    # chosen with no wish in one's own words, it is the goal's verb phrase
    task: bool = False


@dataclass(frozen=True)
class LadderVariant:
    """Sub-goal steps for one kind of the activity ("cykle" under transport), chosen when a word
    of the goal's own words or aids is one of `when` (folded; "cykl*" is every word beginning
    so)."""

    when: tuple[str, ...]
    steps: tuple[str, ...]
    unless: tuple[str, ...] = ()  # words that rule it out ("telefon" for writing by hand)
    units: tuple[str, ...] = ()  # units its {measure} fits ("bære {measure}": kilo); () any
    # deeds its steps practise beside the verbs they open with and its `when` ("fodre")
    deeds: tuple[str, ...] = ()


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
    verb_without: str = ""  # verb of a negated wish's proposal: "gå" (uden at falde)
    # the verb phrase of a wish chosen by its picture card alone, when `verb` adds a deed the
    # card does not name ("vaske mig", not "vaske mig og gå i bad"); "" : `verb`
    verb_card: str = ""
    # a place said alone as the wish ("spisesalen") goes with this verb and preposition ("gå
    # til") rather than the grammar's motion_verb and the place's own ("komme i"); "": those
    to_place: str = ""
    ladders: tuple[LadderVariant, ...] = ()  # the ladder for a kind of the activity
    # words for which `ladder` itself fits ("medicin*"); when given, own words that match neither
    # these nor a variant get steps built from the goal's own action (`own_ladder`)
    ladder_when: tuple[str, ...] = ()
    # own words for which neither `ladder` nor a variant fits ("scooter*" for walking): the
    # goal's own action is stepped down instead (`own_ladder`)
    ladder_unless: tuple[str, ...] = ()
    # another person's body part cared for ("klippe Svends hår"): (owners, parts, leads) of
    # nlp/others_body.py; the ladders then do not fit and the own action is stepped down
    others_body: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
    ladder_units: tuple[str, ...] = ()  # units the {measure} of `ladder` fits; () any
    # a rung asking a deed the person's own words never name (carrying, walking there, online):
    # (rung marks, folded words that say the deed), the rung kept only when one of them is said
    rungs_said: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # a sign said as a thing without a verb ("skjorte og bukser") gets the frame whose object
    # words it names: ("tage {object} på", ("skjort", "buks", …)), folded word starts
    object_frames: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class GoalTemplates:
    """All goal templates of one language, plus the shared words they are built with."""

    by_activity: dict[str, GoalTemplate]
    common: dict[str, Any] = field(default_factory=dict)
    path: str = ""
    grammar: Grammar = field(default_factory=Grammar)
    # every aid's words, folded (nlp/aids.yaml): "greb" names the støttehåndtag already
    aid_forms: dict[str, frozenset[str]] = field(default_factory=dict)
    # every cardinal number word's value (nlp/numbers.yaml): "fjorten" in a sign says 14
    number_values: dict[str, float] = field(default_factory=dict)
    variants: dict[str, GoalTemplates] = field(default_factory=dict, compare=False, repr=False)

    def for_citizen(self, possessive: str | None) -> GoalTemplates:
        """The templates when a relative said the citizen is "han" ("hans") or "hun" ("hendes")."""
        if not possessive:
            return self
        cached = self.variants.get(possessive)
        if cached is None:
            cached = replace(self, grammar=for_citizen(self.grammar, possessive), variants={})
            self.variants[possessive] = cached
        return cached

    def for_citizen_speaking(self) -> GoalTemplates:
        """The templates of the citizen's own answers: "hans"/"hendes" are someone else's."""
        cached = self.variants.get(_SPEAKING)
        if cached is None:
            cached = replace(self, grammar=for_citizen_speaking(self.grammar), variants={})
            self.variants[_SPEAKING] = cached
        return cached

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
    variants = []
    for raw in data.get("ladders") or []:
        if not isinstance(raw, dict):
            problems.add(path, f"ladders: each needs 'when' and 'steps': {raw!r}")
            continue
        when = as_str_list(raw.get("when"), path, "ladders when", problems)
        steps = as_str_list(raw.get("steps"), path, "ladders steps", problems)
        if not when or len(steps) < 3:
            problems.add(path, f"ladders: needs 'when' words and at least 3 steps: {raw!r}")
            continue
        unless = as_str_list(raw.get("unless"), path, "ladders unless", problems)
        units = as_str_list(raw.get("units"), path, "ladders units", problems)
        deeds = as_str_list(raw.get("deeds"), path, "ladders deeds", problems)
        variants.append(
            LadderVariant(
                tuple(fold(w) for w in when),
                steps,
                tuple(fold(w) for w in unless),
                units,
                tuple(fold(w) for w in deeds),
            )
        )
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
                badge=read_badge(raw, path, f"measure card '{raw['id']}'", problems),
                task=bool(raw.get("task")) and bool(raw.get("criterion")),
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
        verb_without=nfc(str(data.get("verb_without") or "")),
        verb_card=nfc(str(data.get("verb_card") or "")),
        to_place=nfc(str(data.get("to_place") or "")),
        ladders=tuple(variants),
        ladder_when=tuple(
            fold(w) for w in as_str_list(data.get("ladder_when"), path, "ladder_when", problems)
        ),
        ladder_unless=tuple(
            fold(w) for w in as_str_list(data.get("ladder_unless"), path, "ladder_unless", problems)
        ),
        ladder_units=as_str_list(data.get("ladder_units"), path, "ladder_units", problems),
        others_body=tuple(
            tuple(
                fold(w)
                for w in as_str_list(
                    (data.get("others_body") or {}).get(key), path, f"others_body {key}", problems
                )
            )
            for key in ("owners", "parts", "leads")
        ),
        rungs_said=tuple(
            (
                tuple(nfc(str(m)) for m in as_str_list(raw.get("rung"), path, "rung", problems)),
                tuple(fold(w) for w in as_str_list(raw.get("said"), path, "said", problems)),
            )
            for raw in data.get("rungs_said") or []
            if isinstance(raw, dict)
        ),
        object_frames=tuple(
            (
                nfc(str(raw.get("frame") or "")),
                tuple(fold(w) for w in as_str_list(raw.get("objects"), path, "objects", problems)),
            )
            for raw in data.get("object_frames") or []
            if isinstance(raw, dict) and "{object}" in str(raw.get("frame") or "")
        ),
    )


def load_goal_templates(folder: Path, lang: str, problems: Problems) -> GoalTemplates:
    """Read every goal template in `folder` (one file per activity plus `_common.yaml`)."""
    common_path = folder / "_common.yaml"
    common = read_yaml(common_path, lang, problems) if common_path.exists() else {}
    if not common:
        problems.add(common_path, "shared goal phrases are missing")
    for frame in ("so_that", "so_i", "so", "because", "for_sake"):
        if "{motivation}" not in str(common.get(frame, "")):
            problems.add(common_path, f"reason frame '{frame}' lacks {{motivation}}")
    grammar = load_grammar(folder / "_grammar.yaml", lang, problems)
    by_activity: dict[str, GoalTemplate] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name in ("_common.yaml", "_grammar.yaml"):
            continue
        template = _load_template(path, lang, problems)
        if template is not None:
            by_activity[template.activity] = template
    if "_generic" not in by_activity:
        problems.add(folder, "no _generic.yaml goal template")
    return GoalTemplates(by_activity=by_activity, common=common, path=str(folder), grammar=grammar)
