"""Why someone will not use their aid says nothing of the activity.

"Hun har en rollator men hun vil ikke bruge den, hun siger den er for gamle mennesker": what
follows the refusal of the aid in its sentence is its reason (old people, looks, pride), side
words for the activity, as a modifier clause is. A later stance in the sentence ("…, hun vil
hellere gå med stok") ends it.
"""

from __future__ import annotations

from collections.abc import Sequence

REFUSED = "aid_refused"
STANCES = frozenset({"wish", "difficulty", "resource"})
NOES = frozenset({"wish_negated", "refusal"})  # "vil ikke se gammel ud": more of the reason


def refused_aid_reasons(words: Sequence[str], matches, lex) -> tuple[tuple[int, int], ...]:
    """(start, end) of the words after each refusal of an aid to its sentence's end."""
    out = []
    for lab, _s, e in matches:
        if lab != REFUSED:
            continue
        noes = [(s, end) for lb, s, end in matches if lb in NOES]
        stop = min(
            (
                s
                for lb, s, _e in matches
                if lb in STANCES and s >= e and not any(a <= s < b for a, b in noes)
            ),
            default=len(words),
        )
        end = next((k for k in range(e, stop) if words[k] in lex.sentence_ends), stop)
        if end > e:
            out.append((e, end))
    return tuple(out)
