"""Commas a spoken reason lacks around a relative clause: after a complete clause, "der"/"som"
(relative_comma_leads) and its finite verb open a relative clause about the word before it
("den sidste der kommer i mål" → "den sidste, der kommer i mål"; "det er det der holder hovedet
i gang" → "det er det, der holder …"); the clause closes with a comma before "og"/"men" and a
clause of its own ("nogen derude, der ikke kan se, og de venter på den"). The word before must
be able to carry the clause: a noun, an adjective, a pronoun of relative_antecedents said as an
object ("det er det der", not "fordi det der …"), or a place adverb of tag_after_words after one
("nogen derude der"). Not a comma when "der" is a place or the empty subject ("det er der jeg
kan trække vejret", "fordi der sidder nogen", "der møder jeg mine venner"), nor when the
clause's end cannot be told (a second finite verb with no join before it). A main clause run on
with no join after a clause that ended on a predicate adjective or a place adverb gets a comma
too, as Danish joins main clauses ("… og så er det hyggeligt vi snakker hele vejen" → "…
hyggeligt, vi snakker …"; run_on_at)."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def relative_commas(text: str, g: Grammar) -> str:
    """`text` (a reason's words) with the commas around its relative clauses (see the module)."""
    words = text.split()
    if not g.relative_comma_leads:
        return text
    for i in range(2, len(words) - 1):
        if _b(words[i]) not in g.relative_comma_leads or words[i][-1:] in EDGE:
            continue
        if words[i - 1][-1:] in EDGE or not _carries_clause(words, i - 1, g):
            continue
        if not _clause_before(words, i, g):
            continue
        close = _relative_end(words, i + 1, g)
        if close is None:
            continue
        words[i - 1] += ","
        if close < len(words) and words[close - 1][-1:] not in EDGE:
            words[close - 1] += ","
    return " ".join(words)


def run_on_commas(text: str, g: Grammar) -> str:
    """`text` with a comma before each main clause run on with no join (see run_on_at)."""
    words = text.split()
    for i in range(len(words)):
        if run_on_at(words, i, g):
            words[i - 1] += ","
    return " ".join(words)


def run_on_at(said: list[str], i: int, g: Grammar) -> bool:
    """True for a subject pronoun at i and its finite verb said right after a clause that ended
    on a predicate adjective (tag_adjective_endings) or a place adverb (tag_after_words), with
    no join and no mark between ("… er det hyggeligt vi snakker", "… gå ud de er Aages"); after
    a noun, a pronoun or a question word "som"/"at" may be left unsaid ("det eneste jeg har",
    "hvornår jeg står op", "alt muligt han ikke fortæller")."""
    if i < 2 or i >= len(said) - 1 or said[i - 1][-1:] in EDGE:
        return False
    prev = _b(said[i - 1])
    if _b(said[i]) not in g.run_on_subjects:
        return False
    if not (prev in g.tag_after_words or prev.endswith(g.tag_adjective_endings)):
        return False
    inverted = i >= 3 and g.is_finite(said[i - 3])  # "så er det hyggeligt": its subject
    if _b(said[i - 2]) in g.relative_antecedents and not inverted:
        return False
    j = i + 1
    while j < len(said) - 1 and _b(said[j]) in g.negations | g.clause_adverbs:
        j += 1
    if not g.is_finite(said[j]) or _b(said[j]) in g.dangling:
        return False
    start = max((k + 1 for k in range(i - 1) if said[k][-1:] in EDGE), default=0)
    return any(g.is_finite(w) for w in said[start : i - 1])


def _function_word(w: str, g: Grammar) -> bool:
    """True for a word that opens or joins (a preposition, article, conjunction, adverb)."""
    return (
        w in g.dangling
        or w in g.subordinators
        or w in g.clause_joins
        or w in g.main_joins
        or w in g.negations
        or w in g.clause_adverbs
        or w in g.degree_words
        or w in g.relative_comma_not_after
        or w in g.modals
    )


def _carries_clause(words: list[str], k: int, g: Grammar) -> bool:
    """True when words[k] can be what a relative clause after it is about (see the module)."""
    w = _b(words[k])
    if w in g.tag_after_words:  # "nogen derude der …": the adverb placed the word before it
        return k >= 1 and words[k - 1][-1:] not in EDGE and _carries_clause(words, k - 1, g)
    if w in g.relative_antecedents:
        before = _b(words[k - 1]) if k >= 1 and words[k - 1][-1:] not in EDGE else ""
        # "det er det der", "hjælpe dem der", "af dem der": an object, not "fordi det der"
        joins = g.articles | g.subordinators | g.clause_joins | g.main_joins | g.relative_leads
        verb = g.is_finite(before) or (bool(before) and g.is_infinitive(before))
        return bool(before) and (verb or before in g.dangling - joins)
    if w in g.subject_pronouns or w in g.citizen_pronouns or w in g.object_pronouns:
        return False
    if _function_word(w, g) or g.is_finite(words[k]):
        return False
    if k >= 1 and g.is_infinitive(w) and _b(words[k - 1]) in g.modals | g.subordinators:
        return False  # "kan gå der", "at være der": a verb, not "den sidste der"
    return w.isalpha()


def _clause_before(words: list[str], i: int, g: Grammar) -> bool:
    """True when a finite verb stands before i in the same stretch (a clause said so far), or
    the words open with an infinitive (a purpose's verb phrase)."""
    for k in range(i - 1, -1, -1):
        if words[k][-1:] in EDGE and k < i - 1:
            return False
        if g.is_finite(words[k]) and _b(words[k]) not in g.relative_antecedents:
            return True
    return g.is_infinitive(words[0])  # "(så jeg kan) hjælpe dem der …": the purpose's verb


def _relative_end(words: list[str], k: int, g: Grammar) -> int | None:
    """Where the relative clause opening before k ends: the index of an "og"/"men" that opens a
    clause of its own, len(words) or a mark's word + 1 at its end; None when it cannot be told
    (no finite verb of its own, a subject pronoun after that verb: "der møder jeg …")."""
    j = k
    while j < len(words) - 1 and _b(words[j]) in g.negations | g.clause_adverbs:
        j += 1
    if not g.is_finite(words[j]) or words[k - 1][-1:] in EDGE:
        return None
    if j + 1 < len(words) and _b(words[j + 1]) in g.run_on_subjects:
        return None  # "der møder jeg mine venner": a place, the clause inverted
    joined = False
    for m in range(j + 1, len(words)):
        w = _b(words[m])
        if words[m - 1][-1:] in EDGE:
            return m
        if w in g.main_joins and _clause_at(words, m + 1, g):
            return m
        if w in g.main_joins or w in g.subordinators or w in g.relative_leads:
            joined = True
        elif g.is_finite(words[m]) and w not in g.dangling and not joined:  # not "ved"
            return None  # "alle der kommer får kaffe": where it ends is not told
    return len(words)


def _clause_at(words: list[str], k: int, g: Grammar) -> bool:
    """True when a pronoun and a finite verb begin at k ("de venter", "det gider han ikke"),
    or a noun subject ("ungerne skal")."""
    if k + 1 >= len(words) or any(w[-1:] in EDGE for w in words[k : k + 1]):
        return False
    first = _b(words[k])
    if first in g.subject_pronouns:  # "og de venter", "og det gider han ikke"
        return g.is_finite(words[k + 1]) or _b(words[k + 1]) in g.negations
    if _function_word(first, g) or g.is_finite(words[k]):
        return False
    return g.is_finite(words[k + 1]) and _b(words[k + 1]) not in g.run_on_subjects
