"""An answer typed as single words parted by commas ("orkidéerne, selv, igen") is read as the
same words typed as fragments ("orkidéerne. selv. igen."), so the fragment rules read both."""

from __future__ import annotations

import re

_PIECES_MIN = 3  # "orkidéerne, selv, igen": three one-word pieces at least
_SPLIT = re.compile(r"(?<=[^\W\d_]|\d)([,.!?])\s+")
_WORD = re.compile(r"[^\W_][\w'-]*")


def commas_as_fragments(text: str) -> str:
    """The answer with its commas as full stops when it is one-word pieces only, three at
    least and one comma among their marks ("vande, alle 12" stays; "2,5" has no space after its
    comma); any other answer as it is."""
    if "," not in text:
        return text  # no comma, none among the marks (most answers): no regular expression run
    body = text.strip()
    end = body[-1:] if body[-1:] in ".!?" else ""
    body = body.removesuffix(end) if end else body
    pieces = _SPLIT.split(body)
    words, marks = pieces[::2], pieces[1::2]
    if len(words) < _PIECES_MIN or "," not in marks:
        return text
    if not all(_WORD.fullmatch(w) for w in words):
        return text
    return ". ".join(words) + "."
