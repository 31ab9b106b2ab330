"""The wish's thing said again in a sentence of its own with the kind's own name after it
("Jeg vil bage brød selv igen. Tyrkisk brød, yufka."): the goal keeps the citizen's own word
with the thing ("bage tyrkisk brød som yufka"), never the category alone."""

from __future__ import annotations

_SENTENCE_ENDS = frozenset({".", "!", "?"})
KIND_LEADS = 2  # words said before the thing ("tyrkisk", "bosnisk")


def named_kind(action: str | None, words, said, lex) -> str | None:
    """The wish's phrase with its thing written with the name said after it in a sentence of
    its own: up to KIND_LEADS describing words, the thing as the phrase says it, a comma and
    one word ("Tyrkisk brød, yufka." → "tyrkisk brød som yufka"); as it is otherwise."""
    if not action or not lex.kind_name_leads:
        return action
    tokens = action.split()
    starts = [0, *(k + 1 for k, w in enumerate(words) if w in _SENTENCE_ENDS)]
    for lo in starts:
        hi = next((k for k in range(lo, len(words)) if words[k] in _SENTENCE_ENDS), len(words))
        if not 3 <= hi - lo <= KIND_LEADS + 3 or words[hi - 2] != ",":
            continue
        noun, name, leads = words[hi - 3], said[hi - 1], words[lo : hi - 3]
        if not (name.isalpha() and len(name) > 2 and name.lower() != noun):
            continue
        if any(not w.isalpha() or w in lex.owners or w in lex.fillers for w in leads):
            continue
        if noun not in tokens or name.lower() in lex.fillers:
            continue
        if name.lower() in action.lower():
            return action
        k = tokens.index(noun)
        tokens[k : k + 1] = [*leads, noun, min(lex.kind_name_leads), name.lower()]
        return " ".join(tokens)
    return action
