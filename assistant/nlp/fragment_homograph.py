"""Words both noun and verb in a wish said in fragments ("Rejer. Pille selv.").

"pille", "olie", "male", "læge" are nouns and verbs alike. Said alone beside a bare noun they
may be a list of things ("frisør. læge."), but said with "selv" or "alene" ("Pille selv.") or
with a pronoun for the thing ("Pille dem.") they are what one does, to the noun said beside
them: "pille rejer". A thing said as a compound the tables lack ("havemøblerne") is a thing in
its definite form when its last part is one ("møblerne").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

MIN_HEAD = 3  # letters of a compound's first part ("have|møblerne")
MIN_TAIL = 3  # … and of its last part ("sko|ene" is no compound: "ene" too short)


def said_as_deed(words: Sequence[str], part: tuple[int, int], g, cues) -> bool:
    """True when the part says a deed by its words beside the verb: "selv"/"alene" (the
    grammar's independence words) or a pronoun for the thing ("dem")."""
    s, e = part
    return any(
        words[k] in g.independence_words or words[k] in cues.fragment_pronouns
        for k in range(s + 1, e)
    )


def compound_thing(word: str, lex, is_thing: Callable[[str, str], bool]) -> bool:
    """True when `word`, unknown to the lemma table, is a compound whose last part is a thing in
    its definite form (`is_thing(tail, lemma)`) after a known first part ("have|møblerne")."""
    if word in lex.lemmas or not word.isalpha():
        return False
    for k in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        head, tail = word[:k], word[k:]
        if tail not in lex.lemmas or not _known(head, lex):
            continue
        if is_thing(tail, lex.lemmas[tail]):
            return True
    return False


def _known(head: str, lex) -> bool:
    """True when the first part, or it without a linking letter, is a word of the table."""
    if head in lex.lemmas:
        return True
    return any(
        head.endswith(s) and len(head) - len(s) >= MIN_HEAD and head[: -len(s)] in lex.lemmas
        for s in lex.compound_links
    )


def definite_plural_of(word: str, lemma: str, endings) -> bool:
    """True when the word is the definite plural of another lemma that begins alike ("møblerne"
    of "møbel", "stolene" of "stol"): a noun's form, whatever its stem does."""
    return lemma != word and word.endswith(tuple(endings)) and word[:MIN_HEAD] == lemma[:MIN_HEAD]
