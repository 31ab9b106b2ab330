"""Whether a told difficulty may be offered back as a wish, and with which verb (pure).

Only a quote that says the person cannot do an everyday task is offered ("jeg kan ikke gå på
trapperne", "hun tør ikke gå i bad", "trapperne er svære"); a diagnosis, a fall or a symptom
is not. The word lists are dialogue.yaml's `offer_*` words.
"""

from __future__ import annotations

from assistant.content.grammar import fold
from assistant.nlp.memo import once

_PUNCT = ",.!?;:»«\"'()"
#: The fewest letters a word shares with an activity's cue to count as the same word.
MIN_STEM = 4
#: The longest verb phrase of the person's own offered back instead of the activity's verb.
MAX_OWN_VERB = 5


def _words(dialogue, key: str) -> list[tuple[str, ...]]:
    """dialogue.yaml's phrases of `key`, folded and split (once per dialogue and key)."""
    return list(once(dialogue, f"offer_words:{key}", lambda d: _split_words(d, key)))


def _split_words(dialogue, key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(p).split()) for p in dialogue.words.get(key, ()) if p.split())


def _pronouns(dialogue) -> set[str]:
    return {w[0] for w in _words(dialogue, "offer_pronouns")}


def _tokens(text: str) -> tuple[list[str], list[str], list[bool]]:
    """The words as said, folded and bare, and whether a clause ends after each (a comma
    typed apart, "selv , jeg", ends the word before it)."""
    said: list[str] = []
    ends: list[bool] = []
    for word in text.split():
        if not word.strip(_PUNCT):
            if ends:
                ends[-1] = True
            continue
        said.append(word)
        ends.append(word.rstrip("»«\"')").endswith((",", ".", "!", "?", ";", ":")))
    return said, [fold(w.strip(_PUNCT)) for w in said], ends


def _at(bare: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(bare[i : i + len(phrase)]) == phrase


def _stem_match(word: str, cues: set[str]) -> bool:
    """ "trapperne" is the cue "trapper" inflected."""
    return any(word == c or (len(c) >= MIN_STEM and word.startswith(c)) for c in cues)


def _activity_cues(content, activity: str | None) -> set[str]:
    act = content.activities.get(activity) if activity else None
    if act is None:
        return set()
    words = (*act.cues, *act.weak_cues, *act.word_cues)
    return {fold(w.split("^")[0]) for w in words if len(w.split("^")[0]) >= MIN_STEM - 1}


def names_activity(text: str, content, activity: str | None) -> bool:
    """True when a word of text is a cue word of the activity ("toget" of transport)."""
    cues = _activity_cues(content, activity)
    return any(_stem_match(fold(w.strip(",.!?")), cues) for w in text.split())


def _task_after(bare: list[str], ends: list[bool], j: int, content) -> int | None:
    """The index of the task's verb at or after j (offer_skip words passed over) in the same
    clause, if one ("jeg tør ikke selv, jeg er …": none)."""
    dialogue, g = content.dialogue, content.goals.grammar
    skip = {w[0] for w in _words(dialogue, "offer_skip")}
    while j < len(bare) and bare[j] in skip and not ends[j - 1]:
        j += 1
    if j >= len(bare) or ends[j - 1]:
        return None
    word = bare[j]
    not_verbs = (
        set(g.subject_pronouns) | set(g.negations) | set(g.function_words) | _pronouns(dialogue)
    )
    if word in {fold(w) for w in not_verbs} or any(
        _at(bare, j, p) for p in _words(dialogue, "offer_not_tasks")
    ):
        return None
    return j


def cannot_at(text: str, content, other: bool) -> tuple[int, int] | None:
    """Where the quote says the citizen cannot do a task: (cue start, verb index), or None."""
    dialogue = content.dialogue
    _, bare, ends = _tokens(text)
    not_doers = {w[0] for w in _words(dialogue, "offer_not_doers")}
    if other:
        not_doers |= {w[0] for w in _words(dialogue, "offer_not_doers_other")}
    for i in range(len(bare)):
        for cue in _words(dialogue, "offer_cannot"):
            if not _at(bare, i, cue):
                continue
            doers = set(cue) | ({bare[i - 1]} if i else set())
            if doers & not_doers:
                continue
            j = _task_after(bare, ends, i + len(cue), content)
            if j is not None:
                return i, j
    return None


def _hard_named(text: str, content, activity: str | None, other: bool) -> bool:
    """ "trapperne er svære", "rengøring kan jeg ikke mere": a hard word right after a word
    the activity is known by (only offer_hard_skip words between)."""
    dialogue = content.dialogue
    _, bare, _ = _tokens(text)
    cues = _activity_cues(content, activity)
    skip = {w[0] for w in _words(dialogue, "offer_hard_skip")}
    hard = _words(dialogue, "offer_hard") + _words(dialogue, "offer_cannot")
    not_doers = {w[0] for w in _words(dialogue, "offer_not_doers")}
    if other:
        not_doers |= {w[0] for w in _words(dialogue, "offer_not_doers_other")}
    for i in range(len(bare)):
        for cue in hard:
            if not _at(bare, i, cue) or set(cue) & not_doers:
                continue
            k = i - 1
            while k >= 0 and bare[k] in skip:
                k -= 1
            if k >= 0 and _stem_match(bare[k], cues):
                return True
    return False


def offerable(text: str, content, activity: str | None, other: bool) -> bool:
    """True when the quote says the citizen cannot do an everyday task (so it may be offered)."""
    return cannot_at(text, content, other) is not None or _hard_named(
        text, content, activity, other
    )


def own_verb(text: str, content, activity: str | None, verb: str) -> str | None:
    """The task as the quote names it ("skrive", "læse"), when it shares no word with the
    activity's verb phrase and is no cue of the activity; None: offer the activity's verb."""
    at = cannot_at(text, content, other=False) or cannot_at(text, content, other=True)
    if at is None:
        return None
    said, bare, ends = _tokens(text)
    g = content.goals.grammar
    breaks = {w[0] for w in _words(content.dialogue, "offer_verb_ends")}
    drop = {fold(w) for w in g.negated_drop} | {
        w[0] for w in _words(content.dialogue, "offer_skip")
    }
    j, k = at[1], at[1]
    while k < len(bare) and (k == j or bare[k] not in breaks):
        k += 1
        if ends[k - 1]:
            break
    words = [(said[n].strip(_PUNCT), bare[n]) for n in range(j, k)]
    while words and words[-1][1] in drop:
        words.pop()
    unsaid = {w[0] for w in _words(content.dialogue, "offer_own_not")} | _pronouns(content.dialogue)
    dangling = {fold(w) for w in g.dangling}  # "svær at finde ud af": the object went before
    if not words or len(words) > MAX_OWN_VERB or words[-1][1] in dangling:
        return None
    if any(b in unsaid for _, b in words):
        return None
    if words[0][1] in {fold(w) for w in g.generic_verbs}:
        return None
    function = {fold(w) for w in g.function_words}
    mine = [b for _, b in words if b not in function]
    theirs = {fold(w) for w in verb.split()} - function
    if any(_stem_match(b, theirs) for b in mine):
        return None
    return " ".join(w for w, _ in words)


def means_excluded(texts: list[str], content, activity: str | None) -> bool:
    """True when the story names a means the offered activity needs and the person lacks (a
    wheelchair: no walking offer): dialogue.yaml `no_offer_<activity>`."""
    words = {" ".join(p) for p in _words(content.dialogue, f"no_offer_{activity}")}
    if not words:
        return False
    told = " ".join(f" {' '.join(_tokens(t)[1])} " for t in texts)
    return any(f" {w} " in told for w in words)
