"""A past participle said right after an aid ("med mine høreapparater koblet til telefonen")."""

from __future__ import annotations

from assistant.dialogs.draft import participle_after_aid


def without_participle(words: list[str], content) -> list[str]:
    """The words of an aid phrase without a past participle that ends them right after the aid
    ("med mine høreapparater koblet", cut before "til telefonen"): how the aid is set up, no
    thing of its own, and no end of a phrase."""
    if len(words) > 1 and participle_after_aid(words[-2], words[-1], content):
        return words[:-1]
    return words
