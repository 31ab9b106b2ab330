"""The device an answer to the aid question names is the goal's means (pure).

"tabletten med stor skrift og en pen …, og et rullebord til kassen": a tablet, a phone or a
computer (the lexicon's action_fragment_devices) said to "Skal du bruge et hjælpemiddel?" is what
the task is done on, an aid of the goal beside the others, named by the device's indefinite form
the word begins with ("tabletten": tablet, "mobilen": mobil); the activity is
still the deed's (ordering groceries on the tablet is shopping). One said right after a word of
`not_after`, past an article or a possessive, is none: done without ("uden telefonen", "ikke min
mobil"), or what another aid is put to ("høreapparaterne koblet til telefonen"). One inside a
refused phrase, a refusal word with a phrase opener after it ("men ikke sådan en ordbog på
telefonen", "ikke noget med mobilen"), is none either, up to the phrase's end: a punctuation mark
or a word of `stops` ("…, men tabletten med stor skrift" is named again). One a thing is set up
on ("ergoterapeuten har sat stor skrift på telefonen") is where the aid is, not the aid. Nor is
one another person works at in a clause of their own, after a lead of `put` ("Min datter skriver
mine noter ind på computeren": the daughter's), unless that clause holds the citizen as its
object ("min søn har vist mig det på telefonen": shown to the citizen, theirs to use).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from assistant.content.grammar import EDGE, fold
from assistant.dialogs.wordlists import word_set

#: Words an article or a possessive may put between such a word and the device ("ikke min mobil").
REFUSAL_REACH = 2
#: Words from a verb of setting up to the lead of the device ("sat stor skrift på telefonen").
PUT_REACH = 4


@dataclass(frozen=True)
class DeviceWords:
    """The words `devices_named` reads. `devices`: each device form → the possessive its
    indefinite form takes ("" for a definite form). `refused`: the refusal words, the phrase
    openers after one ("sådan", "noget", an article), the words that end the phrase and the
    verbs of wanting that may stand between refusal and opener ("ikke have sådan en"); None
    reads no refused phrase. `put`: the verbs of setting a thing up and the leads of where
    ("har sat stor skrift på telefonen"); None reads none. `others`: whether a word names a
    person, whether it is a finite verb, the words for the citizen as an object ("mig", "ham",
    "hende") and the joins that may open the clause ("og"): a clause another person is the
    subject of; None reads none."""

    devices: Mapping[str, str]
    not_after: frozenset[str]
    determiners: frozenset[str]
    refused: tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]] | None
    put: tuple[frozenset[str], frozenset[str]] | None
    others: (
        tuple[Callable[[str], bool], Callable[[str], bool], frozenset[str], frozenset[str]] | None
    ) = None


def device_words(content) -> DeviceWords:
    """The content's device words: the lexicon's action_fragment_devices, the grammar's articles
    and possessives, and dialogue.yaml's aid_device_* lists."""
    dialogue, g = content.dialogue, content.goals.grammar
    return DeviceWords(
        content.lexicon.action.fragment_devices,
        word_set(dialogue, "aid_device_not_after"),
        frozenset(g.article_genders) | g.possessive_words,
        (
            word_set(dialogue, "aid_device_refusals"),
            word_set(dialogue, "aid_device_refused_openers"),
            word_set(dialogue, "aid_list_stops"),
            word_set(dialogue, "aid_device_refused_verbs"),
        ),
        (word_set(dialogue, "aid_device_put_verbs"), word_set(dialogue, "aid_device_put_leads")),
        (
            lambda w: w in content.lexicon.people,
            g.is_finite,
            word_set(dialogue, "aid_device_citizen_objects"),
            frozenset(fold(j) for j in g.main_joins),
        ),
    )


def devices_named(told: str, words_of: DeviceWords) -> list[str]:
    """The devices `told` names, in order, once each; none right after a word of `not_after`
    (past `determiners`), nor inside a refused phrase; a device after a lead of `put`, its verb
    up to PUT_REACH words before it, is where the aid is set up, not the aid."""
    devices, not_after, determiners = words_of.devices, words_of.not_after, words_of.determiners
    refused, put = words_of.refused, words_of.put
    known = {fold(d).lower() for d in devices}
    # the indefinite forms, longest first: "mobiltelefon" is no "mobil"
    bare = sorted((fold(d).lower() for d, own in devices.items() if own), key=len, reverse=True)
    raw = told.split()
    words = [fold(w.strip(EDGE)).lower() for w in raw]
    inside = _refused_spans(raw, words, refused) if refused else set()
    out: list[str] = []
    for k, w in enumerate(words):
        if w not in known or k in inside:
            continue
        j = k - 1
        while j >= 0 and k - j <= REFUSAL_REACH and words[j] in determiners:
            j -= 1
        if j >= 0 and words[j] in not_after:
            continue  # "uden telefonen": done without it; "koblet til telefonen": put to it
        if put and j >= 0 and words[j] in put[1] and _set_up(words, j, put[0]):
            continue  # "sat stor skrift paa telefonen": the large text is the aid
        if put and j >= 0 and words[j] in put[1] and _others_work(raw, words, j, words_of):
            continue  # "min datter skriver mine noter ind paa computeren": hers
        name = next((b for b in bare if w.startswith(b)), w)
        if name not in out:
            out.append(name)
    return out


def _others_work(raw: list[str], words: list[str], j: int, words_of: DeviceWords) -> bool:
    """True when the lead at j stands in a clause another person is the subject of: from the
    last mark before it, a person word (a possessive before it allowed: "min datter") and a
    finite verb right after it, and no word for the citizen as its object up to j."""
    if words_of.others is None:
        return False
    is_person, is_finite, citizen, joins = words_of.others
    start = next((k + 1 for k in range(j - 1, -1, -1) if raw[k][-1:] in _MARKS), 0)
    start += 1 if start < j and words[start] in joins else 0  # ", og min søn skriver …"
    k = start + 1 if start < j and words[start] in words_of.determiners else start
    person = is_person(words[k]) or is_person(raw[k].strip(EDGE).lower())  # "søn", "soen"
    if k + 1 >= j or not person or not is_finite(words[k + 1]):
        return False
    return not any(w in citizen for w in words[k + 2 : j])


def _set_up(words: list[str], j: int, verbs: frozenset[str]) -> bool:
    """True when a verb of setting up stands up to PUT_REACH words before the lead at j."""
    return any(w in verbs for w in words[max(0, j - PUT_REACH) : j])


def _refused_spans(
    raw: list[str], words: list[str], refused: tuple[frozenset[str], ...]
) -> set[int]:
    """The indexes of the words inside refused phrases: from a refusal word with an opener right
    after it, or after one of its verbs ("ikke sådan en …", "ingen …", "ikke noget med …", "ikke
    have sådan en …"), to the first punctuation mark or word of stops."""
    refusals, openers, stops, verbs = refused
    inside: set[int] = set()
    for k, w in enumerate(words[:-1]):
        o = k + 2 if words[k + 1] in verbs and k + 2 < len(words) else k + 1  # "ikke have …"
        opens = words[o] in openers or w in openers  # "ingen apps på telefonen"
        if w not in refusals or not opens or raw[k][-1:] in _MARKS:
            continue
        for j in range(k + 1, len(words)):
            if words[j] in stops:
                break
            inside.add(j)
            if raw[j][-1:] in _MARKS:
                break
    return inside


#: The marks that end a refused phrase ("ikke sådan en ordbog på telefonen, …").
_MARKS = frozenset(",.;:!?")
