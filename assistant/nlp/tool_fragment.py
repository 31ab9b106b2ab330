"""A tool compound typed as a fragment of its own in an answer of fragments (pure).

"Gummihandsker. Svamp med skaft.": the answer to what one manages with is typed as things, one a
sentence, with no "med" before them; each fragment that opens with a tool compound (a head of
tool_heads or means_heads: "gummihandsker", "skærebræt") names a thing used, as if said after
"med". Every sentence of the answer must be a fragment (the lexicon's action_fragment_max words
at most) and the compound its first word, so "Jeg har gummihandsker i skuffen." names none; a
fragment after a word of means_leads ("Svamp med skaft. Gummihandsker.") is left to the "med"
phrase's own list (dialogs/more_aids.py), which cannot yet place it.
"""

from __future__ import annotations

from collections.abc import Sequence


def tool_typed_alone(words: Sequence[str], i: int, lex) -> int | None:
    """The start of the tool compound at i when it opens a fragment of an answer in fragments
    (see the module): i itself; None otherwise."""
    most = lex.action.fragment_max if lex.action is not None else 0
    ends = lex.sentence_ends
    if not most or (i and words[i - 1] not in ends):
        return None
    if any(w in lex.means_leads for w in words[:i]):
        return None  # "Svamp med skaft. Gummihandsker.": the "med" before leads the aid phrase
    bounds = [-1, *(k for k, w in enumerate(words) if w in ends), len(words)]
    if len(bounds) < 4 and bounds[-2] != len(words) - 1:
        return None  # one sentence without its mark: no answer in fragments
    if any(b - a - 1 > most for a, b in zip(bounds, bounds[1:], strict=False)):
        return None
    return i
