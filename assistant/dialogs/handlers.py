"""How each kind of step reads an answer into the state (pure; called by the engine)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant.content.dialogue import Step
from assistant.content.yesno import NO, YES
from assistant.dialogs.about import read_about
from assistant.dialogs.cards import deadline_dates, has_words, said, scale_value
from assistant.dialogs.people import roles_of, take_people
from assistant.nlp.compose import first_person

WHO = {"who_citizen": "citizen", "who_relative": "relative", "who_staff": "staff"}  # role →
OK, UNUSABLE, STAY, REFUSE, FINISH = "ok", "unusable", "stay", "refuse", "finish"
REJECT = "reject"  # the citizen said no to the goal and chose to send nothing
_MAX_KEPT = 1000  # characters of one answer kept in resources/dreams/motivation (all in transcript)


@dataclass(frozen=True)
class Reply:
    """One answer, read: its input kind, its text (card label for cards), card id, facts."""

    input: str  # "text" | "speech" | "picture"
    text: str
    card: str | None
    facts: Any  # assistant.nlp.Facts | None
    said_by: str
    raw: str = ""  # the answer as given (NFC, no control characters), kept in the transcript
    parts: tuple = ()  # ((clause, facts), ...) when an everyday answer tells several things


@dataclass(frozen=True)
class Ctx:
    """What a handler may read besides the state: the content and the date."""

    content: Any
    today: date

    @property
    def dialogue(self):
        """The dialogue of the content."""
        return self.content.dialogue


def _facts_json(facts) -> dict:
    return facts.to_json() if facts is not None else {}


def apply_facts(state: dict, facts, step: Step) -> list[str]:
    """Fill every slot the facts give (mixed initiative); return the slots newly set.

    A missing fact never erases a value. In answers about everyday life (resources,
    difficulties) only a stated wish fills goal slots; aids always count, people when said as
    helpers or companions (dialogs/people.py). Only the
    wish, activity, change and summary questions (or a wish told anywhere while none is known)
    set the activity.
    """
    if facts is None:
        return []
    data = _facts_json(facts)
    slots = state["slots"]
    changed: list[str] = []
    for item in data.get("aids") or []:
        if item not in slots.setdefault("aids", []):
            slots["aids"].append(item)
            changed.append("aids")
    if take_people(state, facts, step.kind):  # only people said as helpers or companions
        changed.append("people")
    # What someone tells about everyday life today ("jeg går en tur hver dag") is not the goal.
    goal_facts = step.kind != "open" or data.get("stance") == "wish"
    if not goal_facts:
        return sorted(set(changed))
    activity = data.get("activity")
    if activity and (
        step.kind in ("wish", "activity", "confirm", "change")
        or (not slots.get("activity") and data.get("stance") == "wish")
    ):
        if slots.get("activity") != activity:
            changed.append("activity")
        slots["activity"] = activity
    action = (getattr(facts, "extras", None) or {}).get("action")
    if action and activity and step.kind in ("wish", "activity", "change", "confirm"):
        slots["own_action"] = action  # the goal sentence may use the citizen's own words
    if data.get("measures"):
        slots["measures"] = data["measures"]
        slots.pop("criterion", None)
        changed.append("measure")
    for key, slot in (
        ("frequency", "frequency"),
        ("deadline", "deadline"),
        ("independence", "independence"),
        ("motivation", "motivation"),
    ):
        if data.get(key):
            slots[slot] = data[key]
            changed.append(slot)
    if data.get("frequency"):  # the frequency in the person's words ("hver nat")
        slots["frequency_said"] = (getattr(facts, "extras", None) or {}).get("frequency_said")
    if data.get("motivation"):  # the reason as said, lead and subject kept, for the goal sentence
        slots["reason_said"] = (getattr(facts, "extras", None) or {}).get("reason")
    return sorted(set(changed))


def _kept(text: str) -> str:
    return text[:_MAX_KEPT]


def _spelled(r: Reply) -> str:
    """The answer as the goal sentence may quote it: æøå restored ("paa" → "på")."""
    extras = getattr(r.facts, "extras", None) or {}
    return str(extras.get("spelled") or r.text)


def _who(step, s, r: Reply, ctx: Ctx) -> str:
    roles = {ctx.dialogue.engine_cards.ids[role]: who for role, who in WHO.items()}
    if r.card in roles:
        speaker = roles[r.card]
    elif r.card is not None:
        return UNUSABLE
    elif said(r.text, ctx.dialogue, "who_staff", 8, anywhere=True):
        speaker = "staff"
    elif said(r.text, ctx.dialogue, "who_relative", 8, anywhere=True) or (
        r.facts is not None and r.facts.people
    ):
        speaker = "relative"
    elif said(r.text, ctx.dialogue, "who_citizen"):
        speaker = "citizen"
    else:
        return UNUSABLE
    s["speaker"] = s["voice"] = speaker
    s["slots"]["who"] = speaker
    return OK


def _card(ctx: Ctx, role: str) -> str:
    """The id of the card with this engine role (cards.yaml `engine_cards`)."""
    return ctx.dialogue.engine_cards.ids[role]


def _numbered(ctx: Ctx, role: str, card: str | None) -> int | None:
    """N for a numbered card of this role (`fjern_N`, `skift_N`), else None."""
    return ctx.dialogue.engine_cards.numbered(role, card)


def is_yes(r: Reply, ctx: Ctx) -> bool:
    """True when the answer is the `ja` card or a typed yes (dialogue.yaml `yes_no`)."""
    return r.card == _card(ctx, "answer_yes") or (
        r.card is None and ctx.dialogue.yes_no.classify(r.text) == YES
    )


def is_no(r: Reply, ctx: Ctx) -> bool:
    """True when the answer is the `nej` card or a typed no in any wording."""
    return r.card == _card(ctx, "answer_no") or (
        r.card is None and ctx.dialogue.yes_no.classify(r.text) == NO
    )


def _yesno(step, s, r: Reply, ctx: Ctx) -> str:
    if is_yes(r, ctx):
        s["slots"][step.slot] = True
        return OK
    if is_no(r, ctx):
        return REFUSE
    return UNUSABLE


def _dont_know(r: Reply, ctx: Ctx) -> bool:
    return r.card == _card(ctx, "dont_know") or (
        r.card is None and said(r.text, ctx.dialogue, "dont_know", anywhere=True)
    )


def _label(ctx: Ctx, activity: str) -> str:
    return ctx.content.activities[activity].label


def _open(step, s, r: Reply, ctx: Ctx) -> str:
    """Everyday life: what goes well (resources) or what is hard (difficulties)."""
    if _dont_know(r, ctx):
        return OK
    if r.card in ctx.content.activities:
        target = "difficulties" if step.id == "difficulties" else "resources"
        s[target].append(_label(ctx, r.card))
        if target == "difficulties":
            s["difficulty_activity"] = r.card
        return OK
    if r.card is not None or not has_words(r.text):
        return UNUSABLE
    for text, facts in r.parts or ((r.text, r.facts),):
        stance = facts.stance if facts is not None else None
        target = {"difficulty": "difficulties", "resource": "resources", "wish": "dreams"}.get(
            stance or "", "difficulties" if step.id == "difficulties" else "resources"
        )
        s[target].append(_kept(text))
        if target == "difficulties" and facts is not None and facts.activity:
            s["difficulty_activity"] = facts.activity
    return OK


def _wish(step, s, r: Reply, ctx: Ctx) -> str:
    offering = (
        s.get("difficulty_activity")
        and not s.get("offer_declined")
        and not (s["slots"].get("activity"))
    )
    if offering and is_yes(r, ctx):
        activity = s["difficulty_activity"]
        s["slots"]["activity"] = activity
        s["dreams"].append(ctx.content.goals.get(activity).verb if ctx.content.goals else activity)
        return OK
    if offering and (is_no(r, ctx) or _dont_know(r, ctx)):
        s["offer_declined"] = True
        return STAY
    if _dont_know(r, ctx):
        return OK
    if r.card in ctx.content.activities:
        s["slots"]["activity"] = r.card
        s["dreams"].append(_label(ctx, r.card))
        return OK
    if r.card is not None or not has_words(r.text):
        return UNUSABLE
    s["dreams"].append(_kept(r.text))
    return OK


def _activity(step, s, r: Reply, ctx: Ctx) -> str:
    if r.card in ctx.content.activities:
        s["slots"]["activity"] = r.card
        return OK
    if r.card is None and r.facts is not None and r.facts.activity:
        return OK  # apply_facts filled it
    return UNUSABLE


def _motivation(step, s, r: Reply, ctx: Ctx) -> str:
    if _dont_know(r, ctx):
        return OK
    if r.card is not None:
        card = ctx.dialogue.cards.get(r.card)
        if card is None or not card.value:
            return UNUSABLE
        s["slots"]["motivation"] = str(card.value)
        s["slots"].pop("reason_said", None)
        return OK
    if not has_words(r.text):
        return UNUSABLE
    if not (r.facts is not None and r.facts.motivation):
        s["slots"]["motivation"] = _kept(_spelled(r))
        s["slots"].pop("reason_said", None)
    return OK


def _scale(step, s, r: Reply, ctx: Ctx) -> str:
    if _dont_know(r, ctx):
        return OK
    value = int(r.card) if r.card in ("1", "2", "3", "4", "5") else None
    if value is None and r.card is None:
        value = scale_value(r.text, ctx.dialogue)
    if value is None:
        return UNUSABLE
    s["slots"][step.slot] = value
    return OK


def _measure(step, s, r: Reply, ctx: Ctx) -> str:
    if _dont_know(r, ctx):
        return OK
    if r.card is not None:
        template = ctx.content.goals.get(s["slots"].get("activity"))
        option = next((m for m in template.measures if m.id == r.card), None)
        if option is None:
            return UNUSABLE
        if option.value is not None:
            value = option.value
            s["slots"]["measures"] = [{"value": value, "unit": option.unit}]
        else:
            s["slots"].pop("measures", None)
        if option.criterion:
            s["slots"]["criterion"] = option.criterion
        else:
            s["slots"].pop("criterion", None)
        return OK
    criterion = (getattr(r.facts, "extras", None) or {}).get("criterion")
    if criterion:  # "kan gå ned til postkassen uden at stoppe": an observable sign
        s["slots"]["criterion"] = _kept(first_person(criterion, ctx.content.goals))
        return OK
    return OK if r.facts is not None and r.facts.measures else UNUSABLE


def _frequency(step, s, r: Reply, ctx: Ctx) -> str:
    if _dont_know(r, ctx):
        return OK
    if r.card is not None:
        card = ctx.dialogue.cards.get(r.card)
        if card is None or not isinstance(card.value, dict):
            return UNUSABLE
        s["slots"]["frequency"] = {"times": 1, "per": "week", "every": 1, **card.value}
        s["slots"].pop("frequency_said", None)
        return OK
    return OK if r.facts is not None and r.facts.frequency else UNUSABLE


def _deadline(step, s, r: Reply, ctx: Ctx) -> str:
    if _dont_know(r, ctx):
        return OK
    if r.card is not None:
        dates = deadline_dates(ctx.content, ctx.today, int(s.get("course_weeks") or 12))
        if r.card not in dates:
            return UNUSABLE
        s["slots"]["deadline"] = dates[r.card].isoformat()
        return OK
    return OK if r.facts is not None and r.facts.deadline else UNUSABLE


def _independence(step, s, r: Reply, ctx: Ctx) -> str:
    if _dont_know(r, ctx):
        return OK
    if r.card in {_card(ctx, f"independence_{k}") for k in ("self", "aid", "help")}:
        s["slots"]["independence"] = r.card
        return OK
    return OK if r.card is None and r.facts is not None and r.facts.independence else UNUSABLE


def _people(step, s, r: Reply, ctx: Ctx) -> str:
    if _dont_know(r, ctx):
        return OK
    people = s["slots"].setdefault("people", [])
    if r.card is not None:
        card = ctx.dialogue.cards.get(r.card)
        if card is None or r.card not in ctx.dialogue.card_sets.get("people", ()):
            return UNUSABLE
        if card.value and card.value not in people:
            people.append(str(card.value))
        s["people_answered"] = True
        return OK
    if roles_of(r.facts, step.kind) or said(r.text, ctx.dialogue, "nobody"):
        s["people_answered"] = True  # "min datter, men ikke min svigersøn"; "min kone er død"
        return OK
    return UNUSABLE


def _subgoals(step, s, r: Reply, ctx: Ctx) -> str:
    editing = s.pop("subgoal_edit", None)  # a step chosen on the summary: this answer only
    if is_yes(r, ctx) or _dont_know(r, ctx) or s.get("subgoal_changes", 0) >= 4:
        s["subgoals_accepted"] = True
        return OK
    items = s.get("subgoals") or []
    if r.card == _card(ctx, "subgoals_easier"):
        s["subgoal_easier"] = min(2, s.get("subgoal_easier", 0) + 1)
        s["subgoals"] = None
    elif _numbered(ctx, "remove_subgoal", r.card) is not None:
        if not _remove_subgoal(s, _numbered(ctx, "remove_subgoal", r.card)):
            return UNUSABLE
    elif r.card is None and r.text and isinstance(editing, int) and 0 <= editing < len(items):
        items[editing]["text"] = _kept(_spelled(r))  # the step chosen on the summary
        s["subgoals_custom"] = True
    elif r.card is None and r.facts is not None and not r.facts.is_empty():
        pass  # facts were noted (they may change the goal and so the steps)
    elif r.card is None and r.text and items and not is_no(r, ctx):
        items[0]["text"] = _kept(_spelled(r))
        s["subgoals_custom"] = True
    else:
        return UNUSABLE
    s["subgoal_changes"] = s.get("subgoal_changes", 0) + 1
    return STAY


def _handover(step, s, r: Reply, ctx: Ctx) -> str:
    s["handover_done"] = True
    if r.card == _card(ctx, "who_citizen") or (
        r.card is None and said(r.text, ctx.dialogue, "who_citizen")
    ):
        s["voice"] = "citizen"
    s["proxy"] = s.get("voice") != "citizen"  # the citizen cannot answer: a helper sees a proposal
    return OK


def _about(step, s, r: Reply, ctx: Ctx) -> str:
    """Whom a relative answers for: a name or a relation (optional; "ved ikke" moves on)."""
    if _dont_know(r, ctx):
        return OK
    if r.card is not None and r.card not in ctx.dialogue.card_sets.get("about", ()):
        return UNUSABLE
    about = read_about(r.card, r.text, ctx.dialogue)
    if about is not None:
        s["about"] = about
    return OK


def _remove_subgoal(s: dict, number: int | None) -> bool:
    """Remove step N (a remove-sub-goal card) while more than two steps remain; False if not."""
    items = s.get("subgoals") or []
    if number is None:
        return False
    index = number - 1
    if len(items) <= 2 or not 0 <= index < len(items):
        return False
    items.pop(index)
    s["subgoals_custom"] = True
    return True


def _confirm(step, s, r: Reply, ctx: Ctx) -> str:
    removed = _numbered(ctx, "remove_subgoal", r.card)
    if removed is not None:  # remove a step right on the summary
        return STAY if _remove_subgoal(s, removed) else UNUSABLE
    changed = _numbered(ctx, "change_subgoal", r.card)
    if changed is not None:  # retype one step, then back to the summary
        index = changed - 1
        if not 0 <= index < len(s.get("subgoals") or []):
            return UNUSABLE
        s["subgoal_edit"], s["subgoals_accepted"], s["forced"] = index, False, "subgoals"
        s["answered"] = [a for a in s["answered"] if a != "subgoals"]  # asked again, then back
        return STAY
    if is_yes(r, ctx):
        s["confirmed"], s["confirmed_by"] = True, r.said_by
        return FINISH
    if r.card == _card(ctx, "change_goal") or (
        r.card is None and said(r.text, ctx.dialogue, "change")
    ):
        s["changing"] = True
        return OK
    if is_no(r, ctx):  # never sent as confirmed: ask what to change ("nej, datoen er forkert")
        target = change_target(r, ctx) if r.card is None else None
        if target:
            s["forced"] = target
            s["subgoals_accepted"] = s["subgoals_accepted"] and target != "subgoals"
            return STAY
        s["changing"] = True
        return OK
    if r.card is None and r.facts is not None and not r.facts.is_empty():
        return STAY  # the facts changed the goal: show it again
    return UNUSABLE


def change_target(r: Reply, ctx: Ctx) -> str | None:
    """Return the step a typed answer asks to change ("det er for tit" → frequency), if any."""
    names = tuple(n for n in ctx.dialogue.change_targets.groups if n not in ("stop", "nothing"))
    return ctx.dialogue.change_targets.first_group(r.text, names)


def _change(step, s, r: Reply, ctx: Ctx) -> str:
    """What to change on the summary: a card or words naming it, a new value, or stop."""
    s["changing"] = False
    if r.card == "stop":
        return REJECT
    card = ctx.dialogue.cards.get(r.card or "")
    target = str(card.value) if card is not None and card.value else None
    if r.card is None and _dont_know(r, ctx):
        return OK  # back to the summary
    if r.card is None and ctx.dialogue.change_targets.matches(r.text, "nothing"):
        return OK
    if r.card is None and has_words(r.text):
        target = change_target(r, ctx)
        if target is None and (
            ctx.dialogue.change_targets.matches(r.text, "stop") or is_no(r, ctx)
        ):
            return REJECT
    if target and ctx.dialogue.has_step(target):
        s["forced"] = target
        if target == "subgoals":
            s["subgoals_accepted"] = False
        return OK
    return UNUSABLE  # the engine goes back to the summary when the answer gave a new value


HANDLERS = {
    "who": _who,
    "yesno": _yesno,
    "open": _open,
    "wish": _wish,
    "activity": _activity,
    "motivation": _motivation,
    "scale": _scale,
    "measure": _measure,
    "frequency": _frequency,
    "deadline": _deadline,
    "independence": _independence,
    "people": _people,
    "subgoals": _subgoals,
    "handover": _handover,
    "about": _about,
    "confirm": _confirm,
    "change": _change,
}
