"""An abbreviation typed without its full stop ("fra kl 19 til 22", "ca 4 kilometer"): written
in the goal with it ("kl. 19", "ca. 4 kilometer"), as Danish writes these abbreviations. Only the
abbreviations of the grammar's abbreviations_with_stop, in small letters, before another word."""

from __future__ import annotations

from assistant.content.grammar import Grammar


def abbreviations_stopped(text: str, g: Grammar) -> str:
    """The text with each abbreviation of abbreviations_with_stop said before another word
    written with its full stop ("kl 19" → "kl. 19"); one at a sentence's end stays."""
    if not g.abbreviations_with_stop:
        return text
    words = text.split(" ")
    for k, word in enumerate(words[:-1]):
        if word in g.abbreviations_with_stop and words[k + 1][:1].isalnum():
            words[k] = word + "."
    return " ".join(words)
