"""Which words of an utterance name its activity and which only say where, for whom or how
(fix round 55, activity precedence): the wish's own verb and object decide; a place phrase beside
a deed, a dish's recipient, the way a carried thing goes and a light verb before what is
remembered do not. Read by activity.py (score_activities, utterance_places, _object_led_tokens)
and extract.py (the "uden …" scope of a wish)."""

from __future__ import annotations

from collections.abc import Sequence

PLACE_PHRASE_MAX = 3  # "i haven", "i min have": a place said with its lead
LIGHT_REACH = 3  # "få noget at drikke": words from a light verb to its "at"


def past_light_verb(words: Sequence[str], verb: int, lex) -> int:
    """The verb that names what is remembered when the one at `verb` is a light verb of
    `object_light_verbs` before another infinitive ("huske at få noget at drikke": "drikke",
    within LIGHT_REACH words); `verb` otherwise ("huske at slukke komfuret")."""
    if verb >= len(words) or words[verb] not in lex.classes.get("object_light_verbs", ()):
        return verb
    for k in range(verb + 1, min(verb + 1 + LIGHT_REACH, len(words) - 1)):
        if words[k] in lex.clause_breaks:
            break
        if words[k] in lex.object_leads:
            return k + 1
    return verb


def places_beside_deeds(words: Sequence[str], named, lex) -> set[tuple[int, str]]:
    """(start, activity) of the phrases that only say where ("i haven", a lead of
    `place_phrase_leads` and at most PLACE_PHRASE_MAX words) while a phrase of another activity
    led by its own verb stands in the same sentence ("sidde på knæ i haven og rejse mig op
    igen"): the deed names the activity, the place where it is done; beside a deed of its own
    activity too ("gå ud og fodre fuglene i haven") it keeps its weight. `named`: the
    (activity, start, end) of the phrases that name an activity (not a way there)."""
    leads = lex.classes.get("place_phrase_leads", ())
    places = [(aid, s, e) for aid, s, e in named if words[s] in leads and e - s <= PLACE_PHRASE_MAX]
    if not places:
        return set()
    ends = lex.sentence_ends

    def beside(s: int, e: int, s0: int, e0: int) -> bool:
        lo, hi = (e0, s) if e0 <= s else (e, s0)
        return not (s < e0 and s0 < e) and not any(w in ends for w in words[lo:hi])

    deeds = [(aid, s, e) for aid, s, e in named if words[s] not in leads]
    return {
        (s, aid)
        for aid, s, e in places
        if any(aid0 != aid and beside(s, e, s0, e0) for aid0, s0, e0 in deeds)
        # "gå ud og fodre fuglene i haven": a deed of the place's own activity keeps it
        and not any(aid0 == aid and beside(s, e, s0, e0) for aid0, s0, e0 in deeds)
    }


def agreeing_without(
    words: Sequence[str],
    side: tuple[bool, ...],
    without: Sequence[tuple[int, int]],
    cues,
    lex,
    strong: float,
) -> tuple[bool, ...]:
    """`side` with the words of an "uden …" scope that name the activity a strong cue of its
    own clause named just before it no longer side words ("drikke sin kaffe på cafeen med sine
    venner uden at spilde": not spilling is how the drinking is to go, and it outweighs the
    café and the friends); a scope naming another activity stays beside ("gå ned til bussen
    uden at falde" weighs no fall). `cues`: the utterance's utterance_cues; `strong`: the
    weight from which a cue names its activity."""
    if not without:
        return side
    out = list(side)
    ends = lex.clause_breaks | lex.sentence_ends | lex.recipient_ends
    for lo, hi in without:
        before: set[str] = set()
        for k in range(lo - 1, -1, -1):
            if words[k] in ends or side[k]:
                break
            before.update(a for a, wt in cues[k] if wt >= strong)
        for i in range(max(lo, 0), min(hi, len(words))):
            if before.intersection(a for a, wt in cues[i] if wt >= strong):
                out[i] = False
    return tuple(out)


def made_at(words: Sequence[str], lex) -> list[int]:
    """Where a verb of making (`object_task_verbs`) has its object right after it, a word no
    table knows among them ("lave maqluba til min familie"): what is made names the task, so
    "til" after it leads for whom (activity.py _recipient_tokens), even when no cue names the
    dish."""
    verbs = lex.object_task_verbs
    if verbs.isdisjoint(words) or lex.recipient_leads.isdisjoint(words):
        return []  # no such verb or no "til" (most utterances)
    ends = lex.recipient_leads | lex.recipient_ends | lex.clause_breaks
    return [
        i
        for i in range(len(words) - 2)
        if words[i] in verbs
        and words[i + 1] not in ends
        and words[i + 1].isalpha()
        and words[i + 2] in lex.recipient_leads  # the dish, then for whom: "lave X til …"
    ]


def carried_way_tokens(words: Sequence[str], lex, cues: Sequence, strong: float) -> set[int]:
    """The way a thing named before it is carried ("bære skraldeposen ned ad trappen", "bære
    vasketøjet op ad trappen"): after a word naming a task (a strong cue of an activity not of
    `capacity_activities`) in its clause, a direction of `way_directions` and a lead of
    `way_leads` begin the way; its words naming other activities tell where along, not what
    ("gå ned ad trappen med kurven": nothing carried before the way, the stairs stay).
    `cues`: the utterance's utterance_cues; `strong`: as for agreeing_without."""
    out: set[int] = set()
    leads = lex.classes.get("way_leads", ())
    if not leads or not any(w in leads for w in words):
        return out  # no lead said (most utterances): the words need not be passed
    directions = lex.classes.get("way_directions", ())
    ends = lex.clause_breaks | lex.sentence_ends | lex.recipient_ends
    for i in range(1, len(words) - 2):
        if words[i] not in directions or words[i + 1] not in leads:
            continue
        carried: set[str] = set()
        for k in range(i - 1, -1, -1):
            if words[k] in ends:
                break
            carried.update(
                a for a, wt in cues[k] if wt >= strong and a not in lex.capacity_activities
            )
        if not carried:
            continue
        k = i + 2
        while k < len(words) and words[k] not in ends:
            if cues[k] and carried.isdisjoint(a for a, _w in cues[k]):
                out.add(k)
            k += 1
    return out
