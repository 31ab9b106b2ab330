"""A wish typed as fragments with no verb that names an eating place and a meal ("kro. søndag.
middag. selv. igen.", "kroen. frokost.") is going there for the meal: the grammar's motion verb,
the place with its preposition, definite as a place is named ("kro" → "på kroen"), and the meal
after action_fragment_occasion_lead, a weekday typed right before it joined with it as the
compound it names ("søndag. middag." → "søndagsmiddag"): "komme på kroen til søndagsmiddag". The
other fragments stay as said ("selv"); "igen" goes after the phrase (action_fragment_after).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.grammar import Grammar, fold


def meal_outing(
    words: Sequence[str],
    said: Sequence[str],
    parts: Sequence[tuple[int, int]],
    lex,
    g: Grammar,
    definite: Callable[[str], str | None],
) -> str | None:
    """The wish as one phrase of going to a meal (see the module), else None. `words`, `said`:
    the tokens in small letters and as said; `parts`: (start, end) of each fragment, fillers
    left out; `definite`: a word's definite form (None when unknown)."""
    cues = lex.action
    meals = lex.classes.get("meal", ())
    places = lex.classes.get("meeting_place", ())
    if not cues.fragment_occasion_lead or not g.motion_verb or not meals or not places:
        return None
    alone = [words[s] if e - s == 1 else None for s, e in parts]
    found_meal = [n for n, w in enumerate(alone) if w in meals]
    found_place = [(n, p) for n, w in enumerate(alone) if w and (p := _place(w, places, definite))]
    if len(found_meal) != 1 or len(found_place) != 1:
        return None
    (m,), ((n, place),) = found_meal, found_place
    meal, used = alone[m], {m, n}
    day = alone[m - 1] if m else None
    if day and fold(day) in g.time_of_day_bare and g.weekday_link:
        meal = day + g.weekday_link + meal  # "søndag. middag.": "søndagsmiddag"
        used.add(m - 1)
    lead = g.place_preposition(place)
    if not lead:
        return None  # "restauranten": no preposition known
    phrase = [g.motion_verb, lead, place, cues.fragment_occasion_lead, meal]
    rest = [" ".join(said[parts[k][0] : parts[k][1]]) for k in range(len(parts))]
    rest = [w for k, w in enumerate(rest) if k not in used]
    after = [w for w in rest if w.lower() in cues.fragment_after][:1]
    again = [w.lower() for w in after]
    return ". ".join([" ".join([*phrase, *again]), *(w for w in rest if w not in after)])


def _place(word: str, places: Sequence[str], definite: Callable[[str], str | None]) -> str:
    """The eating place a word names, definite ("kro" → "kroen"), or ""."""
    if word in places:
        return word
    named = definite(word)
    return named if named in places else ""
