"""A thing someone has put on what the wish is done with, named in the aid answer (pure).

"…, og en stor drejeknap, som jeg har sat på radioen", "og et håndtag, som min søn har skruet
på døren": a thing with a relative clause that tells it was fitted on something by a verb of
aid_fitted_put_verbs is made for the task, an aid the goal names beside the others. A thing
said without such a clause ("en drejeknap på rattet"), a person or a known aid is none here.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.content.grammar import EDGE
from assistant.content.yesno import normalise
from assistant.dialogs.aid_fitted import PUT_REACH, FittedWords

#: Words between the relative pronoun and the verb of putting ("som jeg har sat", "som min søn
#: har skruet").
RELATIVE_REACH = 4


def put_on_things(
    text: str,
    relatives: frozenset[str],
    particles: frozenset[str],
    is_thing: Callable[[str], bool],
    fw: FittedWords,
) -> list[tuple[str, str]]:
    """(the thing's phrase as said, its word) for each thing of `text` with a relative clause
    right after it, with or without its comma, that puts it on something ("en stor drejeknap,
    som jeg har sat på radioen": ("en stor drejeknap", "drejeknap")), its verb's particle
    passed ("hængt op på"); [] when none."""
    said = [w.strip(EDGE) for w in text.split()]
    low = [normalise(w) for w in said]
    found = []
    for r, word in enumerate(low):
        if word not in relatives or r < 1:
            continue
        verb = next(
            (
                v
                for v in range(r + 1, min(r + 1 + RELATIVE_REACH, len(low)))
                if low[v] in fw.put_verbs
            ),
            None,
        )
        if verb is not None and verb + 1 < len(low) and low[verb + 1] in particles:
            verb += 1  # "hængt op på væggen"
        if verb is None or verb + 1 >= len(low) or low[verb + 1] not in fw.on:
            continue
        thing = r - 1
        if not is_thing(said[thing]):
            continue
        start = thing
        while start > 0 and thing - start < PUT_REACH and low[start - 1] in fw.skip:
            start -= 1  # "stor"
        if start > 0 and low[start - 1] in fw.articles:
            start -= 1  # "en"
        found.append((" ".join(said[start : thing + 1]).lower(), low[thing]))
    return found
