"""A sentence told about someone else's doing is no evidence of the citizen's activity.

"Hun vil så gerne tilbage på porcelænsholdet … og male porcelæn igen, kopper og tallerkener …
Hele familien drikker kaffe af hendes kopper.": the family's coffee says what the cups are
used for, not what she wants to do. The activity counts (activity_model) read every content
word of an answer; the sentences whose subject is another person are left out of that second
opinion. The citizen stays: "jeg" and the person the wish is told about ("Mor er 87. Hun vil
gerne …", "Min mand … Han vil gerne …": a kin word a relative may call the citizen by is only
another person when the speaker wishes for themself), and so does advice reported ("Lægen siger
3000 skridt hver dag.": what the citizen is to do).
"""

from __future__ import annotations

from collections.abc import Sequence


def others_sentence_tokens(
    words: Sequence[str], lex, ends: frozenset[str], wish_at: int
) -> frozenset[int]:
    """The indices of the sentences (not the one holding wish_at) whose subject is another
    person than the citizen: a person word after lead words, a quantifier and an owner."""
    bounds, lo = [], 0
    for k, w in enumerate(words):
        if w in ends:
            bounds.append((lo, k + 1))
            lo = k + 1
    if lo < len(words):
        bounds.append((lo, len(words)))
    if len(bounds) < 2:
        return frozenset()  # one sentence (most answers): its subject is the wish's
    own = next(((a, b) for a, b in bounds if a <= wish_at < b), None)
    if own is None:
        return frozenset()
    said_of = {lex.people[w] for w in words[own[0] : wish_at] if w in lex.people}
    speaker_wishes = not lex.others_sentence_selves.isdisjoint(words[own[0] : wish_at])
    out: set[int] = set()
    for a, b in bounds:
        if (a, b) == own:
            continue
        head = _subject_person(words, a, b, lex)
        if head is None:
            continue
        person = lex.people[words[head]]
        if person in said_of:
            continue  # "Mor er 87. Mor vil gerne …": the citizen
        if not speaker_wishes and words[head] in lex.third_person_nouns:
            continue  # "Mor er 87. Hun vil gerne …": maybe the citizen, told by a relative
        out.update(range(a, b))
    return frozenset(out)


def _subject_person(words: Sequence[str], a: int, b: int, lex) -> int | None:
    """The index of the person word that opens words[a:b] as its subject, or None."""
    k = a
    while k < b and (words[k] in lex.fillers or words[k] in lex.others_sentence_leads):
        k += 1
    if k < b and words[k] in lex.others_sentence_quantifiers:
        k += 1
    if k < b and words[k] in lex.others_sentence_owners:
        k += 1
    if k + 1 >= b or words[k] not in lex.people:
        return None
    if words[k + 1] in lex.others_sentence_breaks or not words[k + 1].isalpha():
        return None  # "familien og jeg …", "naboen, der …": not another's clause alone
    if words[k + 1] in lex.advice_verbs:
        return None  # "Lægen siger 3000 skridt hver dag.": what the citizen is told to do
    return k
