"""A person said together with the speaker ("min kone og jeg", "jeg og min mand"): one of the
two who did things together, the citizen only when the wish or trouble is then told of "han" or
"hun" alone ("min mand og jeg har gået tur hver morgen … og han vil så gerne …"); with "vi
vil …" both are citizens and the other one is named, and with a kin word done for ("min kone og
jeg handler for far, men han vil …") the one done for is the citizen."""

from __future__ import annotations

from collections.abc import Sequence


def with_speaker(words: Sequence[str], i: int, lex) -> bool:
    """True for the person at i joined to the speaker by one of couple_joins: "min kone og jeg"
    (couple_self right after the join) or "jeg og min kone" (before it, an owner between)."""
    if i + 2 < len(words) and words[i + 1] in lex.couple_joins and words[i + 2] in lex.couple_self:
        return True
    k = i - 1 if i > 0 and words[i - 1] in lex.owners else i
    return k > 1 and words[k - 1] in lex.couple_joins and words[k - 2] in lex.couple_self


def pair_about(words: Sequence[str], people, cl, lex, third_only: bool) -> str | None:
    """The person said with the speaker who is the citizen: the first one outside a reason,
    when every wish or trouble has han/hun as its subject (third_only); else None."""
    if not third_only:
        return None
    return next(
        (p for p, i in people if not cl.in_motivation(i) and with_speaker(words, i, lex)), None
    )
