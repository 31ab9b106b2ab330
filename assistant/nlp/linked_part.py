"""A compound's first part in its linking-s form said apart from the noun it begins ("en
rullepind og kompressions handsker", "en rednings vest", "sundheds plejersken"): a derived noun
ending in one of role_link_ends of nlp/spelling.yaml ("-ion", "-ing", "-hed") always takes the
linking s in a compound, and that form is no word of its own the tables know. Read by the
speller (spelling.Speller.fix_words) after its own joins; the tables are the speller's."""

from __future__ import annotations

from assistant.nlp.noun_run import noun_form

_LINK = "s"  # the linking s ("kompressions")
_MIN_STEM = 3  # fewest letters before the derived ending ("red" + "ning")
_FUNCTION_RANK = 200  # the most common words ("bare", "nej"): never a compound's head here


def linked_part(sp, outs: list[str], i: int, texts: list[str]) -> bool:
    """True when the word at i, typed small, is no word of the tables but a derived noun's
    linking-s form ("kompressions": kompression + s) and the word after it a noun of the noun
    table in any form ("handsker"): one compound said apart. A known word ("forenings", a
    genitive too), a name, a function word or a verb after it stays apart."""
    a, b = outs[i], outs[i + 1]
    if not (texts[i].islower() and texts[i + 1].islower() and a.isalpha() and b.isalpha()):
        return False
    if not a.endswith(_LINK) or a in sp.no_join or b in sp.no_join:
        return False
    stem = a[: -len(_LINK)]
    end = next((e for e in sp.role_link_ends if stem.endswith(e)), None)
    if end is None or len(stem) - len(end) < _MIN_STEM:
        return False  # "tings": no derived noun
    if sp.is_definite(stem) or sp.lemma_of.get(stem, stem) != stem:
        return False  # "for hjertets skyld": a definite noun's genitive, an owner
    if a in sp.person_names or a in sp.proper:
        return False  # "hennings": a name
    if sp._any_word(a) or sp.is_word(a):
        # a derived noun's genitive the tables know ("regerings") is an owner after a
        # determiner ("en regerings beslutning", "min forenings kasserer"); with none before
        # it ("hun er sundheds plejerske", "i forenings livet") a compound's first part
        before = outs[i - 1] if i else ""
        if before in sp.run_leads or before in sp.tool_definite_leads:
            return False
    if sp.common.get(b, _FUNCTION_RANK) < _FUNCTION_RANK or b in sp.verbs:
        return False  # "regerings ikke", "kompressions kan": no head noun
    if b in sp.name_leads or b in sp.person_names or b in sp.periods:
        return False
    return noun_form(sp, b)
