"""A visit wished for as the citizen's own doing: "(have at) min veninde kommer her til kaffe"
→ "få besøg af min veninde til kaffe" (content/da/goals/_grammar.yaml: visit_*)."""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_SUBJECT_MAX = 5  # words of the visitor before their verb ("min gamle ven fra koret")


def wished_visit(words: list[str], g: Grammar) -> list[str]:
    """The citizen's own phrase for someone else's visit wished for, the words after "have at"
    ("nogen kommer og drikker kaffe med mig" → "få besøg af nogen og drikke kaffe sammen");
    [] when the clause tells no visit, or the citizen is its subject ("mor kommer ud")."""
    if not g.visit_said or not words:
        return []
    folded = [_b(w) for w in words]
    k = next(
        (k for k in range(1, min(len(words), _SUBJECT_MAX + 1)) if folded[k] in g.visit_verbs),
        None,
    )
    if k is None or folded[0] in g.citizen_pronouns | g.citizen_words | g.speaker_self:
        return []
    if any(g.is_present(w) for w in words[:k]):
        return []  # "hun siger at hun kommer": no visitor, a clause of its own
    rest = _without_phrase(words[k + 1 :], g.visit_tail)
    if rest == words[k + 1 :] and folded[k] in g.visit_tail_verbs:
        return []  # "… kigger på billederne": the verb is no visit here
    out: list[str] = []
    i = 0
    while i < len(rest):
        host = _phrase_at(rest, i, g.visit_host)
        if host:  # "og drikker kaffe med mig": the citizen as company, "sammen"
            out.append(g.visit_host_said)
            i += host
            continue
        w = rest[i]
        joined = i and _b(rest[i - 1]) == g.and_word
        out.append((g.infinitive_of(w) or w) if joined else w)
        i += 1
    return [*g.visit_said.split(), *words[:k], *out]


def _phrase_at(words: list[str], i: int, phrases) -> int:
    """The length of the first phrase of `phrases` said at words[i], or 0."""
    folded = [_b(w) for w in words]
    return next((len(p) for p in phrases if tuple(folded[i : i + len(p)]) == p), 0)


def _without_phrase(words: list[str], phrases) -> list[str]:
    """words without the phrases of `phrases` said at their start ("forbi", "på besøg")."""
    n = _phrase_at(words, 0, phrases)
    while n:
        words = words[n:]
        n = _phrase_at(words, 0, phrases)
    return words
