"""The wish's own words name the activity over a trouble told in a part of its own: "Jeg vil
gerne være med i kvindegruppen igen hver fredag. Efter jeg faldt, jeg kan ikke gå derhen
alene." is about the women's group; the walk is why it is hard.

The answer's strongest activity (`best`) gives way to the wish span's (`wished`, already strong
enough on its own) when `best` is not named inside the wish span at all and is first named in
a part (split at "men" and sentence ends) that lies outside the span and carries a difficulty.
A trouble that is the wish ("jeg vil gerne kunne gå på trappen") is named inside the span; a
trouble said with no wish beside it is never weighed here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Span = tuple[int, int]


def trouble_gives_way(
    best: str,
    first_at: int,
    span: Span,
    parts: Sequence[Span],
    in_span: dict[str, tuple[float, int]],
    stance_of: Callable[[int, int], str | None],
) -> bool:
    """True when `best` (first named at `first_at`) is only a trouble's beside the wish span
    (see the module); `in_span`: the activities scored inside the span; `stance_of(lo, hi)`:
    a part's stance."""
    if best in in_span:
        return False
    part = next(((lo, hi) for lo, hi in parts if lo <= first_at < hi), None)
    if part is None or part[0] < span[1] and span[0] < part[1]:
        return False  # the trouble's part runs into the wish's own words
    return stance_of(*part) == "difficulty"
