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


def advised_before(
    words: Sequence[str],
    i: int,
    m: MotivationCues,
    persons,
    wish_at: int,
    lemmas: Sequence[str] = (),
) -> bool:
    """True when the sentence of the "så" at i is another's advice set against the wish: a
    person word of `persons` right before one of advice_verbs, then one of advice_subjects with
    one of advice_modals after it, the same subject opening the purpose ("Min datter synes, jeg
    bare skal synge med i koret, så jeg ikke skal stå foran", "Min bror siger, at hun skal tage
    taxa, så hun ikke falder, men …"), the wish (at `wish_at`) said in another sentence, and the
    advice set against it (`_set_against`): the adviser's why. Advice that agrees ("Lægen siger
    jeg skal træne, så jeg kan komme af med rollatoren. Jeg vil gerne cykle igen.") keeps the
    citizen's why."""
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
            return _set_against(words, (k, i, end), m, wish_at, lemmas or words)
    return False


def _set_against(
    words: Sequence[str], at: tuple[int, int, int], m: MotivationCues, wish_at: int, lemmas
) -> bool:
    """True when the advice (its verb at `at[0]`, its "så" at `at[1]`, its end at `at[2]`) is set
    against the wish at `wish_at`: not when it agrees ("også") or its purpose names a thing the
    wish's sentence names too ("bryllup" … "brylluppet"); yes with one of advice_against in it
    ("bare"), a contrast or refusal right after it, or the wish said as one's own doing."""
    verb, so, end = at
    if not m.advice_agrees.isdisjoint(words[verb:so]):
        return False  # "Min mand synes også jeg skal, så jeg kan se mine venner igen"
    lo = next((k + 1 for k in range(wish_at - 1, -1, -1) if words[k] in _SENTENCE_END), 0)
    hi = next((k for k in range(wish_at, len(words)) if words[k] in _SENTENCE_END), len(words))
    lo = max(lo, end) if wish_at >= end else lo  # "… for langt men jeg vil gerne gå …"
    said = range(lo, hi)
    named = {lemmas[k]: _definite(words[k], m) for k in range(so + 1, end)}
    if any(lemmas[k] in named and (named[lemmas[k]] or _definite(words[k], m)) for k in said):
        return False  # "…, så jeg kan gå til min datters bryllup. Jeg vil … til brylluppet"
    if not m.advice_against.isdisjoint(words[verb:so]):
        return True  # "Min datter synes, jeg bare skal synge med i koret, så …"
    if end < len(words) and words[end] in m.advice_ends:
        return True  # "… så jeg ikke går for langt men jeg vil gerne gå til havnen igen"
    after = end + 1
    stop = next((k for k in range(after, len(words)) if words[k] in _SENTENCE_END), len(words))
    if after < len(words) and (
        words[after] in m.advice_ends | m.refusal_words or _refuses(words[after:stop], m)
    ):
        return True  # "…, så jeg ikke falder. Det gider jeg ikke." / "Men han vil selv"
    return any(
        words[k] in m.advice_own_words and words[k - 1] not in m.advice_own_not_after
        for k in said
        if k
    )  # "… en havemand, så man ikke får ondt i ryggen. Jeg vil selv slå græsset igen."


def _definite(word: str, m: MotivationCues) -> bool:
    """True for a definite noun ("brylluppet", "rollatoren"): a thing named."""
    return (
        len(word) > 4
        and word.isalpha()
        and word.endswith(m.definite_endings)
        and word not in m.not_definite
    )


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
