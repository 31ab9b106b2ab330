"""A wish whose verb takes a pronoun pointing back after a preposition names the thing told
before it: "nede i fælleshuset står der et gammelt klaver … jeg vil gerne spille på det igen"
wishes "spille på klaveret igen", "jeg har fået min mors symaskine … sy på den igen" wishes "sy på
symaskinen igen".

The phrase is "<verb> <lead> <pronoun> …" (stance.yaml thing_back_leads, _grammar.yaml
object_said_again for "den"/"det"). The thing is a noun of the pronoun's gender in the two
sentences before the wish's and the wish's own (at most _REACH words back): said after an article
or an owner or in its definite form, not right after a place's preposition (thing_back_not_after)
unless that is the wish's own after its verb ("spillede på klaveret"), no verb and no person.
Exactly one such noun (by lemma) goes in, in its definite form; none or two leave the phrase as
said.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.grammar import Grammar

_MARKS = ",.;:!?"  # a mark said after a word ("det," keeps its comma)
_REACH = 25  # words before the pronoun searched for the thing (speech has no sentence ends)
_VERB_REACH = 3  # words from the told verb to its preposition ("spillede altid på")
_LEAD_REACH = 3  # words from the article or owner to its noun ("et gammelt sort klaver")


def story_thing(
    action: str | None,
    words: Sequence[str],
    lemmas: Sequence[str],
    person: Callable[[int], bool],
    lex,
    g: Grammar,
) -> str | None:
    """The wish's phrase with the pronoun after its preposition as the one thing told before it
    (see the module); `person` tells a word that names a person ("min mand": no thing)."""
    tokens = (action or "").split()
    if len(tokens) < 3 or not g.is_infinitive(tokens[0]):
        return action
    if tokens[1].lower() not in lex.thing_back_leads:
        return action
    kinds = {p: k for k, p in g.object_said_again.items() if k in ("c", "n")}
    kind = kinds.get(tokens[2].lower().strip(_MARKS))
    if kind is None:
        return action
    at = next(
        (
            k
            for k in range(1, len(words) - 1)
            if (words[k - 1], words[k], words[k + 1])
            == tuple(t.lower().strip(_MARKS) for t in tokens[:3])
        ),
        None,
    )
    if at is None:
        return action
    found = _things(words, lemmas, at, kind, person, lex, g)
    if len(found) != 1:
        return action
    (thing,) = found.values()
    end = tokens[2][len(tokens[2].rstrip(_MARKS)) :]  # "det," keeps its comma
    return " ".join([*tokens[:2], thing + end, *tokens[3:]])


def _things(words, lemmas, at: int, kind: str, person, lex, g: Grammar) -> dict[str, str]:
    """The nouns of `kind` told before the pronoun at `at`+1, by lemma → definite form."""
    ends = [k for k in range(at) if words[k] in lex.thing_back_ends]
    start = max(ends[-3] + 1 if len(ends) > 2 else 0, at - _REACH)
    leads = set(g.articles) | lex.owners
    found: dict[str, str] = {}
    for k in range(start, at - 1):
        lemma = lemmas[k] or words[k]
        if person(k) or lemma in lex.people or g.is_bare_infinitive(lemma):
            continue
        said_kind, definite = _noun(words[k], lemma, g)
        if said_kind != kind or definite is None:
            continue
        lead = next(
            (j for j in range(k - 1, max(start - 1, k - 1 - _LEAD_REACH), -1) if words[j] in leads),
            None,
        )
        if lead is None and words[k] == lemma:
            continue  # a bare noun said with no article nor owner: no thing told
        between = range(k if lead is None else lead + 1, k)
        if any(g.noun_class(lemmas[j] or words[j]) for j in between):
            continue  # "en traktor ude": the article's noun is the one before
        first = k if lead is None else lead
        placed = first and words[first - 1] in lex.thing_back_not_after
        if placed and not _same_verb(words, lemmas, first - 1, at, g):
            continue  # "i fælleshuset": where, not what
        found.setdefault(lemma, definite)
    return found


def _same_verb(words, lemmas, lead: int, at: int, g: Grammar) -> bool:
    """True when the preposition at `lead` is the wish's own after a form of the wish's verb
    ("spillede på klaveret" … "spille på det"): what that verb takes, no place."""
    verb = words[at - 1]
    if lead < 1 or words[lead] != words[at]:
        return False
    return any(  # "spillede altid på": an adverb between
        lemmas[j] == verb or g.infinitive_of_participle(words[j]) == verb
        for j in range(lead - 1, max(-1, lead - 1 - _VERB_REACH), -1)
    )


def _noun(word: str, lemma: str, g: Grammar) -> tuple[str | None, str | None]:
    """The gender (c/n) of a singular noun said as `word` and its definite form; (None, None) for
    no noun or a plural."""
    ending = g.noun_class(lemma)
    if ending is not None:
        kind = "n" if ending.rstrip("+").endswith("t") else "c"
        definite = g.definite_singular(lemma)
    else:
        # no noun table entry: only a definite form said is written (the lemma table's guess
        # for a bare "cykel" is "cykelen")
        kind, definite = g.noun_kind(lemma), None
    if kind not in ("c", "n"):
        return None, None
    if word != lemma:
        if not word.endswith("et" if kind == "n" else "en"):
            return None, None  # "ondt", "noderne": an adjective or a plural, no singular thing
        definite = word  # "cyklen": as said
    return kind, definite
