"""A name in the reason said with who the person is, as another answer said it (pure).

"Min datter Karin kommer hver aften …" in the wish, then the reason "Så Karin ikke skal køre
herud hver eneste aften": the goal says "så min datter Karin ikke skal køre …", so a reader
knows who Karin is. Only the citizen's own "min/mit/mine" and a person word of the lexicon
before the name tell it.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.content.grammar import EDGE, fold


def named_kin(answers: Iterable[str], people: dict[str, str], owners: Iterable[str]) -> dict:
    """{name: "min datter"} for each "min datter Karin" the answers say: an owner word, a
    person word of `people` and a capitalised name right after it."""
    own = {fold(w).lower() for w in owners}
    found: dict[str, str] = {}
    for answer in answers:
        words = str(answer or "").split()
        for k in range(len(words) - 2):
            owner, person, name = (w.strip(EDGE) for w in words[k : k + 3])
            if words[k][-1:] in EDGE or words[k + 1][-1:] in EDGE:
                continue
            if fold(owner).lower() not in own or person.lower() not in people:
                continue
            if name[:1].isupper() and name.isalpha() and name not in found:
                found[name] = f"{owner.lower()} {person.lower()}"
    return found


def with_kin(told: str, kin: dict[str, str], people: dict[str, str]) -> str:
    """`told` with its first bare mention of each name of `kin` said with who they are ("så
    Karin ikke …" → "så min datter Karin ikke …"); one said so already stays."""
    words = told.split()
    done: set[str] = set()
    out: list[str] = []
    for k, w in enumerate(words):
        name = w.strip(EDGE)
        before = words[k - 1].strip(EDGE).lower() if k else ""
        if name in kin and name not in done and before not in people:
            out.extend(kin[name].split())
            done.add(name)
        elif name in kin:
            done.add(name)
        out.append(w)
    return " ".join(out)
