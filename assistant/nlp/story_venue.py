"""A wish that points back at a habit told at a venue keeps the venue: "jeg kom jo altid i kirken
om søndagen og så blev vi til kaffe bagefter … det kunne jeg godt tænke mig igen at blive til
kaffen" wishes "blive til kaffen i kirken"; "der er fællesspisning i beboerhuset hver torsdag …
Det ville jeg egentlig gerne, jeg savner at sidde ved et bord med nogen og snakke" wishes "sidde
ved et bord med nogen og snakke til fællesspisning i beboerhuset".

The venue is the first place or occasion the grammar gives a preposition (place_prepositions)
told before the pointing word, with a habit word (stance.yaml venue_habit_words: "altid", "hver")
a few words from it, and a second venue joined to it ("fællesspisning i beboerhuset"). A phrase
that names a venue of its own, or an answer with no "det vil jeg gerne" pointing back, keeps its
phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar, bare

_WISH_REACH = 5  # words from the pointing word to its wish verb ("det kunne jeg godt tænke")
_HABIT_REACH = 5  # words between the venue and its habit word ("kom jo altid i kirken")


def story_venue(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    punct: Sequence[bool],
    lex,
    g: Grammar,
) -> str | None:
    """The wish's phrase with the venue of the habit it points back at (see the module)."""
    habits = lex.venue_habit_words
    if not action or not habits:
        return action
    if any(g.place_preposition(t) for t in action.lower().split()) or _room_of_its_own(
        action, lex, g
    ):
        return action  # "gå i svømmehallen", "vaske mine gulve i køkkenet": a place of its own
    back = next(
        (
            k
            for k in range(len(words))
            if words[k] in lex.pointing_back and _wished(words, k, lex, g)
        ),
        None,
    )  # "… og det vil jeg gerne igen", "… damer det kunne jeg godt tænke mig"
    if back is None:
        return action
    for k in range(back):
        lead = g.place_preposition(words[k])
        if lead is None or not _habitual(words, k, back, habits):
            continue
        venue = [k]
        if (
            k + 2 < back
            and words[k + 1] in lex.action.place_leads
            and g.place_preposition(words[k + 2])
        ):
            venue += [k + 1, k + 2]  # "fællesspisning i beboerhuset"
        text = " ".join(said[j] for j in venue)
        if text.lower() in action.lower() or _venue_named(said[k], action, g):
            return action  # "væve brikbånd i vikingelaugets vævestue igen": "vævestuen" said
        return f"{action} {lead} {text}"
    return action


def _venue_named(venue: str, action: str, g: Grammar) -> bool:
    """True when the phrase names the venue already in another form ("vævestue" for the story's
    "vævestuen", "vævestuer")."""
    place = venue.strip(",.").lower()
    lemma = g.lemma_forms.get(place, place)
    return any(
        t in (place, lemma) or g.definite_singular(t) == place
        for t in (w.strip(",.").lower() for w in action.split())
    )


def _wished(words: Sequence[str], k: int, lex, g: Grammar) -> bool:
    """True when a wish verb follows the pointing word at k within _WISH_REACH words, with no
    verb of another clause between (a modal may be: "det kunne jeg godt tænke mig") and no
    negation up to two words after the wish verb. "det vil jeg gerne igen" and "… komme derhen
    for mine ben. vil gerne tilbage" point back at a wish; "for den slår skævt. Han vil gerne
    …", "det kan Erling ikke holde ud at høre" and "det vil jeg ikke" at none."""
    reach = range(k + 1, min(len(words), k + 1 + _WISH_REACH))
    verb = next((j for j in reach if words[j] in lex.wish_verbs), None)
    if verb is None or any(g.is_finite(w) and w not in g.modals for w in words[k + 1 : verb]):
        return False  # "… for den slår skævt. Han vil gerne …": "den" is the subject of "slår"
    return not any(w in lex.negations for w in words[k + 1 : verb + 3])


def _habitual(words: Sequence[str], k: int, back: int, habits) -> bool:
    """True when a habit word stands within _HABIT_REACH words of the venue at k, before the
    pointing word."""
    lo, hi = max(0, k - _HABIT_REACH), min(back, k + _HABIT_REACH + 1)
    return any(words[j] in habits for j in range(lo, hi))


_ROOM_MIN = 5  # letters of a room or place said in its definite form ("gangen", "stuen")


def _room_of_its_own(action: str, lex, g: Grammar) -> bool:
    """True when the phrase says where after "i" or "på" with a noun in its definite singular
    ("i køkkenet", "på badeværelset"), no time or set phrase ("i aften", "i løbet")."""
    tokens = [t.strip(",.").lower() for t in action.split()]
    return any(
        bare(t) in g.place_leads
        and len(w) >= _ROOM_MIN
        and w.endswith(g.singular_noun_endings)
        and w not in lex.action.place_not
        and w not in lex.action.place_not_before
        for t, w in zip(tokens, tokens[1:], strict=False)
    )
