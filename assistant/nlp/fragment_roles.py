"""People said in fragments are read in clauses of their own: "sønnen. Aalborg. kommer. ikke." is
"sønnen Aalborg kommer ikke" (no helper), "sønnen. hjælper." is "sønnen hjælper" (a helper).

An answer of at least two parts (split at marks), each of a few words, tells each person's role
in the parts from the person on: the marks between those parts are left out when the role
patterns (nlp/people_roles.py) read it, only the mark before a part that opens with another
person stays (a relation, or a capitalised name with more said after it: "ergoterapeut. Ruth
nej." refuses Ruth, not the therapist; "veninde. Grete." names the friend). An answer with a
longer part is read with its marks as said.
"""

from __future__ import annotations

from collections.abc import Sequence

_NOTHING = "other"  # the role of a mention no pattern tells anything of


def fragment_roles(
    finder,
    words: Sequence[str],
    keys: Sequence[frozenset[str]],
    punct: Sequence[bool],
    people: Sequence[tuple[str, int]],
    texts: Sequence[str],
    most: int,
) -> list[tuple[str, int, str]]:
    """`finder.roles(...)` (name, token index, role) for every mention; when the answer is said
    in fragments of at most `most` words (see the module), each mention's role is the stronger
    (role_priority) of the answer read as said and read without the marks between a person's
    fragments. The indices are those of the tokens as given."""
    if not people:
        return []  # no mention (most answers): both readings are empty, no part is split
    # "søn. Niels. nej.": the name typed as a part of its own is read with its person
    named = _named(punct, people, most, texts)
    said = _read(finder, words, keys, punct, people, texts, named)  # "søn. nej. farligt"
    kept = _kept(punct, people, most, texts)
    if kept is None:
        return said
    joined = _read(finder, words, keys, punct, people, texts, kept)
    # the stronger of the two readings (role_priority): a refusal read either way stands; a
    # joined reading that tells nothing ("other") leaves the marked one ("Søn bor Aarhus, travl.")
    return [
        b if b[2] != _NOTHING and finder.rank[b[2]] < finder.rank[a[2]] else a
        for a, b in zip(said, joined, strict=True)
    ]


def _read(finder, words, keys, punct, people, texts, kept: list[int] | None):
    """`finder.roles` of the tokens `kept` (all when None), with the indices of all tokens."""
    if kept is None:
        return finder.roles(words, keys, punct, people, texts)
    at = {k: n for n, k in enumerate(kept)}
    found = finder.roles(
        [words[k] for k in kept],
        [keys[k] for k in kept],
        [punct[k] for k in kept],
        [(p, at[i]) for p, i in people],
        [texts[k] for k in kept],
    )
    return [(p, kept[i], role) for p, i, role in found]


def _parts(punct: Sequence[bool]) -> list[tuple[int, int]]:
    """The (start, end) token spans between the marks."""
    parts, s = [], 0
    for k, mark in enumerate([*punct, True]):
        if mark:
            if k > s:
                parts.append((s, k))
            s = k + 1
    return parts


def _named(
    punct: Sequence[bool], people: Sequence[tuple[str, int]], most: int, texts: Sequence[str]
) -> list[int] | None:
    """The tokens without the marks between a short part that ends with a person and the part
    of one capitalised word right after it, their name ("søn. Niels. nej." is "søn Niels. nej."),
    else None."""
    parts = _parts(punct)
    at = {i for _p, i in people}
    dropped = set()
    for (s, e), (s2, e2) in zip(parts, parts[1:], strict=False):
        word = texts[s2]
        if (
            0 < e - s <= most
            and e - 1 in at  # the person ends the part: not "datter nej. Aarhus."
            and e2 - s2 == 1
            and s2 not in at
            and word[:1].isupper()
            and word.isalpha()
        ):
            dropped |= {k for k in range(e, s2) if punct[k]}
    if not dropped:
        return None
    return [k for k in range(len(punct)) if k not in dropped]


def _kept(
    punct: Sequence[bool], people: Sequence[tuple[str, int]], most: int, texts: Sequence[str]
) -> list[int] | None:
    """The tokens read for roles when the answer is in fragments (see the module), else None."""
    parts = _parts(punct)
    if most <= 0 or len(parts) < 2 or any(e - s > most for s, e in parts) or not people:
        return None
    opens = {s for s, e in parts if any(s <= i < e for _p, i in people)}  # "min søn"
    # "ergoterapeut. Ruth nej.": a name that says more is someone else ("veninde. Grete.": hers)
    opens |= {s for s, e in parts if e - s > 1 and texts[s][:1].isupper()}
    starts = [s for s, _e in parts[1:]]
    dropped = {
        k
        for k in range(len(punct))
        if punct[k]
        and (nxt := next((s for s in starts if s > k), None)) is not None
        and nxt not in opens
    }
    return [k for k in range(len(punct)) if k not in dropped]
