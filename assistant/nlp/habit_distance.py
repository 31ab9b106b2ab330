"""A distance said as what a group does by habit after the wish ("… køre med på klubbens
søndagsture, vi kører sådan en ti kilometer rundt om byen", "de går gerne fem km"): how long
the way is, told like "det er vel en 400 meter", no sign of the goal reached; the measure
question is still asked."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon
from assistant.nlp.quantities import Found


def habit_distance(words: Sequence[str], m: Found, lex: Lexicon) -> bool:
    """True when distance `m` follows a group's subject and its verb (`distance_habit_subjects`,
    then one to `distance_habit_reach` words, the `distance_told_skip` words before the number
    aside): "vi kører sådan en ti kilometer", "de plejer at gå fem km". A word of
    `distance_habit_not_between` in between ("vi vil gerne gå fem km", "… og jeg går 500 meter")
    makes it another's clause or a wish."""
    if m.value.unit not in lex.distance_units:
        return False
    k = m.start
    while k > 0 and words[k - 1] in lex.distance_told_skip:
        k -= 1
    for j in range(k - 2, max(-1, k - 2 - lex.distance_habit_reach), -1):
        if words[j] in lex.distance_habit_not_between:
            return False
        if words[j] in lex.distance_habit_subjects:
            return not set(words[j + 1 : k]) & lex.distance_habit_not_between
    return False
