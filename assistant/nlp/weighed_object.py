"""A weight said as the measure of a wish whose verb takes the thing weighed as a bare object
("Rejer. Pille selv." + "Et kilo.", "skrælle kartofler" + "to kilo"): the sign is the wish's verb
with the measure before the thing ("pille et kilo rejer"), not a carrying the person never spoke
of ("bære et kilo"). A wish whose object has an article or a possessive ("bære mine indkøb") or
no object keeps the kind's own sign."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, MeasureKind
from assistant.content.grammar import bare as _b


def weighed_sign(action: str, kind: MeasureKind, measure: str, g: Grammar) -> str | None:
    """The kind's object_sign with the wish's verb, `measure` and its bare object, or None."""
    words = action.split()
    if not kind.object_sign or len(words) < 2 or not g.is_infinitive(words[0]):
        return None
    verb, thing = words[0], words[1].rstrip(EDGE)
    if _b(verb) in kind.after_verbs or thing != words[1] or not thing.isalpha():
        return None  # "bære …": the kind's own sign; "pille rejer,": no object alone
    if not thing.islower() or _b(thing) in g.function_words | g.possessive_words:
        return None
    if g.is_infinitive(thing) or _b(thing) in g.articles | g.motion_adverbs:
        return None  # "gå ud …": no thing
    plural = thing.endswith(tuple(g.plural_endings)) and g.lemma_forms.get(thing) != thing
    if not (plural or g.is_indefinite_plural(thing) or g.noun_kind(thing)):
        return None
    return kind.object_sign.format(verb=verb, measure=measure, thing=thing)
