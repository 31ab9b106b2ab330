"""A wish typed in fragments as a made thing and "færdig" ("dukkehus. færdig.", "trøje.
strikke. færdig.") is making that thing finished: the verb said alone beside them, else
action_fragment_finish_verb ("gøre"), the thing definite, and "færdig" agreeing with it
(action_fragment_finished: common, neuter, plural): "gøre dukkehuset færdigt", "strikke trøjen
færdig", "gøre gaverne færdige". Only one thing said alone, no place and no person; an adverb
typed alone ("igen") goes right after the phrase, every other part stays as said ("selv").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from assistant.content.grammar import Grammar


def finished_thing(
    words: Sequence[str],
    said: Sequence[str],
    parts: Sequence[tuple[int, int]],
    verbs: Sequence[int],
    lex,
    g: Grammar,
    definite: Callable[[str], str | None],
    skip: Collection[str],
    person: Callable[[str], bool],
) -> str | None:
    """The wish as one phrase of finishing a thing (see the module), else None. `words`,
    `said`: the tokens in small letters and as said; `parts`: (start, end) of each fragment;
    `verbs`: the parts that open with a verb; `skip`: fillers and words of doing it oneself."""
    cues = lex.action
    forms = cues.fragment_finished
    if len(forms) != 3 or not cues.fragment_finish_verb or len(verbs) > 1:
        return None
    alone = {}
    for n, (s, e) in enumerate(parts):
        ks = [k for k in range(s, e) if words[k] not in skip]
        if len(ks) == 1:
            alone[n] = ks[0]
    done = [n for n, k in alone.items() if words[k] in forms]
    if len(done) != 1 or any(n not in alone for n in verbs):
        return None  # "strikke den. færdig": a verb with words of its own is read as before
    used = {done[0], *verbs}
    nouns = [
        (n, k)
        for n, k in alone.items()
        if n not in used and _thing(words[k], said[k], lex, g, definite, person)
    ]
    if len(nouns) != 1:
        return None
    n, word = nouns[0][0], words[nouns[0][1]]
    used.add(n)
    word = _bare(word, lex, definite)  # "dukkehuset. færdigt.": typed definite
    thing = definite(word) or word
    plural = thing.endswith(cues.fragment_noun_plurals)  # "dukkehusene": no singular ends so
    neuter = g.is_neuter(word)
    verb = said[alone[verbs[0]]].lower() if verbs else cues.fragment_finish_verb
    phrase = [
        verb,
        thing,
        forms[2] if plural else forms[1] if neuter else forms[0],
    ]
    rest = [
        " ".join(said[j] for j in range(s, e))
        for m, (s, e) in enumerate(parts)
        if m not in used and any(_says(words[j], skip, g) for j in range(s, e))
    ]
    after = [p for p in rest if p.lower() in cues.fragment_after][:1]
    rest = [p for p in rest if p not in after]
    own = [said[j] for m in used for j in range(*parts[m]) if words[j] in g.independence_words]
    return ". ".join([" ".join([*phrase, *(p.lower() for p in after)]), *rest, *own])


def _thing(word: str, said: str, lex, g: Grammar, definite, person) -> bool:
    """True for a noun said alone that can be made: a definite form known, no person, place,
    time or adverb of the phrase."""
    cues = lex.action
    if not word.isalpha() or person(word) or said[:1].isupper() and person(word.lower()):
        return False
    if word in lex.people or word in g.independence_words or word in cues.fragment_after:
        return False
    if word in cues.fragment_not_things or g.place_preposition(word):
        return False
    if _participle(word, g):
        return False  # "Én bil. Færdig. Malet.": how the thing is when done, no thing made
    return definite(_bare(word, lex, definite)) is not None


def _participle(word: str, g: Grammar) -> bool:
    """True for a verb's past participle that is no noun's form ("malet", "bygget"; not
    "huset", "tæppet")."""
    verb = g.infinitive_of_participle(word)
    return verb is not None and g.has_participle(verb) and not g.is_noun_form(word)


def _bare(word: str, lex, definite) -> str:
    """The bare noun of a definite form typed ("dukkehuset" → "dukkehus"), else the word."""
    lemma = lex.lemmas.get(word, word)
    return lemma if lemma != word and definite(lemma) == word else word


def _says(word: str, skip: Collection[str], g: Grammar) -> bool:
    """True for a word that says something of its own: no filler ("selv" does)."""
    return word not in skip or word in g.independence_words
