"""How a state is shown: the Turn with its prompt, cards, notices and progress (pure)."""

from __future__ import annotations

from datetime import date

from assistant.content.dialogue import Step
from assistant.dialogs import conditions
from assistant.dialogs.about import about_words
from assistant.dialogs.cards import step_cards
from assistant.dialogs.draft import build_draft, goal_fields, goal_templates
from assistant.dialogs.flow import confirms_known, prepare, remaining, told_self
from assistant.dialogs.models import Turn
from assistant.dialogs.offer import own_verb
from assistant.nlp.compose import compose_goal, date_phrase, frequency_phrase, third_person
from assistant.nlp.reason import without_past_run_ons

REPAIR_AFTER = 2  # failures on a step before we say kindly that it was not understood
#: The key in `failures` noting that a typed "ved ikke" to the measure question was asked again
#: once, kindly, with the cards; never a step id, so never reset by one.
MEASURE_UNKNOWN = "measure_unknown"


def prompt_for(step: Step, s: dict, content, goal_text: str | None) -> str:
    """Return the wording of `step` for this state (simpler after a failure, for a helper)."""
    template = content.goals.get(s.slots.get("activity") or s.difficulty_activity)
    key = "simple" if s.failures.get(step.id) else "prompt"
    if step.offer and key == "prompt" and conditions.check("offer_difficulty", s, content):
        key = "offer"
    if key == "simple" and s.mode == "text" and step.simple_text:
        key = "simple_text"  # someone typing is not told to tap a picture
    text = getattr(step, key) or step.prompt
    if s.voice in ("relative", "staff"):  # someone helping answers about the citizen
        text = step.other.get(key) or (text if key != "simple_text" else None) or text
    said = ""
    if key == "offer" and s.difficulty_said:  # told in words (a card keeps the step's offer)
        said = s.difficulty_said
        other = "_other" if s.voice in ("relative", "staff") else ""
        text = content.dialogue.texts.get(f"offer_said{other}") or text
    if step.kind == "independence" and key == "prompt" and told_self(s, content):
        other = "_other" if s.voice in ("relative", "staff") else ""
        text = content.dialogue.texts.get(f"independence_told_self{other}") or text
    if key == "prompt" and confirms_known(step, s):
        said = known_phrase(step, s, content)
        if said:  # another answer filled it: "Du sagde: hver lørdag. Passer det?"
            text = step.confirm or text
    if step.kind == "change" and s.change_hint and key == "prompt":  # "nej ikke hver dag"
        text = dialogue_hint(content.dialogue, s.change_hint) or text
    if s.proxy and step.proxy:  # the citizen cannot answer: the helper sees a proposal
        text = step.proxy.get(key) or step.proxy.get("prompt") or text
    verb, verb_other = template.verb_you, third_person(template.verb, content.goals)
    own = said and key == "offer" and own_verb(said, content, template.activity, template.verb)
    if own:  # "… når han skriver …": "Vil Bent gerne kunne skrive igen?", not the label
        verb = verb_other = own
    try:
        return text.format(
            hard=template.hard,
            verb=verb,
            verb_other=verb_other,
            goal=goal_text or "",
            said=said,
            **about_words(s, content.dialogue),
        )
    except (KeyError, IndexError, ValueError):
        return text


def known_phrase(step: Step, s: dict, content) -> str:
    """What another answer told for `step`'s slot, in words to show back ("hver lørdag")."""
    slots, goals = s.slots, content.goals
    if step.kind == "frequency":
        said = str(slots.get("frequency_said") or "")
        alone = said.lower() in content.dialogue.words.get("period_alone", ())
        return said if said and not alone else frequency_phrase(slots.get("frequency"), goals)
    if step.kind == "deadline" and slots.get("deadline"):
        by_date = content.dialogue.text("by_date", date=date_phrase(slots["deadline"], goals))
        told = str(slots.get("deadline_said") or "")
        if not told or told.lower() in by_date.lower():  # "inden den 19. juni 2027" said so
            return by_date
        return content.dialogue.text("by_date_said", said=told, by_date=by_date)
    if step.kind == "motivation":  # "… til far han døde for tre år siden": no death offered
        told = str(slots.get("reason_said") or slots.get("motivation") or "")
        return without_past_run_ons(told, goals.grammar)
    return ""


def dialogue_hint(dialogue, target: str) -> str | None:
    """The change question for a "nej" that named what is wrong (texts.yaml change_hint_*)."""
    return dialogue.texts.get(f"change_hint_{target}") or dialogue.texts.get("change_hint")


def turn(s: dict, content, today: date) -> Turn:
    """Return the turn that shows `s` (its current question, or how the dialogue ended)."""
    dialogue = content.dialogue
    notice = s.notice  # kept in the state: the page after the answer is rendered from the
    # stored state (advance clears it when the next answer comes)
    if s.status == "refused":
        unclear = s.reason == "consent_unclear"
        return Turn(
            state=s,
            slot="refused",
            prompt=dialogue.text("consent_unclear" if unclear else "refused"),
            refused=True,
            accepts=frozenset(),
            notice=notice,
        )
    if s.status == "rejected":  # the citizen said no to the goal: nothing is sent
        return Turn(
            state=s,
            slot="rejected",
            prompt=dialogue.text("not_confirmed"),
            rejected=True,
            accepts=frozenset(),
            notice=notice,
        )
    prepare(s, content, today)
    if s.status == "done":
        draft = build_draft(s, content, today)
        n = len(s.answered)
        return Turn(
            state=s,
            slot="done",
            prompt=dialogue.text("done"),
            done=True,
            draft=draft,
            accepts=frozenset(),
            progress=(n, n),
            notice=notice,
            goal_text=draft["goal"]["text"],
        )
    step = dialogue.step(s.step)
    goal_text = (
        s.goal_text or compose_goal(goal_fields(s, content), goal_templates(s, content))
        if step.id in ("confirm", "subgoals", "change")
        else None
    )
    failures = s.failures.get(step.id, 0)
    cards_only = s.mode == "pictures"  # typing stays possible however often it failed
    prompt = prompt_for(step, s, content, goal_text)
    s.shown_prompt = prompt
    if step.id == "handover" and not notice:
        notice = dialogue.text("handover", **about_words(s, dialogue))
    notice = _repair_notice(s, step, notice, content)
    if s.paused:
        notice = dialogue.text("paused")
    details: tuple[str, ...] = ()
    if step.id in ("subgoals", "confirm"):
        details = tuple(
            dialogue.text("subgoal_line", text=g["text"], date=_date_words(g["deadline"], content))
            for g in s.subgoals or []
        )
    n = len(s.answered)
    return Turn(
        state=s,
        slot=step.id,
        prompt=prompt,
        cards=tuple(step_cards(step, s, content, today)),
        accepts=frozenset({"cards"}) if cards_only else frozenset({"text", "speech", "cards"}),
        reprompt=failures > 0,
        cards_only=cards_only,
        progress=(n + 1, n + max(remaining(s, content), 1)),
        notice=notice,
        goal_text=goal_text,
        details=details,
        paused=bool(s.paused),
        heading=_heading(step, s, content),
    )


def _heading(step: Step, s: dict, content) -> str | None:
    """The summary's title for a helper when the citizen cannot answer ("Her er forslaget …")."""
    if step.kind == "confirm" and s.proxy:
        return content.dialogue.text("proxy_title", **about_words(s, content.dialogue))
    return None


def _date_words(iso: str, content) -> str:
    return date_phrase(iso, content.goals)


def _repair_notice(s: dict, step: Step, notice: str | None, content) -> str | None:
    """Say kindly why a question comes again (consent: why we ask), before any other notice.

    Derived from the state, so it shows again whenever the question is rendered (web reloads).
    """
    tries = s.failures.get(step.id, 0)
    key = None
    if tries and step.slot == "consent":
        key = "consent_again"
    elif tries >= REPAIR_AFTER and s.mode == "text":
        key = "not_understood"
    elif tries == 1 and step.kind == "measure" and s.failures.get(MEASURE_UNKNOWN):
        key = "measure_unknown"  # "ved ikke": it is fine not to know; the cards show signs
    parts = ([content.dialogue.text(key)] if key else []) + ([notice] if notice else [])
    return " ".join(parts) or None
