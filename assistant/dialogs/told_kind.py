"""A value said with a no on the summary, read by its kind ("nej. 2 måned er for kort … 3
måned": a span of time, so the deadline; "nej bare om morgenen": a time of day, so the
frequency). The analyzer reads the words as it reads any answer; what it cannot know without
the question is which slot a bare value answers, and that is told here by the value's kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from assistant.content.grammar import EDGE
from assistant.content.yesno import normalise
from assistant.dialogs.cards import clauses, said
from assistant.dialogs.reply import Reply
from assistant.dialogs.wordlists import word_set
from assistant.nlp.facts import Facts
from assistant.nlp.memo import once

Understand = Callable[[str, date], Facts]

#: Words of a part of a no that may be a bare span ("3 måned", "en tre fire uger").
SPAN_WORDS = 4
_READ_WORDS = 60  # words of a no searched for a complaint ("… er for kort …")


def span_parts(text: str, dialogue, wrong: bool = False) -> list[str]:
    """The parts of a no that may say a bare span: its clauses and comma parts, each without
    the words that lead a correction ("nej", "hellere", "bare") and fillers; never a part that
    says "ikke", nor (unless `wrong`) one that finds a value wrong ("2 måned er for kort": the
    span turned down)."""
    fillers = dialogue.yes_no.fillers
    leads = word_set(dialogue, "correction_leads") | word_set(dialogue, "correction_instead")
    negations = word_set(dialogue, "negations")
    out = []
    for clause in clauses(text, dialogue):
        for part in clause.split(","):
            if not wrong and said(part, dialogue, "complaints", _READ_WORDS, anywhere=True):
                continue
            words = [w for w in part.split() if normalise(w, fillers)]
            while words and normalise(words[0]) in leads:
                words = words[1:]
            if words and (wrong or not negations & {normalise(w) for w in words}):
                out.append(" ".join(words))
    return out


def span_deadline(
    text: str, content, today: date, understand: Understand, wrong: bool = False
) -> Facts | None:
    """The facts of the first bare span of a no read as "om …" ("3 måned": "om 3 måned"), the
    way a span is read on its own question; None when no part is one. Only a span reads so:
    "om" before other words gives no date ("om morgenen", "om 20 minutter"). With `wrong`, a
    span found wrong counts too ("2 måned er for kort": what is wrong is the deadline). Only
    parts naming a unit of the time lexicon ("måned", "uger") are read."""
    dialogue = content.dialogue
    lead = next(iter(dialogue.words.get("deadline_lead", ())), "")
    if not lead:
        return None
    units = once(content.lexicon.time, "span_unit_words", _unit_words)
    for part in span_parts(text, dialogue, wrong):
        words = part.split()
        if not 0 < len(words) <= SPAN_WORDS and not wrong:
            continue
        for start, word in enumerate(words):  # "2 måned er for kort": the span at its start
            if normalise(word) not in units:
                continue
            if not wrong:
                facts = understand(f"{lead} {part}", today)
                if facts.deadline is not None:
                    return facts
                break
            for first in range(max(0, start - SPAN_WORDS + 1), start + 1):
                facts = understand(f"{lead} {' '.join(words[first : start + 2])}", today)
                if facts.deadline is not None:
                    return facts
    return None


def _unit_words(time) -> frozenset[str]:
    """The words of the time lexicon's units, normalised ("maaned", "uger")."""
    return frozenset(normalise(w) for w in time.units)


def with_span(text: str, facts: Facts, content, today: date, understand: Understand) -> Facts:
    """The facts of a typed no on the summary that hold no date but say a bare span ("nej.
    2 måned er for kort, min fod ikke klar. 3 måned"): the span is the new deadline."""
    if facts.deadline is not None:
        return facts
    found = span_deadline(text, content, today, understand)
    if found is None:
        return facts
    extras = {**(facts.extras or {})}
    said_as = (found.extras or {}).get("deadline_said")
    if said_as:
        extras["deadline_said"] = said_as
    return replace(facts, deadline=found.deadline, extras=extras)


def reply_with_span(reply: Reply, content, today: date, understand: Understand) -> Reply:
    """`with_span` for a typed reply (a card says no span); a span said at all, also one found
    wrong ("nej 2 måned er for kort"), is noted in the extras (`SPAN_SAID`): the deadline is
    what the no is about."""
    if reply.card is not None or reply.facts is None:
        return reply
    facts = with_span(reply.text, reply.facts, content, today, understand)
    if span_deadline(reply.text, content, today, understand, wrong=True):
        facts = replace(facts, extras={**(facts.extras or {}), SPAN_SAID: True})
    return reply if facts is reply.facts else replace(reply, facts=facts)


#: The extras key of a reply on the summary that says a span of time or a date.
SPAN_SAID = "span_said"


def negation_after_no(text: str, dialogue) -> str:
    """The text of a no on the summary with a spoken negation right after its no word spelled
    out ("nej ikk morgen og aften" → "nej ikke morgen og aften"), so the value after it is
    read as turned down; the tag "ikk" said elsewhere stays as said."""
    no_words = word_set(dialogue, "no_before_negation")
    negations = word_set(dialogue, "negations")
    spellings = dialogue.yes_no.spellings
    words = text.split()
    out = list(words)
    for k in range(1, len(words)):
        before = normalise(words[k - 1].strip(EDGE))
        word = normalise(words[k].strip(EDGE))
        spelled = spellings.get(word)
        if before in no_words and spelled and spelled != word and spelled in negations:
            out[k] = words[k].replace(words[k].strip(EDGE), spelled)
    return " ".join(out) if out != words else text
