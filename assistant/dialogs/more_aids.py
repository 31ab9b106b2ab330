"""More aids said beside the one an answer's own "med …" phrase names (pure).

"med protesen selvfølgelig og så en albuestok ved siden af bordet og en høj barstol …": the
goal keeps "med protesen" as said, and the aids joined to it by "og" or a comma ("en
albuestok", "en høj barstol") are named beside it, each by its own noun phrase, in the
person's words: "med protesen, en albuestok og en høj barstol".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

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
    extra: Iterable[str] = (),
    got: Iterable[tuple[str, ...]] = (),
    stops: frozenset[str] = frozenset(),
) -> str:
    """`phrase` (an aid phrase said in `told`) with the other `aids` the answer joins to it
    after it by "og" or a comma, each as its noun phrase, an article or a possessive first;
    `named` gives the aid a word names, `skip` the words after "og" left out ("så"), `extra`
    more noun phrases named last (handled_beside), `got` the clauses of having or getting that
    may stand between the join and the noun phrase ("… og så har jeg fået en gribetang"). An
    aid the answer names goes on with the list past a clause about the first ("…, så jeg ikke
    skal bære spande og en algemagnet": the clause ends there, purpose_before_aid). The
    phrase as it is when it names them all or no other is so said. A noun said bare is one only
    before any clause of `stops` ("…, så jeg sidder og ruller rundt": a verb there), and not
    when it restates the phrase's own thing ("en høj stol med hjul, arbejdsstol": one chair)."""
    words = told.replace(",", " , ").split()
    low = [fold(w.strip(EDGE)).lower() for w in words]
    said = [fold(w.strip(EDGE)).lower() for w in phrase.replace(",", " , ").split()]
    at = next((k for k in range(len(low)) if said and low[k : k + len(said)] == said), None)
    if at is None:  # "med høj stol i køkken" said, "… i køkkenet" in the phrase: its forms
        at = next((k for k in range(len(low)) if _said_as(low[k : k + len(said)], said)), None)
    if at is None and len(said) > 2:
        # "har skaffet et tastatur …": the phrase's "med" is the goal's, not said; the thing on
        said = said[1:]
        at = next((k for k in range(len(low)) if low[k : k + len(said)] == said), None)
    if at is None:
        return listed(phrase, list(extra), g)
    inside = {named(w.strip(EDGE).lower()) for w in phrase.split()}  # æøå kept for the lexicon
    wanted = [a for a in aids if a not in inside]
    found: list[str] = []
    for j in range(at + len(said), len(words)):
        aid = named(words[j].strip(EDGE).lower())
        if aid not in wanted or len(found) + 1 >= AIDS_MAX:
            continue
        start = _noun_phrase_start(low, j, g)
        if start is not None and _joined(low, _past_got(low, start, got), g, skip):
            found.append(" ".join(w.strip(EDGE) for w in words[start : j + 1]).lower())
            wanted.remove(aid)
        elif (
            (article := _bare_article(words[j], g))
            and _joined(low, j, g, skip)
            and not _clause_between(low, at + len(said), j, g, stops)
            and not restates(low[j], said)
        ):
            # "Og rullebord, så ikke bære gryde": a noun said bare takes its article
            found.append(f"{article} {words[j].strip(EDGE).lower()}")
            wanted.remove(aid)
    return listed(phrase, [*found, *extra], g)


#: Letters a compound's last part shares with the phrase's thing at least ("stol").
_HEAD_MIN = 3


def restates(word: str, said: list[str]) -> bool:
    """True for a bare noun that names the phrase's own thing again, as an apposition: a
    compound ending in one of the phrase's words ("arbejdsstol" after "en høj stol med hjul",
    "firhjulsrollator" after "min rollator")."""
    return any(len(w) >= _HEAD_MIN and w != word and word.endswith(w) for w in said if w.isalpha())


def _clause_between(low: list[str], start: int, end: int, g, stops: frozenset[str]) -> bool:
    """True when a clause of `stops` opens between start and end ("så jeg sidder og …")."""
    return any(_stopped(low, k, g, stops) for k in range(start, end))


def purpose_before_aid(
    clause: str, aids: Iterable[str], named: Callable[[str], str | None], g, skip: frozenset[str]
) -> str:
    """The clause said after an aid phrase ("så jeg ikke skal bære spande og en algemagnet til
    ruden, dem har jeg set i …") up to another of `aids` joined in it by "og" or a comma, its
    noun phrase opened by an article or a possessive: "så jeg ikke skal bære spande"; the
    clause as it is without one. `named` and `skip` as for aids_beside."""
    words = clause.replace(",", " , ").split()
    low = [fold(w.strip(EDGE)).lower() for w in words]
    wanted = set(aids)
    for j, word in enumerate(words):
        if named(word.strip(EDGE).lower()) not in wanted:
            continue
        start = _noun_phrase_start(low, j, g)
        if start is None or not _joined(low, start, g, skip):
            continue
        k = start - 1 - (low[start - 1] in skip)  # at "og" or the comma
        while k > 0 and low[k - 1] == "":
            k -= 1  # ", og": the comma before it too
        kept = " ".join(words[:k]).replace(" , ", ", ").strip(" ,")
        return kept if len(kept.split()) > 1 else clause
    return clause


def listed(phrase: str, more: list[str], g) -> str:
    """`phrase` and the phrases of `more` as one list: "A, B og C"; a phrase that is a list
    already ("A og B") gives its last "og" to the new end ("A, B og C")."""
    if not more:
        return phrase
    head, sep, last = phrase.rpartition(f" {g.and_word} ")
    items = [head, last, *more] if sep and head else [phrase, *more]
    return f"{', '.join(items[:-1])} {g.and_word} {items[-1]}"


def handled_beside(
    told: str,
    phrase: str,
    lemma: Callable[[str], str | None],
    g,
    words: Mapping[str, frozenset[str]],
) -> list[tuple[str, str]]:
    """(noun phrase, thing) for every thing `told` joins after the aid `phrase` by "og" or a
    comma that a clause right after it says handles something for the task ("…, og sådan en
    lille skruestik der holder flasken fast"): an everyday thing used as the aid, named by its
    `lemma`. `words`: "skip" (left out after "og"), "kinds" ("sådan" before the article),
    "leads" ("der", "som"), "verbs" (the handling verbs: "holder") and "stops" (a clause
    lead that ends the list: "så jeg …")."""
    said = told.replace(",", " , ").split()
    low = [fold(w.strip(EDGE)).lower() for w in said]
    own = [fold(w.strip(EDGE)).lower() for w in phrase.replace(",", " , ").split()]
    at = next((k for k in range(len(low)) if own and low[k : k + len(own)] == own), None)
    if at is None:
        return []
    out = []
    for j in range(at + len(own), len(said) - 2):
        if _stopped(low, j, g, words["stops"]):
            break
        if low[j + 1] not in words["leads"] or low[j + 2] not in words["verbs"]:
            continue
        start = _noun_phrase_start(low, j, g)
        if start is None:
            continue
        lead = start - 1 if start and low[start - 1] in words["kinds"] else start
        thing = lemma(said[j].strip(EDGE).lower())
        if thing and _joined(low, lead, g, words["skip"]):
            out.append((" ".join(w.strip(EDGE) for w in said[start : j + 1]).lower(), thing))
    return out


def joined_things(
    phrase: str, thing_of: Callable[[str], str | None], g, words: Mapping[str, frozenset[str]]
) -> list[str]:
    """The things of the noun phrases an aid phrase joins after its first by "og" or a comma
    ("med en børste med langt skaft og et stort spejl på bordet": spejl), each opened by an
    article or a possessive ("sådan" of "kinds" before it, a word of "skip" after "og"), up to
    the first word of "stops" ("…, så jeg kan sidde ned og …"); `thing_of` names a noun
    phrase's thing (None for none)."""
    said = phrase.replace(",", " , ").split()
    low = [fold(w.strip(EDGE)).lower() for w in said]
    end = next((k for k in range(len(low)) if _stopped(low, k, g, words["stops"])), len(low))
    plain = set(g.article_genders) | g.possessive_words
    cuts = [k for k in range(1, end) if low[k] == g.and_word or low[k] == ""]
    out = []
    for n, k in enumerate(cuts):
        start = k + 1
        while start < end and (low[start] in words["skip"] or low[start] in words["kinds"]):
            start += 1
        if start >= end or low[start] not in plain:
            continue
        stop = cuts[n + 1] if n + 1 < len(cuts) else end
        thing = thing_of(" ".join(said[start:stop]))
        if thing and thing not in out:
            out.append(thing)
    return out


def _stopped(low: list[str], k: int, g, stops: frozenset[str]) -> bool:
    """True when the word at k opens a clause that ends the list ("så jeg kan …"); "og så en
    stok" goes on with it."""
    return low[k] in stops and not (k and low[k - 1] == g.and_word)


#: Letters a word's form shares with the phrase's form of it at least ("køkken", "køkkenet").
_FORM_STEM = 4


def _said_as(low: list[str], said: list[str]) -> bool:
    """True when the words are the phrase's, each the same or a form of it by its start ("i
    køkken" for "i køkkenet")."""
    if len(low) != len(said):
        return False
    return all(
        a == b or (min(len(a), len(b)) >= _FORM_STEM and (a.startswith(b) or b.startswith(a)))
        for a, b in zip(low, said, strict=True)
    )


def _bare_article(word: str, g) -> str:
    """The indefinite article of a noun said bare ("rullebord" → "et"), "" for none known."""
    w = word.strip(EDGE).lower()
    return (g.indefinite_article(w) or "") if w.isalpha() else ""


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


def _past_got(low: list[str], start: int, got: Iterable[tuple[str, ...]]) -> int:
    """Where the clause of having or getting said right before the noun phrase at start begins
    ("og så har jeg fået en …": at "har"); start itself when none is said."""
    return next(
        (start - len(c) for c in got if c and tuple(low[max(0, start - len(c)) : start]) == c),
        start,
    )


def _joined(low: list[str], start: int, g, skip: frozenset[str]) -> bool:
    """True when "og" ("og så") or a comma stands right before the noun phrase at start."""
    k = start - 1
    if k >= 0 and low[k] in skip:
        k -= 1
    return k >= 0 and (low[k] == g.and_word or low[k] == "")
