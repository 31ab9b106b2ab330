"""A wish that says "hende"/"ham" of someone named only before it gets the name (pure).

"Jeg vil ikke være afhængig af min søn, hver gang jeg skal ud til Grete. Jeg vil selv kunne
tage bussen ud til hende på plejehjemmet": the goal's wish reads "tage bussen ud til Grete på
plejehjemmet", so its "hende" points at someone. The name is the one a person may carry (a first
name of the name table, or a capitalised word right after a person word: "mit oldebarn Alma"),
said first in the wish's own answer before the wish, then in the answers before it, the latest
first; a person word before the name that says the other gender ("min søn Torben" for "hende")
rules it out. Two names that fit in the same answer, or none, leave the wish as it is; so does
a wish that says itself a name the answers give a person ("… mit barnebarn lille Alma …, så jeg
vil tage Alma med til babysvømning og være i vandet med hende": "hende" is Alma, the person
the wish is about, not the daughter named first).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from assistant.content.grammar import fold

EDGE = ",.;:!?\"'()"
_OPENING = 3  # words of the wish that find the answer it was told in


def named_for_pronoun(
    action: str,
    answers: Iterable[str],
    kin_by_pronoun: Mapping[str, frozenset[str]],
    names: Mapping[str, str],
    people: Mapping[str, str],
    name_leads: Iterable[str] = (),
    and_word: str = "",
    fond: Iterable[str] = (),
) -> str:
    """`action` with its first object "hende"/"ham" (a key of `kin_by_pronoun`) said as the
    name it points back at (see the module); as told when the wish names a person itself;
    `fond` holds the adjectives said before a name ("lille" in "mit barnebarn lille Alma")."""
    words = action.split()
    bare = [w.strip(EDGE).lower() for w in words]
    at = next((k for k, b in enumerate(bare) if b in kin_by_pronoun), None)
    if at is None or any(b in people for b in bare):
        return action  # "besøge min søster og hjælpe hende"
    other = frozenset().union(*(v for p, v in kin_by_pronoun.items() if p != bare[at]))
    other -= kin_by_pronoun[bare[at]]
    fond = frozenset(fold(w.lower()) for w in fond)
    if _names(words, frozenset(), names, people, frozenset(), and_word, fond):
        return action  # "besøge Grete og holde hende i hånden"
    told = [str(a or "") for a in answers]
    opening = " ".join(bare[:_OPENING])
    scopes: list[str] = []
    for answer in told:
        said = " ".join(w.strip(EDGE).lower() for w in answer.split())
        where = said.find(opening)
        if where >= 0:  # the wish's own answer: what it says before the wish
            scopes.append(" ".join(answer.split()[: said[:where].count(" ")]))
            break
        scopes.append(answer)
    else:
        return action  # the wish is not told in these answers as it stands
    leads = {w.lower() for w in name_leads}
    in_wish = {w.strip(EDGE) for w in words[1:]}
    if any(
        _names(a.split(), frozenset(), names, people, leads, and_word, fond) & in_wish
        for a in scopes
    ):
        return action  # "tage Alma med … og være i vandet med hende": the wish's own person
    for scope in reversed(scopes):
        found = _names(scope.split(), other, names, people, leads, and_word, fond)
        if len(found) > 1:
            return action
        if found:
            tail = words[at][len(words[at].rstrip(EDGE)) :]  # a comma after the pronoun stays
            return " ".join([*words[:at], f"{found.pop()}{tail}", *words[at + 1 :]])
    return action


def _names(words, other, names, people, leads, and_word, fond=frozenset()) -> set[str]:
    """The names of people `words` say whose person word (if any) is no word of `other`: a
    first name of `names`, a capitalised word after a person word ("mit oldebarn Alma", "mit
    barnebarn lille Alma": a word of `fond` between) or joined by `and_word` to a name
    ("Karen og Lise")."""
    found: set[str] = set()
    bare = [w.strip(EDGE).lower() for w in words]
    for k, w in enumerate(words):
        name = w.strip(EDGE)
        before = bare[k - 1] if k else ""
        if not (name[:1].isupper() and name.isalpha() and len(name) > 1) or before in leads:
            continue  # "jeg hedder Bent": the citizen's own name
        joined = any(
            0 <= j < len(words) and bare[j] in names and words[j][:1].isupper()
            for j in ((k - 2, k + 2) if and_word and and_word in (before, _at(bare, k + 1)) else ())
        )
        if fold(before) in fond and k > 1 and words[k - 2][-1:] not in EDGE:
            before = bare[k - 2]  # "barnebarn lille Alma": the person word before "lille"
        led = before in people and words[k - 1][-1:] not in EDGE
        if not (name.lower() in names or led or joined):
            continue  # "ned til Brugsen", "i Roskilde": no person
        if before in other:
            continue  # "min søn Torben" is no "hende"
        found.add(name)
    return found


def _at(bare: list[str], k: int) -> str:
    return bare[k] if 0 <= k < len(bare) else ""
