"""A floor named by its ordinal where no climbing is done is a place ("støvsuge trappen op til
første sal": where the stairs lead, no floor climbed; "gå op til første sal" keeps its floor)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.numbers import word_number


def without_floor_places(words: Sequence[str], measures: list, act: str | None, lex) -> list:
    """The measures without the ordinal floors ("første sal") when the activity read is none of
    the lexicon class `floor_activities` (the climbing and walking ones)."""
    climbing = lex.classes.get("floor_activities", ())
    if act is None or act in climbing:
        return measures
    return [m for m in measures if not _ordinal_floor(words, m, lex)]


def _ordinal_floor(words: Sequence[str], m, lex) -> bool:
    """True for a floor said by its ordinal ("første sal", "3. sal", "2 sal")."""
    if m.end - m.start != 2 or words[m.end - 1].rstrip(".") not in lex.floor_words:
        return False
    first = words[m.start]
    return word_number(first, lex.numbers)[1] is not None or first.rstrip(".").isdigit()
