"""An abbreviation in capitals and a noun the speech recognition wrote apart ("med MC klubben",
"i DGI hallen", "en EU borger"): one compound, written in the goal with a hyphen
("MC-klubben"), as Danish writes a compound on an abbreviation. Only the written goal changes:
the analysis reads the two words as said (their cues: "KOL hold")."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold

_SHORTEST, _LONGEST = 2, 4  # letters of an abbreviation ("MC", "DGI", "ADHD")


def is_abbreviation(text: str) -> bool:
    """True for a word written in 2-4 capitals only ("MC", "DGI"; "I", "Jeg": no)."""
    return _SHORTEST <= len(text) <= _LONGEST and text.isalpha() and text.isupper()


def hyphened_abbreviations(text: str, g: Grammar) -> str:
    """The text with each abbreviation in capitals joined by a hyphen to the noun written small
    right after it ("med MC klubben igen" → "med MC-klubben igen"): a noun of the noun table
    by its lemma, no verb ("min MC kører"), no period (grammar's
    abbreviation_not_heads: "MC søndag") and no abbreviation said as a word of its own
    (abbreviations_apart, a function word or clause adverb: "OK tak", "IKKE hjælpe"); all-capital
    text ("MC KLUBBEN") stays."""
    words = text.split(" ")
    out: list[str] = []
    k = 0
    while k < len(words):
        word = words[k]
        if k + 1 < len(words) and _joins(word, words[k + 1], g):
            out.append(f"{word}-{words[k + 1]}")
            k += 2
            continue
        out.append(word)
        k += 1
    return " ".join(out)


def _joins(word: str, after: str, g: Grammar) -> bool:
    """True when `word` is an abbreviation a noun `after` joins (see hyphened_abbreviations)."""
    low = fold(word.lower())
    said = g.abbreviations_apart | g.function_words | g.clause_adverbs | g.fillers
    if not is_abbreviation(word) or low in said:
        return False  # "OK tak", "IKKE hjælpe": a word of its own, shouted
    core = after.rstrip(EDGE)
    if not (core.isalpha() and core.islower()) or fold(core) in g.function_words:
        return False
    head = g.lemma_forms.get(core, core)
    if head not in g.noun_classes or fold(head) in g.abbreviation_not_heads:
        return False
    return not (g.is_bare_infinitive(core) or g.is_present(core))  # "MC kører", "SELV bage"
