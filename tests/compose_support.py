"""Helpers for the tests of the composed goal sentence: a goal from a few facts, and its reason."""

from __future__ import annotations

from engine_support import answered_until, as_citizen
from persona_expect import grammar_problems

from assistant.content import get_content
from assistant.nlp import get_analyzer
from assistant.nlp.compose import compose, compose_goal

GOALS = get_content("da").goals

#: A wish of leisure with nothing else said: what a told reason is composed beside.
SINGING = {
    "activity": "fritid",
    "own_action": "gå til sang om onsdagen",
    "speaker": "citizen",
    "frequency": None,
    "deadline": None,
}

#: A wish of personal care with nothing else said.
BATHING = {**SINGING, "activity": "vask_og_hygiejne", "own_action": "gå i bad igen"}


def goal_of(base: dict, **facts) -> str:
    """The goal sentence composed from `base` with `facts` laid over it."""
    return compose({**base, **facts}, GOALS)[0]


def linted_goal(**facts) -> str:
    """A goal of self-managed dressing with `facts` laid over it, which the persona lint finds
    grammatical (an assertion: the tests of goal shapes check both)."""
    base = {"activity": "paaklaedning", "speaker": "citizen", "independence": "selv"}
    goal = compose_goal({**base, **facts}, GOALS)
    assert grammar_problems(goal) == [], goal
    return goal


def reason_of(sentence: str) -> str:
    """The goal's first sentence after the wish: its reason, from ", så"/", fordi"."""
    first = sentence.split(". Jeg ved", 1)[0]
    return first[first.index(",") :].rstrip(".") if "," in first else ""


_HARBOUR = "gå ned til havnen"  # a plain wish the reason tests compose their reasons beside


def reason_in_goal(told: str, speaker: str) -> str:
    """The goal sentence's reason part (after the wish) for a told reason."""
    facts = {"activity": "fritid", "own_action": _HARBOUR, "speaker": speaker}
    sentence = compose_goal({**facts, "reason_said": told}, GOALS)
    head = f"Jeg vil kunne {_HARBOUR}"
    assert sentence.startswith(head), sentence
    return sentence[len(head) :]


def spelled(text: str) -> str:
    """The text as the spelling step writes it (the dialogue composes from that)."""
    return " ".join(get_analyzer().nlp(text)._.hm_spelling)


def goal_for_motivation(facts: dict, why: str, speaker: str = "citizen") -> str:
    """The goal composed from `facts` with a motivation answer as the dialogue spells it."""
    return compose_goal({**facts, "speaker": speaker, "motivation": spelled(why)}, GOALS)


#: What a citizen's text dialogue is told besides the answers a test is about.
QUIET_ANSWERS = {
    "motivation": "glad",
    "frequency": "hver dag",
    "deadline": "8 uger",
    "people": "ingen",
    "measure": "ved ikke",
}


def dialogue_goal(**answers: str) -> str:
    """The goal sentence of a citizen's text dialogue given `answers` (the rest QUIET_ANSWERS),
    walked to the confirm question and checked against the persona grammar lint."""
    goal = answered_until(as_citizen(), {**QUIET_ANSWERS, **answers}, "confirm").goal_text
    assert grammar_problems(goal) == [], goal
    return goal
