"""A relation in the wish with the name said alone in the next sentence ("Jeg vil følge
barnebarn til skole om morgen. Abdi."): the goal keeps the name beside the relation ("følge
barnebarn Abdi til skole om morgen"), as a second language and short typing tell it."""

from __future__ import annotations

_SENTENCE_ENDS = frozenset({".", "!", "?"})


def kin_named_after(action: str | None, words, said, people, lex, grammar) -> str | None:
    """The wish's phrase with the one relation of `people` it says followed by the name said
    alone in the sentence right after that relation's sentence; as it is when no lone name
    follows, the phrase names someone already, or the relation is said twice in it."""
    if not action or not people:
        return action
    tokens = action.split()
    for _person, i in people:
        end = next((k for k in range(i, len(words)) if words[k] in _SENTENCE_ENDS), None)
        if end is None or end + 2 >= len(words) or words[end + 2] not in _SENTENCE_ENDS:
            continue  # the next sentence is one word, then its end
        name = said[end + 1]
        if not _lone_name(name, words[end + 1], lex, grammar) or name.lower() in action.lower():
            continue
        at = [n for n, t in enumerate(tokens) if t.lower() == said[i].lower()]
        if len(at) != 1 or (at[0] + 1 < len(tokens) and tokens[at[0] + 1][:1].isupper()):
            continue
        tokens[at[0] + 1 : at[0] + 1] = [name]
        return " ".join(tokens)
    return action


def _lone_name(text: str, word: str, lex, grammar) -> bool:
    """True for a first name typed alone ("Abdi", "Karen"): capitalised, no pronoun, filler or
    known word of the tables (no "Ja", "Søndag", "Skole")."""
    if not (text[:1].isupper() and text.isalpha() and len(word) > 1):
        return False
    if word in lex.third_person_subjects | lex.third_person_objects | lex.owners | lex.fillers:
        return False
    if word in grammar.person_names:
        return True
    return grammar.noun_class(word) is None and word not in grammar.lemmas
