"""A name in the reason said with who the person is, as another answer said it (pure).

"Min datter Karin kommer hver aften …" in the wish, then the reason "Så Karin ikke skal køre
herud hver eneste aften": the goal says "så min datter Karin ikke skal køre …", so a reader
knows who Karin is; the composer then leaves the name out ("så min datter ikke skal køre …":
nlp/kin_unnamed.py). Only the citizen's own "min/mit/mine" and a person word of the lexicon
before the name tell it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from assistant.content.grammar import EDGE, Grammar, fold, genitive
from assistant.nlp.genitive_name import genitive_name


def named_kin(
    answers: Iterable[str],
    people: dict[str, str],
    owners: Iterable[str],
    names: Mapping[str, str] | None = None,
) -> dict:
    """{name: "min datter"} for each "min datter Karin" the answers say: an owner word, a
    person word of `people` and a capitalised name right after it, or a first name of `names`
    typed small ("min kone lis": "Lis")."""
    own = {fold(w).lower() for w in owners}
    spelled = {fold(p): p for p in people}  # "min soen Lukas": typed with no æøå
    found: dict[str, str] = {}
    for answer in answers:
        words = str(answer or "").split()
        for k in range(len(words) - 2):
            owner, person, name = (w.strip(EDGE) for w in words[k : k + 3])
            if words[k][-1:] in EDGE or words[k + 1][-1:] in EDGE:
                continue
            person = spelled.get(fold(person), "")
            if fold(owner).lower() not in own or not person:
                continue
            name = (names or {}).get(name, name) if name.islower() else name
            if name[:1].isupper() and name.isalpha() and name not in found:
                found[name] = f"{owner.lower()} {person.lower()}"
    return found


def kin_not_said(kin: dict[str, str], said: str) -> dict[str, str]:
    """`kin` without the names `said` (the goal's wish) already tells with who they are ("bage
    småkager med mit oldebarn Alma"): the goal says it once."""
    told = f" {fold(' '.join(w.strip(EDGE) for w in said.split())).lower()} "
    return {
        name: who for name, who in kin.items() if f" {fold(who)} {fold(name).lower()} " not in told
    }


def with_kin(
    told: str,
    kin: dict[str, str],
    people: dict[str, str],
    instead: bool = False,
    genitives: bool = False,
    g: Grammar | None = None,
) -> str:
    """`told` with its first bare mention of each name of `kin` said with who they are ("så
    Karin ikke …" → "så min datter Karin ikke …"), or by who they are alone when `instead`
    ("så hun og Else …" → "så hun og hendes veninde …"); one said so already stays. With
    `genitives` a name's genitive before the thing it owns is said so too ("hvor Ankers
    barnebarn" → "hvor min bror Ankers barnebarn"; nlp/genitive_name.py, by `g` when given)."""
    words = told.split()
    known = frozenset(fold(n) for n in kin)  # "når Andreas henter mig": no genitive of Andrea
    done: set[str] = set()
    out: list[str] = []
    for k, w in enumerate(words):
        name = w.strip(EDGE)
        if name.islower() and name.capitalize() in kin:
            w = w.replace(name, name.capitalize(), 1)  # "lis skal": the name typed small
            name = name.capitalize()
        before = words[k - 1].strip(EDGE).lower() if k else ""
        # "hvor Ankers barnebarn henter mig": Anker's, before the thing owned
        after = words[k + 1] if k + 1 < len(words) else ""
        owner = genitive_name(w, after, g, known) if genitives else None
        owner = owner if owner in kin else None
        if owner is not None and owner not in done and before not in people:
            done.add(owner)
            *lead, person = kin[owner].split()
            out.extend(lead)
            # the relation in front of the name; the composer then says the relation's
            # genitive for the two ("min bror Ankers" → "min brors": nlp/kin_unnamed.py)
            out.append(genitive(person) + w[len(w.rstrip(EDGE)) :] if instead else person)
            if instead:
                continue
        if name in kin and name not in done and before not in people:
            out.extend(kin[name].split())
            done.add(name)
            if instead:
                out[-1] += w[len(name) :] if w.startswith(name) else ""  # its comma stays
                continue
        elif name in kin:
            done.add(name)
        out.append(w)
    return " ".join(out)


_OPENING = 4  # words of the reason that find the answer it was told in


def kin_of_pronoun(
    told: str,
    answers: Iterable[str],
    kin_by_pronoun: dict[str, frozenset[str]],
    owners,
    people,
    wish: str = "",
    either: frozenset[str] = frozenset(),
    subjects: dict[str, frozenset[str]] | None = None,
    relative_leads: frozenset[str] = frozenset(),
) -> str:
    """`told` with its first "hende"/"ham" said as the one owned person the pronoun may be:
    the one the `wish` is about ("tage mit barnebarn med …": "kun mig og mit barnebarn"), else
    the one the last answer before the reason that names any says ("jeg vil ikke ligge hende
    til last" after "nu er det min datter der gør det": "ligge min datter til last"). A person
    word of the pronoun's gender or of `either` ("barnebarn", "nabo") may be it; as told when
    the reason names a person itself, or that answer names several ("min datter" and "mit
    barnebarn"). The wish's person, and a person word of `either`, is not said when the
    pronoun's subject form (`subjects`: "hende" → {"hun"}, folded) comes before it in the
    reason. A pronoun a word of `relative_leads` follows is no one known ("så er jeg ikke bare
    ham der fik en blodprop": the one who)."""
    words = told.split()
    bare = [fold(w.strip(EDGE)).lower() for w in words]
    if any(b in people for b in bare) or any(w[:1].isupper() for w in words[1:]):
        return told  # "så Karin ikke …", "min datter … hende": the reason says whom itself
    at = next(
        (
            k
            for k, b in enumerate(bare)
            if b in kin_by_pronoun
            and not (
                k + 1 < len(bare) and bare[k + 1] in relative_leads and words[k][-1:] not in EDGE
            )
        ),
        None,
    )
    if at is None:
        return told
    own = {fold(w).lower() for w in owners}
    # "fordi hun selv har spurgt om jeg vil danse med hende": a subject pronoun before it
    # already says who, and the wish's person there would say the wish again
    same = (subjects or {}).get(bare[at], frozenset())  # "hun" of "hende"
    chained = any(b in same for b in bare[:at])
    kin = kin_by_pronoun[bare[at]] | (frozenset() if chained else either)
    found = set() if chained else _owned(wish, own, kin)
    if len(found) > 1:
        return told  # "besøge min datter og mit barnebarn": either may be "hende"
    opening = " ".join(told.lower().split()[:_OPENING])
    for answer in () if len(found) == 1 else answers:  # the last answer before the reason
        if opening in str(answer or "").lower():
            break
        found = _owned(str(answer or ""), own, kin) or found
    if len(found) != 1:
        return told
    owner, person = found.pop()
    tail = words[at][len(words[at].rstrip(EDGE)) :]  # a comma after the pronoun stays
    return " ".join([*words[:at], f"{owner} {person}{tail}", *words[at + 1 :]])


def _owned(answer: str, own: set[str], kin: frozenset[str]) -> set[tuple[str, str]]:
    """The (owner, person word) pairs `answer` says of `kin` ("min datter", "mit barnebarn")."""
    said = [w.strip(EDGE).lower() for w in answer.split()]
    return {
        (said[k], said[k + 1])
        for k in range(len(said) - 1)
        if fold(said[k]) in own and said[k + 1] in kin
    }
