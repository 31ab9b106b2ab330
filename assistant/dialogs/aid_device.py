"""The device an answer to the aid question names is the goal's means (pure).

"tabletten med stor skrift og en pen …, og et rullebord til kassen": a tablet, a phone or a
computer (the lexicon's action_fragment_devices) said to "Skal du bruge et hjælpemiddel?" is what
the task is done on, an aid of the goal beside the others, named by the device's indefinite form
the word begins with ("tabletten": tablet, "mobilen": mobil); the activity is
still the deed's (ordering groceries on the tablet is shopping). One said with a refusal right
before it, past an article or a possessive ("uden telefonen", "ikke min mobil"), is none.
"""

from __future__ import annotations

from collections.abc import Mapping

from assistant.content.grammar import EDGE, fold

#: Words an article or a possessive may put between the refusal and the device ("ikke min mobil").
REFUSAL_REACH = 2


def devices_named(
    told: str,
    devices: Mapping[str, str],
    refusals: frozenset[str],
    determiners: frozenset[str],
) -> list[str]:
    """The devices `told` names, in order, once each; none refused (`refusals` before it, past
    `determiners`). `devices`: each form → the possessive its indefinite form takes ("" for a
    definite form)."""
    known = {fold(d).lower() for d in devices}
    # the indefinite forms, longest first: "mobiltelefon" is no "mobil"
    bare = sorted((fold(d).lower() for d, own in devices.items() if own), key=len, reverse=True)
    words = [fold(w.strip(EDGE)).lower() for w in told.split()]
    out: list[str] = []
    for k, w in enumerate(words):
        if w not in known:
            continue
        j = k - 1
        while j >= 0 and k - j <= REFUSAL_REACH and words[j] in determiners:
            j -= 1
        if j >= 0 and words[j] in refusals:
            continue  # "uden telefonen": done without it
        name = next((b for b in bare if w.startswith(b)), w)
        if name not in out:
            out.append(name)
    return out
