"""A place that only locates the place before it: "klare sig selv i bruseren i svømmehallen",
"sidde på bænken i parken", and a place after a thing named with its article ("tage et
styrtebad i svømmehallen"). The first place or thing, a word that names an activity, is what the
deed is about; the place after it says where and weighs as a side word when the rest still
names an activity (stance.yaml nested_place_leads)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon

Span = tuple[int, int]
DEFINITE_ENDS = ("en", "et", "ne")  # "svømmehallen", "centret", "stuerne"
STRONG = 3.0  # a strong cue: the thing's own name ("styrtebad^3"), not "vask" (washing or laundry)


def nested_place_spans(
    words: Sequence[str], cues: Sequence[tuple[tuple[str, float], ...]], lex: Lexicon
) -> tuple[Span, ...]:
    """(lead, end) of each second place phrase right after a first one whose noun is a cue:
    "i bruseren i svømmehallen" gives the span of "i svømmehallen"; a second place of the same
    activity stays. `cues`: utterance_cues."""
    leads = lex.nested_place_leads
    poss = frozenset(lex.classes.get("poss", ()))
    out: list[Span] = []
    if leads.isdisjoint(words) and poss.isdisjoint(words):
        return ()  # neither a lead nor an owner said: no first place (one test in C)
    k = 0
    while k < len(words):
        first = _place_noun(words, k, leads, poss)
        if first is None and k > 0 and words[k - 1] in poss and _strong(cues[k]):
            first = k  # "et styrtebad", "min cykel": a thing named with its article
        if first is None or not cues[first]:
            k += 1
            continue
        second = _place_noun(words, first + 1, leads, poss)
        if (
            second is not None
            and _definite(words, second, poss)
            and not _same(cues[first], cues[second])
        ):
            out.append((first + 1, second + 1))
        k = first + 1
    return tuple(out)


def _definite(words: Sequence[str], k: int, poss) -> bool:
    """True for a place said as a place: after an article or owner, or in a definite form
    ("i svømmehallen", "i parken"); "på deltid" tells how, no place."""
    return words[k - 1] in poss or words[k].endswith(DEFINITE_ENDS)


def _same(first, second) -> bool:
    """True when the second place names an activity the first names too ("på værkstedet på
    deltid": both the work); it then tells more of the same, and stays."""
    return not {a for a, _w in first}.isdisjoint(a for a, _w in second)


def _strong(cue: tuple[tuple[str, float], ...]) -> bool:
    """True for a strong cue (a thing named, not a bare "gå" or an ambiguous "vask")."""
    return any(weight >= STRONG for _a, weight in cue)


def _place_noun(words: Sequence[str], k: int, leads, poss) -> int | None:
    """Where the noun of a place phrase starting at k is ("i bruseren", "på den bænk"), or None."""
    if k >= len(words) or words[k] not in leads:
        return None
    j = k + 1
    while j < len(words) and words[j] in poss:
        j += 1
    return j if j < len(words) and words[j].isalpha() and words[j] not in leads else None
