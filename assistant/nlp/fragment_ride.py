"""A wish typed as fragments with a verb of taking a ride, the ride said bare and maybe a place
("bus. tage. alene. by.", "toget. tage. selv. Aarhus."): the ride written definite as one takes
the town's bus ("tage bussen"), the place after action_fragment_motion_lead, definite when said
bare ("til byen", "til Aarhus"): "tage bussen til byen". The verbs and the word each takes before
the ride are action_fragment_ride_verbs ("køre" → "med": "køre med toget"); the rides
action_fragment_rides; the places said bare action_fragment_ride_places ("by") or a place's
name. The other fragments stay as said ("alene"); "igen" goes after the phrase.
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
    if e - s != 1 or words[s] not in cues.fragment_ride_verbs or not cues.fragment_motion_lead:
        return None
    alone = {n: a for n, (a, b) in enumerate(parts) if b - a == 1 and n != v}
    rides = [(n, k) for n, k in alone.items() if words[k] in cues.fragment_rides]
    if len(rides) != 1:
        return None
    n, k = rides[0]
    used = {v, n}
    lead = cues.fragment_ride_verbs[words[s]].split()
    phrase = [said[s].lower(), *lead]
    told = any(definite(r) == words[k] for r in cues.fragment_rides)  # "toget": definite
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
    after = [r for r in rest if r.lower() in cues.fragment_after][:1]
    phrase += [r.lower() for r in after]
    return ". ".join([" ".join(phrase), *(r for r in rest if r not in after)])
