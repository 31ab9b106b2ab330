"""A distance said after another verb joined to a walking wish ("gå til svømning og svømme
200 meter", "gå ned i hallen og cykle fem kilometer"): that verb's distance, no walk."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon
from assistant.nlp import activity, clauses
from assistant.nlp.quantities import Found


def _joined_doing(words: Sequence[str], lemmas: Sequence[str], m: Found, wish_end: int, cues, lex):
    """True when the nearest verb before measure `m`, after the wish's words, is joined by "og"
    and strongly names an activity other than walking; a walk verb there keeps the walk."""
    for k in range(m.start - 1, wish_end, -1):
        if lemmas[k] in lex.walk_verbs:
            return False
        if words[k - 1] in lex.action.joins and clauses.verb_like(words[k]):
            return any(
                wt >= activity.DEFAULT_WEIGHT
                and a != lex.motion_activity
                and a not in lex.means_activities
                for a, wt in cues[k]
            )
    return False


def distance_of_other_doing(
    words: Sequence[str],
    lemmas: Sequence[str],
    measures: Sequence[Found],
    wished: Sequence[int],
    cues,
    lex: Lexicon,
) -> bool:
    """True when every distance in `measures` belongs to another verb joined after the
    wish's words, not to walking there."""
    distances = [m for m in measures if m.value.unit in lex.distance_units]
    return bool(distances and wished) and all(
        _joined_doing(words, lemmas, m, wished[-1], cues, lex) for m in distances
    )
