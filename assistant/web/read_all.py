"""The "Læs alt op" text: the question and then the page's choices, read as one text.

On the summary it reads the goal and each step (with its date) before the question.
"""

from __future__ import annotations

from typing import Any

from assistant.speech.tts import MAX_TEXT_CHARS, clean_text
from assistant.web.common import audio_url, da_date, t

LAST_CARD = "ved_ikke"  # the question page puts "ved ikke" after the activity groups


def choice_labels(context: dict[str, Any]) -> list[str]:
    """Return the labels of the choices the question page shows, in the page's order.

    Cards inside a closed fold-out are not on screen: the fold-out's own button is read instead.
    """
    if not context["turn"].cards:
        return []
    others = context["other_cards"]
    has_activities = context["has_activities"]
    first = [c for c in others if c.id != LAST_CARD] if has_activities else list(others)
    last = [c for c in others if c.id == LAST_CARD] if has_activities else []
    labels = [c.label for c in first]
    if context["fold"] and not context["fold_open"]:
        labels.append(t("cards_more"))
    else:
        labels += [c.label for c in context["areas"]]
        for _area, cards in context["groups"]:
            labels += [c.label for c in cards]
    labels += [c.label for c in last]
    return [label for label in labels if clean_text(label)]


def read_all_parts(prompt: str, labels: list[str]) -> tuple[str, ...]:
    """Return the pieces read one after another: the question, the lead-in, each choice."""
    if not labels:
        return (prompt,)
    return (prompt, t("read_all_choices"), *labels)


def read_all_text(parts: tuple[str, ...]) -> str:
    """Join the pieces into one text, each ended as a sentence so the voice pauses between."""
    said = []
    for part in parts:
        part = clean_text(part)
        said.append(part if part[-1:] in ".?!:" else part + ".")
    return " ".join(said)


def _fitted(parts: tuple[str, ...], keep: int) -> dict[str, str | None] | None:
    """Return {"text", "url"} of the parts, dropping choices from the end (never the first
    `keep` parts) until one audio file holds them; None when even that is too long."""
    text = read_all_text(parts)
    while len(text) > MAX_TEXT_CHARS and len(parts) > keep:
        parts = parts[:-1]  # too long for one audio file: the first choices are read
        text = read_all_text(parts)
    if len(text) > MAX_TEXT_CHARS:
        return None
    return {"text": text, "url": audio_url(text, parts)}


def read_all(context: dict[str, Any]) -> dict[str, str | None] | None:
    """Return {"text", "url"} of the page's "Læs alt op", or None when there is nothing to add."""
    labels = choice_labels(context)
    if not labels:
        return None
    return _fitted(read_all_parts(context["turn"].prompt, labels), keep=3)


def summary_parts(goal: str | None, steps: list[dict[str, Any]]) -> tuple[str, ...]:
    """Return the summary's goal and steps as pieces to read: label, goal, label, each step."""
    parts: list[str] = []
    if goal:
        parts += [t("summary_goal_label") + ":", goal]
    if steps:
        parts.append(t("summary_steps_label") + ":")
    for step in steps:
        parts.append(step["text"])
        if step.get("deadline"):
            parts.append(t("summary_step_by", date=da_date(step["deadline"])))
    return tuple(part for part in parts if clean_text(part))


def summary_read_all(context: dict[str, Any]) -> dict[str, str | None] | None:
    """Return {"text", "url"} of the summary's "Læs alt op": goal, steps, question, choices."""
    turn = context["turn"]
    head = summary_parts(turn.goal_text, context["steps"])
    question = t("summary_question") if turn.goal_text else turn.prompt
    parts = head + read_all_parts(question, choice_labels(context))
    return _fitted(parts, keep=len(head) + 3)
