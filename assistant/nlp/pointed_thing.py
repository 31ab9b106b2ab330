"""A wish whose object is a pronoun gets the thing it points back at: "han savner sin køkken have
… han vil gerne kunne passe den igen" wishes "passe sin køkkenhave igen".

The thing is the nearest owned noun before the pronoun ("sin køkkenhave", "mine roser", a split
compound joined when the joined word is known) whose gender the pronoun says ("den" for a common
noun, "dem" for a plural), or for "dem" a known noun said in the definite plural ("regningerne");
"det" after a verb of managing ("styre det", "ordne det") points at such a noun as well;
a person named that way ("min mand", "børnene") is none. The citizen's own "jeg har en Volvo
Amazon … vaske og polere den" owns the thing too: "min Volvo Amazon" (a known noun of the
article's gender, or a name in capitals). The pronoun may follow two verbs joined by "og". With no
such noun, or a pronoun that points at the wish's own words, the phrase stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.grammar import Grammar, fold
from assistant.nlp.memo import once
from assistant.nlp.signs import definite_plural

_REACH = 20  # words before the pronoun searched for the thing
_HAD_REACH = 32  # words before it searched for a thing the citizen says they have (a sentence more)


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
    p = _pronoun_at(tokens, g)
    if p is None:
        return action
    pronoun = fold(tokens[p])
    at = pair_at(words, tokens[p - 1 : p + 1])
    if at is None:
        return action
    head, tail = tokens[:p], tokens[p + 1 :]
    plural = pronoun == g.object_said_again.get("pl")
    # "pillerne skal tages … selv kunne styre det": after a verb of managing, "det" is the
    # things said before as much as "dem"
    managed = fold(tokens[p - 1]) in g.generic_verbs and pronoun == g.object_said_again.get("n")
    for j in range(at - 2, max(-1, at - _HAD_REACH), -1):
        had = had_thing(words, said, j, g)
        if had is not None:
            kind, thing = had
            if g.object_said_again.get(kind) != pronoun:
                return action
            return " ".join([*head, own_possessive(kind, g), thing, *tail])
        if j <= at - _REACH:
            continue
        if (plural or managed) and _definite_things(words[j], g):
            # "han kan ikke overskue regningerne … betale dem": the things said definite
            return action if person(j) else " ".join([*head, said[j], *tail])
        if words[j] not in lex.owners or person(j + 1):
            continue
        thing = _noun_after(words, said, j, lex, g)
        if thing is None:
            continue
        kind = g.noun_kind(thing)
        if kind is None or g.object_said_again.get(kind) != pronoun:
            return action  # the nearest owned thing is not what the pronoun says
        return " ".join([*head, said[j], thing, *tail])
    return action


def _pronoun_at(tokens: Sequence[str], g: Grammar) -> int | None:
    """Where the object pronoun stands: right after the infinitive ("passe den") or after a
    second verb joined by "og" ("vaske og polere den"); None when there is none."""
    pronouns = set(g.object_said_again.values())
    if fold(tokens[1]) in pronouns:
        return 1
    if len(tokens) > 3 and fold(tokens[1]) == fold(g.and_word) and fold(tokens[3]) in pronouns:
        return 3
    return None


def had_thing(
    words: Sequence[str], said: Sequence[str], j: int, g: Grammar
) -> tuple[str, str] | None:
    """(gender, noun as said) when the article at j opens the thing the citizen says they have
    ("jeg har en bil", "jeg har en Volvo Amazon", "jeg har en gammel træjolle"): a noun of the
    article's gender (a compound by its last part, maybe after an adjective, then written in its
    definite form: "gamle træjolle") or a run of words in capitals (a name); None otherwise."""
    kind = g.article_genders.get(words[j])
    if kind is None or j < 2 or j + 1 >= len(words):
        return None
    if words[j - 2] != g.self_subject or g.lemma_forms.get(words[j - 1]) not in g.owning_verbs:
        return None
    if said[j + 1][:1].isupper():  # "en Volvo Amazon": the name's words in capitals
        k = j + 1
        while k < len(said) and k < j + 4 and said[k].strip(",.")[:1].isupper():
            k += 1
        return kind, " ".join(said[j + 1 : k]).strip(",.")
    k = j + 1  # "jeg har en gammel træjolle": one adjective before the noun
    adjective = _adjective_definite(words[k], g) if k + 1 < len(words) else None
    k += adjective is not None
    if _gender(words[k], g) != kind:
        return None
    thing = said[k].strip(",.")
    return kind, f"{adjective} {thing}" if adjective else thing


def _gender(word: str, g: Grammar) -> str | None:
    """c / n / pl of a noun: the noun list's, else common ("c") by the dictionary's definite
    ending, also of a compound whose last part it knows ("træjolle": "en jolle"). A neuter the
    list does not know stays unknown: "det" after a verb is most often no thing ("klare det")."""
    kind = g.noun_kind(word)
    if kind is not None:
        return kind
    common = g.indefinite_articles.get("c")
    return "c" if common and g.indefinite_article(word) == common else None


def _adjective_definite(word: str, g: Grammar) -> str | None:
    """The definite form of an adjective of plural_adjectives before a possessive's noun
    ("gammel"/"gammelt" → "gamle", "lille" as said); None for a word of no such adjective."""
    core = word.strip(",.")
    if core != word or not core.isalpha():
        return None  # "en gammel, …": no noun after it
    base = fold(core)
    if base not in g.plural_adjectives and base.endswith("t"):
        base = base[:-1]  # "et gammelt sommerhus"
    if base not in g.plural_adjectives:
        return None
    return core if base in g.definite_as_said else g.plural_adjectives[base]


def own_possessive(kind: str, g: Grammar) -> str:
    """The citizen's possessive of a gender: "min" (c), "mit" (n), "mine" (pl)."""
    row = next((r for r in g.possessives if g.own_possessive in r), ())
    return dict(zip(("c", "n", "pl"), row, strict=False)).get(kind, g.own_possessive)


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
