"""A wish that opens with a word pointing back ("… og der vil jeg gerne ned igen", "… og dem vil
jeg gerne ud og pudse igen") gets what the word points at in the goal.

"der" before the wish verb is the place named before it in the same answer ("der er sådan en
klub nede på havnen … og der vil jeg gerne hen igen": "hen til klubben igen"); an object pronoun
("dem", "den", "det") is the owned thing named before it whose gender the pronoun says ("jeg har
stadig min cykel stående i kælderen, og den vil jeg gerne ned og pudse": "pudse min cykel"), and
where that thing was said to be is where a way with no place of its own goes ("ned i kælderen og
pudse min cykel"). With nothing to point at, or a phrase that names its own place or object, the
phrase stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.grammar import Grammar, fold
from assistant.nlp.event_place import named_place

_VERB_REACH = 6  # words from the wish verb to the phrase's first word ("vil jeg så gerne kunne")
_THING_REACH = 20  # words before the pointing word searched for the thing
_NOUN_REACH = 3  # words from the owner to its noun ("min gamle røde cykel")
_KEPT_REACH = 3  # words between the thing and where it is ("hængende ude i skuret")
_PLACE_MAX = 5  # words of where the thing is ("ude i det gamle skur")


def fronted_pointer(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    punct: Sequence[bool],
    person: Callable[[int], bool],
    lex,
    g: Grammar,
) -> str | None:
    """The wish's phrase with its fronted pointing word said as what it points at; `person`
    tells a word that names a person ("min mand": no thing)."""
    tokens = (action or "").split()
    if not tokens:
        return action
    at = _fronted_at(words, tokens[0], punct, lex)
    if at is None:
        return action
    cues = lex.action
    ways = set(cues.fragment_there.values())
    if words[at] == g.pointing_there:
        if fold(tokens[0]) not in ways or _names_place(tokens, cues):
            return action
        place = named_place(words[:at], said[:at], lex, g)
        if not place:
            return action
        return " ".join([tokens[0], cues.fragment_motion_lead, place, *tokens[1:]])
    kinds = {p: k for k, p in g.object_said_again.items()}
    if words[at] not in kinds:
        return action
    thing = _thing(words, said, punct, at, kinds[words[at]], person, lex, g)
    if thing is None:
        return action
    verb = _verb_at(tokens, cues, g)
    if verb is None or _has_object(tokens, verb, lex, g):
        return action
    at = _stranded(tokens, verb, cues)  # "den vil jeg gerne køre på igen": after "på"
    out = [*tokens[: at + 1], *thing[0], *tokens[at + 1 :]]
    if fold(out[0]) in ways and not _names_place(tokens, cues) and thing[1]:
        out = [out[0], *thing[1], *out[1:]]  # "ud" + "i skuret"
    return " ".join(out)


def _fronted_at(words: Sequence[str], first: str, punct: Sequence[bool], lex) -> int | None:
    """The index of a pointing word right before a wish verb that opens its part ("… og der vil
    jeg gerne ned"), the phrase's first word said a few words after the verb; None when none."""
    opens, wish_verbs = lex.action.joins | lex.fillers, lex.wish_verbs
    for k in range(len(words) - 2):
        if words[k + 1] not in wish_verbs:
            continue
        if k and not punct[k - 1] and words[k - 1] not in opens:
            continue
        reach = words[k + 2 : k + 2 + _VERB_REACH]
        if fold(first) in reach:
            return k
    return None


def _names_place(tokens: Sequence[str], cues) -> bool:
    """True when the phrase names a place after its first word ("ned på havnen")."""
    low = [fold(t) for t in tokens]
    return any(
        a in cues.place_leads
        and b not in cues.place_leads | cues.place_not | cues.place_skip | cues.trailing
        for a, b in zip(low[1:], low[2:], strict=False)
    )


def _verb_at(tokens: Sequence[str], cues, g: Grammar) -> int | None:
    """The index of the phrase's own verb: its first word, or after a way and a join ("ud og
    pudse"); None when it has none."""
    low = [fold(t) for t in tokens]
    if g.is_infinitive(low[0]) and low[0] not in cues.place_leads:
        return 0
    if len(low) > 2 and low[1] in cues.joins and g.is_infinitive(low[2]):
        return 2
    return None


def _stranded(tokens: Sequence[str], verb: int, cues) -> int:
    """The index of a preposition left at the end of the verb's part ("køre på igen", "lege med
    selv"): the pronoun was its object; else the verb's index."""
    low = [fold(t) for t in tokens]
    k = verb + 1
    while k < len(low) and low[k] in cues.place_skip | cues.trailing:
        k += 1  # "køre igen på": no preposition said yet
    if k < len(low) and low[k] in cues.stranded_leads:
        after = low[k + 1 : k + 2]
        if not after or after[0] in cues.place_skip | cues.trailing | cues.joins:
            return k
    return verb


def _has_object(tokens: Sequence[str], verb: int, lex, g: Grammar) -> bool:
    """True when a noun phrase follows the verb ("pudse min cykel", "pudse den")."""
    if verb + 1 >= len(tokens):
        return False
    nxt = fold(tokens[verb + 1])
    return nxt in lex.owners or nxt in g.articles or nxt in set(g.object_said_again.values())


def _thing(words, said, punct, at: int, kind: str, person, lex, g: Grammar):
    """The nearest owned noun before `at` of the pronoun's `kind`, as said, with where it was
    said to be ("mine garn hængende ude i skuret": (["mine", "garn"], ["i", "skuret"])); None
    when the nearest owned noun is another kind or a person."""
    for j in range(at - 1, max(-1, at - _THING_REACH), -1):
        if words[j] not in lex.owners or j + 1 >= at or person(j + 1):
            continue
        # "min gamle cykel": the first known noun after the owner, else the word right after it
        # with the kind the owner's form says ("mine garn")
        end = min(at, j + 1 + _NOUN_REACH)
        noun = next((n for n in range(j + 1, end) if g.noun_kind(words[n])), None)
        said_kind = g.noun_kind(words[noun]) if noun is not None else _owner_kind(words[j], g)
        noun = j + 1 if noun is None else noun
        if said_kind is None:
            continue
        if said_kind != kind:
            return None
        return list(said[j : noun + 1]), _kept_place(words, said, punct, noun + 1, at, lex)
    return None


def _owner_kind(owner: str, g: Grammar) -> str | None:
    """The kind an owner's form says on its own ("mine" → pl); None when it says none."""
    kinds = {("c", "n", "pl")[n] for row in g.possessives for n, w in enumerate(row) if w == owner}
    return next(iter(kinds)) if len(kinds) == 1 else None


def _kept_place(words, said, punct, k: int, end: int, lex) -> list[str]:
    """Where a thing was said to be, after it ("hængende ude i skuret": ["i", "skuret"]): a
    position word, a location adverb and a preposition with its noun; empty when none."""
    cues = lex.action
    end = next((n for n in range(k, end) if punct[n]), end)
    j = k
    while j < end and j - k < _KEPT_REACH and words[j] in cues.kept_forms | cues.place_skip:
        j += 1
    while j < end and words[j] in cues.place_leads and words[j] not in cues.kept_leads:
        j += 1  # "ude", "nede": the way the wish goes says it
    if j == k or j >= end or words[j] not in cues.kept_leads:
        return []
    out = [said[j]]
    for n in range(j + 1, min(end, j + _PLACE_MAX)):
        if punct[n] or words[n] in cues.joins or words[n] in cues.place_leads:
            break
        out.append(said[n])
    return out if len(out) > 1 else []
