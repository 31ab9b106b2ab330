"""A Danish yes with words of another language around it ("Khob, ja, fint.", "ja fint dobrze").

Courtesy words (dialogue.yaml `courtesy_words`) are read past by name; this reads past any word
neither Danish table knows: not a form of the lemma table, not a stop word, not a yes or a no
word, and no word that turns the goal down. A part made only of such words is dropped, and such
words at the edges of a part are trimmed when a yes word is left first ("khob ja fint": "ja
fint"; "det er mit frirum" stays whole); a Danish no is never read past.
"""

from __future__ import annotations

from assistant.content.yesno import UNCLEAR, YES, normalise
from assistant.nlp.activity import content_stop_words
from assistant.nlp.memo import once

__all__ = ["foreign_trimmed"]

_MARKS = ".!?;:,"


def _known(content) -> frozenset[str]:
    """The normalised Danish words of the lemma table and the stop words (once per content)."""
    return once(
        content,
        "danish_known_words",
        lambda c: frozenset(normalise(w) for w in (*c.lexicon.lemmas, *content_stop_words(c))),
    )


def _foreign(word: str, ctx, down) -> bool:
    """True for a word Danish does not know and that says neither yes nor no ("khob", "evet")."""
    yes_no = ctx.dialogue.yes_no
    plain = normalise(word, frozenset(), yes_no.spellings)
    return (
        bool(plain)
        and plain.isalpha()
        and plain not in _known(ctx.content)
        and yes_no.classify(plain) == UNCLEAR
        and not down(plain)
    )


def foreign_trimmed(parts: list[str], ctx, down) -> str:
    """The marked parts of an answer joined back without the foreign words at their edges and
    without parts made only of them; `down(text)` tells a word that turns the goal down."""
    kept = []
    for part in parts:
        words = part.split()
        core = [w.strip(_MARKS) for w in words]
        lo, hi = 0, len(words)
        while lo < hi and _foreign(core[lo], ctx, down):
            lo += 1
        while hi > lo and _foreign(core[hi - 1], ctx, down):
            hi -= 1
        if lo == hi:
            continue
        if (lo, hi) != (0, len(words)) and ctx.dialogue.yes_no.classify(core[lo]) != YES:
            lo, hi = 0, len(words)  # "det er mit frirum": a Danish word no table knows stays
        mark = part.rstrip()[-1:] if part.rstrip()[-1:] in _MARKS else ""
        kept.append(part if (lo, hi) == (0, len(words)) else " " + " ".join(core[lo:hi]) + mark)
    return "".join(kept).strip()
