"""A reason typed as single words around a person or an occasion ("oldebørn. jul.", "barnebarn.
Australien. se hende.", "fødselsdag. 95. pæn.", "Børnebørnene. Søndagsfrokost."): a short clause
in the citizen's words ("så jeg kan bage til mine oldebørn til jul", "så jeg kan se mit barnebarn
i Australien", "så jeg er pæn til min 95-års fødselsdag"); None when the words allow no such
clause (the answer then stays in the record, never raw in the goal)."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.content.grammar import EDGE, Grammar, fold
from assistant.content.grammar import bare as _b
from assistant.nlp.marks import fragments_at
from assistant.nlp.phrase import own_possessive_of
from assistant.nlp.telegraph import _adjective_key

_DEED_WORDS = 3  # "se hende", "ringe til hende", "snakke med dem"
_COMPOUND_HEAD = 3  # letters before an occasion's word in a compound: "søndags|frokost"


@dataclass
class _Said:
    """What each fragment of the answer is."""

    kin: list[str] = field(default_factory=list)  # "søster", "oldebørn"
    names: list[str] = field(default_factory=list)  # "Sofie"
    places: list[str] = field(default_factory=list)  # "Australien"
    ages: list[str] = field(default_factory=list)  # "95"
    occasions: list[str] = field(default_factory=list)  # "jul", "fødselsdag"
    states: list[str] = field(default_factory=list)  # "pæn"
    deeds: list[list[str]] = field(default_factory=list)  # ["se", "hende"]
    about: int = 0  # fragments that speak of the person by a pronoun ("kun hende tilbage")


def _fragments(text: str) -> list[list[str]]:
    """The words of each fragment ended by a full stop or a comma."""
    return fragments_at(text.split(), ".,!?;", lambda w: w.strip(EDGE))


def _deed(part: list[str], g: Grammar) -> bool:
    """True for a verb done to the person by a pronoun ("se hende", "ringe til ham")."""
    if not 2 <= len(part) <= _DEED_WORDS or not part[0].islower():
        return False
    leads = all(_b(w) in g.reason_kin_deed_leads for w in part[1:-1])
    return leads and _b(part[-1]) in g.reason_kin_pronouns and g.is_infinitive(part[0])


def _read(parts: list[list[str]], g: Grammar) -> _Said | None:
    """Each fragment read as one kind of word; None when one is none of them."""
    said = _Said()
    for part in parts:
        word, b = part[0], _b(part[0])
        if _deed(part, g):
            said.deeds.append([w.lower() for w in part])
        elif len(part) > 2 or len(part) == 2 and not part[0].isdigit():
            if not any(_b(w) in g.reason_kin_pronouns for w in part):
                return None
            said.about += 1  # "kun hende tilbage": of the person, the clause says her
        elif word.isdigit() and (len(part) == 1 or _b(part[1]) in g.reason_kin_age_units):
            said.ages.append(word)  # "96", "96 år"
        elif b in g.reason_kin_occasions:
            said.occasions.append(b)
        elif len(part) == 1 and _occasion_compound(word, g):
            said.occasions.append(word.lower())  # "Søndagsfrokost.": "til søndagsfrokost"
        elif b in g.kin_before_names or b in g.reason_people_plurals:
            said.kin.append(word.lower())
        elif len(part) == 1 and (plural := _indefinite_plural(word, g)):
            said.kin.append(plural)  # "Oldebørnene.": "mine oldebørn"
        elif word[:1].isupper() and word.isalpha() and word[1:].islower():
            (said.names if word.lower() in g.person_names else said.places).append(word)
        elif word.isalpha() and _state(word, g):
            said.states.append(word.lower())
        else:
            return None
    return said


def _indefinite_plural(word: str, g: Grammar) -> str:
    """The plural of reason_people_plurals a definite plural is of ("oldebørnene" → "oldebørn"),
    else ""."""
    w = word.lower()
    for end in g.reason_people_ends:
        if w.endswith(end) and fold(w[: -len(end)]) in g.reason_people_plurals:
            return w[: -len(end)]
    return ""


def _occasion_compound(word: str, g: Grammar) -> bool:
    """True for a compound whose last part is a plain occasion or meal ("søndagsfrokost",
    "julefrokost", "søndagsmiddag"), said with the occasion's own word; a capital typed at a
    one-word answer's start is no place's ("Søndagsfrokost." is no "i Søndagsfrokost")."""
    w = fold(word.lower())
    return word.isalpha() and any(
        w.endswith(k) and len(w) - len(k) >= _COMPOUND_HEAD and fold(v) == k
        for k, v in g.reason_kin_occasions.items()
    )


def _one_kin(parts: list[list[str]], g: Grammar) -> bool:
    """True for a reason of one word only, people in the plural ("Oldebørnene.", "børnebørn")."""
    if len(parts) != 1 or len(parts[0]) != 1:
        return False
    b = _b(parts[0][0])
    return b in g.reason_people_plurals or bool(_indefinite_plural(parts[0][0], g))


def _state(word: str, g: Grammar) -> bool:
    """True for how one wants to be, in its common form ("pæn", "glad")."""
    w = fold(word)
    return w in g.predicate_adjectives or _adjective_key(w, g) == w


def kin_reason(text: str, g: Grammar, wish_verb: str = "") -> str | None:
    """The clause of a reason typed as single words (see the module); `wish_verb` is the wish's
    own verb ("bage"), done for the person when it is one of reason_kin_verbs."""
    if not g.reason_kin_deed or not g.reason_kin_occasions:
        return None
    parts = _fragments(text)
    said = _read(parts, g) if len(parts) >= 2 or _one_kin(parts, g) else None
    if said is None or len(said.kin) > 1 or len(said.occasions) > 1 or len(said.deeds) > 1:
        return None
    if len(said.places) > 1 or len(said.names) > 1 or len(said.ages) > 1 or len(said.states) > 1:
        return None
    occasion = ""
    if said.occasions:
        age = g.reason_kin_age.format(n=said.ages[0]) if said.ages else ""
        told = g.reason_kin_occasions.get(said.occasions[0], said.occasions[0])
        if said.ages and "{age}" not in told:
            return None  # "jul. 95.": a count the occasion has no room for
        occasion = told.format(age=age)
    if not said.kin:
        if said.states and occasion and not (said.deeds or said.names or said.places):
            return g.reason_kin_state.format(state=said.states[0], occasion=occasion)
        return None
    owned = occasion.split()[:1] and _b(occasion.split()[0]) in g.possessive_words
    if said.states or owned:
        return None  # "søster. glad.", "barnebarn. fødselsdag.": whose it is, unsaid
    kin = said.kin[0]
    person = [own_possessive_of(kin, g) or "", kin, *said.names]  # "mit barnebarn"
    if said.places:
        person += [g.reason_kin_place_lead, said.places[0]]
    after = [g.reason_kin_occasion_lead, occasion] if occasion else []
    if said.deeds:
        deed = said.deeds[0]
        words = [*deed[:-1], *person, *after]
    else:
        lead = g.reason_kin_verbs.get(fold(wish_verb)) if wish_verb else None
        if lead is None:
            return None  # "lakere": no verb done for a person
        words = [wish_verb, *lead.split(), *person, *after]
    return g.reason_kin_deed.format(deed=" ".join(w for w in words if w))


def kin_of_name(text: str, g: Grammar, wish: str) -> str | None:
    """The wish with who its one first name is, when a reason typed as single words names only
    that kin beside the wish's own verb ("søster. 96. kun hende tilbage." to "ringe til Edith på
    min telefon" → "ringe til min søster Edith på min telefon"): said once, in the wish, never
    "…, så jeg kan ringe til min søster"; None for any other answer."""
    parts = _fragments(text)
    said = _read(parts, g) if len(parts) >= 2 else None
    if said is None or len(said.kin) != 1 or said.occasions or said.deeds or said.names:
        return None
    kin = said.kin[0]
    if said.places or _b(kin) in g.reason_people_plurals:
        return None
    words = wish.split()
    lead = g.reason_kin_verbs.get(fold(words[0])) if words else None
    if lead is None:
        return None
    at = 1 + len(lead.split())
    named = [w for w in words[at:] if w[:1].isupper()]
    if len(words) <= at or words[at] not in named or len(named) != 1:
        return None
    if fold(" ".join(words[1:at])) != fold(lead) or words[at].lower() not in g.person_names:
        return None
    return " ".join([*words[:at], own_possessive_of(kin, g) or "", kin, *words[at:]])
