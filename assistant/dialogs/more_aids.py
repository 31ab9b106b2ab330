"""More aids said beside the one an answer's own "med …" phrase names (pure).

"med protesen selvfølgelig og så en albuestok ved siden af bordet og en høj barstol …": the
goal keeps "med protesen" as said, and the aids joined to it by "og" or a comma ("en
albuestok", "en høj barstol") are named beside it, each by its own noun phrase, in the
person's words: "med protesen, en albuestok og en høj barstol".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from assistant.content.grammar import EDGE, fold

#: Words a joined aid's noun phrase may have between its article and the aid ("en høj", "et
#: langt", "en ny lille").
MODIFIERS_MAX = 2

#: Things the goal names after "med" at most ("med protesen, en albuestok og en barstol").
AIDS_MAX = 3


def aids_beside(
    told: str,
    phrase: str,
    aids: Iterable[str],
    named: Callable[[str], str | None],
    g,
    skip: frozenset[str] = frozenset(),
) -> str:
    """`phrase` (an aid phrase said in `told`) with the other `aids` the answer joins to it
    after it by "og" or a comma, each as its noun phrase, an article or a possessive first;
    `named` gives the aid a word names, `skip` the words after "og" left out ("så"). The
    phrase as it is when it names them all or no other is so said."""
    words = told.replace(",", " , ").split()
    low = [fold(w.strip(EDGE)).lower() for w in words]
    said = [fold(w.strip(EDGE)).lower() for w in phrase.replace(",", " , ").split()]
    at = next((k for k in range(len(low)) if said and low[k : k + len(said)] == said), None)
    if at is None:
        return phrase
    inside = {named(w.strip(EDGE).lower()) for w in phrase.split()}  # æøå kept for the lexicon
    wanted = [a for a in aids if a not in inside]
    found: list[str] = []
    for j in range(at + len(said), len(words)):
        aid = named(words[j].strip(EDGE).lower())
        if aid not in wanted or len(found) + 1 >= AIDS_MAX:
            continue
        start = _noun_phrase_start(low, j, g)
        if start is not None and _joined(low, start, g, skip):
            found.append(" ".join(w.strip(EDGE) for w in words[start : j + 1]).lower())
            wanted.remove(aid)
    if not found:
        return phrase
    items = [phrase, *found]
    return f"{', '.join(items[:-1])} {g.and_word} {items[-1]}"


def _noun_phrase_start(low: list[str], j: int, g) -> int | None:
    """The index of the article or possessive that opens the noun phrase of the aid at j ("en
    høj barstol"), a few plain words between; None without one."""
    plain = set(g.article_genders) | g.possessive_words
    blocked = g.function_words | g.fillers | g.subject_pronouns | g.modals
    for k in range(j - 1, max(-1, j - MODIFIERS_MAX - 2), -1):
        if low[k] in plain:
            return k
        if not low[k].isalpha() or low[k] in blocked:
            return None
    return None


def _joined(low: list[str], start: int, g, skip: frozenset[str]) -> bool:
    """True when "og" ("og så") or a comma stands right before the noun phrase at start."""
    k = start - 1
    if k >= 0 and low[k] in skip:
        k -= 1
    return k >= 0 and (low[k] == g.and_word or low[k] == "")
