"""A thing said first in a reason and taken up again by a pronoun ("fordi en havørred på en
flue, man selv har bundet, det er noget helt andet", also after "og": "og folk de danser"):
spoken left dislocation. The pronoun goes
and the thing is the subject ("fordi en havørred på en flue, man selv har bundet, er noget
helt andet"), so the clause after it is no comment of its own (assistant/nlp/asides.py)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_EDGE = ",.;:!?"
_THING_MAX = 9  # words of the thing said first: "en kage man selv har bagt i ovnen"
_CLAUSE_MAX = 6  # words of a relative clause after it: "man selv har bundet"


def without_resumptive(words: Sequence[str], g: Grammar) -> list[str]:
    """words with a resumptive pronoun after a subordinator's fronted thing left out (see the
    module); as told when none stands there. A place said first and taken up ("fordi i skoven,
    det er der jeg er lykkelig") is said after its clause (`place_said_after`)."""
    out = place_said_after(words, g)
    i = 0
    while i < len(out):
        p = _resumptive_at(out, i, g)
        if p is None:
            i += 1
            continue
        if _b(out[p - 1]) and out[p - 1].endswith(",") and not _relative_before(out, i, p):
            out[p - 1] = out[p - 1][:-1]  # "fordi min have, den betyder alt": no comma left
        del out[p]
        i = p
    return out


def _resumptive_at(words: list[str], i: int, g: Grammar) -> int | None:
    """The index of the pronoun that takes up the thing said right after the subordinator at i,
    with a finite verb after it; None when the words after i are no such thing."""
    if words[i][-1:] in _EDGE or i + 3 >= len(words):
        return None
    if _b(words[i]) in g.main_joins and _bare_plural_taken_up(words, i + 1, g):
        return i + 2  # "… og folk de danser": a joined clause's people said first
    if _b(words[i]) not in g.subordinators:
        return None
    first = _b(words[i + 1])
    # "fordi de gamle de får …": "de" the article of a thing said first, not the subject
    # ("om det hver gang jeg synes det er": "det" the object, no article)
    article = (
        first in g.articles
        and not _finite_at(words, i + 2, g)
        and _b(words[i + 2]) not in g.function_words | g.subject_pronouns
        and words[i + 1][-1:] not in _EDGE
    )
    if (first in g.subject_pronouns and not article) or not (
        first in g.articles | g.possessive_words
        or first.endswith(("en", "et", "ne"))
        or _bare_noun_taken_up(words, i + 1, g)
        or _bare_plural_taken_up(words, i + 1, g)
    ):
        return None  # "fordi jeg, …", "fordi om sommeren": no thing said first
    # "min kone, hun skal …", "min datter hun siger": a person with a possessive taken up as "hun"
    people = g.resumptive_people if first in g.possessive_words else frozenset()
    end = _phrase_end(words, i + 1, _THING_MAX, g, finite=False, people=people)
    if end is None:
        return None
    p = end
    if p < len(words) and words[p - 1].endswith(","):
        clause_end = _phrase_end(words, p, _CLAUSE_MAX, g, finite=True)
        if clause_end is not None and words[clause_end - 1].endswith(","):
            p = clause_end  # "…, man selv har bundet, det er …": a relative clause between
    if p + 1 >= len(words) or _b(words[p]) not in g.resumptive_pronouns | people:
        return None
    if first in g.subject_pronouns and (
        _b(words[p]) != first or any(_b(w) in g.subject_pronouns for w in words[i + 2 : p])
    ):
        # "de gamle de …", "den gamle hund den …": taken up by its own article; "om det hver
        # gang jeg synes det er": a clause between, "det" the object
        return None
    if words[p][-1:] in _EDGE or not _finite(words[p + 1], g):
        return None
    after = _b(words[p + 2]) if p + 2 < len(words) else ""
    if after in g.resumptive_persons:
        return None  # "fordi haven, den har jeg passet": the pronoun is the object
    return p


def _bare_noun_taken_up(words: list[str], k: int, g: Grammar) -> bool:
    """True for a noun said bare, as a second language may, and taken up at once by "det er"
    ("fordi sari det er mig", "fordi musik, det er mit liv"): no verb, no pronoun; "så længe de
    blomstrer" is none."""
    w = words[k].rstrip(",")
    nxt = _b(words[k + 1]) if k + 2 < len(words) else ""
    if not (w.isalpha() and w.islower()) or nxt not in g.resumptive_pronouns:
        return False
    neuter = {p for p, a in g.pointing_articles.items() if g.is_neuter_article(a)}
    if nxt not in neuter or _b(words[k + 2]) != g.be_word:
        return False  # "så længe de blomstrer": only "X det er …" is a thing said first
    low = _b(w)
    said = g.function_words | g.subject_pronouns | g.modals | g.degree_words
    return low not in said and not g.is_bare_infinitive(w) and bool(g.indefinite_article(w))


def _bare_plural_taken_up(words: list[str], k: int, g: Grammar) -> bool:
    """True for a plural noun said bare and taken up at once by its plural pronoun ("og folk de
    danser", "fordi børn de glemmer"): the people said first, the pronoun no subject of its own."""
    w = words[k]
    if w[-1:] in _EDGE or not w.isalpha() or not w.islower() or k + 2 >= len(words):
        return False
    plural = (g.noun_kind(w) == "pl" or g.is_indefinite_plural(w)) and not _finite(w, g)
    return plural and _b(words[k + 1]) in g.plural_subject_pronouns and _finite_at(words, k + 2, g)


def _phrase_end(
    words: list[str], k: int, reach: int, g: Grammar, finite: bool, people: frozenset = frozenset()
) -> int | None:
    """The end (exclusive) of a phrase from k up to a comma or the word before a resumptive
    pronoun, within reach words; with a finite verb in it when `finite` (a clause), else none
    (a thing). None when it runs past reach or a sentence end."""
    has_finite = relative = False
    for j in range(k, min(len(words), k + reach)):
        w = words[j]
        if w[-1:] in ".;:!?":
            return None
        taken_up = j > k and _b(w) in g.resumptive_pronouns | people and _finite_at(words, j + 1, g)
        taken_up = taken_up and _b(words[j - 1]) not in g.main_joins  # "min datter og hun er"
        if taken_up and not finite and not has_finite:
            return j  # "fordi min have den betyder alt": no comma said
        # "en kage man selv har bagt": a relative clause said without commas, its verb no
        # verb of the thing
        relative = relative or (j > k + 1 and not finite and _b(w) in g.resumptive_persons)
        # "min datter hun siger": the noun after the possessive, no verb ("datter" ends in -er)
        noun = j == k + 1 and _b(words[k]) in g.articles | g.possessive_words
        has_finite = has_finite or (_finite(w, g) and not relative and not noun)
        if w.endswith(","):
            return j + 1 if has_finite == finite else None
    return None


def _relative_before(words: list[str], i: int, p: int) -> bool:
    """True when a clause set off by commas stands between the thing and the pronoun at p."""
    return sum(w.endswith(",") for w in words[i:p]) > 1


def _finite_at(words: list[str], j: int, g: Grammar) -> bool:
    return j < len(words) and _finite(words[j], g)


def _finite(word: str, g: Grammar) -> bool:
    return g.is_present(word) or g.is_past(word) or _b(word) in g.modals | g.past_words


_PLACE_MAX = 6  # words of a place said first: "i skoven med skiene", "på løjpen i skoven"


def place_said_after(words: Sequence[str], g: Grammar) -> list[str]:
    """words with a place said first after a subordinator and taken up again ("fordi i skoven
    med skiene, det er der jeg er lykkelig", "fordi på biblioteket, der er jeg glad") said after
    its clause ("fordi jeg er lykkelig i skoven med skiene"); as told when none stands there."""
    out = list(words)
    for i in range(len(out) - 1):
        if _b(out[i]) not in g.subordinators or out[i][-1:] in _EDGE:
            continue
        if _b(out[i + 1]) not in g.way_prepositions:
            continue
        end = _place_end(out, i + 1, g)
        if end is None:
            continue
        clause = _taken_up_clause(out, end, g)
        if clause is None:
            continue
        start, stop = clause
        said = out[start:stop]
        mark = said[-1][-1] if said[-1][-1:] in _EDGE else ""
        said[-1] = said[-1].rstrip(_EDGE)
        place = [*out[i + 1 : end]]
        place[-1] = place[-1].rstrip(",") + mark
        return [*out[: i + 1], *said, *place, *out[stop:]]
    return out


def _place_end(words: list[str], k: int, g: Grammar) -> int | None:
    """The end (exclusive) of a place from k to its comma, of no finite verb and no pronoun
    subject; None when there is none within reach."""
    for j in range(k, min(len(words), k + _PLACE_MAX)):
        w = words[j]
        if j > k and (_finite(w.rstrip(_EDGE), g) or _b(w) in g.resumptive_persons):
            return None  # "fordi i går var jeg …": a clause, no place
        if w[-1:] in ".;:!?":
            return None
        if w.endswith(","):
            return j + 1 if j > k else None
    return None


def _taken_up_clause(words: list[str], k: int, g: Grammar) -> tuple[int, int] | None:
    """The (start, end) of the clause that takes up a place said before k, its pronoun subject
    first: "det er der jeg er lykkelig" → "jeg er lykkelig", "der er jeg glad" → "jeg er glad"
    (the words swapped in place); None when no such clause follows."""
    low = [_b(w) for w in words]
    n = len(words)
    neuter = {p for p, a in g.pointing_articles.items() if g.is_neuter_article(a)}
    if (
        k + 4 < n
        and low[k] in neuter
        and low[k + 1] == g.be_word
        and low[k + 2] in g.place_pointers
        and low[k + 3] in g.resumptive_persons
        and (
            _finite_at(words, k + 4, g)
            or (low[k + 4] in g.negations and _finite_at(words, k + 5, g))
        )
        and not any(w[-1:] in _EDGE for w in words[k : k + 2])
    ):
        start = k + 3  # "det er der(,) jeg er lykkelig"
    elif (
        k + 2 < n
        and low[k] in g.place_pointers
        and _finite_at(words, k + 1, g)
        and low[k + 2] in g.resumptive_persons
        and not any(w[-1:] in _EDGE for w in words[k : k + 2])
    ):
        # "der er jeg glad": the verb after the pointer, the subject after it; said in order
        words[k + 1], words[k + 2] = words[k + 2], words[k + 1]
        start = k + 1
    else:
        return None
    stop = start
    while stop < n and words[stop][-1:] not in _EDGE:
        if stop > start + 1 and _next_clause_at(words, stop, g):
            return (start, stop)  # "der er jeg glad og så kan jeg …": a spoken run-on ends it
        stop += 1
    return (start, min(stop + 1, n))


def _next_clause_at(words: list[str], j: int, g: Grammar) -> bool:
    """True when words[j] joins a clause of its own (a finite verb one or two words on: "og så
    kan jeg", "men nu kan jeg ikke", "og hun har ret"), not a second word of the same clause
    ("glad og tryg"; "når" is no verb "nå" here)."""
    if _b(words[j]) not in g.clause_joins:
        return False
    return any(
        _finite_at(words, k, g) and _b(words[k]) not in g.clause_joins for k in (j + 1, j + 2)
    )
