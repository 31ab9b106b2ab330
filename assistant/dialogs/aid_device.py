"""The device an answer to the aid question names is the goal's means (pure).

"tabletten med stor skrift og en pen …, og et rullebord til kassen": a tablet, a phone or a
computer (the lexicon's action_fragment_devices) said to "Skal du bruge et hjælpemiddel?" is what
the task is done on, an aid of the goal beside the others, named by the device's indefinite form
the word begins with ("tabletten": tablet, "mobilen": mobil); the activity is
still the deed's (ordering groceries on the tablet is shopping). One said right after a word of
`not_after`, past an article or a possessive, is none: done without ("uden telefonen", "ikke min
mobil"), or what another aid is put to ("høreapparaterne koblet til telefonen").
"""

from __future__ import annotations

from collections.abc import Mapping

from assistant.content.grammar import EDGE, fold

#: Words an article or a possessive may put between such a word and the device ("ikke min mobil").
REFUSAL_REACH = 2


def devices_named(
    told: str,
    devices: Mapping[str, str],
    not_after: frozenset[str],
    determiners: frozenset[str],
) -> list[str]:
    """The devices `told` names, in order, once each; none right after a word of `not_after`
    (past `determiners`). `devices`: each form → the possessive its indefinite form takes ("" for a
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
        if j >= 0 and words[j] in not_after:
            continue  # "uden telefonen": done without it; "koblet til telefonen": put to it
        name = next((b for b in bare if w.startswith(b)), w)
        if name not in out:
            out.append(name)
    return out
