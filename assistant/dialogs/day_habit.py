"""A lone definite weekday in a dialogue answer ("jeg vil gerne i kirke om søndagen", "om
fredagen" to "Hvor tit?"): once a week. In a free sentence `analyze` reads it as when the thing
is done, no frequency (the shared development set); in the dialogue the goal is set to be done
on that day each week, and the answer to "Hvor tit?" is a frequency by the question."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from assistant.nlp.facts import Facts, Frequency

#: "om søndagen": every Sunday.
WEEKLY = Frequency(1, "week", 1)


def weekly_days(understand: Callable[[str, date], Facts]) -> Callable[[str, date], Facts]:
    """`understand` with a lone day said ("day_said") read as once a week."""

    def read(text: str, today: date) -> Facts:
        facts = understand(text, today)
        if facts.frequency is None and (facts.extras or {}).get("day_said"):
            return replace(facts, frequency=WEEKLY)
        return facts

    return read
