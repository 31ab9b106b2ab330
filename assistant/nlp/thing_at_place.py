"""A wish typed as a thing and a place, each a fragment, with no verb ("metaldetektor. marken.
igen.", "kikkert. stranden"): the citizen's own thing used there, "bruge min metaldetektor på
marken" (grammar.used_at_verb), never the activity's label ("dyrke min hobby").

The thing is one count noun said bare of known gender (a mass noun names a doing:
"gymnastik. hallen."), no verb and no place; the place one word of
grammar.place_prepositions (definite, "marken"); an adverb alone ("igen") and fillers go. A
thing kept in a place ("frimærker. albummet") is telegraph.things_put_in's. A thing of
grammar.noun_verbs said beside the place, in either order, is done there with its own verb
("Drivhuset. Tomater." → "dyrke tomater i drivhuset", "kirken. salmer" → "synge salmer i
kirken"): thing_done_at.
"""

from __future__ import annotations

from assistant.content.grammar import Grammar, fold
from assistant.content.grammar import bare as _b


def _two_words(text: str, g: Grammar) -> tuple[str, str] | None:
    """The two one-word fragments of a wish, lower-cased, fillers and a lone adverb ("igen")
    gone; None for any other wish."""
    fillers = {fold(f) for f in g.fillers}
    said = [[w for w in p.split() if fold(w.lower()) not in fillers] for p in text.split(".")]
    parts = [p for p in said if p and not (len(p) == 1 and _b(p[0]) in g.pre_modal_adverbs)]
    if len(parts) != 2 or any(len(p) != 1 for p in parts):
        return None
    first, second = (w.lower().strip(",!?") for w in (parts[0][0], parts[1][0]))
    return first, second


def thing_done_at(text: str, g: Grammar) -> str | None:
    """A thing of noun_verbs and a place typed as two fragments, in either order, as the
    thing's deed there ("Drivhuset. Tomater." → "dyrke tomater i drivhuset"); None for any
    other wish, a thing put on ("tage … på") or two places."""
    found = _two_words(text, g)
    if found is None:
        return None
    for thing, place in (found, found[::-1]):
        lead = g.place_preposition(place)
        verb = g.noun_verb([thing])
        if lead and verb and thing.isalpha() and not g.place_preposition(thing):
            return None if "…" in verb else " ".join([verb, thing, lead, place])
    return None


def thing_used_at(text: str, g: Grammar) -> str | None:
    """The wish as a deed (see the module), or None for any other wish."""
    if not g.used_at_verb:
        return None
    found = _two_words(text, g)
    if found is None:
        return None
    thing, place = found
    lead = g.place_preposition(place)
    article = g.indefinite_article(thing)
    if not (lead and article and thing.isalpha()) or g.place_preposition(thing):
        return None
    if g.is_infinitive(thing) or g.infinitive_of(thing) or g.lemma_forms.get(thing, thing) != thing:
        return None  # "sy. stuen": a verb; "bøgerne. biblioteket": no thing said bare
    if not (g.noun_class(thing) or "").endswith("+"):
        return None  # "gymnastik. hallen.", "yoga. salen.": a mass noun of doing, no thing used
    own = g.own_possessive_agreeing(g.is_neuter_article(article))
    return " ".join([g.used_at_verb, *own, thing, lead, place])
