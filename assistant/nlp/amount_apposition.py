"""An amount told as a comment on the deed before it, in a sign ("… og padle en time, det er
cirka fem kilometer, med en pause", "… og selv gå fra stationen hen til hendes lejlighed, det
er 300 meter"): the amount is that deed's, so it stays with it, as an apposition ("padle en
time, cirka fem kilometer, med en pause") or, at the sign's end, after the deed's own verb when
that verb takes it ("gå 300 meter fra stationen …"). Dropped as a comment, the amount would be
read as the goal's and glued to another verb ("komme de fem kilometer ned i kanoen")."""

from __future__ import annotations

from assistant.content.grammar import Grammar, MeasureKind
from assistant.content.grammar import bare as _b

#: Most words of the amount after "det er" up to its unit ("vel en god 300 meter").
_AMOUNT_REACH = 4


def amount_kept_with_deed(words: list[str], g: Grammar) -> list[str]:
    """The sign's words with a comment ", det er <amount>" that names a unit said as the
    preceding deed's amount (see the module); the words unchanged when there is none."""
    for i in range(1, len(words) - 2):
        if not words[i - 1].endswith(",") or _b(words[i]) not in g.comment_subjects:
            continue
        if _b(words[i + 1]) != g.be_word:
            continue
        found = _unit_at(words, i + 2, g)
        if found is None:
            continue
        unit, kind = found
        amount = _without_hedges([w.rstrip(",") for w in words[i + 2 : unit + 1]], g)
        head, rest = words[:i], words[unit + 1 :]
        if rest and words[unit].endswith(",") and (_measured_deed(head, g) or _whole(head, g)):
            # "… og padle en time, det er cirka fem kilometer, med …": the deed said with its
            # own amount, the other said of it; "gå hele turen rundt om søen, det er tre
            # kilometer, sammen med de andre": how long the whole of it is
            return [*head, *amount[:-1], amount[-1] + ",", *rest]
        if not rest:  # "…, og selv gå fra stationen …, det er 300 meter": that deed's verb
            said = [*head[:-1], head[-1].rstrip(",")]
            deed = _into_last_deed(said, amount, kind, g)
            # "gå hele turen på tre kilometer"; not after a way ("hele vejen derned, det er vel
            # en kilometer": "derned på en kilometer" reads "within"), nor a hedged amount
            hedged = len(amount) < unit + 1 - (i + 2)
            way = _b(said[-1]) in g.motion_adverbs
            if deed is None and g.length_lead and _whole(head, g) and not (hedged or way):
                deed = [*said, g.length_lead, *amount]
            return deed or words
        return words
    return words


def _without_hedges(amount: list[str], g: Grammar) -> list[str]:
    """The amount without a spoken hedge before it ("vel en 200 meter": "200 meter")."""
    k = 0
    while k < len(amount) - 2 and _b(amount[k]) in g.modal_hedges | g.approximate_said:
        k += 1
    return amount[k:]


def _measured_deed(head: list[str], g: Grammar) -> bool:
    """True when the deed that ends `head` (after its last join) names an amount of its own
    ("og padle en time,")."""
    start = next((k for k in range(len(head) - 1, -1, -1) if _b(head[k]) in g.main_joins), 0)
    return any(
        any(_names(_b(w.strip(",.")), u) for kind in g.measure_kinds for u in kind.units)
        for w in head[start:]
    )


def _whole(head: list[str], g: Grammar) -> bool:
    """True when the deed that ends `head` (after its last join) is done to a whole thing
    ("gå hele turen rundt om søen,", "svømme hele banen,"): the amount after it tells its size."""
    start = next((k for k in range(len(head) - 1, -1, -1) if _b(head[k]) in g.main_joins), 0)
    return any(_b(w.strip(",.")) in g.length_whole_leads for w in head[start:])


def _unit_at(words: list[str], start: int, g: Grammar) -> tuple[int, MeasureKind] | None:
    """(index, kind) of the unit ending an amount that opens at `start` ("cirka fem kilometer"),
    with at least one word of amount before it; None when a mark or the reach comes first."""
    for j in range(start, min(len(words), start + _AMOUNT_REACH)):
        word = _b(words[j].strip(",.;:"))
        kind = next(
            (k for k in g.measure_kinds if any(_names(word, u) for u in k.units)),
            None,
        )
        if kind is not None:
            return (j, kind) if j > start else None
        if words[j][-1:] in ",.;:":
            return None
    return None


def _names(word: str, unit: str) -> bool:
    """True when `word` is `unit` or one of its forms ("kilometer", "minutter", "timer")."""
    return word == unit or (len(unit) > 2 and word.startswith(unit))


def _into_last_deed(
    head: list[str], amount: list[str], kind: MeasureKind, g: Grammar
) -> list[str] | None:
    """`head` with the amount after the verb of its last deed ("og selv gå fra stationen …":
    "og selv gå 300 meter fra stationen …") when that verb takes the kind; None otherwise."""
    if not kind.after_verbs or not kind.insert:
        return None
    start = next((k + 1 for k in range(len(head) - 1, -1, -1) if _b(head[k]) in g.main_joins), None)
    if start is None:
        return None
    k = start
    while k < len(head) - 1 and _b(head[k]) in g.independence_words:
        k += 1  # "og selv gå …"
    if k + 1 >= len(head) or _b(head[k]) not in kind.after_verbs:
        return None
    if _b(head[k + 1]) in kind.not_before:
        return None  # "køre min bil": the verb's own object first
    inserted = kind.insert.format(measure=" ".join(amount)).split()
    return [*head[: k + 1], *inserted, *head[k + 1 :]]
