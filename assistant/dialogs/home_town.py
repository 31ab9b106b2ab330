"""The town the citizen lives in, named in the goal's parts: the goal says it as "her i byen"
("komme op og ned af toget i Vejen og i Kolding" → "… her i byen og i Kolding"), as a therapist
writes it; the town is the citizen's address, not part of the goal, and the answers keep it for
staff (pure). The town is a capitalised word after "i" within a few words after a verb of
home_verbs in any answer ("Mor … bor alene i sit rækkehus i Vejen", "jeg bor i Frederikssund");
a place named after one of the prepositions of home_town_said is said as that entry says.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from assistant.content.grammar import EDGE, fold

_NEAR = 6  # words from the verb to the town at most ("bor alene i sit rækkehus i Vejen")


def home_towns(
    answers: Iterable[str],
    verbs: frozenset[str],
    leads: frozenset[str],
    others: frozenset[str],
    citizen: frozenset[str],
) -> frozenset[str]:
    """The towns (as written) the answers say the citizen lives in: a capitalised word after a
    word of `leads` ("i") within a few words after a verb of `verbs` (folded), the verb not
    said right after another person (`others`: folded person words, "min datter bor i Aarhus")
    or a name, unless a word of `citizen` ("jeg", "mor", her name)."""
    found: set[str] = set()
    for answer in answers:
        words = str(answer or "").split()
        bare = [fold(w.strip(EDGE)) for w in words]
        for k, b in enumerate(bare):
            if b not in verbs or any(
                _other(words[j], bare[j], others, citizen) for j in (k - 2, k - 1) if j >= 0
            ):
                continue
            for j in range(k + 1, min(k + _NEAR, len(words) - 1)):
                town = words[j + 1].strip(EDGE)
                if words[j][-1:] in ".!?":
                    break
                if bare[j] in leads and town[:1].isupper() and town[1:].islower():
                    found.add(town)
                    break
    return frozenset(found)


def _other(word: str, bare: str, others: frozenset[str], citizen: frozenset[str]) -> bool:
    """True for another person's word or a name right before the verb ("min datter bor")."""
    if bare in citizen:
        return False
    return bare in others or (word[:1].isupper() and word.strip(EDGE).isalpha())


def without_home_town(
    phrase: str | None, towns: frozenset[str], said: Mapping[str, str]
) -> str | None:
    """`phrase` with each town of `towns` after a preposition of `said` ("i", "til") said as
    its entry ("her i byen", "hjem"); as it is when it names none."""
    if not phrase or not towns:
        return phrase
    words = phrase.split()
    out: list[str] = []
    for w in words:
        core = w.strip(EDGE)
        if core in towns and out and fold(out[-1]) in said and out[-1][-1:] not in EDGE:
            tail = w[len(w.rstrip(EDGE)) :]
            out[-1:] = f"{said[fold(out[-1])]}{tail}".split()
            continue
        out.append(w)
    return " ".join(out)
