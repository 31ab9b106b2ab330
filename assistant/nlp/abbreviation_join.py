"""An abbreviation in capitals and a noun the speech recognition wrote apart ("med MC klubben",
"i DGI hallen", "en EU borger"): one compound, written with a hyphen ("MC-klubben"), as Danish
writes a compound on an abbreviation. Read by the speller (spelling.Speller.fix_words)."""

from __future__ import annotations

from assistant.nlp.head_compound import head_lemma

_SHORTEST, _LONGEST = 2, 4  # letters of an abbreviation ("MC", "DGI", "ADHD")
HYPHEN = "-"


def is_abbreviation(text: str) -> bool:
    """True for a word written in 2-4 capitals only ("MC", "DGI"; "I", "JEG VIL": no)."""
    return _SHORTEST <= len(text) <= _LONGEST and text.isalpha() and text.isupper()


def abbreviation_joins(sp, outs: list[str], i: int, texts: list[str]) -> bool:
    """True when the word at i is an abbreviation in capitals and the word after it, typed
    small, a noun of the noun table in any form ("MC klubben", "EU borger"): no verb ("min MC
    kører"), period ("MC søndag"), function word ("MC og"), or word the content keeps apart
    after one ("OK tak")."""
    if i + 1 >= len(outs) or not is_abbreviation(texts[i]) or not texts[i + 1].isalpha():
        return False
    a, b = outs[i], outs[i + 1]
    if not texts[i + 1].islower() or a in sp.abbreviations_apart or b in sp.no_join:
        return False
    if b in sp.verbs or b in sp.periods or b in sp.name_leads or b in sp.person_names:
        return False
    if sp.infinitive(b) or sp._present_word(b):
        return False
    return sp.lemma_of.get(b, b) in sp.nouns or head_lemma(sp, b) is not None


def abbreviation_compound(texts: list[str]) -> str | None:
    """The compound of an abbreviation and the noun after it, hyphened ("MC-klubben"), or None
    when the first word is no abbreviation."""
    if len(texts) != 2 or not is_abbreviation(texts[0]):
        return None
    return texts[0] + HYPHEN + texts[1].lower()
