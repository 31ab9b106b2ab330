"""A Danish yes with words of another language around it ("Khob, ja, fint.", "ja fint dobrze").

Courtesy words (dialogue.yaml `courtesy_words`) are read past by name; this reads past any word
neither Danish table knows: not a form of the lemma table, not a stop word, not a yes or a no
word, and no word that turns the goal down. A part made only of such words is dropped, and such
words at the edges of a part are trimmed when a yes word is left first ("khob ja fint": "ja
fint"; "det er mit frirum" stays whole); a Danish no is never read past. Leading parts that
say nothing of their own, stop words only ("Igen, ja, det er mit mål": the Hungarian yes, a
Danish "again"), are read past too (`lead_trimmed`).
"""

from __future__ import annotations

from assistant.content.yesno import UNCLEAR, YES, normalise
from assistant.dialogs.wordlists import word_set
from assistant.nlp.activity import content_stop_words
from assistant.nlp.memo import once

__all__ = ["foreign_trimmed", "lead_trimmed"]

_MARKS = ".!?;:,"
LEAD_WORDS = 2  # longest leading part read past before a yes ("Igen,", "nu så,")


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


def _stop_words(content) -> frozenset[str]:
    """The normalised stop words (once per content)."""
    return once(
        content,
        "danish_stop_words",
        lambda c: frozenset(normalise(w) for w in content_stop_words(c)),
    )


def _empty_lead(part: str, ctx, down) -> bool:
    """True for a short part made only of stop words that says neither yes nor no, hedges
    nothing and turns nothing down ("Igen,", "nu så,"; never "Nej,", "Måske,", "Ikke,", "Lørdag,"
    nor a content word no table knows)."""
    yes_no = ctx.dialogue.yes_no
    words = normalise(part, yes_no.fillers, yes_no.spellings).split()
    if not 1 <= len(words) <= LEAD_WORDS or yes_no.classify(part) != UNCLEAR or down(part):
        return False
    if set(words) & word_set(ctx.dialogue, "hedge_leads"):
        return False  # "måske, ja": a doubt before the yes
    return set(words) <= _stop_words(ctx.content)


def lead_trimmed(parts: list[str], ctx, down) -> str | None:
    """The marked parts of an answer after its leading parts that say nothing of their own
    (`_empty_lead`: "Igen, ja, det er mit mål" → "ja, det er mit mål"), or None when none opens
    it or nothing would be left; `down(text)` tells a word that turns the goal down."""
    k = 0
    while k < len(parts) - 1 and _empty_lead(parts[k], ctx, down):
        k += 1
    return "".join(parts[k:]).strip() if k else None
