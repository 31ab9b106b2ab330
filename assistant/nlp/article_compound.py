"""A compound said apart after the West Jutland article ("i æ redskabs skur", "ud i æ have
skur", "på æ pleje hjem"): the two words are one noun in its definite form ("redskabsskuret",
"haveskuret", "plejehjemmet"). Read by the speller (spelling.Speller._articles) before it takes
the first word alone; the tables are the speller's."""

from __future__ import annotations

_LINK = "s"  # a compound's linking s ("redskabs skur")
_MIN_PART = 3  # fewest letters of each part


def article_compound(sp, out: list[str], i: int, taken: set[int]) -> str | None:
    """The definite form of the compound the two words after the article at i make, else None:
    a head with its linking s and a noun ("æ redskabs skur", "æ sports hal"), or two words that
    join into a known word ("æ have skur", "æ lystbåde havn"); an adjective ("æ gamle fiskere"),
    a bare noun before its object ("give æ hund mad") or a genitive of a person ("æ kones bil")
    is no compound."""
    if i + 2 >= len(out) or i + 1 in taken or i + 2 in taken:
        return None
    a, b = out[i + 1], out[i + 2]
    if not (a.isalpha() and b.isalpha() and a.islower() and b.islower()):
        return None
    if min(len(a), len(b)) < _MIN_PART or b in sp.no_join:
        return None
    if b in sp.verbs or b in sp.name_leads or b in sp.person_names:
        return None  # "æ garn holder": a clause's verb; "æ nabo søster": no compound
    joined = a + b
    if not (_known(sp, joined) or (a not in sp.no_join and _linked(sp, a, b))):
        return None
    if sp.is_definite(b):
        return joined  # "æ pleje hjemmet": the compound as said
    found = sp.definite(b)  # the tail's form: "værksteds kælder" is no "værkstedskælderne"
    return a + found[0] if found else None


def _known(sp, joined: str) -> bool:
    """True for a compound the tables know as one word ("haveskur", "plejehjem")."""
    return joined in sp.common or joined in sp.nouns or sp.is_word(joined)


def _linked(sp, a: str, b: str) -> bool:
    """True for a noun with its linking s before a noun ("redskabs skur"), no person's genitive
    ("æ kones bil") and no definite genitive ("æ naboens hund")."""
    stem = a[: -len(_LINK)]
    if not a.endswith(_LINK) or len(stem) < _MIN_PART or stem not in sp.nouns:
        return False
    if stem in sp.name_leads or stem in sp.person_names or sp.is_definite(stem):
        return False
    return b in sp.nouns
