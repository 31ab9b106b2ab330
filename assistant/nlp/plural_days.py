"""How often said as weekdays in their plural alone is every one of them: "Mandage." is "hver
mandag", "tirsdage og fredage" is "hver tirsdag og fredag"; a day among other words stays.
A weekday of each month said without its lead ("første torsdag i måneden") gets it too."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def every_plural_day(said: str, g: Grammar) -> str:
    """`said` as "hver …" when it is only weekdays in their plural and the and-word, else as is."""
    end, every = g.day_plural_ending, g.day_plural_every
    words = said.strip().strip(EDGE).replace(",", " ").split()
    if not end or not every or not words:
        return said
    days = []
    for w in words:
        if _b(w) == _b(g.and_word) and days:
            days.append(w)
            continue
        if not w.endswith(end) or _b(w[: -len(end)]) not in g.time_of_day_bare:
            return said
        days.append(w[: -len(end)].lower())
    if _b(days[-1]) == _b(g.and_word):
        return said
    named = [d for d in days if _b(d) != _b(g.and_word)]
    listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} {g.and_word} {named[-1]}"
    return every.replace("{days}", listed)


def every_month_day(said: str, g: Grammar) -> str:
    """`said` as "hver …" when it opens with an ordinal of month_day_ordinals and a weekday
    ("første torsdag i måneden": "hver første torsdag i måneden"), else as is."""
    words = said.strip().split()
    if (
        len(words) < 3
        or not g.day_plural_every
        or _b(words[0]) not in g.month_day_ordinals
        or _b(words[1]) not in g.time_of_day_bare
    ):
        return said
    return g.day_plural_every.replace("{days}", " ".join([words[0].lower(), *words[1:]]))
