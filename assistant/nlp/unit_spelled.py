"""A short unit typed after a number that is also an everyday word ("45 min": "min" is "my"; "2
t") is written in full in the goal ("45 minutter", "1 time"), as grammar's units_written_out
lists them; "km" and "kg" are no words and stay. Only the written goal changes."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold

_SHORT = 2  # letters of a short word the noun table reads as a noun too ("om")


def units_written_out(text: str, g: Grammar) -> str:
    """The text with each unit of units_written_out after a number (digits or a number word of
    range_numbers) in full, singular after one ("spille et sæt på 45 min med" → "… 45
    minutter med"); not after a time of day ("kl. 10 min mand") nor before a noun the word may
    own ("10 min kone": a possessive)."""
    if not g.units_written_out:
        return text
    words = text.split(" ")
    for k in range(1, len(words)):
        word = words[k]
        core = word.rstrip(EDGE)
        forms = g.units_written_out.get(fold(core.lower()))
        if forms is None or core != core.lower():
            continue
        number = words[k - 1]
        lead = fold(words[k - 2].rstrip(".").lower()) if k > 1 else ""
        if not _number(number, g) or lead in g.count_leads:
            continue  # "kl. 10 min mand": a time of day
        after = words[k + 1].strip(EDGE).lower() if k + 1 < len(words) and core == word else ""
        article = g.indefinite_article(after) if len(after) > _SHORT else None
        if article and not g.is_neuter_article(article):
            continue  # "10 min kone": a common noun owned ("ti min ved", "45 min om dagen": no)
        one = _one(number, g)
        end = word[len(core) :]
        if end.startswith(".") and not end.rstrip(".") and k + 1 < len(words):
            end = end[1:]  # "45 min. med": the abbreviation's dot
        words[k] = (forms[0] if one else forms[1]) + end
    return " ".join(words)


def _number(word: str, g: Grammar) -> bool:
    """True for a count in digits ("45", "1,5") or a number word of range_numbers ("ti")."""
    w = word.lower()
    return w.replace(",", "").isdigit() or fold(w) in g.range_numbers or _one(w, g)


def _one(word: str, g: Grammar) -> bool:
    """True for one, in digits or as an indefinite article ("1", "en", "et")."""
    return word == "1" or word.lower() in g.indefinite_articles.values()
