"""A helper named by a first name on the summary, in place of the goal's one turned down ("nej
hellere Bente end min datter", "nej ikke min datter, det bliver Bente"): the person word another
answer of the citizen's ties to the name ("min veninde Bente": 'veninde') is the goal's helper
now (pure). A name no answer ties to one person, a name said with a negation before it in its
part ("ikke Bente"), two names, or no helper of the goal turned down leave it to the change
question, as helper_instead does for person words."""

from __future__ import annotations

import re

from assistant.content.grammar import EDGE, fold
from assistant.dialogs.named_tie import tie_words, tied_names
from assistant.dialogs.wordlists import word_set

_PARTS = re.compile(r"[,.;:!?]+\s*|\s+men\s+", re.IGNORECASE)


def named_instead(text: str, answers: list, off: set[str], held, grammar, ctx) -> list[str]:
    """[the person word of the one name said instead] (see the module); else []."""
    if not off & set(held or ()):
        return []
    content = ctx.content
    ties = tied_names(answers, tie_words(grammar, ctx.dialogue.words, content.lexicon.people))
    if not ties:
        return []
    negations = {fold(w) for w in word_set(ctx.dialogue, "negations")}
    found: set[str] = set()
    for part in _PARTS.split(text):
        words = [w.strip(EDGE) for w in part.split()]
        for k, w in enumerate(words):
            if w in ties and not any(fold(b) in negations for b in words[:k]):
                found.add(ties[w])
    found -= off
    return sorted(found) if len(found) == 1 else []
