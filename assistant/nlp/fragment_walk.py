"""A way typed as one-word fragments around a verb of going and its place ("gå. selv. kroen. 400.
meter. hjem. igen. ingen. fald."): the distance, a number and a unit of distance typed side by
side, goes after the verb as the measure kind's insert_motion says ("gå de 400 meter til
kroen"); a way back typed alone (action_fragment_return: "hjem") follows the place with "og",
"igen" typed right after it kept with it ("og hjem igen"); a "no" typed before a deed or a thing
is done without it (fragment_result.without_phrase: "ingen. fald." → "uden at falde", "ikke.
stoppe." → "uden at stoppe", "ingen. hjælp." → "uden hjælp"). Whatever else was typed stays as
it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar, fold
from assistant.nlp.fragment_result import without_phrase


def walk_parts(
    words: Sequence[str], parts: Sequence[tuple[int, int]], used: Sequence[int], lex, g: Grammar
) -> tuple[list[str], list[str], list[int]]:
    """(the distance after the verb, the words after the phrase, the fragments they take) of
    the fragments not `used` (see the module); ([], [], []) when none."""
    cues = lex.action
    alone = {n: words[s] for n, (s, e) in enumerate(parts) if e - s == 1 and n not in used}
    taken: list[int] = []
    distance: list[str] = []
    for n, w in alone.items():
        kind = g.kind_of_unit(fold(alone.get(n + 1, "")))
        if not distance and _number(w, g) and kind is not None and kind.insert_motion:
            distance = kind.insert_motion.format(measure=f"{w} {alone[n + 1]}").split()
            taken += [n, n + 1]
    tail: list[str] = []
    for n, w in alone.items():
        if w in cues.fragment_return and g.and_word and n not in taken:
            again = [alone[n + 1]] if alone.get(n + 1) in cues.fragment_after else []
            tail += [g.and_word, w, *again]
            taken += [n, *([n + 1] if again else [])]
            break
    for n, w in alone.items():
        if n + 1 in alone and (without := without_phrase(w, alone[n + 1], g, cues)):
            tail += without  # "ingen. fald.": "uden at falde"; "ingen. hjælp.": "uden hjælp"
            taken += [n, n + 1]
            break
    return distance, tail, taken


def _number(word: str, g: Grammar) -> bool:
    """True for a count typed as digits or a number word ("400", "tre")."""
    return word.isdigit() or fold(word) in g.range_numbers
