"""The pure goal-dialogue engine: state + answer → Turn. No I/O, no clock, never raises on input.

Usage (storage / web / chat):

    from assistant.content import get_content
    from assistant.dialogs.engine import new_state, start, advance, render, build_draft
    from assistant.dialogs.models import Answer

    content = get_content("da")
    state = new_state(content, today=date(2026, 11, 22), mode="text")  # or mode="pictures"
    turn = start(content, state)            # first question (slot "who")
    # save turn.state; show turn.prompt, turn.cards (buttons name="card" value=card.id), ...
    understand = analyzer_for(content).analyze   # assistant.nlp: built once, before any answer
    turn = advance(turn.state, Answer("card", "borger"), content, today,
                   now="2026-11-22T10:00:00", understand=understand)
    turn = advance(turn.state, Answer("text", "Jeg vil gerne gå på trapper"), content, today,
                   understand=understand)
    turn = advance(turn.state, Answer("action", "back"), content, today,
                   understand=understand)   # or undo/pause/resume
    turn = render(turn.state, content, today)   # the current question again (after resume)
    # when turn.done: turn.draft is the spec draft (also build_draft(state, content, today));
    # when turn.refused: the state holds only the refusal, no draft;
    # when turn.rejected: the citizen said no to the goal and stopped; answers kept, no draft.
    # Storage: closing_status(turn) is the session status to store, keeps_answer(turn) whether
    # the answer just given may be stored.

State: a plain JSON-serialisable dict; store it as is and pass it back unchanged. Useful keys:
`state.step` (current step id), `state.status` ("active" | "done" | "refused" |
"rejected"), `state.reason` of a refused state ("refused" | "consent_unclear"),
`state.paused`, `state.draft_id` (storage may set it; copied into the draft),
`state.mode`, `state.channel`, `state.transcript`. A refused state holds only the refusal
(no answers, no transcript); a rejected one keeps everything, with `confirmed` false.

Turns: `turn.slot` is the step asked ("who", "consent", "everyday", "difficulties", "wish",
"activity", "motivation", "current_level", "importance", "measure", "frequency", "deadline",
"independence", "people", "subgoals", "handover", "change", "confirm"), or "done" / "refused" /
"rejected".
`turn.cards` are in a fixed display order (`choose_index`); activity cards carry their area in
`card.group`. `turn.goal_text` is the goal sentence (subgoals, change, confirm, done);
`turn.details` the sub-goal lines (subgoals, confirm). `turn.notice` carries the hand-over request
("handover" step), what was understood from an answer, the pause message, or a skip message.
`turn.done` comes with `turn.draft`; `turn.refused` and `turn.rejected` have `done=False` and no
draft.

Answers: Answer(kind, value, said_by). A card answer must be one of the turn's cards (on steps with
activity cards any activity id works); anything else, junk text, or empty text is unusable: the turn
re-prompts with the simpler wording (`reprompt=True`; in text mode `simple_text`, which never says
"tap a picture"); after two failures the notice says kindly it was not understood, the text box
stays and the cards are offered beside it (`cards_only` only in pictures mode); after three the
step is skipped (confirm: the dialogue ends with the goal unconfirmed). "ved ikke" (text or the
`ved_ikke` card) is a valid answer that moves on and never erases a fact.
Yes / no: typed answers are read by the content patterns (dialogue.yaml `yes_no`, yesno.py); any
wording of no wins over a yes ("ja, men ikke nu" is no).
Consent: any no refuses (only the refusal is kept). An unclear answer is asked once more with the
Ja / Nej cards and why we ask; a second unclear answer ends the dialogue as refused with
`reason` "consent_unclear" and nothing stored but that. Nothing but the consent answer is stored
before consent is clear.
Confirm: yes finishes, also a yes said first with more after it that turns nothing of the goal
down ("ja. det vil jeg gerne. jeg gider ikke sidde og vente i pyjamas"; `yes_no: goal_no`); no
(any wording, `nej`, or "ja, men …") never sends the goal as the citizen's: it asks
what to change (`change` step), or goes straight to the step the answer names ("nej, datoen er
forkert") or notes a new value it gives ("nej, en gang om ugen er nok") and shows the goal again;
a value said with the no replaces the old one: a new count of the measure ("nej, hellere otte
kort"), an aid or helper "hellere"/"i stedet" (an aid turned down, "rollatoren skal ikke med",
leaves), a new activity ("nej, hellere svømme": the measure, and how with the old wish's aid,
are then asked anew) (dialogs/correct.py). Words that change nothing are not understood; the
summary brought back three times with nothing understood or changed ends the dialogue with the
goal unconfirmed.
On `change` a card or words name the step to change ("det er for tit"), a new value goes back to
the summary, and the `stop` card or a no ("stop", "jeg vil ikke") ends the dialogue `rejected`.
said_by: None means whoever holds the screen: the `who` answer, or the citizen once the citizen
tapped "borger" on the hand-over step (asked before `confirm` when a relative or staff answered).
`citizen_confirmed` is true only when `confirm` was answered "ja" by the citizen.
Actions: "back" (previous question, answers kept), "undo" (forget the last answer's effect; it stays
in the transcript), "pause" (state.paused=True, same question, notice says paused), "resume";
"send" without text counts as an empty answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from assistant.content.dialogue import Step
from assistant.content.yesno import normalise
from assistant.dialogs.about import as_parent_sees_it, citizens_quote
from assistant.dialogs.aid_adjectives import aids_described_apart
from assistant.dialogs.cards import (
    clauses,
    clean_text,
    has_words,
    rest_after_opening,
    said,
    scale_value,
    step_cards,
)
from assistant.dialogs.correct import (
    as_instead,
    correct,
    measure_anew,
    new_wish,
    opens_with,
    reason_instead,
    thing_in_place,
    thing_instead,
)
from assistant.dialogs.day_habit import weekly_days
from assistant.dialogs.draft import build_draft, understood
from assistant.dialogs.flow import confirms_known, next_step
from assistant.dialogs.handlers import (
    HANDLERS,
    apply_facts,
    means_in_own_wish,
    means_instead,
    means_told,
    wish_sentence,
)
from assistant.dialogs.kept_day import kept_days
from assistant.dialogs.means import travel_means
from assistant.dialogs.models import Answer, Turn
from assistant.dialogs.offer import names_activity
from assistant.dialogs.offered_reason import (
    forget_offered,
    own_reason,
    turned_down,
    turns_reason_down,
)
from assistant.dialogs.people import (
    NO_HELP_BY_NAME,
    as_relations,
    citizen_of,
    drop_deceased,
    first_names,
    keep_as_story,
    names_told,
    opening_names,
    story_help,
)
from assistant.dialogs.reason_part import reason_part_off
from assistant.dialogs.record import closing_status, keeps_answer
from assistant.dialogs.render import MEASURE_UNKNOWN
from assistant.dialogs.render import turn as show
from assistant.dialogs.reply import (
    Ctx,
    Outcome,
    Reply,
    confirms_goal,
    dont_know,
    dont_know_said,
    hedged_rest,
    is_no,
    is_yes,
    only_unknown,
)
from assistant.dialogs.reply import card as role_card
from assistant.dialogs.reply import spelled as spelled_reply
from assistant.dialogs.selfcorrect import corrected_rests
from assistant.dialogs.state import DialogueState, Status
from assistant.dialogs.summary import (
    aid_kind_named,
    already_without,
    complaint,
    complaint_value,
    first_step_said,
    new_steps,
    own_first_step,
    steps_no,
    stopped,
)
from assistant.dialogs.told_kind import negation_after_no, reply_with_span, with_span
from assistant.dialogs.value_purpose import reason_kept
from assistant.dialogs.wish_guess import asked_not_guessed, reason_names
from assistant.dialogs.wish_guess import guess as wish_guess
from assistant.nlp.compose import said_in
from assistant.nlp.facts import Facts, Frequency
from assistant.nlp.people_roles import HELPING
from assistant.nlp.quantities import find_frequency

__all__ = [
    "advance",
    "build_draft",
    "closing_status",
    "keeps_answer",
    "new_state",
    "render",
    "start",
]

SKIP_AFTER = 3  # failures on a step before it is skipped (confirm: ends unconfirmed)
#: … on the measure question: asked once more (simpler, with the cards), then left open; a
#: third time with the same answer wears the person out (blind136 Willy)
MEASURE_TRIES = 2
CONSENT_TRIES = 2  # unclear consent answers before the dialogue ends with nothing stored
MAX_ANALYZED = 1000  # characters of one answer given to the NLP (the transcript keeps all)
_HISTORY = 30
_SPEAKERS = ("citizen", "relative", "staff")
#: Steps asking for one value, where a "ved ikke" with a word of why is a "ved ikke".
_VALUE_KINDS = ("scale", "measure", "frequency", "deadline", "independence", "people")
#: The steps whose answer is read after a hedge it opens with ("øh ved ikke altså med …"); not
#: people ("det ved jeg ikke min søn bor jo i Spanien" says why nobody can) nor frequency ("øh
#: det ved jeg ikke det er jo bare den ene aften" says why it has none)
#: Questions of a value that an answer may take back and say anew ("fire, nej vent, tre").
_CORRECTED_KINDS = ("scale", "measure", "frequency", "deadline")
_HEDGED_KINDS = ("scale", "measure", "deadline", "independence")

#: What the engine is given to read a typed or spoken answer: (text, today) → Facts.
#: Callers pass `assistant.nlp.analyzer_for(content).analyze`, built before the first answer.
Understand = Callable[[str, date], Facts]
OK, UNUSABLE, STAY, REFUSE = Outcome.OK, Outcome.UNUSABLE, Outcome.STAY, Outcome.REFUSE
FINISH, REJECT = Outcome.FINISH, Outcome.REJECT


def _grammar(content):
    """The goal grammar, or None for content without goals."""
    return content.goals.grammar if content.goals else None


def new_state(
    content,
    *,
    today: date,
    mode: str = "text",
    channel: str = "web",
    course_weeks: int = 12,
    draft_id: str | None = None,
    now: str | None = None,
) -> DialogueState:
    """Return the state of a new dialogue, positioned at its first step."""
    return DialogueState(
        lang=content.lang,
        today=today.isoformat(),
        created=now or f"{today.isoformat()}T00:00:00",
        mode=mode if mode in ("text", "pictures") else "text",
        channel=str(channel),
        course_weeks=course_weeks if isinstance(course_weeks, int) and course_weeks > 0 else 12,
        draft_id=draft_id,
        step=content.dialogue.steps[0].id,
    )


def start(content, state: DialogueState | dict, today: date | None = None) -> Turn:
    """Return the first turn of a new dialogue (the same as rendering its current step)."""
    s = DialogueState.from_json(state)
    return render(s, content, today or date.fromisoformat(s.today))


def _normalised(
    state: DialogueState | dict, content, today: date, *, copy: bool = True
) -> DialogueState:
    """A copy of `state` (stored JSON or a DialogueState) that the engine may change.

    With copy=False its lists and dicts are shared with `state`: only for showing it (render).
    """
    s = DialogueState.from_json(state, copy=copy)
    if not s.today:
        s.today = today.isoformat()
    if not s.created:
        s.created = f"{today.isoformat()}T00:00:00"
    if s.status == Status.REFUSED:
        return s
    if s.status == Status.ACTIVE and not content.dialogue.has_step(str(s.step)):
        s.step = next_step(s, content) or "done"
    return s


def _news(s: DialogueState, changed: list[str], measured: bool = False) -> bool:
    """True when a slot noted from the answer differs from what it was before the answer (or
    is not a slot of its own, as "measure", unless `measured`: then its measures and sign)."""
    before = s.last_history()["slots"]
    if measured and "measure" in changed:
        keys = [*(c for c in changed if c != "measure"), "measures", "criterion"]
        return any(s.slots.get(c) != before.get(c) for c in keys)
    return any(c not in before or s.slots.get(c) != before[c] for c in changed)


#: Slots whose whole value a summary's no may say again ("til jul", "500 meter"); a time of day
#: or a place said again may change the goal's words though the slot's value stays.
_VALUE_ONLY = frozenset({"deadline", "measure"})


def _own_value_said_no(s: DialogueState, reply: Reply, changed: list[str], kind: str, ctx) -> bool:
    """True for a no on the summary that says only the goal's own deadline or amount again
    ("nej, til jul når jeg ikke", "nej ikke 500 meter"): nothing new, so what instead is asked."""
    if kind != "confirm" or not changed or not set(changed) <= _VALUE_ONLY:
        return False
    return is_no(reply, ctx) and not _news(s, changed, measured=True)


def _ctx(content, today: date) -> Ctx:
    return Ctx(content=content, today=today)


def render(state: DialogueState | dict, content, today: date) -> Turn:
    """Return the current question of `state` without advancing (used when resuming).

    Showing a state changes none of its lists or dicts, so they are not copied: the Turn's state
    shares them with `state` (read it; advance() copies what it changes).
    """
    s = _normalised(state, content, today, copy=False)
    return show(s, content, today)


def _action(s: DialogueState, action: str, content, today: date, understand: Understand) -> Turn:
    if action == "pause":
        s.paused = True
    elif action == "resume":
        s.paused = False
    elif action in ("back", "undo") and s.history:
        snap = s.pop_history()
        while action == "back" and snap["step"] == s.step and s.history:
            snap = s.pop_history()  # failed tries on this question are not a question back
        if action == "undo":
            s.restore(snap)
        else:
            s.answered = [a for a in s.answered if a != snap["step"]]
        s.step = s.forced = snap["step"]
        s.paused = False
    elif action in ("back", "undo"):
        s.notice = content.dialogue.text("nothing_to_undo")
    else:  # "send" without text, or an unknown action
        return _answer(s, Answer("text", ""), content, today, None, understand)
    return show(s, content, today)


def _as_parent_sees_it(understand: Understand, about: dict, dialogue) -> Understand:
    return lambda text, today: understand(as_parent_sees_it(text, about, dialogue), today)


#: Words of an answer to "Hvor tit?" that may name only a time ("om natten").
_TIME_ONLY_WORDS = 2


def _drop_old_frequency(s: DialogueState, ctx: Ctx) -> None:
    """The wish's own words without a frequency the new one replaced ("komme ud at gå en tur
    hver dag" and then "to gange om ugen": the goal says "gå en tur to gange om ugen")."""
    own = str(s.slots.get("own_action") or "")
    new = s.slots.get("frequency") or {}
    words = own.split()
    found = find_frequency([w.strip(",.;:!?").lower() for w in words], ctx.content.lexicon)
    if found is None or not isinstance(found.value, Frequency):
        return
    old = found.value
    if (old.times, old.per, old.every) == (new.get("times"), new.get("per"), new.get("every", 1)):
        return
    lex = ctx.content.lexicon
    leads = lex.every_words | lex.period_preps
    start = next(  # "en tur hver dag": the thing done stays, "hver dag" goes
        (k for k in range(found.start, found.end) if words[k].lower() in leads), found.start
    )
    s.slots["own_action"] = " ".join(words[:start] + words[found.end :])


def _taken_back(reply: Reply, kind: str, content, today: date, understand: Understand) -> Reply:
    """The reply read from the words after a value taken back in it ("fire, nej vent, tre"),
    when those words say a value of the question asked; else the reply as it is."""
    for rest in corrected_rests(reply.text, content.dialogue):
        facts = understand(rest[:MAX_ANALYZED], today)
        said = replace(reply, text=rest, facts=facts)
        if kind == "deadline":
            said = _in_time(said, content, today, understand)
        if _value_of(kind, said, content):
            return said
    return reply


def _value_of(kind: str, reply: Reply, content) -> bool:
    """True when the reply says a value of a question of this kind."""
    if kind == "scale":
        return scale_value(reply.text, content.dialogue) is not None
    facts = reply.facts
    if facts is None:
        return False
    return bool(
        {"deadline": facts.deadline, "frequency": facts.frequency, "measure": facts.measures}.get(
            kind
        )
    )


def _every_time(reply: Reply, dialogue, today: date, understand: Understand, lex) -> Reply:
    """ "nat" or "om natten" to "Hvor tit?": every night (read as "hver nat"), said as told."""
    if reply.facts is not None and reply.facts.frequency is not None:
        return reply
    if reply.facts is not None and (found := _clause_frequency(reply, dialogue, today, understand)):
        return found
    words = reply.text.lower().split()
    if len(words) > _EVERY_SCAN_WORDS:  # "Torsdag eftermiddag, som vi altid har gjort i mange år."
        # … or up to the habit it is compared with ("… som vi altid har gjort", "ligesom før")
        habit = lex.comparison_leads | lex.comparison_next
        cut = next((k for k, w in enumerate(words) if w[-1:] in _PART_ENDS or w in habit), None)
        words = words[: cut + 1] if cut is not None and words[cut] not in habit else words[:cut]
    every = dialogue.words.get("every_lead", ())
    if not every:
        return reply
    return _time_alone(reply, dialogue, today, understand, lex) or _every_from(
        reply, words, every[0], today, understand, dialogue
    )


def _same_time_kept(reply: Reply, s: DialogueState, content) -> Reply:
    """ "nat" to "Hvor tit?" after "natten" to the measure question: the same time, kept in the
    words said first when they say it ("om natten" says "hver nat")."""
    before = s.slots.get("frequency_said")
    facts = reply.facts
    if not before or facts is None or facts.frequency is None:
        return reply
    now = (facts.extras or {}).get("frequency_said")
    known = s.slots.get("frequency")
    if now and _every_period_of(str(now), facts.frequency, known, content.lexicon):
        # "hver dag" after "morgen og aften": which days, not how often in each; kept
        freq = Frequency(known["times"], known["per"], known.get("every", 1))
        extras = {**facts.extras, "frequency_said": before}
        return replace(reply, facts=replace(facts, frequency=freq, extras=extras))
    if facts.to_json()["frequency"] != known or not now or before != s.slots.get("time_said"):
        return reply  # only the time told alone to the measure question is kept so
    if not said_in(str(now), str(before), content.goals.grammar):
        return reply
    return replace(reply, facts=replace(facts, extras={**facts.extras, "frequency_said": before}))


def _every_period_of(said: str, new: Frequency, known, lex) -> bool:
    """True when "hver dag" (`every_words` and a period, nothing more) says the period of a
    known frequency more than once in it (twice a day): every such period, as known."""
    words = said.lower().split()
    if len(words) != 2 or words[0] not in lex.every_words or words[1] not in lex.periods:
        return False
    if not isinstance(known, dict) or (new.times, new.every) != (1, 1):
        return False
    return known.get("per") == new.per and known.get("every", 1) == 1 and known.get("times", 1) > 1


def _no_amount(reply: Reply) -> bool:
    """True when the answer's facts hold no measure and no frequency."""
    return reply.facts is None or not (reply.facts.measures or reply.facts.frequency)


def _time_alone(reply: Reply, dialogue, today: date, understand: Understand, lex) -> Reply | None:
    """ "nat", "natten" or "om natten" alone: every such time, its facts a frequency said as
    told ("hver nat", "om natten"); None for any other answer."""
    words = reply.text.lower().split()
    definite = dialogue.words.get("definite_lead", ())
    if not 0 < len(words) <= _TIME_ONLY_WORDS or words[:-1] not in ([], list(definite[:1])):
        return None
    found = _time_word(words[-1].strip(".,!?"), dialogue, today, understand, lex)
    if found is None:
        return None
    facts, said = found
    # the time is all the answer says: no sign of its own ("hver natten")
    extras = {**(facts.extras or {}), "frequency_said": said, "criterion": None, "time_alone": True}
    return replace(reply, facts=replace(facts, extras=extras))


def _time_word(word: str, dialogue, today: date, understand: Understand, lex):
    """(facts with a frequency, the time as said) for one word naming a time: "nat" and "morgen"
    are every such time ("hver nat"), a definite form ("natten") is said so ("om natten");
    None when the word names no time."""
    every, definite = dialogue.words.get("every_lead", ()), dialogue.words.get("definite_lead", ())
    if not every or not definite:
        return None
    endings = tuple(dialogue.words.get("definite_endings", ()))
    definite_said = word.endswith(endings) and lex.lemma(word) != word  # not "morgen", "aften"
    said = f"{definite[0]} {word}" if definite_said else f"{every[0]} {word}"
    facts = understand(f"{every[0]} {word}", today)  # "om natten" reads as "hver natten"
    if facts.frequency is None:  # "hver søndagen" is no Danish; "om søndagen" is
        facts = understand(said, today)
    return (facts, said) if facts.frequency is not None else None


def _time_in_fragments(reply: Reply, dialogue, today: date, understand: Understand, lex) -> Reply:
    """A wish said in single words, as one with aphasia may ("toilet. nat. selv"): a word of
    them alone that names a time ("nat") is every such time, as to "Hvor tit?" ("hver nat"); one
    in its definite form ("natten") is said so ("om natten"), a bare "morgen" is "hver morgen"."""
    if reply.facts is None or reply.facts.frequency is not None or reply.card is not None:
        return reply
    parts = [p.strip(" ,!?") for p in reply.text.split(".") if p.strip(" ,!?")]
    if len(parts) < 2 or any(len(p.split()) > 1 for p in parts):
        return reply
    for part in parts:
        if (found := _time_word(part.lower(), dialogue, today, understand, lex)) is not None:
            extras = {**(reply.facts.extras or {}), "frequency_said": found[1]}
            facts = replace(reply.facts, frequency=found[0].frequency, extras=extras)
            return replace(reply, facts=facts)
    return reply


#: Most words of a fragment in a wish said in short pieces ("posten. selv hente. ude ved vejen").
_FRAGMENT_MAX = 4


def _fragments_disagree(reply: Reply, today: date, understand: Understand) -> Reply:
    """A wish said in short pieces whose pieces name different activities ("posten. selv
    hente. ude ved vejen": the mail, the walk): no activity is read from it, so the activity
    cards are offered; a wish whose pieces agree, or one said in sentences, is read whole."""
    if reply.facts is None or reply.facts.activity is None or reply.card is not None:
        return reply
    parts = [p.strip(" ,!?") for p in reply.text.split(".") if p.strip(" ,!?")]
    if len(parts) < 2 or any(len(p.split()) > _FRAGMENT_MAX for p in parts):
        return reply
    read = [understand(p, today) for p in parts]
    named = {f.activity for f in read if f.activity and not _company_only(f)}
    if len(named) < 2 or _verb_decides(reply, today, understand):
        return reply
    return replace(reply, facts=replace(reply.facts, activity=None, area=None))


#: The roles of a person named only as whom a deed is done with or for ("Til barnebarnet."), or
#: named bare as a piece of its own, no deed said ("Gokart. Køre igen. Barnebarnet.": whom one
#: drives with, no visit of its own)
_COMPANY_ROLES = frozenset({"companion", "beneficiary", "other"})


def _company_only(facts) -> bool:
    """True for a piece that names people only as company or for whom ("Til barnebarnet.", "Med
    min datter.", "Barnebarnet."), no deed of its own: it goes with the deed another piece names
    ("Binde fluer. Til barnebarnet."), no activity of its own."""
    extras = facts.extras or {}
    roles = set((extras.get("people_roles") or {}).values())
    return bool(facts.people) and roles <= _COMPANY_ROLES and not extras.get("action")


def _verb_decides(reply: Reply, today: date, understand: Understand) -> bool:
    """True when the deed the pieces join into ("fortov. feje": "feje fortov") opens with a verb
    that names the whole's activity said alone ("feje": cleaning): the other pieces are its object
    or place ("fortov" alone reads as walking), not another activity."""
    verb = str((reply.facts.extras or {}).get("action") or "").split()[:1]
    return bool(verb) and understand(verb[0], today).activity == reply.facts.activity


def _clause_frequency(reply: Reply, dialogue, today: date, understand) -> Reply | None:
    """ "fire gange om ugen. resten kan de godt bringe", "… men øh en gang om ugen om tirsdagen"
    to "Hvor tit?": the first clause that says how often on its own (the whole answer may read
    as a statement about something else); None when no clause does."""
    parts = clauses(reply.text[:MAX_ANALYZED], dialogue)
    if len(parts) < 2:
        return None
    for part in parts:
        facts = understand(part, today)
        if facts.frequency is not None:
            said = (facts.extras or {}).get("frequency_said")
            extras = {**(reply.facts.extras or {}), "frequency_said": said}
            return replace(
                reply, facts=replace(reply.facts, frequency=facts.frequency, extras=extras)
            )
    return None


#: Words of a short answer to "Hvor tit?" searched for a day said without "hver" ("de øver
#: torsdag aften").
_EVERY_SCAN_WORDS = 8


def _every_from(
    reply: Reply, words: list[str], every: str, today: date, understand, dialogue
) -> Reply:
    """ "de øver torsdag aften" to "Hvor tit?": the first place where "hver" before the rest
    gives a frequency ("hver torsdag aften"), said that way in the goal."""
    if not 0 < len(words) <= _EVERY_SCAN_WORDS:
        return reply
    # "jeg falder jo ikke hver dag vel": a time said after "hver" or a negation was read (and
    # turned down) already; "hver" put before it again would make it a frequency
    passed = {every, *(w.lower() for w in dialogue.words.get("negations", ()))}
    for i in range(len(words)):
        if i > 0 and words[i - 1].strip(".,!?") in passed:
            continue
        said = " ".join([every, *(w.strip(".,!?") for w in words[i:])])
        facts = understand(said, today)
        if facts.frequency is not None:  # its extras say it as read ("hver torsdag")
            return replace(reply, facts=facts)
    return reply


#: Words of an answer to "Hvornår?" that may be a bare time span ("to tre måneder").
_SPAN_WORDS = 4
_PART_ENDS = frozenset(".!?,;:")  # the marks that close the first part of an answer


def _in_time(reply: Reply, content, today: date, understand: Understand) -> Reply:
    """ "to tre måneder" or "sommer" to "Hvornår vil du kunne det?": read as "om …", "til …";
    the hedges before a number ("sådan en seks otte uger", "øh cirka en fem seks uger") are
    not counted as words of the span."""
    if reply.facts is not None and reply.facts.deadline is not None:
        return reply
    dialogue = content.dialogue
    leads = dialogue.words.get("deadline_lead", ())
    fillers = dialogue.yes_no.fillers
    words = [w for w in reply.text.split() if normalise(w, fillers)]  # no "øh"
    hedges = content.lexicon.time.fillers

    def short(part: list[str]) -> bool:
        return 0 < len([w for w in part if w.lower() not in hedges]) <= _SPAN_WORDS

    if not short(words):  # "Tre måned. Så er det forår": the span said first, more after it
        words = _first_part(words)
    if not leads or not short(words):
        return reply
    for lead in leads:  # "to tre måneder": "om to tre måneder"; "sommer": "til sommer"
        facts = understand(" ".join([lead, *words]), today)
        if facts.deadline is not None:
            return replace(reply, facts=facts)
    return reply


def _first_part(words: list[str]) -> list[str]:
    """The words up to the first sentence mark or comma ("Tre måned." of "Tre måned. Så er det
    forår"); no words when none ends the first part (a day "2." is no mark)."""
    for k, word in enumerate(words):
        if word[-1:] in _PART_ENDS and not word[:1].isdigit():
            return [*words[:k], word[:-1]] if word[:-1] else words[:k]
    return []


def _offered_reason_off(
    s: DialogueState, reply: Reply, ctx: Ctx, today: date, understand: Understand
) -> Reply:
    """A no to the reason another answer told ("nej det er ikke for at komme ud … jeg vil synge
    de gamle sange igen"): that reason goes, and the person's own said after it is read as the
    answer to the plain question; with none, the answer is read as its bare no (the plain
    question is asked). The transcript keeps the words as said."""
    own = own_reason(reply, ctx)
    if own:
        forget_offered(s)
        return replace(reply, text=own, facts=understand(own[:MAX_ANALYZED], today))
    no = next(iter(ctx.dialogue.words.get("no_before_negation", ())), "")
    return replace(reply, text=no, facts=understand(no, today)) if no else reply


def _own_after_reason_off(
    s: DialogueState, reply: Reply, ctx: Ctx, today: date, understand: Understand
) -> Reply:
    """A reason turned down in the answer to the plain question ("nej det er ikke fordi lægen
    siger det altså når jeg står med et stykke træ …"): the person's own reason after it is
    the answer, read as one; with none, the answer is read as said."""
    own = own_reason(reply, ctx)
    if not own:
        return reply
    forget_offered(s)
    return replace(reply, text=own, facts=understand(own[:MAX_ANALYZED], today))


def _wish_reader(dialogue, today: date, understand: Understand):
    """Read words said after "hellere" as a wish ("svømme": "jeg vil hellere svømme")."""
    lead = " ".join(dialogue.words.get("wish_lead", ())[:1])
    return lambda words: understand(f"{lead} {words}".strip(), today)


def _walked(s: DialogueState, reply: Reply, ctx: Ctx, read) -> None:
    """A wish that walks or rides measured as a distance is read as if said in one answer:
    walking ("gå op til kirken og synge med" + "det er vel en 700 meter", also with a sign
    "at jeg kan gå derhen og hjem igen"), or the errand at the end of the way ("gå ned i Netto
    og bære mine poser hjem" + "500 meter ned til netto": shopping). A ride measured as a
    distance is the ride ("cykle ud til søen og fiske" + "4 km derud", "køre på min el-scooter
    ned til Netto og handle" + "800 meter hver vej"): the way is what is hard. A sign that
    tips a wish naming a ride to the ride ("tage toget til København og se …" + "købe billet
    og finde min plads i toget") makes it the ride."""
    lex, facts = ctx.content.lexicon, reply.facts
    own = str(s.slots.get("own_action") or "")
    if reply.card is not None or facts is None or not lex.motion_activity or not own.split():
        return
    travel = lex.travel_activity
    distance = any(m.unit in lex.distance_units for m in facts.measures or ())
    if not distance:
        if travel != s.slots.get("activity") and names_activity(own, ctx.content, travel):
            whole = read(f"{own} {reply.text}")  # the sign tips the wish to the ride it names
            if whole is not None and whole.activity == travel:
                s.slots["activity"] = travel
        return
    verb = own.split()[0].lower()
    if travel and verb in lex.travel_verbs:
        s.slots["activity"] = travel
    elif verb in lex.walk_verbs:
        whole = read(f"{own} {reply.text}")
        if whole is not None and whole.activity == lex.motion_activity:
            s.slots["activity"] = lex.motion_activity


def _agrees(reply: Reply, ctx: Ctx) -> bool:
    """A typed yes to the shown goal, more said after it turning nothing of it down (no "men",
    "hellere", "i stedet", "nej …"): the goal stays as shown."""
    return reply.card is None and reply.facts is not None and confirms_goal(reply, ctx)


def _said_by(answer: Answer, s: DialogueState) -> str:
    """Who gave this answer: as the answer says, else whoever holds the screen."""
    return answer.said_by if answer.said_by in _SPEAKERS else (s.voice or "citizen")


def _read(answer: Answer, s: DialogueState, today: date, understand: Understand) -> Reply:
    said_by = _said_by(answer, s)
    if answer.kind == "card":
        return Reply(
            "picture", clean_text(answer.value)[:200], clean_text(answer.value)[:200], None, said_by
        )
    text = clean_text(answer.value)
    facts = None
    if has_words(text):
        facts = understand(text[:MAX_ANALYZED], today)
    raw = clean_text(answer.value, keep_markup=True)
    kind = "speech" if answer.kind == "speech" else "text"
    return Reply(kind, text, None, facts, said_by, raw)


def _guess_activity(s: DialogueState, content, today: date, understand: Understand) -> None:
    """The activity question asked three times with nothing understood: the goal still gets
    an activity (spec: always an id), guessed from the wish's words (dialogs/wish_guess.py: the
    NLP's rules, then the golden corpus's word counts), else the most general one; marked so
    staff check it."""
    ctx = _ctx(content, today)
    # a "ved ikke" tells nothing: answered only so, the goal answers name none (the story is read)
    told = lambda t: has_words(t) and not only_unknown(Reply("text", t, None, None, ""), ctx)  # noqa: E731
    guess = wish_guess(s.transcript, told, lambda t: understand(t[:MAX_ANALYZED], today))
    fallback = content.dialogue.words.get("activity_fallback", ())
    guess = guess or next((a for a in fallback if a in content.activities), None)
    if guess in content.activities:
        s.slots["activity"] = guess
        s.slots["activity_guessed"] = True


def _measured_activity(s: DialogueState, reply: Reply, kind: str, content) -> bool:
    """An activity only guessed from the story (the activity question asked in vain) gives way
    to the one the measure answer names with its own words: what the person will do ("at han
    selv smører 2 stykker rugbrød" names madlavning by "rugbrød"). A measure whose activity no
    word of it names (the counts' guess, "gå derud med spanden") leaves the guess."""
    if kind != "measure" or not s.slots.get("activity_guessed") or reply.card is not None:
        return False
    found = reply.facts.activity if reply.facts is not None else None
    if found not in content.activities or found == s.slots.get("activity"):
        return False
    if not names_activity(reply.text, content, found):
        return False
    s.slots["activity"] = found
    return True


def _refused_by_name(
    s: DialogueState, reply: Reply, content, today: date, understand: Understand
) -> Reply:
    """A person called by the first name told earlier with the relation ("min datter Lis …",
    later "Lis skal ikke, hun har nok at se til") is read by the same role patterns as the
    relation: said dead, unwanted or living elsewhere ("Mikkel kan jo ikke hjælpe hende
    derfra", "Sofie bor i London"), the facts say so of the relation (it then leaves the
    network, and is no helper by name). A relative's "sit barnebarn Mikkel" is the citizen's
    own, and the relation put is read as said (it is the citizen's already)."""
    if reply.facts is None or reply.card is not None:
        return reply
    lex = content.lexicon
    entries = [e for e in s.transcript if isinstance(e, dict)]
    earlier = [str(e.get("answer") or "") for e in entries]
    # told by a relative, "sit barnebarn Mikkel" is the citizen's own (see named_before)
    told_of = frozenset(
        str(e.get("answer") or "") for e in entries if e.get("said_by") == "relative"
    )
    grammar = content.goals.grammar
    of = citizen_of(s)  # "Gerdas datter Lone", later "Lone … kan ikke hjælpe"
    names, _dead = names_told(earlier, lex, grammar.death_words, told_of, grammar, of)
    lead = next(iter(content.dialogue.words.get("named_relation_lead", ())), "")
    if not names or not lead:
        return reply
    text, put = as_relations(reply.text[:MAX_ANALYZED], names, lead, lex)
    if not put:
        return reply
    roles = (understand(text, today).extras or {}).get("people_roles") or {}
    removing = {p: roles[p] for p in put if roles.get(p) in NO_HELP_BY_NAME}
    if not removing:
        return reply
    extras = dict(reply.facts.extras or {})
    extras["people_roles"] = {**(extras.get("people_roles") or {}), **removing}
    return replace(reply, facts=replace(reply.facts, extras=extras))


def _offered_by_name(
    s: DialogueState, reply: Reply, step: Step, content, today: date, understand: Understand
) -> Reply:
    """To how one will manage, a first name said with no relation as someone doing it for the
    citizen ("Jytte vil gerne hente mig", "ellers kan Kaj køre mig derhen") is read by the same
    role patterns as a person word put in its place (`named_stand_in`): told as help, the facts
    keep the names as `offered_help`, for the independence answer read no other way."""
    if step.kind != "independence" or reply.facts is None or reply.card is not None:
        return reply
    words, lex = content.dialogue.words, content.lexicon
    told = (reply.facts.extras or {}).get("people_roles") or {}
    if any(role in HELPING for role in told.values()):
        return reply  # "min nabo kan køre mig": the NLP reads the person word itself
    negations = frozenset(words.get("negations", ()))
    unknown = (reply.facts.extras or {}).get("unknown_words")
    follow = frozenset(words.get("name_followers", ()))
    ends = tuple(words.get("present_endings", ()))
    text = reply.text[:MAX_ANALYZED]
    names = [
        *first_names(text, lex, negations),
        *opening_names(text, unknown, lex, follow, ends, negations),
    ]
    stand_in = next(iter(words.get("named_stand_in", ())), "")
    lead = next(iter(words.get("named_relation_lead", ())), "")
    helpers = []
    for name in dict.fromkeys(names):
        if not stand_in or not lead or name.lower() in lex.people:
            continue
        put_text, put = as_relations(text, {name.lower(): stand_in}, lead, lex)
        roles = (understand(put_text, today).extras or {}).get("people_roles") or {}
        if put and roles.get(stand_in) in HELPING:
            helpers.append(name)
    unnamed = (
        not helpers
        and reply.said_by in (None, "citizen")
        and _offered_by_pronoun(text, stand_in, lead, lex, today, understand)
    )
    if not helpers and not unnamed:
        return reply
    extras = dict(reply.facts.extras or {})
    extras["offered_help"] = helpers or unnamed  # the names, or True for "han", "hun"
    return replace(reply, facts=replace(reply.facts, extras=extras))


def _offered_by_pronoun(text: str, stand_in: str, lead: str, lex, today, understand) -> bool:
    """True for a citizen's "han tager mig med", "hun vil gerne hente mig": someone said only
    as "han"/"hun", told doing it for the citizen as a person word would be (see
    _offered_by_name); help, from someone the people question still asks for."""
    if not stand_in or not lead:
        return False
    for pronoun in sorted(lex.third_person_subjects):
        put_text, put = as_relations(text, {pronoun: stand_in}, lead, lex)
        roles = (understand(put_text, today).extras or {}).get("people_roles") or {}
        if put and roles.get(stand_in) in HELPING:
            return True
    return False


def advance(
    state: DialogueState | dict,
    answer: Answer,
    content,
    today: date,
    now: str | None = None,
    *,
    understand: Understand,
) -> Turn:
    """Apply one answer or action to `state` and return the next turn (pure; never raises on input).

    `now` (ISO-8601) timestamps the transcript entry; without it the day itself is used.
    `understand(text, today)` reads a typed or spoken answer into Facts (the caller's analyzer).
    """
    s = _normalised(state, content, today)
    s.notice = None
    if s.status != Status.ACTIVE:
        return show(s, content, today)
    if not isinstance(answer, Answer):
        answer = Answer("text", "")
    understand = weekly_days(understand)  # "om søndagen": every Sunday in the dialogue
    understand = asked_not_guessed(understand)  # a wish's guessed activity is asked for
    if answer.kind == "action":
        return _action(s, str(answer.value), content, today, understand)
    return _answer(s, answer, content, today, now, understand)


def _answer(
    s: DialogueState, answer: Answer, content, today: date, now: str | None, understand: Understand
) -> Turn:
    dialogue = content.dialogue
    step = dialogue.step(s.step)
    if step.kind in ("confirm", "change"):  # "nej, ikke både lørdag og søndag … kun lørdag"
        understand = kept_days(understand, dialogue, content.lexicon)
    s.paused = False
    s.push_history(_HISTORY)
    as_given = answer
    if answer.kind in ("text", "speech") and s.voice in ("relative", "staff"):
        rest = rest_after_opening(str(answer.value), dialogue, "takeover")
        if rest is not None:  # the citizen takes the screen; the hand-over still confirms it
            s.voice = "citizen"
            answer = replace(answer, value=rest, said_by="citizen")
        elif (quoted := citizens_quote(str(answer.value), s.about, dialogue)) is not None:
            # "nu er det mor selv der siger det: jeg vil …": this answer is the citizen's own
            answer = replace(answer, value=quoted, said_by="citizen")
    as_said = understand  # the relation put for a name told earlier is already the citizen's
    if _said_by(answer, s) == "relative" and s.about.get(
        "pos"
    ):  # a son's "min søster": the mother's datter
        understand = _as_parent_sees_it(understand, s.about, dialogue)
    reply = _read(answer, s, today, understand)
    if step.kind in ("confirm", "change") and reply.facts is not None:
        spelled = negation_after_no(reply.text, dialogue)  # "nej ikk morgen og aften"
        if spelled != reply.text:
            reply = replace(reply, text=spelled, facts=understand(spelled[:MAX_ANALYZED], today))
    reply = _refused_by_name(s, reply, content, today, as_said)
    reply = _offered_by_name(s, reply, step, content, today, understand)
    if step.kind == "independence":  # "ilt. bærbar.": "bærbar ilt", the portable oxygen
        reply = aids_described_apart(reply, _grammar(content), lambda t: understand(t, today))
    if step.kind == "wish":  # "toilet. nat. selv": the lone "nat" is every night
        reply = _time_in_fragments(reply, content.dialogue, today, understand, content.lexicon)
        reply = _fragments_disagree(reply, today, understand)  # "posten. … ude ved vejen"
    ctx = _ctx(content, today)
    hedged = reply
    if step.kind in _HEDGED_KINDS and (rest := hedged_rest(reply, ctx)) is not None:
        # "øh ved ikke altså med sådan en telefon …": the words after the hedge are the answer
        reply = replace(reply, text=rest, facts=understand(rest[:MAX_ANALYZED], today))
    if step.kind in _CORRECTED_KINDS and reply.card is None:
        # "til påske tænkte jeg først, men … lad os sige inden februar": the value said last
        reply = _taken_back(reply, step.kind, content, today, understand)
    if step.kind == "subgoals" and first_step_said(reply, ctx):
        # "først vil jeg øve med påtageren på sengekanten": the first step, not the goal's aid
        reply = replace(reply, text=spelled_reply(reply), facts=None)
    own_step, about_steps = None, step.kind == "confirm" and steps_no(reply, ctx)
    if about_steps:
        # "nej. skridtene er ikke rigtige. jeg vil først øve knapkrogen ved bordet": the words
        # say a step, not the goal (its knapkrog is no new aid of the goal)
        own_step, reply = own_first_step(reply, ctx), replace(reply, facts=None)
    if step.kind == "confirm" and _agrees(reply, ctx):
        # "ja det er rigtigt, jeg vil så gerne ud til Ellen igen": the wish said again in other
        # words; the goal stays as shown (the words are in the transcript)
        reply = replace(reply, facts=None)
    if step.kind == "frequency" and reply.card is None:
        reply = _every_time(reply, dialogue, today, understand, content.lexicon)
        reply = _same_time_kept(reply, s, content)
    if step.kind == "measure" and reply.card is None and _no_amount(reply):
        # "natten" to "Hvordan ved vi, at du har nået det?": when the goal is done, said as told
        reply = _time_alone(reply, dialogue, today, understand, content.lexicon) or reply
    if step.kind == "deadline" and reply.card is None:
        reply = _in_time(reply, content, today, understand)
    if step.kind in ("confirm", "change"):  # "nej. 2 måned er for kort … 3 måned"
        reply = reply_with_span(reply, content, today, understand)
    if step.kind == "change":  # "hjælpemidlerne skal rettes": the aid question again
        reply = aid_kind_named(reply, ctx)
    if step.slot == "motivation" and confirms_known(step, s) and turned_down(reply, ctx):
        reply = _offered_reason_off(s, reply, ctx, today, understand)
    elif step.slot == "motivation" and turns_reason_down(reply, ctx):
        reply = _own_after_reason_off(s, reply, ctx, today, understand)
    facts = reply.facts.to_json() if reply.facts is not None else None
    not_known = (reply.facts.extras or {}).get("unknown_words") if reply.facts else None
    if not_known and step.kind not in ("confirm", "change"):
        # "jebena": words no table knows, for the goal to learn the ones explained as things
        said = {*(s.slots.get("unknown_words") or ()), *(str(w).lower() for w in not_known)}
        s.slots["unknown_words"] = sorted(said)
    if step.kind == "open" and reply.facts is not None:
        parts = clauses(reply.text[:MAX_ANALYZED], dialogue)
        if len(parts) > 1:  # "Jeg kan selv lave mad, men trapperne er svære": two things
            reply = replace(reply, parts=tuple((p, understand(p, today)) for p in parts))
    if reply.card is not None and not _offered(reply.card, step, s, content, today):
        reply = Reply(reply.input, reply.text, "\0unknown", None, reply.said_by, reply.text)
    card = dialogue.cards.get(reply.card or "") or (
        content.activities.get(reply.card) if reply.card else None
    )
    s.transcript.append(
        {
            "slot": step.id,
            "prompt": s.shown_prompt or step.prompt,
            "answer": getattr(card, "label", None) or reply.raw or reply.text,
            "input": reply.input,
            "said_by": reply.said_by,
            "at": now or f"{today.isoformat()}T00:00:00",
            **({"card": reply.card} if card is not None else {}),
        }
    )
    if as_given is not answer:  # the transcript keeps the words as given, takeover and all
        s.transcript[-1]["answer"] = clean_text(str(as_given.value), keep_markup=True)
    answered_before = s.people_answered
    changed = sorted(
        {
            c
            for _, f in reply.parts or (("", reply.facts),)
            for c in apply_facts(
                s, f, step, content.lexicon, content.dialogue.words, _grammar(content)
            )
        }
    )
    if step.kind == "wish" and reply.card is None and "people" in changed:
        # "… Hjemmeplejen har tilbudt at følge mig, men det vil jeg ikke": help told in the
        # story around the wish is today's; who helps with the goal is still asked
        told, in_wish = story_help(_sentences(reply.text, today, understand), wish_sentence)
        keep_as_story(s, told, in_wish, answered_before)
    if reply.parts and drop_deceased(s, reply.facts, step.kind):
        changed = sorted({*changed, "people"})  # "… sammen med præsten Holm. Men Holm døde …"
    if _measured_activity(s, reply, step.kind, content):
        changed = sorted({*changed, "activity"})  # "smøre 2 stykker rugbrød": no guess now
    reason = reason_names(s, reply, step.kind, lambda t: understand(t, today), content.activities)
    if reason is not None:  # "metaldetektor. marken." + "fund. museum.": a pastime, still a guess
        s.slots["activity"] = reason
    found_wrong = step.kind in ("confirm", "change") and complaint(reply.text, dialogue, reply.card)
    if found_wrong:
        # "tre gange er for tit" names the value it finds wrong, not a new one: ask again;
        # "det er for tit, en gang om ugen er nok" gives the new one in its other part
        s.slots, changed = s.last_history()["slots"], []
        told_parts = reply.text[:MAX_ANALYZED].split(",")
        for part in (p for chunk in told_parts for p in clauses(chunk, dialogue)):
            if complaint(part, dialogue):  # "3 uger er for hurtigt skriv til påske i stedet"
                part = complaint_value(part, dialogue)  # "hellere X … for meget Y": X
            if has_words(part):
                told = with_span(part, understand(part, today), content, today, understand)
                changed += apply_facts(
                    s, told, step, content.lexicon, content.dialogue.words, _grammar(content)
                )
    if reason_part_off(s, reply, step.kind, ctx):  # "det med at tabe mig skal ikke stå der"
        changed, reply = ["motivation"], replace(reply, facts=None)
    else:
        changed = reason_instead(s, reply, changed, step.kind, ctx)  # "ikke for lægens skyld"
    changed = reason_kept(s, changed, step.kind)  # "skriv 1. marts, så kan jeg …": the date's
    told_reply, reply = reply, as_instead(reply, step.kind, ctx)  # "ikke bilen men cyklen"
    if reply.text != told_reply.text:  # "nej ikke min kone, min nabo": read as said with hellere
        reply = replace(reply, facts=understand(reply.text[:MAX_ANALYZED], today))
    changed = new_wish(s, reply, changed, step.kind, ctx, _wish_reader(dialogue, today, understand))
    if "activity" in changed:
        s.slots.pop("activity_guessed", None)  # the person's own words name it now
    changed = correct(s, reply, changed, step.kind, ctx)  # "nej, hellere otte kort"
    travel_means(s, reply.text, step.kind, ctx)  # "… med rollatoren og så med Flextrafik"
    means_in_own_wish(s, changed, ctx)  # "spise med noget bestik med tykke håndtag"
    # "nej hellere et barn" for the sign's "læse med to børn": a new count in the sign, no aid
    resigned = s.slots.get("criterion") != s.last_history()["slots"].get("criterion")
    no_aid = step.kind == "confirm" and not {"aids", "activity"} & set(changed)
    no_aid = no_aid and not ("measure" in changed and resigned)
    means = no_aid and opens_with(reply.text, ctx, "with_after_self")
    if means and means_instead(s, reply, ctx):  # "nej, hellere med den kniv med tykt skaft"
        changed = sorted({*changed, "aid_said"})
    elif (
        no_aid
        and not means
        and (thing := thing_instead(reply, ctx, _wish_reader(dialogue, today, understand)))
        and means_told(s, thing, ctx)
    ):
        changed = sorted({*changed, "aid_said"})  # "… hellere en telefon med store taster"
        thing_in_place(s, thing, ctx)  # "… hellere en skjorte med trykknapper": no knappekrog
    reply = told_reply
    if "frequency" in changed:
        _drop_old_frequency(s, ctx)  # "gå en tur hver dag" + "to gange om ugen": one of them
    measure_anew(s, changed, step.kind, ctx)
    if found_wrong and not _news(s, changed):
        changed = []  # "nej det er for meget hver søndag" finds the goal's own value wrong
    elif _own_value_said_no(s, reply, changed, step.kind, ctx):
        changed = []  # "nej, til jul når jeg ikke" names the goal's own value: ask what instead
    s.forced = None
    if changed:  # a returned draft's wording (staff's) gives way to what the citizen now says
        s.goal_text = None
    outcome = _known(step, s, reply, changed, ctx) or HANDLERS[step.kind](step, s, reply, ctx)
    if step.kind == "measure" and outcome == OK:
        _walked(s, reply, ctx, _wish_reader(dialogue, today, understand))
    if outcome == UNUSABLE and step.kind in _VALUE_KINDS and dont_know_said(hedged, ctx):
        # "ved ikke, har aldrig prøvet det selv": a "ved ikke" with a word of why, no value
        unknown = replace(reply, card=role_card(ctx, "dont_know"))
        outcome = HANDLERS[step.kind](step, s, unknown, ctx)
    if outcome == OK and _measure_unknown_once(s, step, hedged, ctx):
        outcome = UNUSABLE  # "ved ikke": asked once more, kindly, with the cards
    if answer.said_by not in _SPEAKERS and step.kind in ("who", "handover") and s.voice:
        s.transcript[-1]["said_by"] = s.voice  # the one who just said who they are
    if step.kind == "confirm" and outcome == FINISH and s.confirmed and changed:
        s.confirmed = s.confirmed_by = None  # "ja, men til påske": show the new goal first
        outcome = STAY
    if step.slot == "consent" and outcome != OK:  # nothing but the answer before a clear yes
        before = s.last_history()
        s.slots, s.people_answered = before["slots"], before["people_answered"]
        changed = []
    _note_inferred(s, changed, step, dialogue)
    told = reply.card is None and bool(set(changed) - {"aids"} or _aids_replaced(s, step))
    if step.kind == "change" and told and outcome == REJECT and not stopped(reply, dialogue):
        outcome = OK  # "nej 3 uger er for hurtigt, til påske": a no that gives the new value
    if step.kind in ("confirm", "change") and told and outcome in (OK, STAY, UNUSABLE):
        # "nej, en gang om ugen er nok": the new value is noted; show the goal again
        s.changing, s.forced = False, None
        outcome = STAY if step.kind == "confirm" else OK
    if step.kind == "confirm" and outcome == STAY and reply.card is None and not changed:
        outcome = UNUSABLE  # words that change nothing ("jeg vil gerne gå en tur"): not understood
    if about_steps and outcome == OK and not changed:
        outcome = new_steps(s, own_step)  # her own first step, or the steps asked again
    # "ingen alarm": an aid said no to is kept as told, not in the goal; nothing new
    unchanged = not changed or (changed == ["aids"] and not _aids_replaced(s, step))
    if step.kind == "change" and outcome == UNUSABLE and unchanged:
        thing = already_without(reply, s, ctx)
        if thing:  # "uden GPS" when the goal names no GPS: said kindly, the summary again
            s.notice, outcome = dialogue.text("change_already", thing=thing), OK
        if means_told(s, reply, ctx):  # "med en seddel i lommen": the goal takes it
            changed, outcome = ["aids"], OK
    if _summary_again(s, step, outcome, changed):
        outcome = FINISH  # asked three times with nothing understood: the goal stays unconfirmed
        s.notice = dialogue.text("skipped")
    if outcome == UNUSABLE:
        s.failures[step.id] = s.failures.get(step.id, 0) + 1
        if step.slot == "consent" and s.failures[step.id] >= CONSENT_TRIES:
            return show(_refused(s, now, today, "consent_unclear"), content, today)
        if s.failures[step.id] < (MEASURE_TRIES if step.kind == "measure" else SKIP_AFTER):
            s.forced = step.id
            s.notice = understood(s, changed, step, content)
            return replace(show(s, content, today), facts=facts)
        outcome = FINISH if step.id == "confirm" else OK
        s.notice = dialogue.text("skipped")
        if step.kind == "activity" and s.slots.get("activity") not in content.activities:
            _guess_activity(s, content, today, understand)
    if outcome == REFUSE:
        return show(_refused(s, now, today), content, today)  # nothing said is kept
    if outcome == REJECT:  # "Stop – send ikke målet": answers stay, nothing goes to staff
        s.status, s.step, s.changing = Status.REJECTED, "rejected", False
        s.slots = s.last_history()["slots"]  # "glem det" is no new goal
        s.confirmed, s.confirmed_by = False, reply.said_by
        return replace(show(s, content, today), facts=facts)
    s.failures.pop(step.id, None)
    if outcome == OK and step.id not in s.answered:
        s.answered.append(step.id)
    if step.id == "confirm" and s.changing:
        s.answered = [a for a in s.answered if a not in ("change", "confirm")]
    s.notice = s.notice or understood(s, changed, step, content)
    nxt = None if outcome == FINISH else next_step(s, content)
    if nxt is None:
        s.status, s.step = Status.DONE, "done"
    else:
        s.step = nxt
    return replace(show(s, content, today), facts=facts)


def _aids_replaced(s: DialogueState, step: Step) -> bool:
    """True when a correction on the summary changed the goal's aids ("nej hellere med
    stokken", "rollatoren skal ikke med"): a new value, as a new frequency is."""
    before = _goal_aids(s.last_history()["slots"])
    return step.kind in ("confirm", "change") and _goal_aids(s.slots) != before


def _goal_aids(slots: dict) -> list:
    """The aids the goal takes: not the story's, nor one said no to ("ingen alarm")."""
    story = slots.get("story_aids") or []
    return [a for a in slots.get("aids") or [] if a not in story]


def _measure_unknown_once(s: DialogueState, step: Step, reply: Reply, ctx: Ctx) -> bool:
    """True the first time a typed or spoken "ved ikke" answers the measure question while no
    measure or sign is known: it is asked once more, kindly, with the cards (the activity's
    observable signs) before it is left out; a second "ved ikke" goes on (noted in `failures`)."""
    if step.kind != "measure" or reply.card is not None or s.failures.get(MEASURE_UNKNOWN):
        return False
    if s.slots.get("measures") or s.slots.get("criterion"):
        return False
    if any(e.get("slot") in ("confirm", "change") for e in s.transcript):
        return False  # asked anew after a change at the summary: the goal was seen already
    wish = str(s.slots.get("own_action") or "")
    if said(wish, ctx.dialogue, "sign_in_wish", len(wish.split()), anywhere=True):
        return False  # "gå ud til skraldespanden og tilbage": the wish says its own sign
    if not (dont_know(reply, ctx) or dont_know_said(reply, ctx)):
        return False
    s.failures[MEASURE_UNKNOWN] = 1
    return True


#: The key in `failures` counting the goal summaries shown again with nothing understood or
#: changed ("nej", then "ved ikke" to what to change); never a step id, so never reset by one.
_SUMMARY_ROUNDS = "summary"


def _summary_again(s: DialogueState, step: Step, outcome: Outcome, changed: list[str]) -> bool:
    """Count an answer that brings the same goal summary back: one not understood on `confirm`,
    or nothing to change on `change`; True when that happened SKIP_AFTER times in a row (a
    changed value starts the count anew), so the summary is not put again and again."""
    if changed:
        s.failures.pop(_SUMMARY_ROUNDS, None)
        return False
    again = (step.kind == "confirm" and outcome == UNUSABLE) or (
        step.kind == "change" and outcome == OK and s.forced is None
    )
    if not again:
        return False
    s.failures[_SUMMARY_ROUNDS] = s.failures.get(_SUMMARY_ROUNDS, 0) + 1
    return s.failures[_SUMMARY_ROUNDS] >= SKIP_AFTER


#: Words of a yes that keeps a told value ("ja det passer"); a longer yes may tell a new one.
_SHORT_YES = 5
#: Where the words of a told value are kept beside it (cleared with it on "nej").
_SAID_KEYS = {
    "frequency": "frequency_said",
    "deadline": "deadline_said",
    "motivation": "reason_said",
}
#: Where a told value is kept when the person's own answer gives another (both go in the goal).
_EARLIER_KEYS = {"motivation": "purpose_said"}


def _note_inferred(s: DialogueState, changed: list[str], step: Step, dialogue) -> None:
    """Note the slots this answer filled for steps not yet asked: they are asked as
    "Du sagde … Passer det?" so the person's own answer to them is still heard."""
    if step.kind in ("confirm", "change"):
        return  # a correction on the summary is the person's own answer
    for slot in changed:
        if slot == step.id or not dialogue.has_step(slot) or slot in s.answered:
            continue
        if dialogue.step(slot).confirm and slot not in (s.inferred or ()):
            s.inferred = [*(s.inferred or ()), slot]


def _known(step: Step, s: DialogueState, reply: Reply, changed: list[str], ctx: Ctx):
    """Read an answer to "Du sagde: hver lørdag. Passer det?": yes keeps the value, a bare no
    forgets it (the question is then asked plainly); None lets the step's handler read the
    answer as a new value (the person's own words win over what another answer told; an earlier
    reason stays beside the new one)."""
    if not confirms_known(step, s):
        return None
    earlier = _EARLIER_KEYS.get(step.slot)
    if step.id not in changed:  # the answer told no new value itself
        if reply.card is not None and is_yes(reply, ctx):
            return OK
        short = reply.card is None and len(reply.text.split()) <= _SHORT_YES
        if short and is_yes(reply, ctx):
            return OK
        if reply.card is None and confirms_goal(reply, ctx):
            return OK  # "ja altså den begynder klokken ti": a yes, then talk telling no value
        if short and is_no(reply, ctx):
            for key in (step.slot, _SAID_KEYS.get(step.slot), earlier):
                s.slots.pop(key or "", None)
            s.inferred = [i for i in s.inferred or () if i != step.id] or None
            return STAY
    if earlier and not s.slots.get(earlier):  # the wish's "så jeg kan …", kept once
        before = s.last_history()["slots"]
        s.slots[earlier] = before.get(_SAID_KEYS[step.slot]) or before.get(step.slot)
    return None


def _sentences(text: str, today: date, understand: Understand) -> list[tuple]:
    """The sentences of an answer told as a story, each with its facts; [] for one sentence."""
    said = [p for p in re.split(r"(?<=[.!?])\s+", text[:MAX_ANALYZED]) if p.strip()]
    return [(p, understand(p, today)) for p in said] if len(said) > 1 else []


def _offered(card_id: str, step: Step, s: DialogueState, content, today: date) -> bool:
    if "activities" in step.cards and card_id in content.activities:
        return True
    return any(c.id == card_id for c in step_cards(step, s, content, today))


def _refused(
    s: DialogueState, now: str | None, today: date, reason: str = "refused"
) -> DialogueState:
    """Keep only the refusal (or that consent stayed unclear): nothing the person said is kept."""
    return DialogueState(
        reason=reason,
        lang=s.lang,
        today=s.today,
        mode=s.mode,
        channel=s.channel,
        draft_id=s.draft_id,
        status=Status.REFUSED,
        step="refused",
        refused_at=now or f"{today.isoformat()}T00:00:00",
    )
