"""A reason told only as nouns ("kammeraterne. kaffe", "vennerne og kortene"): the doing a
thing among them stands for, with the people named ("drikke kaffe med kammeraterne"), or the
people alone ("være sammen med vennerne"); never a modal without a verb ("så jeg kan
kammeraterne")."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.content.grammar import Grammar, fold
from assistant.content.grammar import bare as _b

_EDGE = ",.;:!?"
_MAX_PART = 3  # words of one noun said: "kammeraterne", "mine venner", "pigerne i koret"
_MAX_PLACE = 3  # words of the place a thing is had at: "på terrassen", "i den lille have"


@dataclass(frozen=True)
class NamedReason:
    """The doing ("drikke kaffe med kammeraterne") and the nouns it was made of."""

    doing: str
    people_only: bool
    words: tuple[str, ...]


def named_reason(text: str, g: Grammar) -> NamedReason | None:
    """The doing of a reason told only as nouns, each a thing of reason_thing_doings or people
    (a definite plural, or a possessive and a kin word); None for anything else."""
    words = [w for w in text.split() if _b(w) and _b(w) not in g.fillers]
    parts: list[list[str]] = [[]]
    for w in words:
        if _b(w) in g.main_joins | g.reason_company_leads:
            parts.append([])
            continue
        parts[-1].append(w.strip(_EDGE))
        if w[-1:] in _EDGE:
            parts.append([])
    parts = [p for p in parts if p]
    if not parts or any(len(p) > _MAX_PART + _MAX_PLACE for p in parts):
        return None
    doings: list[str] = []
    people: list[str] = []
    for part in parts:
        said = " ".join(fold(w) for w in part)
        if len(part) > _MAX_PART and not _thing_at_place(part, g):
            return None
        if said in g.reason_thing_doings:
            doing = g.reason_thing_doings[said]
            doings += [doing] if doing not in doings else []
        elif _thing_at_place(part, g):  # "kaffe på terrassen": "drikke kaffe på terrassen"
            place = " ".join(w if _is_name(w) else w.lower() for w in part[1:])
            doings.append(f"{g.reason_thing_doings[fold(part[0])]} {place}")
        elif is_people(part, g):
            people.append(" ".join(part))
        else:
            return None
    join = f" {g.and_word} "
    if doings and people:
        doing = g.reason_company.format(doing=join.join(doings), people=join.join(people))
    elif doings:
        doing = join.join(doings)
    else:
        doing = g.reason_company_only.format(people=join.join(people))
    return NamedReason(doing, not doings, tuple(words))


def _thing_at_place(part: list[str], g: Grammar) -> bool:
    """True for a thing of reason_thing_doings and the place it is had ("kaffe på terrassen",
    "kort i klubben"): a lead of attribute_leads and a noun, no verb."""
    if len(part) < 3 or fold(part[0]) not in g.reason_thing_doings:
        return False
    place = part[2:]
    verbless = not any(g.is_present(w) or g.is_infinitive(w.lower()) for w in place[-1:])
    return fold(part[1]) in g.attribute_leads and len(place) <= _MAX_PLACE and verbless


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def is_people(part: list[str], g: Grammar) -> bool:
    """True for people: "kammeraterne", "pigerne", "min datter", "mine venner", "pigerne i
    koret"."""
    if len(part) == 3:  # "pigerne i koret": where they are from
        return fold(part[1]) in g.attribute_leads and is_people(part[:1], g)
    head = fold(part[-1])
    if len(part) == 2:
        own = fold(part[0]) in g.possessive_words
        kin = head in g.kin_before_names | g.reason_people_plurals
        return own and (kin or _plural(head, g))
    return (_plural(head, g) or _definite_kin(head, g)) and not part[0][:1].isupper()


_DEFINITE_ENDS = ("en", "n", "et")  # "naboen", "konen", "barnebarnet"


def _definite_kin(word: str, g: Grammar) -> bool:
    """True for one person of kin_before_names said definite ("naboen", "datteren")."""
    return any(word == kin + end for kin in g.kin_before_names for end in _DEFINITE_ENDS)


def is_trouble(word: str, g: Grammar) -> bool:
    """True for a trouble, an ailment or its treatment ("smerterne", "sukkersygen", "pillerne",
    "problemerne"): no one's sake, no company (sake_troubles)."""
    low = word.lower()  # the list is folded ("træthed": traethed), as typed or not
    return fold(low) in g.sake_troubles or fold(g.lemma_forms.get(low, low)) in g.sake_troubles


def _plural(word: str, g: Grammar) -> bool:
    """True for a definite plural that may be people ("kammeraterne"); not a trouble
    ("smerterne", "pillerne": no one to be together with)."""
    return len(word) > 5 and word.endswith(g.reason_people_ends) and not is_trouble(word, g)
