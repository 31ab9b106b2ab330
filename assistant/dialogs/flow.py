"""Where the dialogue goes next: which steps are due, and the sub-goals the summary needs."""

from __future__ import annotations

import json
from datetime import date

from assistant.content.dialogue import Step
from assistant.content.yesno import normalise
from assistant.dialogs import conditions
from assistant.dialogs.draft import goal_fields
from assistant.dialogs.wordlists import word_set
from assistant.nlp.subgoals import suggest_subgoals

#: Steps asked even when something is already known about them.
ALWAYS_ASKED = ("handover", "confirm", "change", "subgoals")


def filled(step: Step, s: dict) -> bool:
    """True when what `step` asks is already known (from this or any earlier answer)."""
    slots = s.slots
    value = {
        "who": s.speaker,
        "everyday": s.resources,
        "difficulties": s.difficulties,
        "wish": s.dreams or slots.get("activity"),
        "measure": slots.get("measures") or slots.get("criterion"),
        "people": s.people_answered,
        "subgoals": s.subgoals_accepted,
    }.get(step.id, slots.get(step.id))
    return bool(value) or (value is not None and value is not False and value != [])


def due(step: Step, s: dict, content) -> bool:
    """True when `step` still has to be asked: not answered, its condition holds, not known."""
    if step.id in s.answered or not conditions.check(step.when, s, content):
        return False
    if step.kind == "independence" and (told_self(s, content) or told_aid(s, content)):
        return True  # "jeg vil gerne selv …": whether a thing helps is still to be asked
    if step.kind == "independence" and told_company(s, content):
        return True  # "… sammen med mit barnebarn": company; the way is still to be asked
    if step.kind == "measure" and s.slots.get("distance_told"):
        return True  # "… det er vel en 400 meter": how far the place is; the sign is asked
    if confirms_known(step, s):
        return True  # filled by another answer: asked "Du sagde … Passer det?", not skipped
    return not (step.skip_if_filled and step.id not in ALWAYS_ASKED and filled(step, s))


def confirms_known(step: Step, s: dict) -> bool:
    """True when `step` is asked as a confirmation: another answer filled its slot (the wish's
    "…inden jul") and the step has a `confirm` wording; the person's own answer then counts."""
    return bool(step.confirm) and step.id in (s.inferred or ()) and filled(step, s)


def told_self(s: dict, content) -> bool:
    """True when "selv" came with another answer (the wish): whether a thing helps is unasked
    (an aid from the everyday answer, "jeg går med rollator", may have nothing to do with it)."""
    self_card = content.dialogue.engine_cards.ids.get("independence_self")
    return bool(self_card) and s.slots.get("independence") == self_card


def told_company(s: dict, content) -> bool:
    """True when help came with the wish only as whom one does it with ("komme til kampene
    sammen med mit barnebarn"): whether an aid or that person is the way is still asked; a
    "ved ikke" keeps the help."""
    help_card = content.dialogue.engine_cards.ids.get("independence_help")
    by_company = s.slots.get("independence_by_company")
    return bool(help_card) and bool(by_company) and s.slots.get("independence") == help_card


def told_aid(s: dict, content) -> bool:
    """True when an aid came with another answer as the thing handled, not as the means ("…
    tage mine piller fra doseringsæsken", not "gå en tur med min rollator"): how one will
    manage is still asked, and what else helps is heard ("med en alarm på telefonen"). So is an
    aid named only in another answer than the wish (the sign's "holde fast i håndtaget"), and
    so is how one manages when only the measure told it ("… gå ned på molen med rollatoren"):
    the aid question then hears what else helps ("… og så en stangholder på rollatoren")."""
    aid_card = content.dialogue.engine_cards.ids.get("independence_aid")
    if not aid_card or s.slots.get("independence") != aid_card:
        return False
    if s.slots.get("independence_by_measure"):
        return True  # "… gå ned på molen med rollatoren": an aid said in passing; more may help
    own = set(normalise(str(s.slots.get("own_action") or "")).split())
    said = {w for v in (s.slots.get("aid_words") or {}).values() for w in normalise(str(v)).split()}
    if said and not own & said:
        return True  # "… holde fast i håndtaget" in the sign: the wish's "køre med" has no aid
    return not own & word_set(content.dialogue, "with_after_self")


def next_step(s: dict, content) -> str | None:
    """Return the step to ask next (a forced one first), or None when the dialogue is through."""
    forced = s.forced
    if forced and content.dialogue.has_step(forced):
        return forced
    return next((st.id for st in content.dialogue.steps if due(st, s, content)), None)


def remaining(s: dict, content) -> int:
    """Return how many steps are still due (for the progress estimate)."""
    return sum(1 for st in content.dialogue.steps if due(st, s, content))


def prepare(s: dict, content, today: date) -> None:
    """Suggest sub-goals when they are needed and the goal they lead to has changed."""
    if s.status == "refused" or (s.status == "active" and s.step not in ALWAYS_ASKED):
        return
    goal = goal_fields(s, content)
    basis = json.dumps(
        [goal.get(k) for k in ("activity", "measures", "deadline", "current_level")]
        + [goal.get(k) for k in ("own_action", "criterion", "independence", "speaker", "aids")]
        + [goal.get(k) for k in ("aid_said", "people")]  # a goal done alone: no helped step
        + [s.subgoal_easier],
        sort_keys=True,
    )
    if s.subgoals is None or (basis != s.subgoals_basis and not s.subgoals_custom):
        s.subgoals = suggest_subgoals(goal, content.goals, today, s.course_weeks, s.subgoal_easier)
        s.subgoals_basis = basis
