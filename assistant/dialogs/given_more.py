"""More things given in one breath after the one an answer's given phrase names (pure).

"… og jeg har købt en let saks og et maskine uden ledning.": the goal names "en let saks" as
given, and the noun phrase "og" joins right after it ("en maskine uden ledning") is bought too,
so it is named beside it, its article agreeing with its noun (a learner's "et maskine"). A
clause ("og jeg har …"), a person ("og min datter"), a clause lead of `stops` ("så jeg …") or a
sentence's end closes the list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from assistant.content.grammar import EDGE, fold

#: Things named after the given one at most, and words of one such noun phrase at most.
MORE_MAX = 2
PHRASE_MAX = 6
HEAD_AT = 3  # the noun of such a phrase within its first words ("en lille spejl")
_SENTENCE_ENDS = (".", "!", "?")


def given_after(
    told: str,
    own: str,
    g,
    thing_of: Callable[[str], str | None],
    skip: Iterable[str] = (),
    stops: Iterable[str] = (),
) -> list[str]:
    """The noun phrases `told` joins by "og" or a comma right after the given phrase `own`
    ("en let saks"), each opened by an article and naming a thing (`thing_of`: None for no
    thing, "en gang om ugen") by its first words, its article agreeing with the thing; [] when
    none follows or `own` is not found as said."""
    said = told.split()
    low = [fold(w.strip(EDGE)).lower() for w in said]
    mine = [fold(w.strip(EDGE)).lower() for w in own.split()]
    at = next((k for k in range(len(low)) if mine and low[k : k + len(mine)] == mine), None)
    if at is None:
        return []
    skip, stops = set(skip), set(stops)
    out: list[str] = []
    k = at + len(mine)
    while len(out) < MORE_MAX and 0 < k < len(said):
        if said[k - 1].endswith(_SENTENCE_ENDS):
            break
        j = k + 1 if low[k] == g.and_word else k if said[k - 1].endswith(",") else -1
        while 0 <= j < len(low) and low[j] in skip:
            j += 1
        if j < 0 or j >= len(low) or low[j] not in g.article_genders:
            break
        end = _phrase_end(said, low, j, g, stops)
        words = [w.strip(EDGE) for w in said[j:end]]
        # the phrase's head: a noun right after its article and an adjective at most
        n = next((n for n in range(1, min(len(words), HEAD_AT)) if _noun(words[n], g)), None)
        thing = thing_of(" ".join(words[: n + 1])) if n is not None else None
        if thing is None:
            break
        words[0] = g.indefinite_article(words[n].lower()) or words[0]  # "et maskine": en
        out.append(" ".join(words))
        k = end
    return out


def _noun(word: str, g) -> bool:
    """True for a noun the grammar knows the gender of ("maskine", "spejl"), no adjective."""
    low = word.lower()
    return g.indefinite_article(low) is not None and low not in g.bare_adjectives


def _phrase_end(said: list[str], low: list[str], j: int, g, stops: set[str]) -> int:
    """The index after the noun phrase opened at j: before the next "og" or clause lead, after
    a word ending in a comma or a sentence's end, at most PHRASE_MAX words."""
    end = j + 1
    while end < len(said) and end - j < PHRASE_MAX:
        if said[end - 1][-1:] in EDGE or low[end] == g.and_word or low[end] in stops:
            break
        end += 1
    return end
