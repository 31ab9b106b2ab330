"""An aid word naming a thing of a place or a vehicle, there for everyone, not the citizen's
own aid: "bussens rampe", "en indkøbsvogn fra Netto", and in a sentence about the shop or the
bus its bare definite form ("holder sig fast i indkøbsvognen" in Føtex, "køre op ad rampen"
of the bus)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon


def of_a_place(words: Sequence[str], lemmas: Sequence[str], i: int, aid: str, lex: Lexicon) -> bool:
    """True for the aid word at i naming a thing of a place or vehicle (aids.yaml place_aids,
    place_owners): said after an owner's genitive ("bussens rampe"), before a place lead and a
    place ("en indkøbsvogn fra Netto", "rampen på bussen"), or in its definite form with no
    owner or use lead of its own before it (place_aid_own_words) in a sentence naming a place
    ("… i Foetex … holder sig fast i indkøbsvognen") or where one stands or sits ("stå ved
    mikrofonen")."""
    if aid not in lex.place_aids:
        return False
    owners = lex.place_owners
    before = words[i - 1] if i else ""
    if before.endswith("s") and (before[:-1] in owners or lemmas[i - 1] in owners):
        return True  # "bussens rampe", "Nettos vogne"
    owned = before in lex.possessives or (i > 1 and words[i - 2] in lex.possessives)
    if owned and before in lex.place_aid_own_words:
        return False  # "min (egen) mikrofon i kirken": one's own, wherever it is used
    after = [w for w in words[i + 1 : i + 4] if w not in lex.place_aid_skip]
    if len(after) > 1 and after[0] in lex.place_aid_leads and after[1] in owners:
        return True  # "en indkøbsvogn fra Netto", "rampen på bussen"
    if words[i] == lemmas[i] or before in lex.place_aid_own_words:
        return False  # "en rampe", "min indkøbsvogn", "med indkøbsvognen"
    if i > 1 and before in lex.tool_at_leads and words[i - 2] in lex.tool_at_verbs:
        return True  # "stå ved mikrofonen": where one stands
    lo, hi = _sentence(words, i, lex)
    if any(w in owners for w in words[lo:hi]):
        return True
    # "… kører mig til foreningen. Formanden har lovet at stille mikrofonen lavt": a thing only
    # a hall has, its place named in the answer before
    return aid in lex.hall_aids and any(w in owners for w in words[:lo])


def _sentence(words: Sequence[str], i: int, lex: Lexicon) -> tuple[int, int]:
    """The bounds of the sentence word i is said in."""
    ends = lex.sentence_ends
    lo = next((k + 1 for k in range(i - 1, -1, -1) if words[k] in ends), 0)
    hi = next((k for k in range(i + 1, len(words)) if words[k] in ends), len(words))
    return lo, hi
