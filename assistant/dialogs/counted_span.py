"""The time span said after things counted in a measure answer stays with them (pure).

"Fem fluer. En formiddag.", "fem fluer på en formiddag", "30 skiver. En time.": the things are
counted in that time, so the sign keeps it ("binde fem fluer på en formiddag"). The span is an
amount (an article or a number, "en hel" maybe) and a part of the day or a unit of time, said
after one of the dialogue's counted_span_preps or typed as a fragment of its own, written after
the first of them ("på", also for a typed "paa"). It ends the answer or its fragment; anything
else after the things ("12 kort til familien") is no span.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.numbers import number_at

#: The kind of a span of time's units ("en time", "tyve minutter"): units.yaml unit_kinds.
_DURATION = "duration"


def counted_span(
    said: Sequence[str], words: Sequence[str], end: int, lex, lead: str, preps, fillers
) -> str:
    """The span of time said after the counted things that end at `end` (see the module), with
    its preposition (`lead` for a span typed apart); "" when none. `words` are `said`
    normalised, as `preps` and `fillers` are."""
    if end >= len(words) or not lead:
        return ""
    k = end
    if words[k] in preps:
        k += 1  # "paa en formiddag": written with the dialogue's own preposition
    elif said[end - 1][-1:] != ".":
        return ""  # "12 kort til familien": the things go on, no span typed apart
    found = number_at(list(words), k, lex.numbers) if k < len(words) else None
    if found is None:
        return ""
    j = k + found[1]
    while j < len(words) and words[j] in fillers:
        j += 1  # "en hel formiddag"
    if j >= len(words):
        return ""
    unit = words[j].strip(".,!?")
    if unit not in lex.day_parts and lex.unit_kinds.get(lex.units.get(unit, "")) != _DURATION:
        return ""
    if j + 1 < len(words) and said[j][-1:] not in ".!?":
        return ""  # the span must end the answer or its fragment
    return " ".join([lead.lower(), *(w.lower() for w in said[k:j]), said[j].strip(".,!?")])
