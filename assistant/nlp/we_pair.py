"""A spoken pair said after a clause whose subject is "vi", in the object form ("vi har vores
egen tid ham og mig"): it says who "vi" are, an apposition of the subject, written in the
subject form between commas, the speaker last ("vi har vores egen tid, han og jeg";
we_pair_subjects). A pair after a clause that says "vores" (we_pair_owners) only says whose it
is again, so it goes ("det er vores ting ham og mig" → "det er vores ting"). A pair after
a preposition or a verb that takes it as its object ("med ham og mig", "hjælper ham og mig")
stays as said; so does one that goes on into more of the clause."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

_REACH = 8  # words back to the clause's "vi"
_DEFINITE = ("ene", "rne")  # "mig og børnene", "mig og naboerne": one word of the pair


def we_pairs_written(words: list[str], g: Grammar) -> list[str]:
    """`words` with each such pair in the subject form (see the module)."""
    pairs = g.we_pair_subjects
    if not pairs:
        return words
    out = list(words)
    for i in range(2, len(out) - 2):
        a, join, b = out[i], out[i + 1], out[i + 2]
        if _b(a) not in pairs or _b(join) != g.and_word or _b(b.rstrip(EDGE)) not in pairs:
            continue
        if a[-1:] in EDGE or join[-1:] in EDGE or out[i - 1][-1:] in EDGE:
            continue
        before = _b(out[i - 1])
        if before in g.dangling or g.is_present(out[i - 1]) or g.is_infinitive(out[i - 1]):
            continue  # "med ham og mig", "hjælper ham og mig": the object
        ends = i + 3 == len(out) or b[-1:] in EDGE or _b(out[i + 3]) in g.main_joins
        we = _we_before(out, i, g)
        if ends and not we and _we_before(out, i, g, g.we_pair_owners):
            # "det er vores ting ham og mig": "vores" said it, the pair goes
            mark = b[len(b.rstrip(EDGE)) :] or ("," if i + 3 < len(out) else "")
            out[i - 1] += mark
            out[i : i + 3] = ["", "", ""]
            continue
        if not ends or not we:
            continue
        mark = b[len(b.rstrip(EDGE)) :] or ("," if i + 3 < len(out) else "")
        first, second = pairs[_b(a)], pairs[_b(b.rstrip(EDGE))]
        if _b(first) in g.speaker_self:  # "mig og ham": "han og jeg", the speaker last
            first, second = second, first
        out[i - 1] += ","
        out[i] = first
        out[i + 2] = second + mark
    return [w for w in out if w]


def _we_before(words: list[str], i: int, g: Grammar, owners: frozenset[str] = frozenset()) -> bool:
    """True when "vi" is the subject of the clause that ends at i; with `owners`, when one of
    them ("vores") is said in it."""
    for k in range(i - 1, max(-1, i - _REACH - 1), -1):
        if _b(words[k]) in owners or (not owners and _b(words[k]) == g.we_word.lower()):
            return True
        if words[k][-1:] in EDGE or _b(words[k]) in g.main_joins:
            return False
    return False


def object_pair_subject(words: list[str], g: Grammar) -> list[str]:
    """A reason's subject said as a pair in the object form with the speaker first ("mig og min
    mand har altid danset", "mig og ham går"): written in the subject form, the speaker last
    ("min mand og jeg har …", "han og jeg går"); the pair must open the clause and its finite
    verb follow it."""
    pairs = g.we_pair_subjects
    if len(words) < 4 or _b(words[0]) not in pairs or _b(words[1]) != g.and_word:
        return words
    if _b(pairs[_b(words[0])]) not in g.speaker_self or words[0][-1:] in EDGE:
        return words
    one = _b(words[2]) in pairs or words[2][:1].isupper() or words[2].endswith(_DEFINITE)
    other = words[2:3] if one else words[2:4]
    if other == words[2:4] and _b(words[2]) not in g.possessive_words:
        return words  # "mig og børnene …": no pair this reads
    n = 2 + len(other)
    if n >= len(words) or any(w[-1:] in EDGE for w in other[:-1]) or not g.is_finite(words[n]):
        return words
    said = [pairs.get(_b(other[0]), other[0]), *other[1:]]
    return [*said, g.and_word, pairs[_b(words[0])], *words[n:]]
