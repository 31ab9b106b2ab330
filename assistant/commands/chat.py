"""`assistant chat`: play a whole goal dialogue from a persona file through engine and storage.

Persona (shared/spec/dialogue.md): {"mode": "text"|"pictures", "speaker": "citizen"|"relative",
"answers": {slot: answer}, "fallback": answer}; an answer is a string (text), {"choose": ID}
or {"choose_index": N}. As an extension an answer may be a list: the k-th time a slot is
asked, the k-th item is used (the last one repeats).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from assistant.errors import AssistantError

NAME = "chat"
HELP = "Play a whole goal dialogue from a persona JSON file; print the draft as JSON."

MAX_TURNS = 80
MODES = ("text", "pictures")
SPEAKERS = ("citizen", "relative", "staff")  # each answers `who` with the card of who_<speaker>
STEP_DELAY_ENV = "HVERDAGSMAAL_CHAT_STEP_DELAY"


class PersonaError(AssistantError):
    """The persona file is missing, not JSON, or not of the documented form."""


@dataclass(frozen=True)
class Persona:
    """A parsed persona: mode, speaker, answers per slot and the fallback answer."""

    mode: str
    speaker: str
    answers: dict[str, tuple[Any, ...]]
    fallback: Any = "ved ikke"
    name: str = ""


@dataclass
class Outcome:
    """How a played dialogue ended: the stored draft, or why there is none."""

    session_id: str
    draft: dict[str, Any] | None = None
    reason: str | None = None
    turns: int = 0
    finished: bool = False
    lines: list[dict[str, Any]] = field(default_factory=list)


def _check_answer(value: Any, where: str, problems: list[str]) -> Any:
    """Return the answer in its usable form (a number counts as text), or record a problem."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict) and len(value) == 1:
        ((key, inner),) = value.items()
        if key == "choose" and isinstance(inner, (str, int)) and not isinstance(inner, bool):
            return {"choose": str(inner)}
        if key == "choose_index" and isinstance(inner, int) and not isinstance(inner, bool):
            return value
    problems.append(
        f'{where}: must be a string, {{"choose": ID}} or {{"choose_index": N}}, '
        f"not {json.dumps(value, ensure_ascii=False)[:80]}"
    )
    return None


def parse_persona(data: Any, name: str = "") -> Persona:
    """Return the persona in `data`; raise PersonaError listing every problem."""
    problems: list[str] = []
    if not isinstance(data, dict):
        raise PersonaError(f"{name}: a persona must be a JSON object")
    mode = data.get("mode", "text")
    if mode not in MODES:
        problems.append(f"{name}: mode must be one of {', '.join(MODES)}, not {mode!r}")
    speaker = data.get("speaker", "citizen")
    if speaker not in SPEAKERS:
        problems.append(f"{name}: speaker must be one of {', '.join(SPEAKERS)}, not {speaker!r}")
    answers_raw = data.get("answers", {})
    answers: dict[str, tuple[Any, ...]] = {}
    if not isinstance(answers_raw, dict):
        problems.append(f"{name}: answers must be an object of slot → answer")
        answers_raw = {}
    for slot, value in answers_raw.items():
        if value is None:
            continue  # no answer given: the fallback answers this slot
        items = value if isinstance(value, list) else [value]
        if not items:
            problems.append(f"{name}: answers.{slot}: an empty list gives no answer")
        where = f"{name}: answers.{slot}"
        answers[str(slot)] = tuple(
            _check_answer(item, where + (f"[{i}]" if isinstance(value, list) else ""), problems)
            for i, item in enumerate(items)
        )
    fallback = data.get("fallback")
    fallback = (
        "ved ikke" if fallback is None else _check_answer(fallback, f"{name}: fallback", problems)
    )
    if problems:
        raise PersonaError("\n".join(problems))
    return Persona(mode=mode, speaker=speaker, answers=answers, fallback=fallback, name=name)


def load_persona(path: str | Path) -> Persona:
    """Read and parse a persona JSON file; raise PersonaError with a clear message."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM from a Windows editor is fine
    except (OSError, UnicodeDecodeError) as exc:
        raise PersonaError(f"{path}: cannot read the persona file: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PersonaError(f"{path}: not valid JSON: {exc}") from exc
    return parse_persona(data, str(path))


def choose_answer(persona: Persona, turn: Any, asked: int, engine: Any):
    """Return (Answer, shown value) for the question `turn` asks, the `asked`-th time.

    `engine` is the content's EngineCards: the who and don't-know card ids come from it.
    """
    from assistant.dialogs.models import Answer  # noqa: PLC0415

    # said_by None: the engine knows who holds the screen (the `who` answer, or the
    # citizen after a hand-over), just as on the web.
    said_by = None
    if turn.slot == "who":
        card = engine.ids[f"who_{persona.speaker}"]
        return Answer("card", card, persona.speaker), card
    items = persona.answers.get(turn.slot)
    value = items[min(asked, len(items) - 1)] if items else persona.fallback
    if persona.mode == "pictures" and isinstance(value, str):
        # Pictures only: a text that names a card shown (its id or label) taps that card;
        # any other text becomes the fallback card, else "ved ikke".
        named = _card_named(turn, value)
        value = named or (persona.fallback if isinstance(persona.fallback, dict) else None)
        if value is None:
            dont_know = engine.ids["dont_know"]
            return Answer("card", dont_know, said_by), dont_know
    if isinstance(value, str):
        return Answer("text", value, said_by), value
    if "choose" in value:
        card_id = str(value["choose"])
        return Answer("card", card_id, said_by), card_id
    index = value["choose_index"]
    cards = tuple(turn.cards)
    # An index outside the cards shown is an unusable answer: the engine re-prompts.
    card_id = cards[index].id if 0 <= index < len(cards) else f"#{index}"
    return Answer("card", card_id, said_by), card_id


def _card_named(turn: Any, text: str) -> dict[str, str] | None:
    """Return {"choose": id} for the card of `turn` whose id or label is `text`, if any."""
    wanted = " ".join(text.casefold().split())
    for card in getattr(turn, "cards", ()) or ():
        if wanted in (str(card.id).casefold(), " ".join(str(card.label).casefold().split())):
            return {"choose": str(card.id)}
    return None


def play(
    persona: Persona,
    *,
    db,
    content,
    today: date,
    session_id: str | None = None,
    pause_after: int | None = None,
    step_delay: float = 0.0,
    log: TextIO | None = None,
    max_turns: int = MAX_TURNS,
) -> Outcome:
    """Play the persona through the engine, committing every turn; return the outcome.

    With `session_id` an existing (e.g. interrupted) session is continued from its stored
    state. Raises NotFound for an unknown session id.
    """
    from assistant.dialogs.engine import advance, new_state, render, start  # noqa: PLC0415
    from assistant.dialogs.record import answer_record  # noqa: PLC0415
    from assistant.nlp import analyzer_for  # noqa: PLC0415
    from assistant.storage import iso, sessions, utcnow  # noqa: PLC0415

    understand = analyzer_for(content).analyze
    engine = content.dialogue.engine_cards
    if session_id is None:
        turn = start(content, new_state(content, today=today, mode=persona.mode, channel="cli"))
        session_id = sessions.create_session(db, turn.state, channel="cli", mode=persona.mode)
    else:
        stored = sessions.get_session(db, session_id)
        if stored.status == "paused":
            sessions.save_state(db, session_id, stored.state)
        turn = render(stored.state, content, today)
    outcome = Outcome(session_id=session_id)
    asked: dict[str, int] = {}
    while not (turn.done or turn.refused or turn.rejected) and outcome.turns < max_turns:
        asked[turn.slot] = asked.get(turn.slot, -1) + 1
        answer, shown = choose_answer(persona, turn, asked[turn.slot], engine)
        stamp = iso(utcnow())
        new = advance(turn.state, answer, content, today, now=stamp, understand=understand)
        sessions.record_answer(db, session_id, answer_record(turn, answer, new))
        outcome.turns += 1
        line = {"slot": turn.slot, "prompt": turn.prompt, "answer": shown}
        outcome.lines.append(line)
        if log is not None:
            print(json.dumps(line, ensure_ascii=False), file=log, flush=True)
        turn = new
        if pause_after is not None and outcome.turns >= pause_after:
            _hold(session_id, outcome.turns, log)
        if step_delay:
            time.sleep(step_delay)
    return _finish(db, outcome, turn)


def _hold(session_id: str, turns: int, log: TextIO | None) -> None:
    """Crash-test hook: announce the committed turns and wait to be killed."""
    marker = {"paused_after": turns, "session_id": session_id}
    print(json.dumps(marker), file=log or sys.stderr, flush=True)
    while True:
        time.sleep(3600)


def _finish(db, outcome: Outcome, turn: Any) -> Outcome:
    from assistant.storage import sessions  # noqa: PLC0415

    if turn.refused and turn.state.get("reason") == "consent_unclear":
        outcome.finished = True
        outcome.reason = "consent_unclear"  # asked twice; nothing stored but that it was unclear
    elif turn.refused:
        outcome.finished = True
        outcome.reason = "the person did not consent: nothing was stored beyond the refusal"
    elif turn.rejected:
        outcome.finished = True
        outcome.reason = "not_confirmed"  # the citizen said no to the goal: nothing was sent
    elif turn.done:
        outcome.finished = True
        outcome.draft = sessions.get_draft_for_session(db, outcome.session_id).data
    else:
        outcome.reason = f"the dialogue did not finish within {outcome.turns} turns"
    return outcome


def register(parser: argparse.ArgumentParser) -> None:
    """Add --persona, --today and --db (and the hidden crash-test hooks)."""
    parser.add_argument("--persona", required=True, metavar="FILE", help="persona JSON file")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the date the dialogue happens")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $HVERDAGSMAAL_DB)")
    parser.add_argument("--pause-after", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--session", help=argparse.SUPPRESS)
    parser.add_argument("--max-turns", type=int, default=MAX_TURNS, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Play the persona; print turns to stderr and the draft (or why none) to stdout."""
    from assistant.content import get_content  # noqa: PLC0415
    from assistant.storage import open_db  # noqa: PLC0415

    try:
        persona = load_persona(args.persona)
        today = _parse_today(args.today)
        delay = float(os.environ.get(STEP_DELAY_ENV) or 0)
    except (PersonaError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        content = get_content("da")
        db = open_db(args.db)
        try:
            outcome = play(
                persona,
                db=db,
                content=content,
                today=today,
                session_id=args.session,
                pause_after=args.pause_after,
                step_delay=delay,
                log=sys.stderr,
                max_turns=args.max_turns,
            )
        finally:
            db.close()
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if outcome.draft is not None:
        print(json.dumps(outcome.draft, ensure_ascii=False, indent=2))
        return 0
    print(json.dumps({"draft": None, "reason": outcome.reason}, ensure_ascii=False))
    return 0 if outcome.finished else 1


def _parse_today(value: str | None) -> date:
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"--today must be a date YYYY-MM-DD, not {value!r}") from None
