"""A "med …" phrase said right after an aid of the lexicon with its article ("jeg har fået en
stok med et greb, så jeg kan hænge den på armen"): it tells that aid's feature, so the goal's
phrase is the aid with it ("med en stok med et greb"), never the feature alone ("med et greb",
which read the grip as a thing of its own and lost the stick; blind150 Hans)."""

from __future__ import annotations

from assistant.content.grammar import EDGE, fold
from assistant.dialogs.draft import named_aid, said_thing

#: Words from the aid's article to the aid at most ("en lille sammenklappelig stok").
_REACH = 3
#: Marks that end a sentence, typed on the last word of a phrase ("… kompressions handsker.").
_ENDS = ".;:!?"


def phrase_at(told: list[str], said: list[str]) -> int | None:
    """Where the phrase's words `said` begin in the answer's words `told`, a sentence's end
    typed on a word of the answer aside ("… en rullepind med tykke greb og handsker. og så"
    holds "med tykke greb og handsker"); None when it is not there."""
    bare = [w.rstrip(_ENDS) or w for w in told]
    wanted = [w.rstrip(_ENDS) or w for w in said]
    n = len(wanted)
    return next((k for k in range(len(bare)) if bare[k : k + n] == wanted), None)


def aid_with_feature(told: list[str], at: int, said: list[str], g, content) -> str | None:
    """The phrase `said` ("med et greb"), found at `at` in the answer's words `told`, with the
    aid of the lexicon said right before it and its article ("med en stok med et greb"); None
    when no such aid stands before it."""
    if at < 2 or not told[at - 1].isalpha() or named_aid(told[at - 1], content) is None:
        return None
    for k in range(at - 2, max(-1, at - 2 - _REACH), -1):
        word = told[k]
        if word[-1:] in EDGE or not word.strip(EDGE):
            return None
        if fold(word).lower() in g.article_genders:
            return " ".join([said[0], word.lower(), *told[k + 1 : at], *said])
    return None


def with_aid_before(phrase: str | None, told: list[str], g, content) -> str | None:
    """A "med …" phrase of a thing (`phrase`, "med en bøjle at holde i og en tapetbørste") said
    right after an aid of the lexicon with its article in the answer's words `told` ("en
    trappestige med en bøjle at holde i"): the phrase with that aid first, the feature its own
    ("med en trappestige med en bøjle at holde i og …"); a thing named by an aid's own name
    ("en rollator med en stok") and a phrase with no aid before it are left as they are."""
    if not phrase:
        return phrase
    said = phrase.split()
    at = phrase_at(told, said)  # "… en trappestige med en bøjle. og så": a mark typed aside
    thing = said_thing(phrase, content)
    if at is None or not thing or named_aid(thing, content) == thing:
        return phrase
    return aid_with_feature(told, at, said, g, content) or phrase
