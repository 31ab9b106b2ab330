"""Which everyday activity an utterance is about: weighted cues, phrases and compounds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assistant.content import Content
from assistant.nlp.activity_errand_place import errand_places
from assistant.nlp.activity_hyphen import hyphen_cues
from assistant.nlp.activity_precedence import (
    carried_way_tokens,
    made_at,
    past_light_verb,
    places_beside_deeds,
)
from assistant.nlp.activity_replica import replica_cues
from assistant.nlp.memo import MISSING, LastCall, Memo

PHRASE_WEIGHT = 3.5
MOTION_WEIGHT = 2.5  # "gå ned til …": the way to an errand names the errand's activity less
DEFAULT_WEIGHT = 2.0
WEAK_WEIGHT = 0.5
COMPOUND_FACTOR = 0.75
SIDE_CLAUSE_FACTOR = 0.25
MIN_SCORE = 1.0
SPLIT_MIN_PART = 3  # each half of a compound typed in two words ("køkken have")
# a strong first part (this weight) names a compound whose last part, a known word at least
# FRONT_MIN_TAIL long ("rullen", not "en"), names nothing: _strong_front
FRONT_MIN_WEIGHT = 3.0
FRONT_MIN_TAIL = 4
DESTINATION_REACH = 3  # words from a travel verb to its "til"/"på" ("køre på den ned til")
_ENDINGS = (
    "'erne",
    "'er",
    "'en",
    "'et",
    "'s",
    "erne",
    "ene",
    "en",
    "et",
    "er",
    "ne",
    "e",
    "s",
)


@dataclass(frozen=True)
class CueIndex:
    """Word → [(activity id, weight)] for whole words, and parts that count in compounds."""

    words: dict[str, tuple[tuple[str, float], ...]]
    parts: dict[str, tuple[tuple[str, float], ...]]
    # token_cues' answers by (word, lemma, stop): a word's compound split is worked out once
    seen: Memo = field(default_factory=Memo, compare=False, repr=False)
    # a known word ("borger"), when the spelling tables are shipped: "borgeren" is its
    # definite form, not "borge" + "ren"
    is_word: Callable[[str], bool] | None = field(default=None, compare=False, repr=False)
    # the language's function words: no compound typed in two words starts with one ("hver dag")
    stop_words: frozenset[str] = field(default=frozenset(), compare=False, repr=False)


def _parse_cue(cue: str) -> tuple[str, float]:
    word, _, weight = cue.partition("^")
    return word.strip().lower(), float(weight) if weight else DEFAULT_WEIGHT


def build_index(content: Content, is_word: Callable[[str], bool] | None = None) -> CueIndex:
    """Index every activity's cues by form and lemma (`is_word`: see CueIndex)."""
    lex = content.lexicon
    words: dict[str, dict[str, float]] = {}
    parts: dict[str, dict[str, float]] = {}

    def put(table: dict[str, dict[str, float]], word: str, aid: str, weight: float) -> None:
        slot = table.setdefault(word, {})
        slot[aid] = max(slot.get(aid, 0.0), weight)

    listed: list[tuple[dict, str, str, float]] = []
    for act in content.activities.values():
        # A form without its own weight takes its lemma's ("badet" as strong as "bad^3").
        weighted = {lex.lemma(w): wt for w, wt in map(_parse_cue, act.cues)}
        weighted.update(
            {lex.lemma(w): wt for c in act.cues if "^" in c for w, wt in [_parse_cue(c)]}
        )
        for cue in act.cues:
            word, weight = _parse_cue(cue)
            if "^" not in cue:
                weight = max(weight, weighted.get(lex.lemma(word), weight))
            listed += [(words, word, act.id, weight), (parts, word, act.id, weight)]
        for cue in act.weak_cues:
            listed.append((words, _parse_cue(cue)[0], act.id, WEAK_WEIGHT))
        for cue in act.word_cues:  # a word of its own only, never a compound's part
            word, weight = _parse_cue(cue)
            listed.append((words, word, act.id, weight))
        for cue in act.compound_cues:
            listed.append((parts, _parse_cue(cue)[0], act.id, DEFAULT_WEIGHT))
    for table, word, aid, weight in listed:
        put(table, word, aid, weight)
    # A listed form's lemma matches the other forms, but never overrides a word listed itself
    # ("gående^1" must not give "gå" the default weight).
    explicit = {id(t): set(t) for t in (words, parts)}
    stop_words = content_stop_words(content)
    for table, word, aid, weight in listed:
        lemma = lex.lemma(word)
        # "sår" has the lemma "så": a function word never becomes a cue through a lemma.
        if lemma not in explicit[id(table)] and lemma not in stop_words:
            put(table, lemma, aid, weight)
    freeze = lambda t: {k: tuple(sorted(v.items())) for k, v in t.items()}  # noqa: E731
    return CueIndex(freeze(words), freeze(parts), is_word=is_word, stop_words=stop_words)


def content_stop_words(content: Content) -> frozenset[str]:
    """The language's stop words (spaCy's list for content.lang)."""
    from spacy.util import get_lang_class  # noqa: PLC0415

    return frozenset(get_lang_class(content.lang).Defaults.stop_words)


def _stems(word: str) -> tuple[str, ...]:
    """The word and its stems without each ending of _ENDINGS, kept per word."""
    found = _STEMS.get(word)
    if found is None:
        found = _STEMS.get_or(word, _stems_of, word)
    return found


def _stems_of(word: str) -> tuple[str, ...]:
    out = [word]
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            out.append(word[: -len(end)])
    return tuple(out)


_STEMS = Memo()  # word → its stems (_stems_of), asked of the same words by several rules


SHORT_PART = 3  # a last part this short may be a definite ending in disguise
KNOWN_MIN_HEAD = 4  # a known word splits only after a first part this long ("ønsker" stays)


def token_cues(word: str, lemma: str, index: CueIndex, content: Content, stop: bool = False):
    """Return the [(activity, weight)] a single token carries, via compounds where needed.

    Stop words ("tilbage", "sammen") are never split as compounds.
    """
    return index.seen.get_or((word, lemma, stop), _token_cues, word, lemma, index, content, stop)


def _token_cues(word: str, lemma: str, index: CueIndex, content: Content, stop: bool):
    keys = (word, word.rstrip(".")) if stop else (word, lemma, word.rstrip("."))
    for key in keys:
        if key in index.words:
            return index.words[key]
    if stop:
        return ()
    for stem in _stems(word)[1:]:
        if stem in index.words:
            return index.words[stem]
    if "-" in word.strip("-"):
        return hyphen_cues(word, index, content, token_cues)
    if stop or not word.isalpha() or len(word) < 6:
        return ()
    return _compound(word, index, content)


def _compound(word: str, index: CueIndex, content: Content):
    """Meaning from the longest known last part; a light last part defers to the first part."""
    lex = content.lexicon
    for k in range(lex.compound_min_head, len(word) - lex.compound_min_part + 1):
        head, tail = word[:k], word[k:]  # longest last part first
        if _definite_ending(head, tail, lex, index.is_word):
            continue  # "kurven" is kurv + en, not kur + ven; "snoren" not sno + ren
        if tail in lex.adjective_tails and not head.endswith(tuple(lex.compound_links)):
            continue  # "grønland|ske" is "grønlandsk" + e: an adjective, not a spoon
        if k < KNOWN_MIN_HEAD and _not_split(word, head, index.is_word):
            continue  # a known word is no "øn" + "sker"; "springer" no "sp" + "ringer"
        light = _is_light(tail, lex)
        hits = None if light else _part(tail, index, lex)
        if front := _owner_front(head, tail, index, lex):
            return front  # "skylle|knappen": the flush's button, not a clothes button
        if hits and _linked_part(head, tail, index):
            continue  # "mand|skor" is "mands|kor": a tail that is no word after a link letter
        if hits and (agreed := _agreeing_link(head, tail, index, lex)):
            return agreed  # "blodtryks|piller", not "blodtryk|spiller": both parts agree
        if hits and _borrowed_letter(head, tail, lex, index.is_word):
            continue  # "rædselss|lagen" is "rædsels|slagen": the sheet is no part of the fear
        if hits:
            return hits
        if light and (front := _part_front(head, index, lex)):
            return tuple((a, w * COMPOUND_FACTOR) for a, w in front)
        if light and (kind := _kind_group(head, tail, index, lex)):
            return kind
    return _strong_front(word, index, lex)


def _kind_group(head: str, tail: str, index: CueIndex, lex):
    """The light last part's own cues when the first part names a kind of people
    (`group_kinds`: "kvinde|gruppen", "enke|klubben"): a group of its members is the group;
    None otherwise."""
    kinds = lex.classes.get("group_kinds", ())
    if not kinds or not any(c in kinds for c in (head, *_linkless(head, lex))):
        return None
    return next((index.words[t] for t in _stems(tail) if t in index.words), None)


def _linkless(head: str, lex) -> tuple[str, ...]:
    """The first part without each linking letter it may end with ("kvinde|s" → "kvinde")."""
    return tuple(head[: -len(s)] for s in lex.compound_links if head.endswith(s))


def _strong_front(word: str, index: CueIndex, lex):
    """A compound whose last part is a known word that names no activity is named by a first
    part that names one strongly ("toilet|rullen", "aftale|bogen"): the modifier tells what the
    thing is for. The longest such first part; () when the tables are not shipped."""
    is_word = index.is_word
    if is_word is None:
        return ()
    rooms = lex.classes.get("home_rooms", ())
    for k in range(len(word) - FRONT_MIN_TAIL, lex.compound_min_part - 1, -1):
        head, tail = word[:k], word[k:]
        if not is_word(tail) or tail in index.stop_words or _definite_ending(head, tail, lex):
            continue
        stems = _stems(tail)
        if any(t in index.words or t in rooms for t in stems):
            return ()  # "spise|salen", "spise|stuen": a room or a word of its own names it
        front = _part_front(head, index, lex)
        if front and max(w for _a, w in front) >= FRONT_MIN_WEIGHT:
            return tuple((a, w * COMPOUND_FACTOR) for a, w in front)
    return ()


def _owner_front(head: str, tail: str, index: CueIndex, lex):
    """The first part's cues when the last part is a part or control of a thing (`part_heads`:
    "knap", "håndtag") and the first part names an activity; None otherwise."""
    if not any(s in lex.part_heads for s in _stems(tail)):
        return None
    front = _part_front(head, index, lex)
    return tuple((a, w * COMPOUND_FACTOR) for a, w in front) if front else None


def _linked_part(head: str, tail: str, index: CueIndex) -> bool:
    """True when the tail begins with a linking "s" and is no known word itself, while the
    word after the "s" is: "mandskor" is mand + s + kor, not mand + "skor" (read as sko)."""
    is_word = index.is_word
    if is_word is None or not tail.startswith("s") or len(tail) < 4:
        return False
    return not is_word(tail) and bool(index.parts.get(tail[1:]) or is_word(tail[1:]))


def _agreeing_link(head: str, tail: str, index: CueIndex, lex):
    """The cues of the tail after a linking "s" when the first part names one of the same
    activities ("blodtryk" + s + "piller": health both), though the tail with its "s" is a word
    of another ("spiller"); None otherwise."""
    if not tail.startswith("s") or len(tail) < 5:
        return None
    after = _part(tail[1:], index, lex)
    front = _part_front(head, index, lex)
    if not after or not front:
        return None
    shared = {a for a, _w in front} & {a for a, _w in after}
    return tuple(h for h in after if h[0] in shared) or None


def _borrowed_letter(head: str, tail: str, lex, is_word) -> bool:
    """True when the head's last letter begins the real last part: the head without it ends
    with a linking letter and that letter with the tail is a known word ("rædsels" + "slagen",
    not "rædselss" + "lagen"); the mirror of _linked_part."""
    if is_word is None or len(head) < 3:
        return False
    return head[:-1].endswith(tuple(lex.compound_links)) and is_word(head[-1] + tail)


def _not_split(word: str, head: str, is_word) -> bool:
    """True when a short first part cannot start a compound: the whole is a known word, or a
    two-letter part is no word of its own ("tå" in "tånegle" is; "sp" in "springer" is not)."""
    if is_word is None:
        return False
    return is_word(word) or (len(head) < KNOWN_MIN_HEAD - 1 and not is_word(head))


def _definite_ending(head: str, tail: str, lex, is_word=None) -> bool:
    """True when a short last part is rather the first part's definite ending ("kurv|en"
    read as "kur|ven"): a three-letter part ending like a definite noun, with no linking letter
    before it ("barndoms|ven" keeps its friend), or one whose word without the ending is a
    known word ("borger|en", not "borge|ren")."""
    if len(tail) == SHORT_PART + 1 and tail.endswith(lex.plural_definite_endings):
        # "fingr|ene" read as "fing|rene": the plural's definite ending after a known word
        ending = next(e for e in lex.plural_definite_endings if tail.endswith(e))
        return is_word is not None and is_word(head + tail[: -len(ending)])
    if len(tail) != SHORT_PART or not tail.endswith(lex.definite_part_endings):
        return False
    if not head.endswith(tuple(lex.compound_links)):
        return True
    stem = head + tail[: -len(next(e for e in lex.definite_part_endings if tail.endswith(e)))]
    return is_word is not None and is_word(stem)


def _is_light(tail: str, lex) -> bool:
    return any(s in lex.light_heads for s in _stems(tail))


def _part(part: str, index: CueIndex, lex):
    for stem in _stems(part):
        hits = index.parts.get(stem) or index.parts.get(lex.lemma(stem))
        if hits:
            return hits
    return None


def _part_front(head: str, index: CueIndex, lex):
    candidates = [head] + [head[: -len(s)] for s in lex.compound_links if head.endswith(s)]
    for cand in candidates:
        if len(cand) >= lex.compound_min_part:
            hits = index.parts.get(cand) or index.parts.get(lex.lemma(cand))
            if hits:
                return hits
    return None


def score_activities(
    words: Sequence[str],
    lemmas: Sequence[str],
    matches: Sequence[tuple[str, int, int]],
    index: CueIndex,
    content: Content,
    side_clause: Callable[[int], bool],
    stops: Sequence[bool] = (),
    span: tuple[int, int] | None = None,
    cues: Sequence[tuple[tuple[str, float], ...]] | None = None,
) -> dict[str, tuple[float, int]]:
    """Sum cue weights per activity (with its first position); phrases consume their tokens.

    With `span`, only tokens and phrases starting inside [start, end) count. `cues`: the
    utterance's utterance_cues, when the caller scores several spans of it.
    """
    lo, hi = span or (0, len(words))
    scores: dict[str, float] = {}
    first: dict[str, int] = {}
    used: set[int] = set(range(0, lo)) | set(range(hi, len(words)))
    weights = {"ACT:": PHRASE_WEIGHT, "MOV:": MOTION_WEIGHT, "NOT:": 0.0}
    phrases = sorted(
        (
            (lab[4:], s, e, weights[lab[:4]])
            for lab, s, e in matches
            if lab[:4] in weights and lo <= s < hi
        ),
        key=lambda m: (-(m[2] - m[1]), m[1]),
    )
    named_by_phrase: list[int] = []  # where a phrase named an activity (not the way there)
    phrased: set[str] = set()  # … and the activities so named
    lex = content.lexicon
    if cues is None:
        cues = utterance_cues(words, lemmas, index, content, stops)
    where_to, origin, object_led, strong_at = utterance_places(words, lemmas, lex, cues)
    told_after = _told_after(words, phrases, lex.wish_verbs)
    told_after |= places_beside_deeds(
        words, [(aid, s, e) for aid, s, e, wt in phrases if wt == PHRASE_WEIGHT], lex
    )
    counted = []  # (activity, start, end, is_motion) of the phrases counted
    for aid, s, e, weight in phrases:
        if used.intersection(range(s, e)):
            continue
        used.update(range(s, e))
        if weight:
            counted.append((aid, s, e, weight == MOTION_WEIGHT))
        if not weight:
            continue  # a not_phrase: its words name no activity
        if (
            weight == MOTION_WEIGHT
            and aid == lex.motion_activity
            and _aided(words, e, lex)
            and not _errand_after(words, e, phrases, lex)
        ):
            weight = PHRASE_WEIGHT  # "gå over i kirken med min stok": the walk is what is hard
        gone_to = s in where_to and aid != lex.travel_activity
        beside = (s, aid) in told_after
        factor = SIDE_CLAUSE_FACTOR if side_clause(s) or gone_to or beside else 1.0
        scores[aid] = scores.get(aid, 0.0) + weight * factor
        first[aid] = min(first.get(aid, s), s)
        if weight == PHRASE_WEIGHT:
            named_by_phrase.append(s)
            phrased.add(aid)
    cues = [() if i in used else c for i, c in enumerate(cues)] if used else cues
    strong = [i for i in strong_at if i not in used]
    named_at = min([*named_by_phrase, *strong, *made_at(words, lex)], default=len(words))
    recipient = _recipient_tokens(words, content.lexicon, named_at)
    recipient |= object_led
    recipient |= origin
    where_at = where_tokens(words, lex, min(named_by_phrase, default=len(words)))
    errand_at = errand_places(words, counted, lex) if counted else {}  # "gå ud og … på stranden"
    for i, token_hits in enumerate(cues):
        if not token_hits:
            continue  # a word naming no activity (most words): nothing to weigh
        factor = SIDE_CLAUSE_FACTOR if side_clause(i) or i in recipient else 1.0
        for aid, weight in token_hits:
            # "gå ud og samle rav på stranden": the errand's place; "cykle ned til havnen": where to
            if errand_at.get(i, aid) != aid or (i in where_to and aid != lex.travel_activity):
                weight *= SIDE_CLAUSE_FACTOR if factor == 1.0 else 1.0
            elif i in where_at and aid not in phrased:
                continue  # "… nede i kælderen": where it is done names nothing
            scores[aid] = scores.get(aid, 0.0) + weight * factor
            first[aid] = min(first.get(aid, i), i)
    return {aid: (score, first[aid]) for aid, score in scores.items()}


# the last utterance's cues and places, by the identity of the lists they were made from: the
# analyzer scores one utterance several times (spans, side words), on the same lists; a tuple
# is swapped in whole, so threads never see another utterance's (they hold other lists)
_LAST_CUES = LastCall()
_LAST_PLACES = LastCall()


def utterance_cues(
    words: Sequence[str],
    lemmas: Sequence[str],
    index: CueIndex,
    content: Content,
    stops: Sequence[bool] = (),
) -> list[tuple[tuple[str, float], ...]]:
    """The token_cues of every token; () for a token without a letter ("," or "20"). Made once
    for the same lists (the caller must not change the list returned)."""
    return _LAST_CUES.get_or((words, lemmas, index, content, stops), _utterance_cues)


def utterance_places(
    words: Sequence[str], lemmas: Sequence[str], lex, cues: Sequence
) -> tuple[frozenset[int], frozenset[int], frozenset[int], tuple[int, ...]]:
    """destination_tokens, origin_tokens and _object_led_tokens of an utterance, and where a
    cue of DEFAULT_WEIGHT or more is, made once for the same lists (`cues`: its
    utterance_cues, as score_activities reads them)."""
    return _LAST_PLACES.get_or((words, lemmas, lex, cues), _utterance_places)


def _utterance_places(words, lemmas, lex, cues):
    """utterance_places, made anew."""
    return (
        frozenset(destination_tokens(words, lemmas, lex, cues)),
        frozenset(
            origin_tokens(words, lemmas, lex)
            | part_owner_tokens(words, lex, cues)
            | carried_way_tokens(words, lex, cues, DEFAULT_WEIGHT)
        ),
        frozenset(_object_led_tokens(words, lemmas, lex, cues)),
        tuple(i for i, c in enumerate(cues) if c and any(wt >= DEFAULT_WEIGHT for _a, wt in c)),
    )


def _utterance_cues(words, lemmas, index: CueIndex, content: Content, stops):
    """utterance_cues, made anew."""
    seen, out = index.seen, []
    for i, (w, lem) in enumerate(zip(words, lemmas, strict=True)):
        if not (w.isalpha() or any(c.isalpha() for c in w)):
            out.append(())
            continue
        stop = bool(stops) and stops[i]
        found = seen.get((w, lem, stop), MISSING)  # token_cues' memo, read here: the hot path
        out.append(token_cues(w, lem, index, content, stop) if found is MISSING else found)
    for i in range(len(words) - 1):
        # a compound typed or heard in two words ("koekken have", "vaske maskine"): a cue word
        # written together counts once, for both; never after a function word ("hver dag")
        if words[i] in index.stop_words:
            continue
        joined = index.words.get(words[i] + words[i + 1])
        if joined and min(len(words[i]), len(words[i + 1])) >= SPLIT_MIN_PART:
            out[i], out[i + 1] = joined, ()
    return replica_cues(words, lemmas, out, index, content.lexicon)  # "flyve med modelfly"


def _told_after(words: Sequence[str], phrases, wills: frozenset[str]) -> set[tuple[int, str]]:
    """(start, activity) of the phrases told in a later comma clause than a phrase naming
    another activity after a will of its own clause ("vil ikke med til julefrokost hos vores
    søn, … han kan ikke høre hvad de siger"): what is wished or refused is what the utterance is
    about, the later one its reason or circumstance. A trouble told first keeps no such lead
    ("har svært ved at gå ud af huset …, hun får hjertebanken"). `phrases`: score_activities'
    (activity, start, end, weight); `wills`: the lexicon's wish_verbs."""
    named = [(s, e, aid) for aid, s, e, weight in phrases if weight == PHRASE_WEIGHT]
    if len(named) < 2:
        return set()
    commas = [i for i, w in enumerate(words) if w == ","]

    def willed(s0: int) -> bool:
        lead = max((c for c in commas if c < s0), default=-1)
        return not wills.isdisjoint(words[lead + 1 : s0])

    return {
        (s, aid)
        for s, _e, aid in named
        for s0, e0, aid0 in named
        if aid0 != aid and e0 <= s and any(e0 <= c < s for c in commas) and willed(s0)
    }


def _aided(words: Sequence[str], end: int, lex) -> bool:
    """True when a walking aid follows a way there in its clause ("gå over i kirken med min
    stok og synge med"): a walk said with what it takes is the walk, not only the way."""
    aids = lex.classes.get("walk_aid", ())
    ends = lex.recipient_ends | lex.clause_breaks
    for k in range(end, len(words)):
        if words[k] in ends:
            return False
        if words[k] in aids:
            return True
    return False


def _errand_after(words: Sequence[str], end: int, phrases, lex) -> bool:
    """True when the walk goes on, in its sentence, to a task named by its verb and object
    ("gå ned på torvet med rulatoren og købe grønt"): the walk is the way to the errand, even
    said with its aid; a walk followed by no such task ("… med min stok og synge med") is what
    is hard. `phrases`: score_activities' (activity, start, end, weight) of the utterance."""
    for aid, s, _e, weight in phrases:
        if weight != PHRASE_WEIGHT or s < end or aid in lex.capacity_activities:
            continue
        if not any(w in lex.clause_breaks for w in words[end:s]):
            return True
    # "… med min rollator og hente rundstykker": an errand's verb, its thing no phrase
    for w in words[end:]:
        if w in lex.clause_breaks or w in lex.sentence_ends:
            return False
        if w in lex.errand_deeds:
            return True
    return False


def _recipient_tokens(words: Sequence[str], lex, named_at: int) -> set[int]:
    """Tokens after "til"/"for" once an activity was named: for whom or where to, not what."""
    out: set[int] = set()
    if lex.recipient_leads.isdisjoint(words):
        return out  # no lead said (most utterances): no token is inside
    inside = False
    for i, w in enumerate(words):
        if w in lex.recipient_leads:
            inside = i > named_at
        elif w in lex.clause_breaks or w in lex.recipient_ends:
            if inside:
                out.add(i)  # "til ham ude i værkstedet": the end word is still the recipient's
            inside = False
        elif inside:
            out.add(i)
    return out


def where_tokens(words: Sequence[str], lex, named_at: int) -> set[int]:
    """Where the thing named by a phrase at `named_at` is done ("binde mine egne fluer igen
    nede i kælderen", "polere sin gamle Volvo ude i garagen"): from a where_leads word after it
    up to one of where_ends or a clause break; the place is where, not what, and names no
    activity but the phrase's own."""
    out: set[int] = set()
    if lex.where_leads.isdisjoint(words):
        return out  # no lead said (most utterances): no token is inside
    inside = False
    for i in range(named_at + 1, len(words)):
        w = words[i]
        if w in lex.where_ends or w in lex.clause_breaks:
            inside = False
        elif w in lex.where_leads or inside:
            inside = True
            out.add(i)
    return out


def destination_tokens(
    words: Sequence[str],
    lemmas: Sequence[str],
    lex,
    cues: Sequence[tuple[tuple[str, float], ...]],
) -> set[int]:
    """Where a ride goes ("cykle ned til havnen", "køre på den ned til Brugsen", "cykle på
    arbejde"): from the first destination lead within DESTINATION_REACH words of a travel verb
    up to a comma, "og" or a new clause; the place is where to, not what is done. A lead
    before what is ridden ("cykle på motionscyklen", "køre på scooteren") leads no place.
    `cues`: the utterance's utterance_cues."""
    out: set[int] = set()
    if lex.destination_leads.isdisjoint(words) or (
        lex.travel_verbs.isdisjoint(lemmas) and lex.travel_verbs.isdisjoint(words)
    ):
        return out  # no lead or no travel verb said (most utterances): one test in C
    ends = lex.recipient_ends | lex.clause_breaks
    skip = set(lex.classes.get("poss", ()))
    for i, lemma in enumerate(lemmas):
        if lemma not in lex.travel_verbs and words[i] not in lex.travel_verbs:
            continue
        k, reach = i + 1, i + 1 + DESTINATION_REACH
        while k < min(reach, len(words)) and words[k] not in ends:
            if words[k] in lex.destination_leads:
                ridden = _ridden(words, k + 1, skip, lex, cues)
                if ridden is not None:  # the way on starts after it
                    k, reach = ridden + 1, ridden + 1 + DESTINATION_REACH
                    continue
                while k < len(words) and words[k] not in ends:
                    out.add(k)
                    k += 1
                break
            k += 1
    return out


def _ridden(words, k: int, skip: set[str], lex, cues) -> int | None:
    """Where the words from k name what is ridden (a cue of a ridden activity), or None."""
    while k < len(words) and words[k] in skip:
        k += 1
    ridden = k < len(words) and any(a in lex.ridden_activities for a, _w in cues[k])
    return k if ridden else None


def origin_tokens(words: Sequence[str], lemmas: Sequence[str], lex) -> set[int]:
    """The place a person is named from ("mine veninder fra syklubben"): it tells which people,
    not what is done with them."""
    out: set[int] = set()
    if lex.origin_leads.isdisjoint(words):
        return out  # no lead said (most utterances): one test in C, no loop
    for i in range(1, len(words) - 1):
        if words[i] not in lex.origin_leads:
            continue
        if words[i - 1] not in lex.people and lemmas[i - 1] not in lex.people:
            continue
        k = i + 1
        while k < len(words) - 1 and words[k] in lex.origin_fillers:
            k += 1
        out.update(range(i + 1, k + 1))
    return out


def part_owner_tokens(words: Sequence[str], lex, cues: Sequence) -> set[int]:
    """The thing a named part belongs to ("ind på bagsædet af en taxa"): after a definite noun
    naming an activity, a lead of `part_owner_leads` and words of `part_owner_skip`, a word
    naming only other activities tells whose part, not what is done; a verb before the lead
    ("stige af bussen") leaves the ride. `cues`: the utterance's utterance_cues."""
    out: set[int] = set()
    leads = lex.classes.get("part_owner_leads", ())
    if not leads or not any(w in leads for w in words):
        return out  # no lead said (most utterances): the words need not be passed
    skip = lex.classes.get("part_owner_skip", ())
    for i in range(1, len(words) - 1):
        if words[i] not in leads or not cues[i - 1]:
            continue
        if not words[i - 1].endswith(lex.definite_part_endings + lex.plural_definite_endings):
            continue  # "stige af", "komme ud af": a verb or a particle, no part
        k = i + 1
        while k < len(words) - 1 and words[k] in skip:
            k += 1
        part = {a for a, _w in cues[i - 1]}
        if cues[k] and part.isdisjoint(a for a, _w in cues[k]):
            out.add(k)
    return out


def _object_led_tokens(words, lemmas, lex, cues) -> set[int]:
    """Verbs such as "glemme" whose object is another activity: "glemmer jo at drikke" (the
    verb after "at" names it), "… drikke … men jeg glemmer det bare" (named before, pointed
    back to). There the forgetting is a side word; "glemmer at slukke komfuret" stays memory."""
    out: set[int] = set()
    verbs = lex.object_led_verbs
    if verbs.isdisjoint(words) and verbs.isdisjoint(lemmas):
        return out  # no such verb (most utterances): the words to pass need not be made
    skip = lex.fillers_and_adverbs

    def other(i: int, span) -> bool:
        own = {a for a, _w in cues[i]}
        return any(wt >= DEFAULT_WEIGHT and a not in own for j in span for a, wt in cues[j])

    def after(k: int) -> int:
        while k < len(words) and words[k] in skip:
            k += 1
        return k

    for i, lem in enumerate(lemmas):
        if lem not in lex.object_led_verbs and words[i] not in lex.object_led_verbs:
            continue
        k = after(i + 1)
        if k == len(words):
            continue
        if words[k] in lex.object_leads:
            verb = past_light_verb(words, after(k + 1), lex)
            if verb < len(words) and other(i, [verb]):
                out.add(i)
        elif words[k] in lex.pointing_back and other(i, range(i)):
            out.add(i)
    return out


def best_activity(
    scores: dict[str, tuple[float, int]], means: frozenset[str] = frozenset()
) -> str | None:
    """Return the highest-scoring activity, or None. Ties: an errand before a way of getting
    there (`means`), then the one mentioned first."""
    if not scores:
        return None
    aid, (score, _first) = max(
        scores.items(), key=lambda kv: (kv[1][0], kv[0] not in means, -kv[1][1])
    )
    return aid if score >= MIN_SCORE else None
