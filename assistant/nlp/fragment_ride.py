"""A wish typed as fragments with a verb of taking a ride, the ride said bare and maybe a place
("bus. tage. alene. by.", "toget. tage. selv. Aarhus."): the ride written definite as one takes
the town's bus ("tage bussen"), the place after action_fragment_motion_lead, definite when said
bare ("til byen", "til Aarhus"): "tage bussen til byen". The verbs and the word each takes before
the ride are action_fragment_ride_verbs ("køre" → "med": "køre med toget"); the rides
action_fragment_rides, also as the last part of a compound ("Modeltoget. Køre igen.": "køre med
modeltoget igen"); the places said bare action_fragment_ride_places ("by") or a place's name. The
other fragments stay as said ("alene"); "igen", also typed after the verb, goes after the phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence


def ride_phrase(
    words: Sequence[str],
    said: Sequence[str],
    parts: Sequence[tuple[int, int]],
    v: int,
    lex,
    definite: Callable[[str], str | None],
    place: Callable[[str], bool],
    skip: Collection[str],
) -> str | None:
    """The wish as one phrase when fragment v is one verb of taking a ride and one fragment is a
    ride said alone (see the module), else None. `place` tells a place's name; `skip` the
    fillers."""
    cues = lex.action
    s, e = parts[v]
    # "Køre igen.": the verb with the adverbs typed after it, which go after the phrase
    tail = [said[k].lower() for k in range(s + 1, e)]
    if any(w not in cues.fragment_after for w in tail):
        return None
    if words[s] not in cues.fragment_ride_verbs or not cues.fragment_motion_lead:
        return None
    alone = {n: a for n, (a, b) in enumerate(parts) if b - a == 1 and n != v}
    rides = [(n, k) for n, k in alone.items() if _ride(words[k], cues.fragment_rides)]
    if len(rides) != 1:
        return None
    n, k = rides[0]
    used = {v, n}
    lead = cues.fragment_ride_verbs[words[s]].split()
    phrase = [said[s].lower(), *lead]
    # "toget", "modeltoget": said definite
    told = any((d := definite(r)) and words[k].endswith(d) for r in cues.fragment_rides)
    phrase.append(words[k] if told else definite(words[k]) or words[k])
    used |= {m for m, j in alone.items() if lead and [words[j]] == lead}  # "køre. med. toget"
    places = [
        (m, j)
        for m, j in alone.items()
        if m != n
        and said[j].isalpha()
        and (words[j] in cues.fragment_ride_places or (said[j][:1].isupper() and place(words[j])))
    ]
    if len(places) == 1:
        m, j = places[0]
        to = said[j] if said[j][:1].isupper() else (definite(words[j]) or said[j])
        phrase += [cues.fragment_motion_lead, to]
        used.add(m)
    rest = [
        " ".join(said[a:b])
        for m, (a, b) in enumerate(parts)
        if m not in used and any(w not in skip for w in words[a:b])
    ]
    after = [r for r in rest if r.lower() in cues.fragment_after][: 0 if tail else 1]
    phrase += [*tail, *(r.lower() for r in after)]
    return ". ".join([" ".join(phrase), *(r for r in rest if r not in after)])


_RIDE_LEAD = 3  # letters before a ride's word in a compound ride ("modeltoget"; no "optog")


def _ride(word: str, rides: Collection[str]) -> bool:
    """True for a ride said alone, or a compound ending in one ("Modeltoget. Køre igen.")."""
    return word in rides or any(
        word.endswith(r) and len(word) - len(r) >= _RIDE_LEAD and word.isalpha() for r in rides
    )
