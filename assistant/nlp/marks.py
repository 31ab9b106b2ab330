"""An answer typed in fragments, cut at the marks that end them ("Skohorn. Langt.", "oldebørn.
jul.", "æsken tom om aftenen. ingen glemt")."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def fragments_at(
    words: Sequence[str], ends: str, strip: Callable[[str], str] | None = None
) -> list[list[str]]:
    """The words of each fragment, cut after every word whose last character is one of `ends`
    (["Skohorn."], ["Langt."]); with `strip`, each word as it returns it ("Skohorn"), a word it
    leaves empty (a lone ".") dropped. Empty fragments are left out."""
    parts: list[list[str]] = [[]]
    for word in words:
        kept = strip(word) if strip is not None else word
        if kept:
            parts[-1].append(kept)
        if word[-1:] in ends:
            parts.append([])
    return [p for p in parts if p]
