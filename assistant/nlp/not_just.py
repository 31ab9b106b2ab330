"""A wish that ends on what is done instead today, set against it ("… og skrive bogstaverne i
felterne selv, ikke bare sidde og sige dem til Poul", "… smøre mine madder, ikke kun vente på
hjemmeplejen"): that tail is no part of the goal and is left out of the wish's phrase.

A part of the wish followed by its negated alternative, said the same way ("spille golf de ni
huller ikke de atten sammen med makkerne", "gå to ture ikke tre"), keeps the part and leaves the
alternative out.

A wish set against what it is rather than ("hellere gå til købmanden end bage", "… i stedet for at
bage") ends before that lead.

"ikke bare …, men også …" adds to the wish instead ("ikke bare gå til købmanden men også til
bageren"): a phrase with a "men" after the contrast stays as it is.
"""

from __future__ import annotations

from assistant.content.grammar import Grammar, fold

_EDGE = ",.;:!?"
_VERB_REACH = 2  # words from "bare" to the verb of what is done instead ("bare at sidde")
_LEAD_REACH = 4  # words from the part's lead to the negation ("de ni huller ikke")


def without_instead(action: str | None, lex, g: Grammar) -> str | None:
    """The wish's phrase without its tail of what is done instead ("…, ikke bare sidde og sige
    dem til Poul"); as it is when it has none."""
    if not action:
        return action
    tokens = action.split()
    bare = [fold(t.strip(_EDGE)).lower() for t in tokens]
    for k in range(2, len(tokens) - 1):
        if bare[k] not in lex.negations or bare[k + 1] not in lex.instead_leads:
            continue
        reach = bare[k + 2 : k + 2 + _VERB_REACH]
        verb = next((w for w in reach if w not in lex.instead_marks), None)
        if verb is None or not g.is_infinitive(verb) or lex.instead_adds in bare[k + 2 :]:
            continue
        while k > 1 and tokens[k - 1].strip(_EDGE).lower() in lex.fillers:
            k -= 1  # "… selv altså, ikke blot kigge på"
        return " ".join(tokens[:k]).rstrip(_EDGE)
    return action


def without_rather_than(action: str | None, lex, g: Grammar) -> str | None:
    """The wish's phrase without what it is set against ("gå til købmanden end at bage": "gå til
    købmanden"): a lead of rather_than_leads after a verb of the phrase's own, then a verb's
    infinitive (past instead_marks and instead_leads); as it is when it has none."""
    if not action:
        return action
    tokens = action.split()
    bare = [fold(t.strip(_EDGE)).lower() for t in tokens]
    if not {p[0] for p in lex.rather_than_leads} & set(bare):
        return action  # no lead's first word said (most phrases): nothing to look for
    skip = lex.instead_marks | lex.instead_leads
    for k in range(1, len(tokens) - 1):
        lead = next((p for p in lex.rather_than_leads if tuple(bare[k : k + len(p)]) == p), None)
        if lead is None:
            continue
        if not any(g.is_infinitive(w) and w not in g.function_words for w in bare[:k]):
            continue  # "mere end bare sidde": no deed of the wish's own before the lead
        verb = next((w for w in bare[k + len(lead) :] if w not in skip), None)
        if verb is not None and g.is_infinitive(verb) and verb not in g.function_words:
            return " ".join(tokens[:k]).rstrip(_EDGE)
    return action


def without_alternative(action: str | None, lex) -> str | None:
    """The wish's phrase without a negated alternative to one of its parts ("de ni huller ikke
    de atten"): the negation, then the part's lead again (one of alternative_leads, or a number
    after a number), then only numbers or the part's own words; as it is when it has none."""
    if not action:
        return action
    tokens = action.split()
    bare = [fold(t.strip(_EDGE)).lower() for t in tokens]
    for k in range(2, len(tokens) - 1):
        if bare[k] not in lex.negations or lex.instead_adds in bare[k + 1 :]:
            continue
        start = _part_start(bare, k, lex)
        if start is None:
            continue
        end = _alternative_end(bare, start, k, lex)
        if end is None:
            continue
        left = " ".join(tokens[:k]).rstrip(_EDGE)
        return " ".join([left, *tokens[end:]]).strip()
    return action


def _alternative_end(bare: list[str], start: int, k: int, lex) -> int | None:
    """Where the alternative after the negation at k ends: after its last number or word of
    the part (start to k), no longer than the part ("de atten" for "de ni huller", "den store
    hal" for "den lille hal"); None when none ends so ("en lang tur" for "en tur")."""
    part = set(bare[start + 1 : k])
    last = min(len(bare), k + 2 + (k - start - 1))
    for end in range(last, k + 2, -1):
        word = bare[end - 1]
        between = bare[k + 2 : end - 1]
        if (_number(word, lex) or word in part) and not lex.alternative_leads & set(between):
            return end
    if _number(bare[k + 1], lex) and bare[k + 1] not in lex.numbers.articles:
        return k + 2  # "to ture ikke tre"
    return None


def _part_start(bare: list[str], k: int, lex) -> int | None:
    """Where the part the negation at k sets an alternative against begins: the last word
    before it (within _LEAD_REACH) equal to the word after the negation, when that is one of
    alternative_leads or a number (then any number leads the part)."""
    lead = bare[k + 1]
    for j in range(k - 1, max(-1, k - 1 - _LEAD_REACH), -1):
        if lead in lex.alternative_leads and bare[j] == lead:
            return j
        if _number(lead, lex) and lead not in lex.numbers.articles and _number(bare[j], lex):
            return j
    return None


def _number(word: str, lex) -> bool:
    return word.isdigit() or word in lex.numbers.cardinals
