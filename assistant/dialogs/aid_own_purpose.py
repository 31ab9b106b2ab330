"""The purpose said after an aid that tells what the aid itself is for (pure).

"En taske med en rem, så jeg kan hænge den på armen", "en stol med hjul, så den kan køre hen
til vasken": the clause points back to the aid by its pronoun ("den" for a common-gender thing),
so it tells how the aid is used, not why the goal matters; it stays out of the goal's reason and
purpose (handlers._aid_purpose). A clause about the task ("så jeg ikke skal bukke mig") is kept.
"den" before a definite adjective ("så jeg kan gå den lange vej") is an article, no pointer.
The neuter "det" is left alone: it is as often the task ("så jeg kan klare det selv").
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, fold

#: The ending of a definite adjective after "den" ("den lange vej", "den sidste bus").
_DEFINITE_ADJECTIVE_END = "e"


def points_to_aid(purpose: str, thing: str | None, g) -> bool:
    """True when `purpose` points back to the aid `thing` (its lemma, "taske") by the pronoun of
    its gender ("så jeg kan hænge den på armen"); False for a neuter or unknown thing."""
    if not thing or g.is_neuter(thing) or g.noun_kind(thing) == "pl":
        return False
    pointer = g.definite_articles.get("c")
    words = [fold(w.strip(EDGE)).lower() for w in purpose.split()]
    for k, word in enumerate(words[1:], 1):
        if word != pointer:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        adverb = after in g.negations | g.clause_adverbs  # "så den ikke vælter"
        if adverb or not (after.isalpha() and after.endswith(_DEFINITE_ADJECTIVE_END)):
            return True
    return False
