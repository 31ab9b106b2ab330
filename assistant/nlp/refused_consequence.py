"""A refusal and what it brings: no purpose of the goal, no wish of its own.

"Min svigersøn siger, vi skal have en havemand. Nej, det gider jeg ikke, så kunne jeg lige så
godt flytte i lejlighed": what one might as well do (a counterfactual, `might_as_well`) and a
verb-first "så kan jeg …" in the sentence of a refusal before the wish tell the consequence of
the idea refused. "Hun mener jeg burde på dagcenter. Det vil jeg ikke. Hellere selv gå ned og
handle.": the sentence that refuses ends before the wish said without its verb. The cue words
live in content/<lang>/nlp/motivation.yaml.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import MotivationCues

_SENTENCE_END = frozenset({".", "!", "?", ";", ":"})


def might_as_well_at(words: Sequence[str], k: int, m: MotivationCues) -> bool:
    """True when "lige så godt" (might_as_well) begins at k, past spoken particles ("jo",
    "bare"): "så kunne jeg (jo) lige så godt flytte" is no purpose."""
    while k < len(words) and words[k] in m.might_as_well_before:
        k += 1
    said = next((p for p in m.might_as_well if tuple(words[k : k + len(p)]) == p), None)
    # "så kan jeg lige så godt som før komme ned til havnen": a comparison, the purpose stays
    return said is not None and (
        k + len(said) >= len(words) or words[k + len(said)] not in m.might_as_well_compared
    )


def after_refusal(words: Sequence[str], i: int, m: MotivationCues) -> bool:
    """True when the sentence before the "så" at i refuses something: a refusal word ("nej") or
    a refusal verb beside a negation ("det gider jeg ikke", "jeg vil ikke have …")."""
    start = next((k + 1 for k in range(i - 1, -1, -1) if words[k] in _SENTENCE_END), 0)
    return _refuses(words[start:i], m)


_ADVICE_REACH = 4  # words from the adviser's verb to whom it tells ("synes, at jeg")


def advised_before(words: Sequence[str], i: int, m: MotivationCues, persons, wish_at: int) -> bool:
    """True when the sentence of the "så" at i is another's advice: a person word of `persons`
    right before one of advice_verbs, then one of advice_subjects with one of advice_modals
    after it, the same subject opening the purpose ("Min datter synes, jeg bare skal synge med i
    koret, så jeg ikke skal stå foran", "Min bror siger, at hun skal tage taxa, så hun ikke
    falder"), and the wish (at `wish_at`) said in another sentence: the adviser's why."""
    start = next((k + 1 for k in range(i - 1, -1, -1) if words[k] in _SENTENCE_END), 0)
    ends = _SENTENCE_END | m.advice_ends
    end = next((k for k in range(i, len(words)) if words[k] in ends), len(words))
    if start <= wish_at < end or i + 1 >= len(words):
        return False
    for k in range(start + 1, i):
        if words[k] not in m.advice_verbs or words[k - 1] not in persons:
            continue
        reach = range(k + 1, min(i, k + 1 + _ADVICE_REACH))
        told = next((j for j in reach if words[j] in m.advice_subjects), None)
        if told is None or words[i + 1] != words[told]:
            continue  # "min søn siger, han skal nok køre mig, så jeg kan …": the citizen's why
        if not m.advice_modals.isdisjoint(words[told + 1 : i]):
            return True
    return False


def refusal_end(words: Sequence[str], m: MotivationCues) -> int:
    """Where the words after the last sentence that refuses begin ("det gider jeg ikke. |
    hellere ud at fiske"), or 0 when no sentence refuses or the last one ends the answer."""
    start, found = 0, 0
    for k, w in enumerate(words):
        if w not in _SENTENCE_END:
            continue
        if k + 1 < len(words) and _refuses(words[start:k], m):
            found = k + 1
        start = k + 1
    return found


def _refuses(said: Sequence[str], m: MotivationCues) -> bool:
    """True when the words refuse: a refusal word ("nej") or a refusal verb beside a negation."""
    if m.refusal_words & set(said):
        return True
    if any(tuple(said[k : k + len(p)]) == p for p in m.refusal_phrases for k in range(len(said))):
        return True  # "det kan de glemme"
    for k, w in enumerate(said):
        if w not in m.refusal_verbs:
            continue
        near = said[max(0, k - 1) : k + 3]  # "ikke gider", "gider jeg ikke", "vil ikke"
        if set(near) & m.negations:
            return True
    return False
