"""A thing said alone as the wish ("Smykker.", "Salmer.", "Hønsene."): the activity of its deed.

The verb comes from the grammar (`Grammar.noun_verb`: a row of noun_verbs, or `made_verb` for
a thing one makes, a word of `made_things` or a material compound). Here the wish gets its
activity when no cue named one: a thing one makes, or a thing of a verb of `pastime_verbs`
("fodre hønsene", "vande blomsterne"), is `made_activity`, also over a compound cue that
reads a part of the word ("lege|tøj" is no clothing); another thing's verb names it by its own
cue ("synge salmer": the verb "synge" is a pastime's cue). Never a guess from the answers after.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.content.grammar import Grammar, bare

MADE_WORDS_MAX = 3  # "perlesmykker igen", "smykker til jul": the thing and a word or two


def made_wish_activity(
    action: str | None, act: str | None, g: Grammar, verb_activity: Callable[[str], str | None]
) -> str | None:
    """The activity of a wish told as a thing alone (see the module), or `act` unchanged when
    the wish says more or names no such thing; `verb_activity(verb)`: the one activity a cue
    word names, None for none or several."""
    words = str(action or "").split()
    if not g.made_activity or not words or len(words) > MADE_WORDS_MAX:
        return act
    verb = g.noun_verb(words)
    if verb is None:
        return act
    if verb == g.made_verb and bare(words[0]) not in g.noun_verbs and g.made_thing(words[0]):
        return g.made_activity  # "Trælegetøj.": made, whatever a part of it reads as
    if act is not None:
        return act
    if verb in g.pastime_verbs:
        return g.made_activity  # "Hønsene.": "fodre hønsene"
    return verb_activity(verb.split()[0])  # "Salmer.": "synge" names the pastime
