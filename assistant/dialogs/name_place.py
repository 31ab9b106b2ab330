"""How a first name stands in an answer to who helps: a town said as a place ("hun bor i Odense",
"Karen fra Vejle"), a name a negation denies ("ikke Lis", not Karen in "ikke Lis, Karen"), and a
name preferred to someone turned down ("hellere Bente end min søn")."""

from __future__ import annotations

import re

#: Words before a name in which a negation denies it ("ikke Lone", "ikke altså Lone").
_DENIED_REACH = 2


def denied_words(text: str, negations: frozenset[str]) -> set[int]:
    """The indexes (counting words alone) of the words a negation up to _DENIED_REACH words
    before denies in the same part of the sentence: "ikke Lis" denies Lis, "ikke Lis, Karen"
    not Karen (the comma ends the part)."""
    out, at, since = set(), -1, None
    for tok in re.findall(r"\w+|[,.!?;:]", text):
        if tok in ",.!?;:":
            since = None
            continue
        at += 1
        if since is not None and at - since <= _DENIED_REACH:
            out.add(at)
        if tok.lower() in negations:
            since = at
    return out


def is_place_name(words: list[str], k: int, lex, plain=frozenset()) -> bool:
    """True for the capitalised word at words[k] said as a place: right after a lead of
    `home_leads` ("bor i Odense", "på Fanø"), or after a lead of `member_leads` that follows a
    name or a person word ("Karen fra Vejle", "min søn fra Aarhus"; not "hjælp fra Karen");
    `plain` holds the words never a name (pronouns, possessives)."""
    if k < 1:
        return False
    lead = words[k - 1].lower()
    if lead in lex.home_leads:
        return True
    if lead not in lex.member_leads or k < 2:
        return False
    before = words[k - 2]
    return before.lower() in lex.people or (
        before.istitle() and before.isalpha() and before.lower() not in plain
    )


def preferred_names(text: str, names: list[str], leads: frozenset[str]) -> list[str]:
    """The first names of `names` (as dialogs.people.first_names reads them from `text`) said
    right after a word of `leads` ("hellere Bente end min søn"): the one wanted, beside someone
    turned down."""
    words = re.findall(r"\w+", text)
    return [
        name
        for name in names
        if any(words[k - 1].lower() in leads for k in range(1, len(words)) if words[k] == name)
    ]
