"""A new count, on the summary, of a thing the goal's own sign counts inside it (pure).

"Nej, to børn er for meget i starten. Bare ét barn, en halv time." for the sign "læse med to
børn, en halv time hver": the count goes in the place of the old one ("læse med ét barn, en
halv time hver"), the rest of the sign kept. The thing is known by its lemma ("barn" for
"børn"), so its article counts too ("hellere et barn"); a clause that finds a value wrong ("to
børn er for meget") names the old count, not the new one. A word of the sign before the old
count that the answer turns down goes with it ("Nej, ikke alle 18 huller … Ni huller." for
"spille alle 18 huller": "spille ni huller"), and a count said as a sentence of its own is
written in small letters.
"""

from __future__ import annotations

from assistant.content.yesno import normalise
from assistant.dialogs.cards import clauses, said
from assistant.dialogs.reply import Ctx
from assistant.dialogs.wordlists import word_set as _folded
from assistant.nlp.numbers import number_at

_EDGE = ",.;:!?"
_READ_WORDS = 60  # words of a clause searched for a complaint ("er for meget")


def recount_in_sign(s, before: dict, text: str, ctx: Ctx) -> bool:
    """Put a new count of a thing the sign of `before` counts in its place in the sign; True
    when the answer says one."""
    criterion = before.get("criterion")
    if not criterion or before.get("criterion_card"):
        return False
    counted = _counted(str(criterion).split(), ctx)
    if not counted:
        return False
    old = str(criterion).split()
    lexicon = ctx.content.lexicon
    dialogue = ctx.dialogue
    negations = _folded(dialogue, "negations")
    told = [part for clause in clauses(text, dialogue) for part in clause.split(",")]
    for clause in told:  # "tre par er for mange, hellere to par": each part on its own
        if said(clause, dialogue, "complaints", _READ_WORDS, anywhere=True):
            continue  # "to børn er for meget": the old count
        said_words = [
            w.strip(_EDGE) for w in clause.split() if normalise(w, dialogue.yes_no.fillers)
        ]
        words = [normalise(w) for w in said_words]
        inside = 0  # "ikke en halv time": its "halv" is no count of its own
        for i in range(len(words)):
            found = number_at(words, i, lexicon.numbers)
            if i < inside or found is None:
                continue
            inside = i + found[1]
            if found[0] <= 0 or (i and words[i - 1] in negations):
                continue
            end = i + found[1]
            place = (
                counted.get(lexicon.lemma(said_words[end].lower())) if end < len(words) else None
            )
            if place is None:
                continue
            start, noun = place
            if [normalise(w.strip(_EDGE)) for w in old[start : noun + 1]] == words[i : end + 1]:
                continue  # the count the sign says already
            mark = old[noun][len(old[noun].rstrip(_EDGE)) :]
            new = [*said_words[i : end + 1], *_each_time(words, end + 1, old, noun, dialogue)]
            new[-1] += mark
            if new[0][1:].islower():  # "Ni huller." said as a sentence of its own: "ni huller"
                new[0] = new[0].lower()
            start -= _turned_down_before(old, start, text, negations)
            s.slots["criterion"] = " ".join([*old[:start], *new, *old[noun + 1 :]])
            s.slots.pop("criterion_card", None)
            unit = lexicon.lemma(said_words[end].lower())
            was = number_at(words_of(old[start:noun]), 0, lexicon.numbers, articles=False)
            s.slots["measures"] = _recounted(s, before, unit, was and was[0], found[0])
            return True
    return False


def _turned_down_before(old: list[str], start: int, text: str, negations) -> int:
    """1 when the sign's word right before its count is said after a negation in the answer
    ("Nej, ikke alle 18 huller … Ni huller" for "spille alle 18 huller": "alle" goes with the
    old count), else 0."""
    if not start:
        return 0
    word = normalise(old[start - 1].strip(_EDGE))
    said = [normalise(w.strip(_EDGE)) for w in text.split()]
    return int(any(a in negations and b == word for a, b in zip(said, said[1:], strict=False)))


def words_of(said: list[str]) -> list[str]:
    """The words of the sign as `number_at` reads them."""
    return [normalise(w.strip(_EDGE)) for w in said]


def _each_time(words: list[str], at: int, old: list[str], noun: int, dialogue) -> list[str]:
    """The words of "ad gangen" / "hver gang" (dialogue.yaml each_time) said right after the new
    count ("skriv en time ad gangen"), kept with it in the sign; none when the sign says one
    after its count already."""
    for phrase in dialogue.words.get("each_time", ()):
        said = normalise(phrase).split()
        if words[at : at + len(said)] == said and words_of(old[noun + 1 :])[: len(said)] != said:
            return phrase.split()
    return []


def _recounted(s, before: dict, unit: str, old: float | None, new: float) -> list:
    """The goal's measures with the old count of the sign's thing in its unit given the new one
    ("tre timer" → "en time"): the old count said again in the no ("det med tre timer passer
    ikke") is no measure of its own; the measures as the answer left them when none holds it."""
    measures = [m for m in before.get("measures") or [] if isinstance(m, dict)]
    at = next(
        (k for k, m in enumerate(measures) if m.get("unit") == unit and m.get("value") == old),
        None,
    )
    if at is None:
        return s.slots.get("measures") or before.get("measures")
    measures[at] = {**measures[at], "value": int(new) if float(new).is_integer() else new}
    return measures


def _counted(old: list[str], ctx: Ctx) -> dict[str, tuple[int, int]]:
    """The lemma of each thing the sign counts → where its count starts and where the thing is
    ("læse med to børn, …": "barn" → (3, 4)); a count said with a digit or a number word, not
    an article ("stryge en skjorte" counts nothing)."""
    lexicon = ctx.content.lexicon
    words = [normalise(w.strip(_EDGE)) for w in old]
    out: dict[str, tuple[int, int]] = {}
    for i in range(len(words)):
        found = number_at(words, i, lexicon.numbers, articles=False)
        if found is None or found[0] <= 0:
            continue
        end = i + found[1]
        if end < len(words) and words[end].isalpha() and old[end - 1][-1:] not in _EDGE:
            out.setdefault(lexicon.lemma(old[end].strip(_EDGE).lower()), (i, end))
    return out
