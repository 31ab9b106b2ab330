"""Words the speech recognition splits that join into one known word ("på tribu nen": tribunen,
"i Svend borg": Svendborg, "med eftermiddags færgen": eftermiddagsfærgen, "på loppe markedet":
loppemarkedet). Read by the speller (spelling.Speller) after its own joins; the tables are the
speller's."""

from __future__ import annotations

_LINK = "s"  # a compound's linking s ("eftermiddags færgen")
_MIN_PART = 3  # fewest letters of each part


def split_joins(sp, outs: list[str], i: int, texts: list[str]) -> bool:
    """True when the words at i and i + 1 are one word said apart: two pieces that are no word
    alone and join into an everyday word ("tribu nen"); a name and a piece that join into a
    known place ("Svend borg"); or, right after a lead of a noun phrase, a bare noun with its
    linking s and a definite noun ("med eftermiddags færgen", "fra sømands foreningen"), or a
    bare one after a definite genitive ("klubbens søndags ture"), no person's genitive ("til
    min søsters huset" stays) and no definite genitive ("bilens"); or a bare noun and the
    definite genitive of its compound's head ("på pensionist foreningens")."""
    a, b = outs[i], outs[i + 1]
    if min(len(a), len(b)) < _MIN_PART or not (a.isalpha() and b.isalpha()):
        return False
    if not texts[i + 1].islower() or a in sp.no_join or b in sp.no_join:
        return False
    if texts[i].islower() and not sp._known_part(a) and not sp._known_part(b):
        return a + b in sp.common  # "tribu nen"
    if not texts[i].islower():
        return bool(sp.proper.get(a + b)) and a + b in sp.common  # "Svend borg"
    return _linked(sp, outs, i) or _everyday(sp, outs, i) or _owner_split(sp, outs, i)


def owner_after(sp, outs: list[str], k: int, texts: list[str]) -> bool:
    """True when the word at k, typed small, is the definite genitive of a noun that ends a
    compound said apart before it ("veteran traktor | klubbens", "pensionist | foreningens"):
    the compound's owner, joined with it."""
    return k < len(outs) and texts[k].islower() and _definite_genitive(sp, outs[k])


def _owner_split(sp, outs: list[str], i: int) -> bool:
    """True for a bare noun and a definite genitive after it, right after a lead of a noun
    phrase ("på pensionist foreningens udflugt", "i bridge klubbens turnering"): one owner
    said apart; no word for a person, period, adjective or verb first ("til min søster
    klubbens" has no lead right before)."""
    a = outs[i]
    if i == 0 or outs[i - 1] not in sp.particle_leads or a not in sp.nouns:
        return False
    if a in sp.periods or a in sp.name_leads or a in sp.person_names or a in sp.verbs:
        return False
    return not sp._adjective(a) and _definite_genitive(sp, outs[i + 1])


def _everyday(sp, outs: list[str], i: int) -> bool:
    """True for a bare noun and a noun after it, right after a lead of a noun phrase, whose
    compound is an everyday word ("på loppe markedet": loppemarked, "i forsamlings huset"),
    the second in its bare or definite form; no word for a person, period, adjective or verb
    first ("til min søster huset", "en kop kaffe": no everyday "kopkaffe")."""
    a, b = outs[i], outs[i + 1]
    if i == 0 or outs[i - 1] not in sp.particle_leads:
        return False
    if a in sp.periods or a in sp.name_leads or a in sp.person_names or a in sp.verbs:
        return False
    if a not in sp.nouns or sp._adjective(a):
        return False
    if b in sp.nouns and a + b in sp.common:
        return True  # "i forsamlings hus"
    ends = (e for e in sp.definite_endings if b.endswith(e) and len(b) - len(e) >= _MIN_PART)
    return sp.is_definite(b) and any(a + b[: -len(e)] in sp.common for e in ends)


def _linked(sp, outs: list[str], i: int) -> bool:
    """True for "eftermiddags færgen" after a lead of a noun phrase (see split_joins)."""
    a, b = outs[i], outs[i + 1]
    stem = a[: -len(_LINK)]
    # "klubbens søndags ture": after a definite genitive the compound is bare ("søndagsture")
    owned = i > 0 and _definite_genitive(sp, outs[i - 1])
    if i == 0 or not (outs[i - 1] in sp.particle_leads or owned):
        return False
    if not a.endswith(_LINK) or len(stem) < _MIN_PART or not sp._known_part(stem):
        return False
    if outs[i - 1] in sp.period_leads and stem in sp.periods:
        return False  # "om morgens": a time of day, no compound's head
    if stem in sp.name_leads or stem in sp.person_names or a in sp.name_leads:
        return False
    if sp.is_definite(stem) or not sp.definite(stem):
        return False  # "med bilens dør": the genitive of a definite noun, no compound
    if owned:  # both parts whole nouns of the table; a short piece ("barnets føds dage") stays
        whole = len(stem) > _MIN_PART and stem in sp.nouns
        return whole and b in sp.nouns and sp.definite(b) is not None
    return sp.is_definite(b)


def _definite_genitive(sp, word: str) -> bool:
    """True for the genitive of a noun in its definite form ("klubbens", "kirkens")."""
    return word.endswith(_LINK) and word.isalpha() and sp.is_definite(word[: -len(_LINK)])
