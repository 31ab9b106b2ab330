"""A part fitted on an aid the answer names (pure).

"Med min rollator, og så har mit barnebarn sat en lygte på den", "rollator med lygte og en
kurv": the aid answer tells of a thing put on the aid, or said with it after "med". The goal
names the aid with its part ("med min rollator med en lygte på"), not the aid alone. A person
("rollator med min datter"), another aid or a word of the grammar is no part; an aid word said
as the part's noun after its adjective is the part's ("en gribetang med et langt håndtag": the
handle is the tongs', never "med et langt" cut before its noun).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.content.grammar import EDGE
from assistant.content.yesno import normalise
from assistant.dialogs.wordlists import word_set

#: Words between the verb of putting and the thing put ("sat en lille lygte", "skruet sådan en").
PUT_REACH = 3
#: Most words of a part said after "med" ("store ballonhjul", "to store kurve").
PART_WORDS = 3


@dataclass(frozen=True)
class FittedWords:
    """dialogue.yaml's aid_fitted_* words, normalised."""

    leads: frozenset[str]  # "med" in "rollator med lygte"
    lead: str  # the first of them: "med en lygte på" in the goal
    on: frozenset[str]  # "på" in "sat en lygte på den"
    put_verbs: frozenset[str]  # "sat", "monteret", "skruet"
    pointers: frozenset[str]  # "den", "det": the aid pointed back to
    articles: frozenset[str]  # "en", "et": kept with the thing
    skip: frozenset[str]  # "lille", "sådan": said between, not kept


def fitted_words(dialogue) -> FittedWords:
    """The aid_fitted_* word lists of dialogue.yaml."""
    key = lambda k: word_set(dialogue, f"aid_fitted_{k}")  # noqa: E731
    return FittedWords(
        leads=key("leads"),
        lead=dialogue.words["aid_fitted_leads"][0],
        on=key("on"),
        put_verbs=key("put_verbs"),
        pointers=key("pointers"),
        articles=key("articles"),
        skip=key("skip"),
    )


def fitted_part(
    text: str,
    is_aid: Callable[[str], bool],
    is_thing: Callable[[str], bool],
    fw: FittedWords,
    noun_after: Callable[[str, str], bool | None] = lambda _a, _n: None,
) -> tuple[str, str] | None:
    """The first aid of `text` as said and the part said fitted on it, as the goal names it
    after the aid ("rollatoren", "med en lygte på"); None when the answer tells of none. For an
    adjective and the aid word after it, `noun_after` tells whether that word is the part's
    noun ("langt", "håndtag": True) or an aid of its own, so no part ("lille", "stok": False);
    None for any other pair."""
    said = [w.strip(EDGE) for w in text.split()]
    low = [normalise(w) for w in said]
    at = next((k for k, w in enumerate(said) if w and is_aid(w)), None)
    if at is None:
        return None
    closed = [w[-1:] in EDGE for w in text.split()]  # a mark after the word ends the phrase
    part = _said_with(said, low, at, (is_thing, noun_after), fw, closed) or _put_on(
        said, low, at, is_aid, is_thing, fw
    )
    return (said[at], part) if part else None


def _said_with(said, low, at: int, words, fw: FittedWords, closed) -> str | None:
    """ "rollator med lygte (på)": the part right after the aid and a lead, all of its words
    ("strandrollator med store ballonhjul": not "med store" alone; "gribetang med et langt
    håndtag": not "med et langt")."""
    is_thing, noun_after = words
    k = at + 1
    if k >= len(low) or low[k] not in fw.leads:
        return None
    k += 1
    article = k < len(low) and low[k] in fw.articles
    thing = k + article
    if thing >= len(low) or not is_thing(said[thing]):
        return None
    last = thing + PART_WORDS - 1
    while thing < last and thing + 1 < len(low) and not closed[thing]:
        if low[thing + 1] in fw.on | fw.leads:
            break
        if not is_thing(said[thing + 1]):
            taken = noun_after(said[thing], said[thing + 1])
            if taken is False:
                return None  # "rollator med en lille stok": two aids, no part cut at "lille"
            thing += bool(taken)
            break
        thing += 1
    end = thing + 1 + (thing + 1 < len(low) and low[thing + 1] in fw.on)
    if end > thing + 1 and not closed[thing + 1]:
        end = _on_what(said, low, end, is_thing, fw, closed)
    return " ".join(said[at + 1 : end]).lower()


def _on_what(said, low, k: int, is_thing, fw: FittedWords, closed) -> int:
    """Where the part's phrase ends when its "på" at k - 1 has a thing of its own after it, said
    with an article ("en lup med lys på en fod": "på en fod", not the particle "med lys på" cut
    before its noun): past that thing and a word or two; `k` when "på" ends the part ("med en
    lygte på den", "med kurv på hver dag", "med kurv på og en stok")."""
    if k + 1 >= len(low) or low[k] not in fw.articles or closed[k] or not is_thing(said[k + 1]):
        return k
    j = k + 1
    last = min(j + PART_WORDS - 1, len(low) - 1)
    while j < last and not closed[j] and is_thing(said[j + 1]) and low[j + 1] not in fw.leads:
        j += 1
    return j + 1


def _put_on(said, low, at: int, is_aid, is_thing, fw: FittedWords) -> str | None:
    """ "… har sat en lygte på den", "… skruet en kurv på rollatoren": the thing put on the aid
    after it is named, the aid pointed back to or named again."""
    for v in range(at + 1, len(low)):
        if low[v] not in fw.put_verbs:
            continue
        k = v + 1
        while k < len(low) and k - v <= PUT_REACH and low[k] in fw.articles | fw.skip:
            k += 1
        if k + 1 >= len(low) or not is_thing(said[k]):
            continue
        target = k + 2 < len(low) and (low[k + 2] in fw.pointers or is_aid(said[k + 2]))
        if low[k + 1] in fw.on and target:  # "en lille kurv på": the thing as said
            return " ".join([fw.lead, *(w.lower() for w in said[v + 1 : k + 2])])
    return None
