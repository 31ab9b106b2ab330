"""An aid named once and pointed back to later, as what one uses: by a pronoun ("Kommunen har
givet mig en Shoprider. Jeg vil selv køre med den") or by its thing word again ("jeg kan få
flaske ved sengen. Jeg vil prøve bruge flaske")."""

from __future__ import annotations

from collections.abc import Sequence


def aids_said_again(
    words: Sequence[str], lemmas: Sequence[str], aids: Sequence[tuple[str, int]], lex
) -> list[tuple[str, int]]:
    """(aid, index) of every later use of an aid named before it: a word of aid_pointer_leads
    ("med", "bruge") followed by a pronoun of aid_pointers that ends its phrase (the end, a
    punctuation mark or a word of aid_pointer_next: "med den og købe") with no other thing
    introduced between (aid_pointer_blocks: "… en bil, jeg vil køre med den"), or by the thing word
    the aid was named at ("bruge flaske", "med stolen"); the aid is the last one named before."""
    out = []
    for k in range(1, len(words)):
        if words[k - 1] not in lex.aid_pointer_leads:
            continue
        before = [(a, i) for a, i in aids if i < k - 1]
        if not before or any(i == k for _a, i in aids):
            continue
        aid, at = before[-1]
        nxt = words[k + 1] if k + 1 < len(words) else "."
        pointed = (
            words[k] in lex.aid_pointers
            and (not nxt.isalpha() or nxt in lex.aid_pointer_next)
            and not any(w in lex.aid_pointer_blocks for w in words[at + 1 : k])
        )
        if pointed or (lemmas[k] == lemmas[at] and words[at] not in lex.aid_pointers):
            out.append((aid, k))
    return out
