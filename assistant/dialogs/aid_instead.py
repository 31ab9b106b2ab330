"""What an aid replaces, said after it, is no part of the aid phrase (pure).

"Med en rulleskærer i stedet for saksen og en skæreplade": "i stedet for saksen" tells what
the aid replaces, the correction of an old way, not the thing one manages with. The aid
phrase ends before it ("med en rulleskærer"), and a thing joined after it ("og en
skæreplade") is still joined. The words are dialogue.yaml's `aid_instead*` lists.
"""

from __future__ import annotations

from assistant.content.grammar import EDGE
from assistant.content.yesno import normalise

#: Words of the thing replaced after "i stedet for" ("den store saks").
REPLACED_REACH = 4


def without_instead(words: list[str], rest: list[str], dialogue) -> tuple[list[str], list[str]]:
    """The aid phrase's `words` without the "i stedet" it ends on, and the `rest` of the answer
    after the thing it replaces ("for saksen"), up to a join or a mark; both as they are when
    the phrase ends otherwise."""
    low = [normalise(w) for w in words]
    leads = [normalise(p).split() for p in dialogue.words.get("aid_instead", ())]
    lead = next((p for p in leads if p and len(p) < len(low) and low[-len(p) :] == p), None)
    if lead is None:
        return words, rest
    kept = words[: -len(lead)]
    fors = {normalise(w) for w in dialogue.words.get("aid_instead_for", ())}
    ends = {normalise(w) for w in dialogue.words.get("aid_instead_ends", ())}
    k = 1 if rest and normalise(rest[0]) in fors else 0
    while 0 < k <= REPLACED_REACH and k < len(rest) and normalise(rest[k]) not in ends:
        if not rest[k].strip(EDGE):
            break  # "for saksen , og …": the mark ends the thing replaced
        k += 1
        if rest[k - 1][-1:] in EDGE:
            break  # "for saksen. …"
    return kept, rest[k:]
