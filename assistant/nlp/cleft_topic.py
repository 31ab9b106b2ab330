"""A spoken topic opening a reason, "det er <person>", said again by "han"/"hun" after it.

"det er karen ikk når jeg spiller så synger hun med …" names Karen first and then tells of her
by "hun": written, she is the clause's subject ("Karen synger med …, når jeg spiller"); "det er
ole han bliver så glad" is "Ole bliver så glad". A cleft with its own relative clause ("det er
min søster der holder styr på det") or with no pronoun after the person stays as said.
"""

from __future__ import annotations

from assistant.content.grammar import Grammar, fold
from assistant.content.grammar import bare as _b

_EDGE = ".,;:!?"
_SUBCLAUSE_REACH = 8  # words of a fronted "når …" clause before its "så"


def topic_said_again(text: str, g: Grammar) -> str:
    """Return `text` with a spoken topic "det er <person>" made the subject of the clause that
    says the person again by "han"/"hun"; `text` as said when it has none."""
    words = text.split()
    fillers = g.fillers | g.spoken_fillers
    openers = fillers | g.reason_openers
    k = 0
    while k < len(words) and _b(words[k]) in openers:
        k += 1
    if len(words) < k + 4 or _b(words[k]) not in g.comment_subjects:
        return text
    if _b(words[k + 1]) not in g.cleft_verbs or words[k + 1][-1:] in _EDGE:
        return text
    end = _person_end(words, k + 2, g)
    if end is None:
        return text
    person = [w.rstrip(_EDGE) for w in words[k + 2 : end]]
    person[-1] = g.person_names.get(person[-1], person[-1])  # "karen" → "Karen"
    j = end
    while j < len(words) and _b(words[j]) in fillers:
        j += 1  # "det er karen ikk …"
    pronouns = g.others_subjects
    if j < len(words) and _b(words[j]) in pronouns:
        # "det er ole han bliver så glad": "Ole bliver så glad"
        return " ".join([*words[:k], *person, *words[j + 1 :]])
    so_word = fold(g.so_word)
    if j >= len(words) or _b(words[j]) not in g.subordinators or _b(words[j]) == so_word:
        return text
    so = next(
        (
            s
            for s in range(j + 2, min(len(words) - 2, j + _SUBCLAUSE_REACH))
            if _b(words[s]) == so_word
        ),
        None,
    )
    if so is None or _b(words[so + 2]) not in pronouns or not _finite(words[so + 1], g):
        return text
    # "når jeg spiller så synger hun med på alle versene og …": "Karen synger med på alle
    # versene når jeg spiller og …"
    e = next((x for x in range(so + 3, len(words)) if _b(words[x]) in g.main_joins), len(words))
    sub = [w.rstrip(",") for w in words[j:so]]
    main = [*person, words[so + 1], *words[so + 3 : e]]
    return " ".join([*words[:k], *main, *sub, *words[e:]])


def _person_end(words: list[str], i: int, g: Grammar) -> int | None:
    """The end of a person named at i: a first name ("Karen", "karen" of the names data), or
    a possessive and a kin word, maybe with the name after it ("min nabo Grethe")."""
    core = words[i].rstrip(_EDGE)
    if _name(core, g):
        return i + 1
    if _b(core) not in g.possessive_words or i + 1 >= len(words):
        return None
    kin = words[i + 1]
    if _b(kin.rstrip(_EDGE)) not in g.kin_before_names:
        return None
    if kin[-1:] not in _EDGE and i + 2 < len(words) and _name(words[i + 2].rstrip(_EDGE), g):
        return i + 3  # "min nabo Grethe"
    return i + 2


def _name(core: str, g: Grammar) -> bool:
    """True for a first name: written with a capital and no word of the grammar, or one of the
    names data in lower case."""
    if not core.isalpha():
        return False
    if core.islower():
        return core in g.person_names and core not in g.lemma_forms
    b = _b(core)
    return core[:1].isupper() and b not in g.subject_pronouns | g.function_words


def _finite(word: str, g: Grammar) -> bool:
    """True for a finite verb ("synger", "sidder", "kan")."""
    return g.is_present(word) or g.is_past(word) or _b(word) in g.modals | g.past_words
