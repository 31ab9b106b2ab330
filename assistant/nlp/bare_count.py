"""A sign answered as a bare count of things ("Tre par.", "Tolv æg.", "Seks planter."): it counts
the wish's object, so it takes the verb of the wish's deed that names the thing ("bage boller
og give dem væk" + "20 boller": "bage 20 boller"), else the last deed, whose object points back
to the thing ("tage sokker på og stoppe dem" + "tre par": "stoppe tre par"). Without a wish of
the citizen's own whose verb is sure (the activity's label "bruge telefon og tablet" has an
object of its own), the count is said as what the citizen has by then ("når jeg har tolv
æg"), never glued to another verb, and never with its capital mid-sentence."""

from __future__ import annotations

from assistant.content.goals import GoalTemplates
from assistant.content.grammar import bare as _b

#: Most words of a bare count: its number and the thing ("tre par", "tolv påskeæg", "12 kort").
_COUNT_MAX = 3


def bare_count(words: list[str], templates: GoalTemplates) -> list[str] | None:
    """The words of a sign said as a number and a thing only, the number in lower case ("Tre
    par." → ["tre", "par"]); None for anything else ("tre par om ugen" with its verb says more)."""
    said = [w.strip(".,!;:") for w in words]
    if not 2 <= len(said) <= _COUNT_MAX or not all(w.isalnum() for w in said):
        return None
    first = said[0].lower()
    if not (first.isdigit() or first in templates.number_values):
        return None
    g = templates.grammar
    if any(g.is_infinitive(w.lower()) for w in said[1:]):
        return None  # "to gå": no thing counted
    if any(_b(w) in g.function_words for w in said[1:]):
        return None
    units = {u for kind in g.measure_kinds for u in kind.units}
    if any(_b(said[-1]).startswith(u) for u in units if len(u) > 2):
        return None  # "tre gange", "fem minutter": a measure, no thing
    return [first, *said[1:]]


def count_verb(own: list[str], count: list[str], templates: GoalTemplates) -> str | None:
    """The verb of the wish's deed the count measures (see the module), or None when the wish
    is one deed (its own verb, by the usual rules) or no later deed opens with a verb."""
    g = templates.grammar
    starts = [0] + [
        k + 1
        for k, w in enumerate(own[:-1])
        if _b(w) in g.main_joins and g.is_infinitive(own[k + 1].lower())
    ]
    if len(starts) < 2:
        return None
    thing = _b(count[-1])
    for n, start in enumerate(starts):
        end = starts[n + 1] - 1 if n + 1 < len(starts) else len(own)
        named = [_b(w.strip(",.")) for w in own[start + 1 : end]]
        if any(w == thing or (len(thing) > 1 and w.endswith(thing)) for w in named):
            return own[start]  # "bage boller …" + "20 boller", "male påskeæg" + "tolv æg"
    return own[starts[-1]]


def unsure_verb(own: str | None, template) -> bool:
    """True when the goal has no wish of the citizen's own and the activity's verb names an
    object of its own ("bruge telefon og tablet"): no verb a count can follow."""
    return not own and len(str(template.verb or "").split()) > 1
