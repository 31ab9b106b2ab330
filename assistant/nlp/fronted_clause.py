"""A subordinate clause put before its main clause ("og når jeg står i køkkenet dernede, er jeg en
del af det hele"): the comma between them ends no clause, so a reason cut there would keep the
"når" clause without the main clause it belongs to."""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.reason import _finite

_ENDS = ",;:."


def fronted_before_main(words: list[str], k: int, g: Grammar) -> bool:
    """True when words[k - 1] ends with the comma of a clause led by one of fronted_clause_leads
    (after the previous comma, or a join right after one) and words[k] is the finite verb of
    the inverted main clause after it ("…, og når jeg står der, er jeg …")."""
    if k < 2 or k >= len(words) or not words[k - 1].endswith(",") or not _finite(words[k], g):
        return False
    j = k - 2
    while j > 0 and words[j - 1][-1:] not in _ENDS:
        j -= 1
    start = j + 1 if _b(words[j]) in g.main_joins and j + 1 < k - 1 else j
    return _b(words[start]) in g.fronted_clause_leads


def condition_after(words: list[str], k: int, g: Grammar) -> bool:
    """True when words[k], after a comma, opens a "når"/"hvis" clause that ends its main clause
    ("… og jeg stadig er sømand, når jeg sidder med et tov i hænderne"): the condition belongs
    to the clause before, so no clause ends at that comma (a cut there leaves a flat claim);
    False when the clause is put before a main clause of its own ("…, når jeg står der, er jeg
    …")."""
    if not 0 < k < len(words) - 1 or not words[k - 1].endswith(","):
        return False
    if _b(words[k]) not in g.when_leads | g.condition_leads:
        return False
    after = next((j for j in range(k + 1, len(words)) if words[j - 1][-1:] in _ENDS), None)
    return after is None or not fronted_before_main(words, after, g)
