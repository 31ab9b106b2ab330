"""A spoken topic opening a reason, "det er <person>", said again by "han"/"hun" after it.

"det er karen ikk når jeg spiller så synger hun med …" names Karen first and then tells of her
by "hun": written, she is the clause's subject ("Karen synger med …, når jeg spiller"); "det er
ole han bliver så glad" is "Ole bliver så glad". A cleft with its own relative clause ("det er
min søster der holder styr på det") or with no pronoun after the person stays as said.
"""

from __future__ import annotations

from assistant.content.grammar import Grammar, fold
from assistant.content.grammar import bare as _b
from assistant.nlp.bare_reason import is_people

_EDGE = ".,;:!?"
_SUBCLAUSE_REACH = 8  # words of a fronted "når …" clause before its "så"


def topic_said_again(text: str, g: Grammar) -> str:
    """Return `text` with a spoken topic "det er <person>" made the subject of the clause that
    says the person again by "han"/"hun"; `text` as said when it has none."""
    words = text.split()
    fillers = g.fillers | g.spoken_fillers
    openers = fillers | g.reason_openers
    k = _after(words, _after_open_hedge(words, _after(words, 0, openers), g), openers)
    said_before = words[:k] if k == _after(words, 0, openers) else []  # no hedge sentence
    if len(words) < k + 4 or _b(words[k]) not in g.comment_subjects:
        return text
    if _b(words[k + 1]) not in g.cleft_verbs or words[k + 1][-1:] in _EDGE:
        return text
    at = _after(words, k + 2, g.modal_hedges)  # "det er vel kammeraterne"
    if words[at - 1][-1:] in _EDGE:
        return text
    end = _person_end(words, at, g)
    if end is None:
        return text
    person = [w.rstrip(_EDGE) for w in words[at:end]]
    person[-1] = g.person_names.get(person[-1], person[-1])  # "karen" → "Karen"
    many = _many(person, g) and not _name(person[-1], g)
    if person[0][:1].isupper() and not _name(person[0], g):
        person[0] = person[0].lower()  # "Det er vel Kammeraterne.": no name
    j = _after(words, end, fillers)  # "det er karen ikk …"
    said = _b(words[j]) if j < len(words) else ""
    if said == fold(g.we_word) and g.we_word:
        # "det er vel kammeraterne. vi har spillet …": "kammeraterne og jeg har spillet …"
        return " ".join([*said_before, *person, g.and_word, g.self_subject, *words[j + 1 :]])
    if said in g.others_subjects and (said == g.they_word) == many:
        # "det er ole han bliver så glad": "Ole bliver så glad"
        return " ".join([*said_before, *person, *words[j + 1 :]])
    pronouns = g.others_subjects
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
    return " ".join([*said_before, *main, *sub, *words[e:]])


def _after(words: list[str], i: int, skipped: frozenset[str] | set[str]) -> int:
    """The first index from i on whose word is not one of `skipped`."""
    while i < len(words) and _b(words[i]) in skipped:
        i += 1
    return i


def _after_open_hedge(words: list[str], i: int, g: Grammar) -> int:
    """The index after a hedge said as a sentence of its own before the cleft ("nej, det ved jeg
    sgu ikke. det er vel …"); i when there is none."""
    folded = [_b(w) for w in words]
    at = _after(words, i, g.reason_hedge_noes)
    for hedge in g.reason_open_hedges:
        end = at + len(hedge)
        if tuple(folded[at:end]) == hedge and words[end - 1][-1:] in ".!?":
            return end
    return i


def _person_end(words: list[str], i: int, g: Grammar) -> int | None:
    """The end of a person named at i: a first name ("Karen", "karen" of the names data), a
    possessive and a kin word, maybe with the name after it ("min nabo Grethe"), or people
    ("kammeraterne", "mine børnebørn", "pigerne i koret") said to the sentence's end."""
    if i >= len(words):
        return None
    core = words[i].rstrip(_EDGE)
    if _name(core, g):
        return i + 1
    if _b(core) in g.possessive_words and i + 1 < len(words):
        kin = words[i + 1]
        if _b(kin.rstrip(_EDGE)) in g.kin_before_names:
            if (
                kin[-1:] not in _EDGE
                and i + 2 < len(words)
                and _name(words[i + 2].rstrip(_EDGE), g)
            ):
                return i + 3  # "min nabo Grethe"
            return i + 2
    return _many_end(words, i, g)


def _many_end(words: list[str], i: int, g: Grammar) -> int | None:
    """The end of people named at i ("kammeraterne", "mine børnebørn", "pigerne i koret")."""
    for end in range(min(i + 3, len(words) - 1), i, -1):  # "pigerne i koret" before "pigerne"
        part = [w.rstrip(_EDGE) for w in words[i:end]]
        inside = all(w[-1:] not in _EDGE for w in words[i : end - 1])
        if inside and is_people(part, g) and _many(part, g):
            return end
    return None


def _many(person: list[str], g: Grammar) -> bool:
    """True for people said in the plural ("kammeraterne", "mine venner", "pigerne i koret")."""
    head = _b(person[0] if len(person) == 3 else person[-1])
    return head in g.reason_people_plurals or head.endswith(g.reason_people_ends)


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
