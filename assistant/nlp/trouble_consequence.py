"""A "så" clause said right after a trouble tells what the trouble leads to, not what the wish is
for: "…, men jeg har så ondt, så jeg ikke kan sove", "hun bliver så træt, så hun må sidde ned".
A trouble denied by "uden" ("… uden at have ondt, så jeg ikke kan sove") still has its
consequence when the clause tells a lack; "uden at have ondt, så jeg kan sove om natten" and
"…, så jeg kan se mine venner" (no trouble before it) stay purposes."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import MotivationCues

#: Words after "så" in which a negation beside a verb of lack tells the lack ("så jeg slet
#: ikke kan …").
_LACK_REACH = 5


def trouble_consequences(
    words: Sequence[str],
    troubles: Sequence[int],
    wishes: Sequence[int],
    m: MotivationCues,
) -> frozenset[int]:
    """Where a "så" opens the consequence of a trouble told in the clause just before it (no
    stop, second comma, wish or new subject clause between): no purpose starts there."""
    if not troubles:
        return frozenset()
    out = set()
    for i, w in enumerate(words):
        if w not in m.so_words or i == 0 or i + 1 >= len(words):
            continue
        start = _clause_start(words, i, frozenset(wishes), m)
        told = [t for t in troubles if start <= t < i]
        if not told:
            continue
        # "jeg vil gerne være mindre træt, så jeg kan …": a trouble in the wish's own clause is
        # what is wished away, denied like one after "uden"
        wished = start - 1 in wishes
        affirmed = not wished and any(not _denied(words, start, t, m) for t in told)
        if affirmed or _tells_lack(words, i, m):
            out.add(i)
    return frozenset(out)


def _clause_start(words: Sequence[str], i: int, wishes: frozenset[int], m: MotivationCues) -> int:
    """Where the clause before the "så" at i begins: after a stop, a comma (the one just before
    "så" aside), a wish cue, or a "så"/"og" that opens a clause of its own subject."""
    k = i - 1
    if words[k] == ",":
        k -= 1
    while k >= 0:
        w = words[k]
        if w in m.stops or w == "," or k in wishes:
            return k + 1
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if (w in m.so_words or w in m.then_before) and nxt in m.so_subjects:
            return k + 1
        k -= 1
    return 0


def _denied(words: Sequence[str], start: int, t: int, m: MotivationCues) -> bool:
    """True when the trouble at t is said as what is to be without ("uden at have ondt")."""
    return any(words[k] in m.so_trouble_denied for k in range(start, t))


def _tells_lack(words: Sequence[str], i: int, m: MotivationCues) -> bool:
    """True when the "så" clause at i says what cannot be done: a negation and a verb of lack in
    its first words ("så jeg ikke kan sove", "så hun kan slet ikke klare det")."""
    end = min(len(words), i + 1 + _LACK_REACH)
    said = []
    for w in words[i + 1 : end]:
        if w in m.stops or w == ",":
            break
        said.append(w)
    return not m.negations.isdisjoint(said) and not m.so_trouble_lacks.isdisjoint(said)
