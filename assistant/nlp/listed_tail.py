"""A list of things said after a comma at the end of a wish, naming what the place holds
("træne i fitnesscentret i hallen med mine veninder, cykel og løbebånd og maskinerne",
blind149 Hanne): the goal's verb phrase ends before it, the list stays in the person's own
words. Only right after a phrase of a preposition (`listed_tail_leads`, within LEAD_REACH
words before the comma) that ends on a noun; "bage boller, kager og rugbrød" (the verb's
objects), "bage igen, boller og kager" and "i haven igen, luge og slå græs" (verbs) stay."""

from __future__ import annotations

from collections.abc import Callable

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.noun_run import noun_form, verb_like

LEAD_REACH = 3  # words from the preposition to the comma ("med mine veninder,")
MIN_THINGS = 2  # things a list names at least


def listed_thing(sp, lex) -> Callable[[str], bool]:
    """Whether a word names a thing of such a list: a noun of the speller's table `sp` that is
    no verb's infinitive ("luge"), or a person word of the lexicon ("veninder")."""
    return lambda w: (
        w in lex.people or (sp is not None and noun_form(sp, w) and not verb_like(sp, w))
    )


def _said(word: str) -> str:
    return word.strip(",.;:!?").lower()


def without_listed_tail(
    action: str | None, g: Grammar, is_thing: Callable[[str], bool]
) -> str | None:
    """The wish's verb phrase without a list of bare nouns after its last comma (see module)."""
    if not action or "," not in action:
        return action
    head, _comma, tail = action.rpartition(",")
    said, before = tail.split(), head.split()
    if len(before) < 2 or len(said) < 2 * MIN_THINGS - 1:
        return action
    joins = {_b(g.and_word), *g.listed_tail_joins}
    # thing, join, thing, …: a noun at every even place, a join at every odd one
    for k, w in enumerate(said):
        if (k % 2 == 1) != (_b(w) in joins):
            return action
        if k % 2 == 0 and (_b(w) in g.function_words or not is_thing(_said(w))):
            return action
    if len(said) % 2 == 0 or not is_thing(_said(before[-1])):
        return action  # "bage igen, boller og kager": the things are the verb's
    if not any(_b(w) in g.listed_tail_leads for w in before[-LEAD_REACH - 1 : -1]):
        return action  # "bage boller, kager og rugbrød": objects of the verb, one list
    return head
