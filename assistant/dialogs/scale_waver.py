"""A scale answer that wavers before its correction: "øh to måske en og en halv nej to". The
words between the first number and the correction are only other numbers, halves, joins and
hedges ("en og en halv", "tre eller"): a thought said aloud, and the number the correction
names is the answer."""

from __future__ import annotations

from collections.abc import Collection, Sequence

#: Words a wavering may run between the first number and the correction ("en og en halv").
WAVER_MAX = 6


def past_waver(
    said: Sequence[str], j: int, wavering: Collection[str], hedges: Sequence[Sequence[str]]
) -> int:
    """The index after the words of `wavering` (numbers, halves, joins) and hedges said from
    said[j] on, when at least one and at most WAVER_MAX words are so said; else j."""
    k = j
    while k < len(said) and k - j < WAVER_MAX:
        hedge = next((h for h in hedges if h and list(said[k : k + len(h)]) == list(h)), None)
        if hedge is not None:
            k += len(hedge)
        elif said[k] in wavering:
            k += 1
        else:
            break
    return k if j < k and k - j <= WAVER_MAX else j
