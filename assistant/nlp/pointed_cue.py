"""A part whose activity is named only by a verb with a pronoun pointing back as its object
("… skal lagnerne vaskes … men jeg vil gerne selv vaske dem"): "vaske" alone may be washing
oneself or the linen, and the thing pointed at, told before, tells which; the part names no
activity of its own, the whole answer does."""

from __future__ import annotations

from collections.abc import Sequence


def verb_points_back(
    words: Sequence[str], cues: Sequence, found: str, span: tuple[int, int], lex
) -> bool:
    """True when every word of span with a cue of `found` is followed by a word of
    pointing_back ("dem", "den", "det") that ends the verb's phrase: the end of the span, a
    word no letter, an adverb or filler, or one of pointed_object_ends ("så", "når")."""
    lo, hi = span
    cued = [k for k in range(lo, hi) if any(aid == found for aid, _w in cues[k])]
    if not cued:
        return False
    ends = lex.fillers_and_adverbs | lex.pointed_object_ends
    for k in cued:
        if k + 1 >= hi or words[k + 1] not in lex.pointing_back:
            return False
        after = words[k + 2] if k + 2 < hi else ""
        if after and after.isalpha() and after not in ends:
            return False  # "vaske den gamle trøje": an article, the thing is said
    return True
