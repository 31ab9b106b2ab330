"""The goal dialogue as data: steps, cards, texts and words (parsed once from content/<lang>/).

`load_dialogue(root, lang, problems)` reads `dialogue.yaml` (steps, texts, words) and `cards.yaml`
(picture cards and card sets) into a frozen `Dialogue`. The engine (`assistant.dialogs.engine`)
only ever reads these dataclasses, never raw YAML; its Answer and Turn live in dialogs/models.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.content.engine_cards import EngineCards, read_engine_cards
from assistant.content.files import Problems, as_str_list, nfc, read_badge, read_yaml
from assistant.content.grammar import fold
from assistant.content.yesno import GROUPS, Patterns, load_patterns

#: Slot ids fixed by shared/spec/dialogue.md.
SLOTS = (
    "who",
    "consent",
    "everyday",
    "wish",
    "activity",
    "motivation",
    "current_level",
    "importance",
    "measure",
    "frequency",
    "deadline",
    "independence",
    "people",
    "subgoals",
    "confirm",
)

#: Step kinds the engine knows how to interpret (one handler each in dialogs/handlers.py).
KINDS = (
    "who",
    "yesno",
    "open",
    "wish",
    "activity",
    "motivation",
    "scale",
    "measure",
    "frequency",
    "deadline",
    "independence",
    "people",
    "subgoals",
    "handover",
    "confirm",
    "change",
    "about",
)

#: Card sources computed by the engine instead of listed in cards.yaml.
DYNAMIC_CARD_SOURCES = ("activities", "measure", "deadline", "subgoals", "subgoal_edits", "offer")

ACTIONS = ("back", "undo", "pause", "resume", "send")

#: Condition names a step's `when:` may use (one function each in dialogs/conditions.py).
CONDITIONS = (
    "always",
    "no_difficulty_known",
    "offer_difficulty",
    "needs_handover",
    "changing",
    "has_activity",
    "relative_answers",
    "citizen_took_over",
)

#: Answer word lists dialogue.yaml must define (`words:`), read by assistant.dialogs.handlers.
WORD_LISTS = (
    "dont_know",
    "change",
    "nobody",
    "nobody_anywhere",
    "nobody_only",
    "nobody_except",
    "no_reason",
    "complaints",
    "who_citizen",
    "who_relative",
    "who_staff",
    "clause_breaks",
    "name_leads",
    "not_names",
    "each_time",
    "heard_again",
    "answer_openers",
    *(f"scale_{i}" for i in range(1, 6)),
)
#: Texts dialogue.yaml must define (`texts:`), used by the engine.
TEXTS = (
    "refused",
    "done",
    "handover",
    "paused",
    "nothing_to_undo",
    "skipped",
    "change_already",
    "consent_unclear",
    "consent_again",
    "not_understood",
    "measure_unknown",
    "not_confirmed",
    "subgoal_line",
    "by_date",
    "understood",
    "about_default",
    "about_default_of",
    "proxy_title",
)


@dataclass(frozen=True)
class Card:
    """One picture card: id (the answer value), Danish label, OpenMoji code points, group."""

    id: str
    label: str
    openmoji: tuple[str, ...] = ()
    group: str | None = None
    badge: str | None = None  # a short number drawn on the picture ("2×", "4 uger")
    # what choosing the card means (e.g. {"times": 2, "per": "week"}); not part of hash/equality
    value: Any = field(default=None, compare=False)


@dataclass(frozen=True)
class Step:
    """One question of the dialogue: which slot it fills, how, with which words and cards."""

    id: str
    slot: str
    kind: str
    prompt: str
    simple: str  # the easier re-prompt after an unusable answer
    simple_text: str | None = None  # the same for someone typing (no "Tryk på et billede")
    simple_cards: tuple[str, ...] = ()  # card sets offered instead of `cards` on a re-prompt
    cards: tuple[str, ...] = ()  # card sets (cards.yaml) or dynamic sources, in display order
    when: str = "always"  # condition name (CONDITIONS; assistant.dialogs.conditions)
    skip_if_filled: bool = True
    offer: str | None = None  # alternative prompt (e.g. offering a difficulty back as a wish)
    confirm: str | None = None
    # the same questions put to a relative or staff member ("Hvad er svært for borgeren?"):
    # keys prompt, simple, simple_text, offer
    other: dict[str, str] = field(default_factory=dict)
    # the summary put to a helper when the citizen cannot answer ("Her er forslaget til Inges
    # mål"): keys prompt, simple, simple_text; `proxy_cards` replace `cards` then
    proxy: dict[str, str] = field(default_factory=dict)
    proxy_cards: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dialogue:
    """The whole dialogue: ordered steps, cards, card sets, texts and answer words."""

    steps: tuple[Step, ...]
    cards: dict[str, Card]
    card_sets: dict[str, tuple[str, ...]]
    texts: dict[str, str]
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    set_labels: dict[str, dict[str, str]] = field(default_factory=dict)  # per-set label overrides
    yes_no: Patterns = field(default_factory=Patterns)  # yes / no / unclear (content/yesno.py)
    change_targets: Patterns = field(default_factory=Patterns)  # "det er for tit" → frequency
    engine_cards: EngineCards = field(default_factory=EngineCards)  # card ids by engine role
    # a helper's words for family, as the citizen's, by how the helper is related ("child":
    # "min søster" → "{pos} datter"; "spouse": "vores barnebarn" → "{pos} barnebarn")
    kin: dict[str, dict[str, str]] = field(default_factory=dict)
    # typed answers to "Hvem svarer du for?" that name a relation without a card ("min mand")
    relations: tuple[dict, ...] = ()
    speaker_person: dict[str, str] = field(default_factory=dict)  # kin → the relative as a person

    def step(self, step_id: str) -> Step:
        """Return the step with this id (KeyError if unknown)."""
        return self._by_id()[step_id]

    def has_step(self, step_id: str) -> bool:
        """True when a step with this id exists."""
        return step_id in self._by_id()

    def _by_id(self) -> dict[str, Step]:
        return {s.id: s for s in self.steps}

    def text(self, key: str, **values: Any) -> str:
        """Return the Danish text `key` with `{name}` placeholders filled."""
        template = self.texts.get(key, "")
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template


def _kin_tables(raw: Any, path: Path, problems: Problems) -> dict[str, dict[str, str]]:
    """kin: {how the helper is related: {their words: the citizen's words with {pos}}}."""
    if not isinstance(raw, dict):
        if raw is not None:
            problems.add(path, "kin: must map a relation kind to a table of words")
        return {}
    tables = {}
    for kind, table in raw.items():
        if not isinstance(table, dict) or not all("{pos}" in str(v) for v in table.values()):
            problems.add(
                path, f"kin '{kind}': must map a helper's words to the citizen's, with {{pos}}"
            )
            continue
        tables[str(kind)] = _with_typings(
            {nfc(str(k)).lower(): nfc(str(v)) for k, v in table.items()}
        )
    return tables


def _with_typings(table: dict[str, str]) -> dict[str, str]:
    """The table with each phrase also as typed without æ, ø and å ("min soester")."""
    return {**{fold(k): v for k, v in table.items()}, **table}


def _load_cards(path: Path, lang: str, problems: Problems):
    data = read_yaml(path, lang, problems)
    cards: dict[str, Card] = {}
    for raw in data.get("cards") or []:
        if not isinstance(raw, dict) or "id" not in raw or "label" not in raw:
            problems.add(path, f"card entry needs id and label: {raw!r}")
            continue
        cid = str(raw["id"])
        if cid in cards:
            problems.add(path, f"card '{cid}' is defined twice")
        openmoji = as_str_list(raw.get("openmoji"), path, f"card '{cid}' openmoji", problems)
        if not openmoji:
            problems.add(path, f"card '{cid}' has no openmoji code point")
        cards[cid] = Card(
            id=cid,
            label=nfc(str(raw["label"])),
            openmoji=openmoji,
            group=raw.get("group"),
            badge=read_badge(raw, path, f"card '{cid}'", problems),
            value=raw.get("value"),
        )
    sets: dict[str, tuple[str, ...]] = {}
    labels: dict[str, dict[str, str]] = {}
    for name, ids in (data.get("sets") or {}).items():
        if isinstance(ids, dict):  # {card id: label on this set's screen}
            labels[str(name)] = {str(k): nfc(str(v)) for k, v in ids.items() if v}
            ids = [str(k) for k in ids]
        sets[str(name)] = as_str_list(ids, path, f"card set '{name}'", problems)
        for cid in sets[str(name)]:
            if cid not in cards:
                problems.add(path, f"card set '{name}' names unknown card '{cid}'")
    return cards, sets, labels, read_engine_cards(data, cards, path, problems)


def load_dialogue(root: Path, lang: str, problems: Problems) -> Dialogue:
    """Parse `dialogue.yaml` and `cards.yaml` in `root`, recording every problem found."""
    path = root / "dialogue.yaml"
    data = read_yaml(path, lang, problems)
    cards, sets, labels, engine_cards = _load_cards(root / "cards.yaml", lang, problems)
    texts = {str(k): nfc(str(v)) for k, v in (data.get("texts") or {}).items()}
    words = {
        str(k): tuple(w.lower() for w in as_str_list(v, path, f"words '{k}'", problems))
        for k, v in (data.get("words") or {}).items()
    }
    for key in WORD_LISTS:
        if not words.get(key):
            problems.add(path, f"words: list '{key}' is missing or empty")
    for key in TEXTS:
        if not texts.get(key):
            problems.add(path, f"texts: '{key}' is missing")
    steps: list[Step] = []
    seen: set[str] = set()
    for raw in data.get("steps") or []:
        if not isinstance(raw, dict) or "id" not in raw:
            problems.add(path, f"step entry without id: {raw!r}")
            continue
        sid = str(raw["id"])
        if sid in seen:
            problems.add(path, f"step '{sid}' is defined twice")
        seen.add(sid)
        kind = str(raw.get("kind", ""))
        if kind not in KINDS:
            problems.add(path, f"step '{sid}' has unknown kind {kind!r}")
        for key in ("prompt", "simple"):
            if not raw.get(key):
                problems.add(path, f"step '{sid}' lacks '{key}'")
        when = str(raw.get("when", "always"))
        if when not in CONDITIONS:
            problems.add(path, f"step '{sid}' uses unknown condition '{when}'")
        card_names = as_str_list(raw.get("cards"), path, f"step '{sid}' cards", problems)
        simple_cards = as_str_list(
            raw.get("simple_cards"), path, f"step '{sid}' simple_cards", problems
        )
        for name in card_names + simple_cards:
            if name not in sets and name not in DYNAMIC_CARD_SOURCES:
                problems.add(path, f"step '{sid}' names unknown card set '{name}'")
        other = raw.get("other") or {}
        if not isinstance(other, dict) or set(other) - {"prompt", "simple", "simple_text", "offer"}:
            problems.add(
                path, f"step '{sid}' other: must map prompt/simple/simple_text/offer to texts"
            )
            other = {}
        proxy = raw.get("proxy") or {}
        if not isinstance(proxy, dict) or set(proxy) - {"prompt", "simple", "simple_text", "cards"}:
            problems.add(path, f"step '{sid}' proxy: must map prompt/simple/simple_text/cards")
            proxy = {}
        proxy_cards = as_str_list(proxy.get("cards"), path, f"step '{sid}' proxy cards", problems)
        for name in proxy_cards:
            if name not in sets and name not in DYNAMIC_CARD_SOURCES:
                problems.add(path, f"step '{sid}' names unknown card set '{name}'")
        steps.append(
            Step(
                id=sid,
                slot=str(raw.get("slot", sid)),
                kind=kind,
                prompt=nfc(str(raw.get("prompt", ""))),
                simple=nfc(str(raw.get("simple", ""))),
                simple_text=nfc(str(raw["simple_text"])) if raw.get("simple_text") else None,
                cards=card_names,
                simple_cards=simple_cards,
                when=when,
                skip_if_filled=bool(raw.get("skip_if_filled", True)),
                offer=nfc(str(raw["offer"])) if raw.get("offer") else None,
                confirm=nfc(str(raw["confirm"])) if raw.get("confirm") else None,
                other={str(k): nfc(str(v)) for k, v in other.items() if v},
                proxy={str(k): nfc(str(v)) for k, v in proxy.items() if v and k != "cards"},
                proxy_cards=proxy_cards,
            )
        )
    ids = {s.id for s in steps}
    for slot in SLOTS:
        if slot not in ids:
            problems.add(path, f"no step asks slot '{slot}'")
    targets = tuple(
        s.id for s in steps if s.kind not in ("confirm", "change", "handover", "about", "yesno")
    )
    change_targets = load_patterns(
        data.get("change_targets"), path, "change_targets", ("stop", "nothing"), problems
    )
    for name in change_targets.groups:
        if name not in (*targets, "stop", "nothing"):
            problems.add(path, f"change_targets: '{name}' is not a step one can change")
    kin = _kin_tables(data.get("kin"), path, problems)
    relations = tuple(r for r in data.get("relations") or [] if isinstance(r, dict))
    for rel in [*relations, *(c.value for c in cards.values() if isinstance(c.value, dict))]:
        if rel.get("kin") and rel["kin"] not in kin:
            problems.add(path, f"relation {rel.get('name')!r}: kin {rel['kin']!r} is not under kin")
        if "words" in rel and not (rel.get("name") and rel.get("of")):
            problems.add(path, f"relation {rel.get('words')!r}: needs name and of")
    speaker_person = {str(k): nfc(str(v)) for k, v in (data.get("speaker_person") or {}).items()}
    for k in speaker_person:
        if k not in kin and k != "other":
            problems.add(path, f"speaker_person: {k!r} is neither under kin nor 'other'")
    return Dialogue(
        kin=kin,
        relations=relations,
        speaker_person=speaker_person,
        yes_no=load_patterns(data.get("yes_no"), path, "yes_no", GROUPS, problems),
        change_targets=change_targets,
        steps=tuple(steps),
        cards=cards,
        card_sets=sets,
        texts=texts,
        words=words,
        set_labels=labels,
        engine_cards=engine_cards,
    )
