"""A wish to go somewhere keeps the place or event the citizen named for it.

"om fredagen er der bingo nede i fællesstuen og der vil jeg gerne selv kunne gå ned med min
rollator" wishes "gå ned til bingo i fællesstuen med min rollator": a movement with no place of
its own goes to the event told as held (stance.yaml event_words, after "der er" / "er der") and
the room it is held in. "vi har haft kolonihave ude ved banen … jeg vil gerne kunne cykle derud
igen" wishes "cykle ud til kolonihaven igen": a pointing place word (stance.yaml
action_fragment_there) becomes its way and the first place the answer named (_grammar.yaml
place_prepositions, said bare or definite). A phrase that names its own place keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar
from assistant.nlp.memo import MISSING, Memo, once

_EVENT_REACH = 3  # words from "der er" to the event ("der er nu bingo")
_ROOM_REACH = 6  # words from the event to its room ("bingo om fredagen nede i fællesstuen")
_COMPOUND_HEAD_MIN = 3  # letters of a compound's first part or last part ("hus")
_KEPT_REACH = 4  # words from a position verb to its place ("står bare nede i haven")
_ROOM_WORDS_SKIPPED = 2  # "om onsdagen" between the event and its room


def event_place(
    action: str | None, words: Sequence[str], said: Sequence[str], lex, g: Grammar
) -> str | None:
    """The wish's phrase with the event and room it goes to, else with the place its pointing
    word stands for (see the module); `action` as it was when neither is told."""
    if not action:
        return action
    tokens = action.split()
    held = _in_the_room(tokens, words, said, lex)
    if held is not None:
        return " ".join(held)
    if _has_place(tokens, lex, g):
        return action
    moved = _to_event(tokens, words, said, lex, g)
    if moved is not None:
        return " ".join(moved)
    pointed = _pointed(tokens, words, said, lex, g)
    return " ".join(pointed) if pointed is not None else action


def _has_place(tokens: Sequence[str], lex, g: Grammar) -> bool:
    """True when the phrase names a place or goal of its own ("til Rema", "i svømmehallen")."""
    lead = lex.action.fragment_motion_lead
    return any(
        g.place_preposition(t) is not None
        or (
            t.lower() == lead
            and k + 1 < len(tokens)
            and tokens[k + 1].lower() not in lex.action.place_not
            and tokens[k + 1].lower() not in lex.action.fragment_pronouns
        )  # "til Rema"; "se til den" goes nowhere
        for k, t in enumerate(tokens)
    )


def _motion_end(tokens: Sequence[str], lex, g: Grammar) -> int | None:
    """Where the destination goes in a phrase that opens with a verb of motion and its ways
    ("gå ned", "gå med", "cykle derud"): after them; None for any other phrase ("gå ture")."""
    if not tokens or tokens[0].lower() not in lex.action.fragment_motion_verbs:
        return None
    k = 1
    while k < len(tokens) and tokens[k].lower() in g.motion_adverbs:
        if tokens[k].lower() in lex.event_along and k + 1 < len(tokens):
            break  # "gå ned med min rollator": "med" leads the aid, no way
        k += 1
    if k == 1 and len(tokens) > 1:
        return None  # "gå ture", "køre bil": the verb has a thing of its own
    return k


def _to_event(tokens, words, said, lex, g: Grammar) -> list[str] | None:
    """The phrase going to the event told as held ("… til bingo i fællesstuen"), or None."""
    end = _motion_end(tokens, lex, g)
    if end is None or not lex.event_words:
        return None
    found = _event(words, lex)
    if found is None:
        return None
    event, room = found
    there = lex.action.fragment_there
    ways = [there.get(t.lower(), t) for t in tokens[:end]]
    told = [lex.action.fragment_motion_lead, said[event]]
    if room is not None:
        told += [said[room - 1], said[room]]
    return [*ways, *told, *tokens[end:]]


def _in_the_room(tokens, words, said, lex) -> list[str] | None:
    """A movement to the room an event is told as held in, with the event before the room
    ("gå i opholdsstuen" → "gå til fællessang i opholdsstuen"); None for any other phrase."""
    if not tokens or tokens[0].lower() not in lex.action.fragment_motion_verbs:
        return None
    found = _event(words, lex) if lex.event_words else None
    if found is None or found[1] is None:
        return None
    event, room = found
    low = [t.lower() for t in tokens]
    if words[event] in low:
        return None
    at = next(
        (
            k
            for k in range(1, len(low))
            if low[k] == words[room] and low[k - 1] in lex.event_room_leads
        ),
        None,
    )
    if at is None:
        return None
    return [*tokens[: at - 1], lex.action.fragment_motion_lead, said[event], *tokens[at - 1 :]]


def _event(words: Sequence[str], lex) -> tuple[int, int | None] | None:
    """The event told as held ("der er bingo", "er der sangeftermiddag") and the room said
    after it ("… nede i fællesstuen"), as token indices; None when none is told."""
    n = len(words)
    for k in range(n - 1):
        pair = (words[k], words[k + 1])
        if not (
            (pair[0] in lex.event_there and pair[1] in lex.event_be)
            or (pair[0] in lex.event_be and pair[1] in lex.event_there)
        ):
            continue
        for e in range(k + 2, min(n, k + 2 + _EVENT_REACH)):
            if _is_event(words[e], lex):
                return e, _room(words, e, lex)
            if words[e] not in lex.fillers and words[e] not in lex.action.place_skip:
                break
    return None


def _is_event(word: str, lex) -> bool:
    """True for an event's word or a compound ending in one ("spilleaften")."""
    if not word.isalpha():
        return False
    if word in lex.event_words:
        return word not in lex.event_compound_only
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in lex.event_words)


def _room(words: Sequence[str], e: int, lex) -> int | None:
    """The room said after the event ("… om onsdagen nede i fællesstuen"): its noun's index."""
    cues = lex.action
    rooms = lex.event_room_leads
    skipped = 0
    for j in range(e + 1, min(len(words) - 1, e + 1 + _ROOM_REACH)):
        w = words[j]
        if w in rooms:
            nxt = words[j + 1]
            ok = nxt.isalpha() and nxt not in cues.place_not and nxt not in cues.place_amounts
            return j + 1 if ok else None
        if w in cues.place_leads or w in cues.place_skip or w in lex.fillers:
            continue  # "nede", "ude"
        skipped += 1
        if skipped > _ROOM_WORDS_SKIPPED:
            return None
    return None


def _pointed(tokens, words, said, lex, g: Grammar) -> list[str] | None:
    """The phrase with its pointing word ("derud") said as the way to the first place the
    answer named ("ud til kolonihaven"), or None."""
    there = lex.action.fragment_there
    at = next((k for k, t in enumerate(tokens) if t.lower() in there), None)
    if at is None:
        return None
    back = next((k for k, w in enumerate(words) if w == tokens[at].lower()), len(words))
    place = named_place(words[:back], said, lex, g)
    return _way_to(tokens, at, place, lex) if place else None


def _way_to(tokens: Sequence[str], at: int, place: str, lex) -> list[str]:
    """The phrase with the pointing word at `at` said as the way to `place`."""
    way = [lex.action.fragment_there[tokens[at].lower()], lex.action.fragment_motion_lead, place]
    return [*tokens[:at], *way, *tokens[at + 1 :]]


def named_place(words: Sequence[str], said: Sequence[str], lex, g: Grammar) -> str | None:
    """The first place the words name, definite as the goal says it ("kolonihave" →
    "kolonihaven"), not one where a thing stands; None when they name none."""
    forms = once(g, "place_forms", lambda _g: Memo())
    for k, word in enumerate(words):
        form = forms.get(word, MISSING)
        if form is MISSING:
            form = forms.get_or(word, _place_form, word, g)
        if form is not None and not kept_there(words, k, lex):
            return form or said[k]
    return None


def pointed_to(action: str | None, place: str | None, lex) -> str | None:
    """The wish's phrase with its pointing word ("cykle derud igen") said as the way to a place
    named in another answer ("cykle ud til kolonihaven igen"); `action` as it was without one."""
    if not action or not place:
        return action
    tokens = action.split()
    at = next((k for k, t in enumerate(tokens) if t.lower() in lex.action.fragment_there), None)
    return action if at is None else " ".join(_way_to(tokens, at, place, lex))


def kept_there(words: Sequence[str], k: int, lex) -> bool:
    """True for a place where a thing stands ("cyklen står nede i haven") or someone lives or
    sits ("jeg bor på plejehjemmet", "sidder mest i stuen"): no destination."""
    kept = once(lex.action, "kept_verbs", lambda a: a.position_verbs | a.dwelling_verbs)
    return any(w in kept for w in words[max(0, k - _KEPT_REACH) : k])


def _place_form(word: str, g: Grammar) -> str | None:
    """How the goal says a place word: "" for the word as said ("svømmehallen"), its definite
    form when that is the place ("kolonihave" → "kolonihaven"), None for no place. Asked for
    every word of an answer, so named_place keeps it per word."""
    if not word.isalpha():
        return None
    preposition = g.place_preposition(word)
    if preposition is not None and preposition != "til":
        return ""
    definite = g.definite_of(word) or _compound_definite(word, g)
    if definite and g.place_preposition(definite) not in (None, "til"):
        return definite
    return None


def _compound_definite(word: str, g: Grammar) -> str | None:
    """A compound's definite form by its last part ("mandehus" → "mandehuset"), or None."""
    for k in range(_COMPOUND_HEAD_MIN, len(word) - _COMPOUND_HEAD_MIN + 1):
        tail = g.definite_of(word[k:])
        if tail:
            return word[:k] + tail
    return None
