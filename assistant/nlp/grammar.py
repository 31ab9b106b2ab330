"""Danish grammar for generated text: agreement, modal stacking, doubled words (data in content).

The word lists live in content/<lang>/goals/_grammar.yaml. Matching folds æøå ("saa" = "så"),
so words typed without Danish letters are recognised; the text itself is never folded.
"""

from __future__ import annotations

import re

from assistant.content.grammar import EDGE as _EDGE
from assistant.content.grammar import Grammar, fold

_MAX_REPEAT = 6  # longest run of words removed when said twice in a row


# --- repairs ------------------------------------------------------------------------------------


def _bare(word: str) -> str:
    return fold(word.strip(_EDGE))


def _with_case(new: str, old: str) -> str:
    """`new` with the capital and trailing punctuation of `old`."""
    core = old.rstrip(_EDGE)
    tail = old[len(core) :]
    if core[:1].isupper():
        new = new[:1].upper() + new[1:]
    return new + tail


def agree(words: list[str], grammar: Grammar) -> list[str]:
    """Make possessives agree with the noun after them ("min barnebarn" → "mit barnebarn")."""
    forms = {fold(f): row for row in grammar.possessives for f in row}
    out = list(words)
    for i, word in enumerate(out):
        row = forms.get(_bare(word))
        if row is None or word[-1:] in _EDGE:
            continue
        j = i + 1
        while j < len(out) and _bare(out[j]) in forms and out[j][-1:] not in _EDGE:
            j += 1  # "min egen have": the adjective agrees too, the noun decides
        kind = grammar.noun_kind(out[j]) if j < len(out) else None
        if kind is not None:
            out[i] = _with_case(row[{"c": 0, "n": 1, "pl": 2}[kind]], word)
    return out


def drop_stacked_modals(words: list[str], grammar: Grammar) -> list[str]:
    """Drop a "kunne" right after "kan"/"kunne" ("så jeg kan kunne hente" → "kan hente")."""
    out: list[str] = []
    for word in words:
        if (
            out
            and _bare(word) in grammar.can_forms
            and _bare(out[-1]) in grammar.can_forms
            and out[-1][-1:] not in _EDGE
        ):
            continue
        out.append(word)
    return out


def drop_repeats(words: list[str]) -> list[str]:
    """Remove a word or a run of words said twice in a row ("så jeg kan så jeg kan")."""
    out = list(words)
    changed = True
    while changed:
        changed = False
        bare = [_bare(w) for w in out]  # each word's bare form once per pass
        for n in range(_MAX_REPEAT, 0, -1):
            for i in range(len(out) - 2 * n + 1):
                first = bare[i : i + n]
                if first == bare[i + n : i + 2 * n] and all(first):
                    del out[i + n : i + 2 * n]
                    changed = True
                    break
            if changed:
                break
    return out


def lower_openers(words: list[str], grammar: Grammar) -> list[str]:
    """Lower-case an answer's typed capital inside the sentence ("kunne Rede seng Hver morgen"):
    a word that is never a name there, or an infinitive just after a modal. Names stay."""
    out = list(words)
    for i in range(1, len(out)):
        w = out[i]
        if not (w[:1].isupper() and w[1:] == w[1:].lower()):
            continue
        low = w.lower()
        bare = fold(low.strip(_EDGE))
        after_modal = fold(out[i - 1].lower()) in grammar.modals and grammar.is_infinitive(low)
        if bare in grammar.never_capital or after_modal:
            out[i] = low
    return out


def polish(text: str, grammar: Grammar) -> str:
    """Return text with agreement fixed, stacked modals and doubled words removed."""
    words = lower_openers(text.split(), grammar)
    words = drop_repeats(drop_stacked_modals(agree(words, grammar), grammar))
    out = " ".join(words)
    return re.sub(r"\s+([,.])", r"\1", out)
