"""A participle joined by the and-word to a perfect told before it shares its auxiliary (pure).

"a har taget æ ring over tusind gange og været konge to gange": "været" is "har været", so a count
after it is the story's, no goal's, as after the perfect said in full ("har været konge to gange").
The auxiliary stands earlier in the same clause, with a participle after it (its subject and an
adverb between maybe); a modal or a clause break between ("jeg vil gerne have prøvet det og været
…") makes the participle no part of the told perfect. Nor is a perfect of a side clause a story
("at jeg har været med på cafeen og siddet der i to timer", "når jeg har gået og cyklet 3 km"):
the sign's or the condition's, reached by then; a relative clause's perfect is one ("min far, der
har redet og vundet to gange").
"""

from __future__ import annotations

from collections.abc import Sequence

_MIN_PARTICIPLE = 4  # letters of a participle by its ending ("været", "vundet"; not "ret")
_LEAD_REACH = 3  # words before the auxiliary searched for a side clause lead ("at han selv")


def shared_perfect(words: Sequence[str], k: int, lex) -> bool:
    """True when words[k] is an and-word with a participle after it that shares the perfect's
    auxiliary said before it in the same clause (see the module)."""
    if words[k] not in lex.soft_clause_breaks or k + 1 >= len(words):
        return False
    if not _participle(words[k + 1], lex):
        return False
    modals = set(lex.classes.get("modal", ()))
    for j in range(k - 1, -1, -1):
        if words[j] in lex.clause_breaks or words[j] in modals or words[j] == ",":
            return False
        if words[j] in lex.perfect_aux and _participle(_after_aux(words, j, k, lex), lex):
            return not _side_clause(words, j, lex)
    return False


def _side_clause(words: Sequence[str], j: int, lex) -> bool:
    """True when the auxiliary at j stands in a side clause a subordinator opens a few words
    before it ("at han selv har", "når jeg har"), no relative pronoun ("der har")."""
    leads = lex.subordinators - lex.relative_pronouns
    return any(w in leads for w in words[max(0, j - _LEAD_REACH) : j])


def _after_aux(words: Sequence[str], j: int, k: int, lex) -> str:
    """The word after the auxiliary at j and before k, its subject and adverbs passed over."""
    p = j + 1
    if p + 1 < k and words[p] in lex.run_on_subjects:
        p += 1  # "har jeg været"
    while p + 1 < k and words[p] in lex.perfect_adverbs:
        p += 1  # "har altid været"
    return words[p] if p < k else ""


def _participle(word: str, lex) -> bool:
    """True for a participle by its ending, or one of the short ones ("set", "sat")."""
    if word in lex.short_participles:
        return True
    return len(word) >= _MIN_PARTICIPLE and word.endswith(lex.participle_endings)
