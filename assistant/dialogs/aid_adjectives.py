"""An aid typed as a thing and its quality in fragments of their own ("ilt. bærbar. detektor.
let.", round 42 blind143 Erling): read as said, no aid is named ("bærbar ilt" is the portable
oxygen, "ilt" alone is none); read with each adjective before its thing ("bærbar ilt. let
detektor", telegraph.described_joined) it is. An answer whose words name an aid as said, or
that has no adjective after a thing, is read as said."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from assistant.nlp.telegraph import described_joined


def aids_described_apart(reply, g, read: Callable[[str], object]):
    """The reply read with its adjectives before their things when only that names an aid."""
    if reply.card is not None or reply.facts is None or reply.facts.aids:
        return reply
    joined = described_joined(reply.text, g)
    facts = read(joined) if joined else None
    if facts is None or not facts.aids:
        return reply
    return replace(reply, facts=facts)
