"""A wish two make together: "min kone og jeg vil gerne gå til dans igen", "vi vil gerne begge
to gå til seniorgymnastik … min mand og jeg" is the citizen's wish to do it with the other.

The citizen's own phrase names the other as company ("gå til dans igen sammen med min kone"),
said where the citizen said "sammen" or else at its end; the pair said after the phrase and a
"begge to" of the subject leave it. Only the citizen's own wish, with the other named by a
possessive and a person word right before "og jeg", and "og jeg" before the wish's modal or a
"vi" of joint_subjects before one.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar, fold


def joint_company(
    action: str | None, words: Sequence[str], said: Sequence[str], own: bool, lex, g: Grammar
) -> str | None:
    """The citizen's phrase with the one they wish it together with as company ("… sammen med
    min mand"); unchanged when no such pair is said or the phrase names the other already."""
    tokens = (action or "").split()
    pair = _pair(words, lex, g) if own and tokens else None
    if pair is None:
        return action
    other = [said[pair - 2], said[pair - 1]]
    folded = [fold(t) for t in tokens]
    if fold(other[1]) in folded:  # "… med min kone": said already, or the pair at its end
        k = _tail_at(folded, [fold(w) for w in other], g)
        if k is None:
            return action
        tokens, folded = tokens[:k], folded[:k]
    for phrase in g.object_quantifiers:  # "begge to gå til …": the two are the subject
        if tuple(folded[: len(phrase)]) == phrase:
            tokens, folded = tokens[len(phrase) :], folded[len(phrase) :]
    if not tokens:
        return action
    company = [*g.joint_company_said.split(), *other]
    together = next((k for k, w in enumerate(folded) if w == fold(company[0])), None)
    if together is not None:  # "gå en tur sammen igen": "gå en tur sammen med min kone igen"
        return " ".join([*tokens[:together], *company, *tokens[together + 1 :]])
    return " ".join([*tokens, *company])


def _pair(words: Sequence[str], lex, g: Grammar) -> int | None:
    """Where "<possessive> <person> og jeg" said as the wish's subject has its "og", or None."""
    modals = g.modals
    joint = any(
        w in g.joint_subjects and k + 1 < len(words) and words[k + 1] in modals
        for k, w in enumerate(words)
    )
    for k in range(2, len(words) - 1):
        if words[k] != g.and_word or words[k + 1] != g.self_subject:
            continue
        if words[k - 2] not in lex.owners or words[k - 1] not in lex.people:
            continue
        if joint or (k + 2 < len(words) and words[k + 2] in modals):
            return k
    return None


def _tail_at(folded: list[str], other: list[str], g: Grammar) -> int | None:
    """Where the pair said again closes the phrase ("… igen min kone og jeg"), or None."""
    tail = [*other, g.and_word, g.self_subject]
    n = len(tail)
    return len(folded) - n if len(folded) > n and folded[-n:] == tail else None
