"""An aid asked as a question and answered no at once (pure).

"Jeg har fået vandrestave. En rollator i skoven? Nej, aldrig i livet.", "Stok? Nej tak.",
"rollator, nej det gider jeg ikke": the short piece that names the aid, ended by a question
mark (or, said alone with its article, by a comma), and the no that opens what follows turn
that aid down. The answer is read without the piece and the sentence of the no; the aids
named in them go to the story. A fronted aid taken up again ("Men rollatoren, nej, den …")
is another form and no part of this one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from assistant.content.yesno import normalise
from assistant.dialogs.reply import Ctx, Reply
from assistant.dialogs.wordlists import word_set

#: Longest question piece read as an aid asked ("En rollator i skoven?", "Hvad med en rollator?").
ASKED_MAX = 6
_SENTENCE_ENDS = ".!?"
_MARKS = ".,!?;:"


def asked_refused(
    r: Reply, ctx: Ctx, aid_of: Callable[[str], str | None], aid_level: str
) -> tuple[Reply | None, tuple[str, ...]] | None:
    """The answer without the aids asked and answered no (see the module), at `aid_level` when
    it names an aid still and no level of its own, and those aids; the answer None when nothing
    else is told; None when no aid is asked and refused so."""
    if r.card is not None or r.facts is None:
        return None
    words = str((r.facts.extras or {}).get("spelled") or r.text).split()
    noes = [normalise(p).split() for p in ctx.dialogue.words.get("aid_asked_noes", ())]
    articles = word_set(ctx.dialogue, "aid_asked_articles")
    cut: set[int] = set()
    refused: list[str] = []
    start = 0
    for k, w in enumerate(words):
        if w[-1:] not in "?," or k + 1 >= len(words):
            if w[-1:] in _SENTENCE_ENDS or w[-1:] == ",":
                start = k + 1  # the piece is the clause that ends here
            continue
        piece = words[start : k + 1]
        named = [a for a in (aid_of(x.strip(_MARKS)) for x in piece) if a]
        bare = [normalise(x) for x in piece if aid_of(x.strip(_MARKS)) is None]
        asked = w.endswith("?") and len(piece) <= ASKED_MAX
        alone = w.endswith(",") and all(x in articles for x in bare)
        after = normalise(" ".join(words[k + 1 : k + 5])).split()
        if named and (asked or alone) and any(after[: len(p)] == p for p in noes if p):
            end = next((j for j in range(k + 1, len(words)) if words[j][-1:] in _SENTENCE_ENDS),
                       len(words) - 1)  # fmt: skip
            cut |= set(range(start, end + 1))
            refused += [a for a in named if a not in refused]
            start = end + 1
        else:
            start = k + 1
    if not refused:
        return None
    kept = [w for k, w in enumerate(words) if k not in cut]
    if not kept:
        return None, tuple(refused)
    named = {aid_of(w.strip(_MARKS)) for w in kept} - {None}
    aids = tuple(a for a in r.facts.aids if a in named or a not in refused)
    rest = " ".join(kept)
    how = r.facts.independence or (aid_level if aids else None)
    extras = {**(r.facts.extras or {}), "spelled": rest}
    facts = replace(r.facts, aids=aids, independence=how, extras=extras)
    return replace(r, text=rest, facts=facts), tuple(refused)
