"""A wish whose object is a pronoun gets the thing it points back at: "han savner sin køkken have
… han vil gerne kunne passe den igen" wishes "passe sin køkkenhave igen".

The thing is the nearest owned noun before the pronoun ("sin køkkenhave", "mine roser", a split
compound joined when the joined word is known) whose gender the pronoun says ("den" for a common
noun, "dem" for a plural), or for "dem" a known noun said in the definite plural ("regningerne");
"det" after a verb of managing ("styre det", "ordne det") points at such a noun as well;
a person named that way ("min mand", "børnene") is none. With no such noun, or a
pronoun that points at the wish's own words, the phrase stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.grammar import Grammar, fold
from assistant.nlp.memo import once
from assistant.nlp.signs import definite_plural

_REACH = 20  # words before the pronoun searched for the thing


def pointed_thing(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    person: Callable[[int], bool],
    lex,
    g: Grammar,
) -> str | None:
    """The wish's phrase with its object pronoun as the owned thing named before it; `person`
    tells a word that names a person ("min mand": no thing)."""
    tokens = (action or "").split()
    if len(tokens) < 2 or not g.is_infinitive(tokens[0]):
        return action
    pronoun = fold(tokens[1])
    if pronoun not in set(g.object_said_again.values()):
        return action
    at = pair_at(words, tokens)
    if at is None:
        return action
    plural = pronoun == g.object_said_again.get("pl")
    # "pillerne skal tages … selv kunne styre det": after a verb of managing, "det" is the
    # things said before as much as "dem"
    managed = fold(tokens[0]) in g.generic_verbs and pronoun == g.object_said_again.get("n")
    for j in range(at - 2, max(-1, at - _REACH), -1):
        if (plural or managed) and _definite_things(words[j], g):
            # "han kan ikke overskue regningerne … betale dem": the things said definite
            return action if person(j) else " ".join([tokens[0], said[j], *tokens[2:]])
        if words[j] not in lex.owners or person(j + 1):
            continue
        thing = _noun_after(words, said, j, lex, g)
        if thing is None:
            continue
        kind = g.noun_kind(thing)
        if kind is None or g.object_said_again.get(kind) != pronoun:
            return action  # the nearest owned thing is not what the pronoun says
        return " ".join([tokens[0], said[j], thing, *tokens[2:]])
    return action


def _definite_things(word: str, g: Grammar) -> bool:
    """True for a known noun said in the definite plural ("regningerne", "papirerne")."""
    return definite_plural(word) and g.lemma_forms.get(word, word) != word


def _noun_after(words: Sequence[str], said: Sequence[str], j: int, lex, g: Grammar) -> str | None:
    """The noun after the owner at j as said, a split compound joined ("køkken have" →
    "køkkenhave" when the lemma table knows it); None when no known noun follows."""
    if j + 1 >= len(words):
        return None
    if j + 2 < len(words) and _known(words[j + 1] + words[j + 2], lex):
        return said[j + 1] + said[j + 2].lower()
    if g.noun_kind(words[j + 1]) is not None:
        return said[j + 1]
    return None


def _known(word: str, lex) -> bool:
    """True for a form or lemma of the lemma table."""
    return word in lex.lemmas or word in once(lex, "lemma_values", lambda x: set(x.lemmas.values()))


def pair_at(words: Sequence[str], tokens: Sequence[str]) -> int | None:
    """Where the phrase's first two words stand together in the answer's words (the index of
    the second), or None."""
    first, second = tokens[0].lower(), tokens[1].lower()
    return next(
        (k for k in range(1, len(words)) if words[k] == second and words[k - 1] == first),
        None,
    )
