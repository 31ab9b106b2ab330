"""A second sign of the citizen's own told as a that-clause after the first ("… snakke en halv
time med hver, uden at …, og at jeg selv husker, hvornår jeg skal ringe"): after "kan" the
sign is a list of verb phrases, so the clause is said as one more ("…, og selv huske, hvornår
jeg skal ringe"), which reads right both after "når jeg kan" and as the wish."""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b


def own_deed_after_and(words: list[str], g: Grammar) -> list[str]:
    """The sign's words with ", og at jeg <adverbs> <present>" said as ", og <adverbs>
    <infinitive>"; unchanged when no such clause follows a comma."""
    for k in range(1, len(words) - 3):
        if not words[k - 1].endswith(",") or _b(words[k]) not in g.main_joins:
            continue
        if _b(words[k + 1]) not in g.infinitive_markers or _b(words[k + 2]) != g.self_subject:
            continue
        j = k + 3
        while j < len(words) - 1 and _b(words[j]) in g.independence_words | g.pre_modal_adverbs:
            j += 1  # "og at jeg selv husker"
        verb = words[j].strip(",.;:")
        infinitive = g.infinitive_of(verb) if g.is_present(verb) else None
        if not infinitive:
            continue
        mark = words[j][len(verb) :]
        return [*words[: k + 1], *words[k + 3 : j], infinitive + mark, *words[j + 1 :]]
    return words
