"""Things an answer to the aid question names with a tool's shape (pure).

"påsmører. langt skaft.", "en brændekurv på hjul og en lang lighter", "min stok og så en bro
altså sådan en kø holder …": a thing the lexicon knows no aid by, said in the aid answer with a
part a tool has ("på hjul", "med langt skaft", or a fragment of its own: "langt skaft"), with a
tool's shape ("en lang lighter", "et par lange ovnhandsker") or restated as a tool ("altså sådan
en kø holder"), is an aid of the answer, named by the word said, also past the clause of what
the first is for ("en høj taburet, så jeg kan sidde, og en lang ildrager"). A thing said plainly
("en kop kaffe", "min telefon") is none, nor a person or a ride (`other`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.content.grammar import EDGE, fold
from assistant.content.yesno import normalise
from assistant.dialogs.wordlists import word_set
from assistant.nlp.telegraph import indefinite_adjective, is_adjective

#: Adjectives a thing's noun phrase may have before the thing ("et par lange", "en ny lang").
MODIFIERS_MAX = 2

#: Words a part may stand after its lead ("med et langt skaft", "på to små hjul").
PART_REACH = 3

#: Words of a clause between two things of a list ("…, så jeg kan sidde og passe ilden, og …").
CLAUSE_REACH = 10

#: Words before the verb of a clause of getting that opens a list part ("min søn har købt").
GOT_REACH = 4

#: Words a tool restating the thing may stand after "sådan" ("sådan en kø holder").
RESTATE_REACH = 4


@dataclass(frozen=True)
class ShapeWords:
    """dialogue.yaml's words of a tool's shape, normalised (aid_thing_* lists)."""

    shapes: frozenset[str]  # "lang", "langt", "forlænget"
    parts: frozenset[str]  # "skaft", "hjul", "håndtag"
    part_leads: frozenset[str]  # "med", "på"
    kinds: frozenset[str]  # "sådan" before a tool restating the thing
    heads: frozenset[str]  # "holder": the last part of a tool restating it
    pairs: frozenset[str]  # "par" in "et par lange ovnhandsker"
    agent_endings: frozenset[str]  # "er": a thing named by what it does takes "en"
    skip: frozenset[str]  # "så" after "og"
    stops: frozenset[str]  # a clause lead that ends the list ("så jeg …")
    fragment_lead: str  # "med": joins a part typed as a fragment of its own
    got: frozenset[str] = frozenset()  # "fået" in "og jeg har fået en høj stol med ryglæn"
    got_objects: frozenset[str] = frozenset()  # "mig" in "har købt mig en …"
    body_leads: frozenset[str] = frozenset()  # "over" in "en rem over skulderen"
    body_parts: frozenset[str] = frozenset()  # "skulder", "foden": where the thing is worn
    comparatives: frozenset[str] = frozenset()  # "lettere" in "ny oud, lettere"
    body_sides: frozenset[str] = frozenset()  # "højre" in "til højre hånd"
    answers: frozenset[str] = frozenset()  # "ja" in "øh ja min mand har bygget sådan en …"


def shape_words(dialogue) -> ShapeWords:
    """dialogue.yaml's aid_thing_* words: a tool's shapes, parts and restating words."""
    return ShapeWords(
        **{k: word_set(dialogue, f"aid_thing_{k}") for k in ("shapes", "parts", "part_leads")},
        kinds=word_set(dialogue, "aid_thing_kinds"),
        heads=word_set(dialogue, "aid_thing_heads"),
        pairs=word_set(dialogue, "aid_thing_pairs"),
        agent_endings=word_set(dialogue, "aid_thing_agent_endings"),
        skip=word_set(dialogue, "joined_skip"),
        stops=word_set(dialogue, "aid_list_stops"),
        fragment_lead=dialogue.words["aid_thing_fragment_lead"][0],
        got=word_set(dialogue, "aid_thing_got"),
        got_objects=word_set(dialogue, "aid_thing_got_objects"),
        body_leads=word_set(dialogue, "aid_thing_body_leads"),
        body_parts=word_set(dialogue, "aid_thing_body_parts"),
        comparatives=word_set(dialogue, "aid_thing_comparatives"),
        body_sides=word_set(dialogue, "aid_thing_body_sides"),
        answers=word_set(dialogue, "aid_thing_answers"),
    )


@dataclass(frozen=True)
class _Thing:
    phrase: str  # as said, for the goal ("en brændekurv på hjul")
    word: str  # the thing's word, lower-cased ("brændekurv")
    fragment: bool = False  # its part typed as a fragment of its own ("langt skaft.")


def shaped_things(
    told: str,
    g,
    w: ShapeWords,
    other: Callable[[str], bool],
    aid: Callable[[str], bool] = lambda _word: False,
    fragments_only: bool = False,
) -> list[tuple[str, str]]:
    """(noun phrase, thing word) of every thing `told` names with a tool's part, shape or
    restating tool, in the order said; `other` is True for a word that names no thing one
    uses (a person, a ride), `aid` for a word naming an aid of the lexicon, listed too ("et
    rullebord", as said). With `fragments_only`, only things whose part is typed as a fragment
    of its own ("påsmører. langt skaft.")."""
    fragments = [f for f in re.split(r"[.!?]+(?:\s+|$)", told) if f.strip()]
    out: list[_Thing] = []
    for n, fragment in enumerate(fragments):
        said = fragment.replace(",", " , ").split()
        low = [normalise(t) for t in said]
        said, low = _past_clauses(said, low, w, g)
        end = next((k for k in range(len(low)) if _stopped(low, k, w, g)), len(low))
        later = fragments[n + 1].split() if n + 1 < len(fragments) else []
        segments = _segments(low, end, g)
        for j, (start, stop) in enumerate(segments):
            if stop - start == 1 and low[start] in w.comparatives:
                continue  # "lettere": the shape of the thing before it
            after = segments[j + 1] if j + 1 < len(segments) else (0, 0)
            compared = low[after[0]] if after[1] - after[0] == 1 else ""
            compared = compared if compared in w.comparatives else ""
            part = (said[start:stop], low[start:stop])
            thing = _thing(*part, later, g, w, (other, aid), start == 0, bool(compared))
            if thing is not None and compared:
                thing = _compared(thing, said[after[0]].strip(EDGE).lower(), g)
            if fragments_only and (thing is None or not thing.fragment):
                continue
            if thing is not None and thing.word not in {t.word for t in out}:
                out.append(thing)
    return [(t.phrase, t.word) for t in out]


def _stopped(low: list[str], k: int, w: ShapeWords, g) -> bool:
    """True when the word at k opens a clause that ends the list ("så jeg ikke skal bøje mig");
    "og så en lang lighter" goes on with it."""
    return low[k] in w.stops and not (k and low[k - 1] == fold(g.and_word))


def _past_clauses(said: list[str], low: list[str], w: ShapeWords, g) -> tuple[list[str], list[str]]:
    """The words without each clause after a comma that ends the list ("…, så jeg kan sidde og
    passe ilden,") when a comma and "og" follow it within `CLAUSE_REACH` words: "en høj taburet,
    så jeg kan sidde, og en lang ildrager" lists the poker too."""
    k = 0
    while k < len(low):
        if not (k and low[k - 1] == "" and _stopped(low, k, w, g)):
            k += 1
            continue
        back = next(
            (
                m
                for m in range(k + 1, min(len(low) - 1, k + CLAUSE_REACH))
                if low[m] == "" and low[m + 1] == fold(g.and_word)
            ),
            None,
        )
        if back is None:
            break
        said, low = said[:k] + said[back + 1 :], low[:k] + low[back + 1 :]
    return said, low


def _segments(low: list[str], end: int, g) -> list[tuple[int, int]]:
    """(start, stop) of the parts of a list cut at "og" and commas, up to `end`."""
    cuts = [-1, *(k for k in range(end) if low[k] in ("", fold(g.and_word))), end]
    return [(a + 1, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a + 1]


def _thing(
    said: list[str],
    low: list[str],
    later: list[str],
    g,
    w: ShapeWords,
    tests,
    opening: bool,
    compared: bool = False,
) -> _Thing | None:
    """The thing of one list part when it is said with a tool's part, shape or restating tool
    ("en brændekurv på hjul", "et par lange ovnhandsker", "påsmører" before "langt skaft"), or
    is an aid (`tests`: other, aid)."""
    other, aid = tests
    i = _past_got(low, w)  # "jeg har fået en høj stol med ryglæn": the thing after the verb
    while i < len(low) and (low[i] in w.skip | w.kinds | w.answers or fold(low[i]) in g.fillers):
        i += 1  # "øh en neglesaks …", "og så en bro", "ja min mand …"
    opened = i < len(low) and (low[i] in g.article_genders or low[i] in g.possessive_words)
    first = i + opened
    if first < len(low) and low[first] in w.pairs:
        first += 1
    k = first
    while k < len(low) and k - first < MODIFIERS_MAX and _adjective(low[k], g, w):
        k += 1
    if k >= len(low) or not _noun(said[k], low[k], g, other, capital=opening and k == i):
        return None
    head = said[k].strip(EDGE)
    if head[:1].isupper() and not (g.indefinite_article(head.lower()) or aid(head.lower())):
        return None  # "Poul. langt skaft.": a capital opening a fragment on no known thing
    tail = low[k + 1 :]
    shaped = any(low[m] in w.shapes for m in range(first, k))
    part = _part_after(tail, g, w)
    fragment = not tail and i == 0 and not opened and _only_part(later, g, w)
    restated = _restated(tail, w)
    if not (shaped or part or fragment or restated or compared or aid(head.lower())):
        return None
    words = [t.strip(EDGE) for t in said[i : k + 1]]
    if opened or opening:
        words[0] = words[0].lower()  # "En brændekurv …", "Rollatoren, som …": as in a sentence
    if part:
        words += [t.strip(EDGE) for t in said[k + 1 : k + 1 + part]]
    if fragment:
        words += [w.fragment_lead, *(t.strip(EDGE).lower() for t in later)]
    if not opened and (article := _article(head, g, w)):
        # "lange saks": "en lang saks", the adjectives as the article takes them
        modifiers = [indefinite_adjective(t, article, g) for t in words[: k - i]]
        words = [article, *modifiers, *words[k - i :]]
    return _Thing(" ".join(words), head.lower(), fragment)


def _past_got(low: list[str], w: ShapeWords) -> int:
    """Where the thing begins after a clause of getting or having that opens the list part
    ("jeg har fået en høj stol", "min søn har købt mig en …"): past its verb of `got` (within
    `GOT_REACH` words) and the one it was got for; 0 when the part opens with no such verb."""
    at = next((k for k in range(min(len(low), GOT_REACH)) if low[k] in w.got), None)
    if at is None:
        return 0
    at += 1
    while at < len(low) and low[at] in w.got:
        at += 1  # "har fået"
    return at + 1 if at < len(low) and low[at] in w.got_objects else at


def _compared(thing: _Thing, comparative: str, g) -> _Thing:
    """The thing with the comparative said after it written before its noun ("ny oud, lettere":
    "en ny og lettere oud"); no phrase (the aid by its word only) when no article is known or
    a part follows the noun."""
    words = thing.phrase.split()
    if words[-1].lower() != thing.word or len(words) < 2:
        return _Thing("", thing.word, thing.fragment)
    if words[0] not in g.article_genders and words[0] not in g.possessive_words:
        return _Thing("", thing.word, thing.fragment)
    between = [] if len(words) == 2 else [g.and_word]
    return _Thing(" ".join([*words[:-1], *between, comparative, words[-1]]), thing.word)


def _adjective(word: str, g, w: ShapeWords) -> bool:
    """True for an adjective before a thing: a shape, or a bare adjective in any form ("lange",
    "høje", "tykke" of tyk: its consonant doubled before the -e; "tykt": the neuter's)."""
    f = fold(word)
    stem = f.removesuffix("e")
    if stem != f and len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "tykke": tyk
    # "tykt skaft", "blødt greb": a neuter form too
    return (
        word in w.shapes
        or word in w.comparatives  # "en lettere tromme": the thing after it
        or f in g.bare_adjectives
        or stem in g.bare_adjectives
        or is_adjective(word, g)
    )


def _noun(said: str, low: str, g, other, capital: bool) -> bool:
    """True for a word that may be a thing: a word of letters, no function word, filler,
    pronoun, modal or adjective, no name (a capital only as the fragment's first word) and
    nothing `other` rules out."""
    word = said.strip(EDGE)
    blocked = g.function_words | g.fillers | g.subject_pronouns | g.modals
    return (
        word.isalpha()
        and (capital or not word[:1].isupper())
        and low not in blocked
        and not is_adjective(word, g)  # "piskeris. tykt. greb.": no thing "tykt"
        and not other(word.lower())
    )


def _part_after(tail: list[str], g, w: ShapeWords) -> int:
    """The words of a part said right after the thing ("på hjul", "med et langt skaft"): their
    count, 0 for none."""
    body = bool(tail) and tail[0] in w.body_leads  # "en rem over skulder", "til foden"
    if not tail or not (tail[0] in w.part_leads or body):
        return 0
    for m in range(1, min(len(tail), PART_REACH + 1)):
        if tail[m] in w.parts and tail[0] in w.part_leads or body and tail[m] in w.body_parts:
            return m + 1
        if body and (tail[m] in g.possessive_words or tail[m] in w.body_sides):
            continue  # "over min skulder", "til højre hånd"
        if not (tail[m] in g.article_genders or _adjective(tail[m], g, w) or tail[m].isdigit()):
            return 0
    return 0


def _only_part(later: list[str], g, w: ShapeWords) -> bool:
    """True when the next fragment is a part with its shape and nothing else ("langt skaft")."""
    low = [normalise(t) for t in later]
    if not low or low[-1] not in w.parts or len(low) > PART_REACH:
        return False
    return all(_adjective(t, g, w) or t in g.article_genders for t in low[:-1])


def _restated(tail: list[str], w: ShapeWords) -> bool:
    """True when the thing is restated as a tool right after it ("altså sådan en kø holder")."""
    at = next((m for m, t in enumerate(tail) if t in w.kinds), None)
    if at is None:
        return False
    return any(any(t.endswith(h) for h in w.heads) for t in tail[at + 1 : at + 1 + RESTATE_REACH])


def _article(head: str, g, w: ShapeWords) -> str:
    """The indefinite article of a thing said bare ("påsmører" → "en"): by its gender, or "en"
    for a thing named by what it does (an agent ending); "" for a plural ("pincetter") or none
    known."""
    known = g.indefinite_article(head.lower())
    if known:
        return known
    if g.noun_kind(head.lower()) == "pl" or g.is_own_plural(head):
        return ""  # "lange pincetter": a plural of its own, though it ends like an agent
    agent = any(fold(head).endswith(e) for e in w.agent_endings)
    return g.indefinite_articles.get("c", "") if agent else ""
