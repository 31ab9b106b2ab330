"""A weekday kept when the summary's days are turned down ("Nej, ikke både lørdag og søndag, det
bliver for meget. Kun lørdag.", "nej bare tirsdag aften", "nej ikke om søndagen, lørdag"): the
goal is done on that day each week. A bare weekday in a free sentence tells when, no frequency
(`analyze`); said after "kun"/"bare", or after days or a rhythm turned down, to the summary it is
the goal's new frequency, read as "hver lørdag" and said so. "nej ikke hver tirsdag, kun hver
anden" keeps the period of the rhythm turned down: "hver anden tirsdag"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from assistant.content.yesno import normalise
from assistant.dialogs.wordlists import word_set
from assistant.nlp.facts import Facts

Understand = Callable[[str, date], Facts]

#: Most words of the kept day's phrase ("lørdag formiddag", "hver anden tirsdag aften").
_KEPT_WORDS = 4
_ENDS = ".,!?;:"
#: Words before a weekday searched for an asserting word ("så bliver det onsdag").
_ASSERT_WORDS = 2


def kept_days(understand: Understand, dialogue, lex) -> Understand:
    """`understand` with a weekday kept on the summary read as once a week on that day."""

    def read(text: str, today: date) -> Facts:
        facts = understand(text, today)
        if facts.frequency is not None and not (facts.extras or {}).get("day_said"):
            return facts  # a lone day ("om lørdagen kører vi …") may be the one turned down
        said = kept_day(str((facts.extras or {}).get("spelled") or text), dialogue, lex)
        if said is None:
            return facts
        found = understand(said, today)
        if found.frequency is None:
            return facts
        extras = {
            **(facts.extras or {}),
            "frequency_said": (found.extras or {}).get("frequency_said"),
        }
        return replace(facts, frequency=found.frequency, extras=extras)

    return read


def kept_day(text: str, dialogue, lex) -> str | None:
    """The kept day said with the every-word ("hver lørdag formiddag") for a weekday kept in
    `text`: after one of `kept_day_leads` ("kun lørdag"), or opening a part of its own after a
    weekday or a rhythm turned down ("ikke søndag, lørdag"); None when no day is kept so."""
    every = dialogue.words.get("every_lead", ())
    if not every:
        return None
    words = text.split()
    bare = [w.strip(_ENDS).lower() for w in words]
    leads = word_set(dialogue, "kept_day_leads")
    asserts = word_set(dialogue, "kept_day_asserts")
    refused = None
    for k, word in enumerate(bare):
        if refused is None and word in lex.negations:
            refused = _refused_at(bare, k + 1, dialogue, lex)
            continue
        part_opens = k > 0 and words[k - 1][-1:] in _ENDS
        led = k > 0 and normalise(bare[k - 1]) in leads
        asserted = any(normalise(w) in asserts for w in bare[max(0, k - _ASSERT_WORDS) : k])
        if not (led or (refused is not None and (part_opens or asserted))):
            continue
        phrase = _phrase(words, bare, k, refused, dialogue, lex)
        if phrase is not None and not led and _same_day(phrase, refused, dialogue, lex):
            continue  # "ikke lørdag. Om lørdagen kører vi til …": why not, no day kept
        if phrase is not None:
            told = phrase[0].lower() in {*lex.every_words, *dialogue.words.get("definite_lead", ())}
            return " ".join(phrase if told else [every[0], *phrase])
    return None


def _same_day(phrase: list[str], refused: str | None, dialogue, lex) -> bool:
    """True when the phrase opens with the weekday turned down ("om lørdagen" after "ikke
    lørdag"), bare or definite."""
    said = [w.lower() for w in phrase]
    if said and said[0] in dialogue.words.get("definite_lead", ()):
        said = said[1:]
    if not said or refused is None or said[0] not in lex.weekdays:
        return False
    return lex.lemma(said[0]) == lex.lemma(refused)


def _refused_at(bare: list[str], k: int, dialogue, lex) -> str | None:
    """The period word of the days or rhythm turned down from word k on ("både lørdag og
    søndag": "søndag", "hver tirsdag": "tirsdag", "om søndagen"), past a focus word; None when
    none is there."""
    if k < len(bare) and bare[k] in lex.negation_focus:
        k += 1
    if k < len(bare) and bare[k] in dialogue.words.get("definite_lead", ()):
        k += 1
    if k < len(bare) and bare[k] in lex.every_words:
        k += 1
        while k < len(bare) and bare[k] not in lex.periods and bare[k] in lex.numbers.ordinals:
            k += 1
    if k < len(bare) and (bare[k] in lex.weekdays or bare[k] in lex.periods):
        j = k
        while (
            j + 2 < len(bare) and bare[j + 1] in lex.weekday_joins and bare[j + 2] in lex.weekdays
        ):
            j += 2
        return bare[j]
    return None


def _phrase(
    words: list[str], bare: list[str], k: int, refused: str | None, dialogue, lex
) -> list[str] | None:
    """The words of the kept day from word k to the end of its part: a bare weekday and what
    follows it ("lørdag formiddag"), a definite one ("om fredagen"), a rhythm ("hver anden
    tirsdag"), or one that lacks its period ("hver anden") with the period of the one turned
    down; None when word k starts none of them."""
    end = k
    while end < len(words) and end - k < _KEPT_WORDS:
        end += 1
        if words[end - 1][-1:] in _ENDS:
            break
    said = [w.strip(_ENDS) for w in words[k:end]]
    first = bare[k]
    if first in dialogue.words.get("definite_lead", ()) and len(said) > 1:
        return said if f"{first} {bare[k + 1]}" in lex.weekday_whens else None  # "om fredagen"
    if first in lex.weekdays and first not in lex.weekday_habits:
        return said
    if first not in lex.every_words:
        return None
    if len(said) == 2 and said[1].lower() in lex.numbers.ordinals:
        # "hver anden": every other one of those turned down
        return [*said, refused] if refused is not None else None
    return said  # "kun hver anden tirsdag": no today's limit, though "kun" leads it
