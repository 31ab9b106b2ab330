"""Every golden wish sentence as the wish of a whole dialogue: is the drafted goal the person's?

The golden sentences (tests/da/analyze/) are written the way citizens and relatives talk. Each
one with the gold stance "wish" is played through the real engine and analyzer as the answer to
the wish question (a relative's sentence by a relative); every other question gets "ved ikke" or,
where that is no card, yes / the citizen. The drafted goal sentence is then checked:
- grammar: the persona lint (tests/persona_expect.py: doubled words, "kan kunne", "så jeg nej", …);
- own words: every content word of the wish's own verb phrase (analyze's extras.action) is in
  the goal, except words the goal rightly says otherwise (a relative's "sin" is the citizen's
  "min", "klare det" becomes the activity's verb, fillers, "selv" and a second "vil gerne"
  said by the frame).
Used by tests/test_goal_corpus.py (a sample) and benchmarks/goals.py (all of them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from persona_expect import forms_not_danish, grammar_problems
from test_golden_analyze import load_golden

from assistant.content import get_content
from assistant.dialogs.draft import build_draft
from assistant.dialogs.engine import advance, new_state, start
from assistant.dialogs.models import Answer
from assistant.dialogs.state import Status
from assistant.nlp import analyzer_for

TODAY = date(2026, 11, 22)
YES_STEPS = ("consent", "own_consent", "subgoals", "confirm", "handover")
#: Words of the own phrase the goal may rightly say otherwise (see the module docstring).
SAID_OTHERWISE = frozenset(
    ["sin", "sit", "sine", "hans", "hendes", "selv", "alene", "mine", "igen", "bare", "klare",
     "gøre", "altså", "sådan", "ligesom", "have", "gerne"]
)  # fmt: skip
MIN_LETTERS = 4  # shorter words are function words ("på", "til", "min")


@dataclass(frozen=True)
class GoalCheck:
    """One wish sentence, the goal drafted from it, and what is wrong with that goal."""

    text: str
    goal: str
    problems: tuple[str, ...]


def wish_sentences() -> list[tuple[str, bool]]:
    """(sentence, said by a relative) for every golden case whose gold stance is a wish."""
    cases, _problems = load_golden()
    return [
        (c.text, c.expect.get("perspective") == "other")
        for c in cases
        if c.expect.get("stance") == "wish"
    ]


def _answer(step: str, ids: list[str], wish: str, relative: bool) -> Answer:
    if step == "wish":
        return Answer("text", wish, "relative" if relative else "citizen")
    if step == "who":
        return Answer("card", "paaroerende" if relative and "paaroerende" in ids else "borger")
    if "ved_ikke" in ids and step not in YES_STEPS:
        return Answer("card", "ved_ikke")
    preferred = next((p for p in ("ja", "borger") if p in ids), None)
    if preferred or ids:
        return Answer("card", preferred or ids[0])
    return Answer("text", "ja")


def check(text: str, relative: bool, content=None) -> GoalCheck:
    """Play one wish sentence through a whole dialogue and check the drafted goal."""
    content = content or get_content("da")
    understand = analyzer_for(content).analyze
    turn = start(content, new_state(content, today=TODAY))
    for _ in range(60):
        s = turn.state
        if s.status != Status.ACTIVE:
            break
        answer = _answer(str(s.step), [c.id for c in turn.cards], text, relative)
        turn = advance(s, answer, content, TODAY, understand=understand)
    goal = build_draft(turn.state, content, TODAY)["goal"]["text"]
    problems = list(grammar_problems(goal))
    problems += forms_not_danish(goal, [text, "ved ikke", "ja"])
    action = (understand(text, TODAY).extras or {}).get("action") or ""
    said = goal.lower()
    digits = set(re.findall(r"\d+", said))
    cardinals = content.lexicon.numbers.cardinals
    missing = [
        w for w in re.findall(r"\w+", action.lower())
        if len(w) >= MIN_LETTERS and w not in SAID_OTHERWISE and w not in said
        # a number word the goal writes in digits ("sytten trin" → "17 trin")
        and not (w in cardinals and f"{cardinals[w]:g}" in digits)
    ]  # fmt: skip
    if missing:
        problems.append(f"own words missing {missing}")
    return GoalCheck(text, goal, tuple(problems))
