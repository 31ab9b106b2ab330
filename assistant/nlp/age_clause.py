"""A clause that only tells someone's age ("og han er 13 nu", "hun er 3 år") is no reason:
"fordi det er vores ting, vi har spillet sammen siden han var 6 og han er 13 nu" gives no
"og han er 13 nu" to the goal's reason."""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_MARKS = ".,;:!?"


def _subject_end(words: list[str], k: int, g: Grammar) -> int | None:
    """Where the verb after the subject opening at k stands: one of others_subjects ("han"), a
    pronoun pointing back at one named before; None for no such subject."""
    if k < len(words) and _b(words[k]) in g.others_subjects - {g.self_subject}:
        return k + 1
    return None  # "min søn er 50 og jeg vil bage til ham": the one "ham" points back at


def _number(word: str, g: Grammar) -> bool:
    said = _b(word)
    return said.isdigit() or said in g.amount_words


def _age_end(words: list[str], k: int, g: Grammar) -> int | None:
    """The end (exclusive) of an age clause opening at k ("han er 13 nu"), or None."""
    v = _subject_end(words, k, g)
    if v is None or v + 1 >= len(words) or any(w[-1] in _MARKS for w in words[k:v]):
        return None
    if _b(words[v]) not in g.age_verbs or words[v][-1] in _MARKS or not _number(words[v + 1], g):
        return None
    end = v + 2
    while end < len(words) and words[end - 1][-1] not in _MARKS and _b(words[end]) in g.age_tails:
        end += 1
    if end < len(words) and words[end - 1][-1] not in _MARKS and _b(words[end]) != g.and_word:
        return None  # "han er 13 nu og …" ends; "hun er 80 år gammel dame" goes on
    if end + 1 < len(words) and _b(words[end]) == g.and_word and not _subject_at(words, end + 1, g):
        return None  # "hun er 80 og har nok i sig selv": one clause of hers, its verb shared
    return end


def _subject_at(words: list[str], k: int, g: Grammar) -> bool:
    """True when a clause's own subject opens at k ("… og han vil", "… og jeg vil")."""
    said = _b(words[k])
    return said in g.others_subjects or said == g.self_subject or said in g.possessive_words


def _openers(g: Grammar) -> frozenset[str]:
    """The words an age clause may follow: "og" and a one-word lead of a cause ("fordi")."""
    leads = {lead[0] for lead, kind in g.reason_leads if kind == "because" and len(lead) == 1}
    return frozenset({g.and_word, *leads})


def without_age_clauses(text: str, g: Grammar) -> str:
    """The text without the clauses that only tell an age, each with its joining "og"; as it is
    when nothing else would be left."""
    words = text.split()
    k = 0
    while k < len(words):
        opens = k == 0 or words[k - 1][-1] in _MARKS or _b(words[k - 1]) in _openers(g)
        end = _age_end(words, k, g) if opens else None
        if end is None:
            k += 1
            continue
        start = k - 1 if k and _b(words[k - 1]) == g.and_word else k
        mark = words[end - 1][len(words[end - 1].rstrip(_MARKS)) :]
        first = start == k and (k == 0 or words[k - 1][-1] not in _MARKS)
        if first and end < len(words) and _b(words[end]) == g.and_word:
            end, mark = end + 1, ""  # "fordi han er 13 år, og han vil …": the clause and its "og"
        rest = [*words[:start], *words[end:]]
        if not any(_b(w) not in _openers(g) for w in rest if w.strip(_MARKS)):
            return text  # "for han er 13 nu": nothing else told
        if mark and start and rest[start - 1][-1] not in _MARKS:
            rest[start - 1] += mark[:1]
        words = rest
        k = start
    return " ".join(words)
