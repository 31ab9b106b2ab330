"""Things the aid answer says were changed or fitted to make the task possible (pure).

"min kammerat har sænket sadlen tre centimeter", "de har hævet sengen", "sengen er blevet
hævet", "så har vi sat en kurv på": a thing made to fit by a participle of changing
(dialogue.yaml `aid_changed_verbs`) or a thing put on by a verb of putting with its particle
last in its clause (`aid_fitted_put_verbs`, `aid_fitted_on`) is an aid of the answer, named by
its lemma ("sadel"). Said under a negation ("de har ikke hævet sengen"), or with a place after
the particle ("sat en kop på bordet"), it is none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.content.grammar import EDGE
from assistant.content.yesno import normalise
from assistant.dialogs.wordlists import word_set

#: Words between a participle and its thing ("sænket den gamle sadel").
THING_REACH = 3
_PARTICIPLE, _BEFORE_NOUN = "et", "ede"  # "sænket" → "den sænkede sadel"
#: Words a negation may stand before the participle in its clause ("har ikke rigtig hævet").
NEGATION_REACH = 4


@dataclass(frozen=True)
class ChangedWords:
    """dialogue.yaml's aid_changed_* words (and the putting words of aid_fitted_*)."""

    verbs: frozenset[str]  # "sænket", "hævet": a thing made to fit
    links: frozenset[str]  # "er", "blevet" in "sengen er blevet hævet"
    skip: frozenset[str]  # "den", "min", "lille" between the participle and the thing
    negations: frozenset[str]  # "ikke" before it: no change made
    ends: frozenset[str]  # "så", "og": a clause's end after "på" ("sat en bøjle på så …")
    put_verbs: frozenset[str]  # "sat", "skruet"
    on: frozenset[str]  # "på", "op": the particle of putting


def changed_things(
    text: str, w: ChangedWords, is_thing: Callable[[str], bool]
) -> list[tuple[str, str]]:
    """(the thing's word as said, the participle that changed it or "") for each thing `text`
    tells was changed ("sænket sadlen": ("sadlen", "sænket")) or put on ("sat en kurv på":
    ("kurv", "")), in the order said, each once; [] when none."""
    said = text.split()
    low = [normalise(t.strip(EDGE)) for t in said]
    marks = [t.rstrip(EDGE) != t for t in said]  # a comma or full stop after the word
    found: list[tuple[str, str]] = []
    for k, word in enumerate(low):
        if word in w.verbs and not _negated(low, marks, k, w):
            places, how = (_after(low, marks, k, w), _before(low, k, w)), word
        elif word in w.put_verbs and not _negated(low, marks, k, w):
            places, how = (_put_on(low, marks, k, w),), ""
        else:
            continue
        # "sengen er blevet hævet så jeg …": the thing before when none stands after
        thing = next(
            (m for m in places if m is not None and _thing(said, low, m, w, is_thing)), None
        )
        if thing is None:
            continue
        told = (said[thing].strip(EDGE).lower(), said[k].strip(EDGE).lower() if how else "")
        if told[0] not in {t for t, _h in found}:
            found.append(told)
    return found


def _thing(said: list[str], low: list[str], m: int, w: ChangedWords, is_thing) -> bool:
    """True when the word at m may be the thing: no clause lead ("så", "og") and `is_thing`."""
    return low[m] not in w.ends and is_thing(said[m].strip(EDGE))


def definite_participle(word: str) -> str:
    """A participle of changing in the form before a noun ("sænket" → "sænkede"; "hævede"
    stays)."""
    return word[: -len(_PARTICIPLE)] + _BEFORE_NOUN if word.endswith(_PARTICIPLE) else word


def bare_noun(word: str, definite: Callable[[str], str | None]) -> str | None:
    """The noun's bare singular of a word said in it or in its definite singular ("sadlen" →
    "sadel", "sengen" → "seng", "bøjlen" → "bøjle"), by `definite` (the grammar's definite
    singular of a bare form); None when neither is known."""
    if definite(word):
        return word
    stems = (word[:-2], word[:-1], word[:-3] + "e" + word[-3:-2], word[:-3])
    return next((s for s in stems if len(s) > 1 and definite(s) == word), None)


def _after(low: list[str], marks: list[bool], k: int, w: ChangedWords) -> int | None:
    """The thing right after the participle, past articles and adjectives ("sænket sadlen",
    "hævet den gamle seng"), or None."""
    m = k + 1
    while m < len(low) and m - k <= THING_REACH and low[m] in w.skip and not marks[m - 1]:
        m += 1
    if m >= len(low) or marks[m - 1] or m - k > THING_REACH or not low[m].isalpha():
        return None
    return m


def _before(low: list[str], k: int, w: ChangedWords) -> int | None:
    """The thing before a passive's links ("sengen er blevet hævet"), or None."""
    m = k - 1
    while m >= 0 and low[m] in w.links:
        m -= 1
    if m < 0 or m == k - 1 or not low[m].isalpha() or low[m] in w.skip:
        return None
    return m


def _put_on(low: list[str], marks: list[bool], k: int, w: ChangedWords) -> int | None:
    """The thing a verb of putting puts on with its particle last in the clause ("sat en
    væltebøjle på så …", "skruet et greb op."), or None."""
    m = k + 1
    while m < len(low) and m - k <= THING_REACH and low[m] in w.skip and not marks[m - 1]:
        m += 1
    on = m + 1
    if on >= len(low) or marks[m - 1] or low[on] not in w.on or marks[m]:
        return None
    last = marks[on] or on + 1 >= len(low) or low[on + 1] in w.ends
    return m if last and low[m].isalpha() else None


def _negated(low: list[str], marks: list[bool], k: int, w: ChangedWords) -> bool:
    """True when a negation stands a few words before word k in its clause."""
    for m in range(k - 1, max(-1, k - 1 - NEGATION_REACH), -1):
        if marks[m]:
            return False
        if low[m] in w.negations:
            return True
    return False


def changed_words(dialogue) -> ChangedWords:
    """The aid_changed_* word lists of dialogue.yaml, with the verbs of aid_fitted_put_verbs."""
    key = lambda k: word_set(dialogue, f"aid_changed_{k}")  # noqa: E731
    return ChangedWords(
        verbs=key("verbs"),
        links=key("links"),
        skip=key("skip"),
        negations=key("negations"),
        ends=key("ends"),
        put_verbs=word_set(dialogue, "aid_fitted_put_verbs"),
        on=key("on"),
    )
