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
    if not aids or lex.aid_pointer_leads.isdisjoint(words):
        return out  # no aid named or no lead said: nothing pointed back (one test in C)
    for k in range(1, len(words)):
        if words[k - 1] not in lex.aid_pointer_leads:
            continue
        before = [(a, i) for a, i in aids if i < k - 1]
        if not before or any(i == k for _a, i in aids):
            continue
        aid, at = before[-1]
        nxt = words[k + 1] if k + 1 < len(words) else "."
        pointed = (
            _pointer(words[k - 1], words[k], nxt, lex)
            and not (words[k] in lex.aid_use_pointers and _refused(words, k - 1, lex))
            and not any(w in lex.aid_pointer_blocks for w in words[at + 1 : k])
        )
        if pointed or (lemmas[k] == lemmas[at] and words[at] not in lex.aid_pointers):
            out.append((aid, k))
    return out


def _pointer(lead: str, word: str, nxt: str, lex) -> bool:
    """True for a pronoun after `lead` that ends its phrase and may point back to an aid: "med
    den og", or a plural only after a verb of using ("bruge dem rigtigt")."""
    if word in lex.aid_pointers:
        return not nxt.isalpha() or nxt in lex.aid_pointer_next
    if word in lex.aid_use_pointers and lead in lex.aid_use_pointer_leads:
        ends = lex.aid_pointer_next | lex.aid_use_pointer_next
        return not nxt.isalpha() or nxt in ends
    return False


_REFUSAL_REACH = 3  # words before a verb of using that may deny it ("vil ikke bruge dem")


def _refused(words: Sequence[str], lead: int, lex) -> bool:
    """True for a verb of using at `lead` said under a negation ("han vil ikke bruge dem")."""
    return any(w in lex.negations for w in words[max(0, lead - _REFUSAL_REACH) : lead])


def compound_said_again(
    words: Sequence[str], aids: Sequence[tuple[str, int]], shortest: int
) -> list[tuple[str, int]]:
    """The aids with a later mention of an aid whose name ends the name of one named before,
    said in an inflected form, read as that one ("en badekarslift. … med liften": the bath lift
    again, no second lift); "en badekarslift og en lift" (the bare form) names two. `shortest`:
    the fewest letters of the compound's first part."""
    out = []
    for a, i in aids:
        again = words[i] != a and words[i].startswith(a)
        before = [b for b, j in aids if j < i and len(b) - len(a) >= shortest and b.endswith(a)]
        out.append((before[-1], i) if again and before else (a, i))
    return out
