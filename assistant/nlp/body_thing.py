"""A wish typed as a thing put on the body and the body part, each a fragment of its own
("fødder. creme. selv.", "salve. ryggen"): the thing said with the verb it goes with and the
body part it goes on ("smøre creme på mine fødder"), never the activity's label."""

from __future__ import annotations

from assistant.content.grammar import Grammar, fold
from assistant.content.grammar import bare as _b
from assistant.nlp.marks import fragments_at
from assistant.nlp.phrase import THING_SLOT, own_possessive_of

_STOPS = ".!?,"
_EDGE = ".,!?;:"


def thing_on_body(text: str, g: Grammar) -> str | None:
    """The wish of a thing of noun_verbs and a body part of body_parts typed as two one-word
    fragments, in either order, maybe beside an adverb alone ("selv", "igen"): "smøre creme på
    mine fødder" (a bare body part takes the citizen's possessive, a definite one stays:
    "på ryggen"); None for any other wish."""
    fillers = {fold(f) for f in g.fillers}
    said = fragments_at(text.split(), _STOPS, lambda w: w.strip(_EDGE))
    said = [[w for w in p if w and fold(w.lower()) not in fillers] for p in said]
    parts = [p for p in said if p and not (len(p) == 1 and _b(p[0]) in g.pre_modal_adverbs)]
    if len(parts) != 2 or any(len(p) != 1 or not p[0].isalpha() for p in parts):
        return None
    words = [p[0].lower() for p in parts]
    bodies = [w for w in words if fold(w) in g.body_parts]
    if len(bodies) != 1:
        return None
    (body,) = bodies
    thing = next(w for w in words if w != body)
    verb = g.noun_verb([thing])
    if not verb or THING_SLOT in verb:
        return None
    owner = own_possessive_of(body, g) or _plural_owner(body, g)
    place = [owner, body] if owner else [body]
    return " ".join([verb, thing, g.body_parts[fold(body)], *place])


def _plural_owner(body: str, g: Grammar) -> str | None:
    """The citizen's plural possessive for a bare plural body part, known as one by its
    definite plural in body_parts ("fødder", "fødderne" → "mine"); None else."""
    row = next((r for r in g.possessives if r[0] == g.own_possessive), None)
    plural = fold(body) + _DEFINITE_PLURAL in g.body_parts
    return row[-1] if row and plural else None


_DEFINITE_PLURAL = "ne"  # "fødder" → "fødderne"
