"""What the one speaking says of themself that does not make the matter theirs.

Two kinds, both read by `clauses.perspective`: a sentence of its own that only says who the
speaker is ("Jeg er hjemmehjælper. Hr. Jensen kan selv …", "jeg er hendes datter, hun kan ikke
…"), and a statement of the help the speaker gives the one told of ("Min mor spiser næsten ikke
… Hun sidder ved bordet … Jeg laver mad til hende hver dag"). A "jeg" with a wish or a modal
("jeg vil gerne …", "jeg kan ikke undvære hende") is the speaker's own and still counts.
"""

from __future__ import annotations

from collections.abc import Sequence

INTRO_GAP = 3  # speaker_gap words between "jeg er" and the person ("jo bare hans")
HELP_REACH = 6  # words from "jeg" to the ham/hende of the help given ("laver mad til hende")


def intro_end(words: Sequence[str], i: int, lex) -> int:
    """Index after a speaker's introduction opening at i ("jeg er hjemmehjælper." → past the
    "."), 0 when the sentence says more than who the speaker is ("jeg er enke og bor alene")."""
    n = len(words)
    lead = next(
        (
            q
            for q in lex.speaker_leads
            if q[0] in lex.self_words and tuple(words[i : i + len(q)]) == q
        ),
        None,
    )
    if lead is None:
        return 0
    k = i + len(lead)
    start = k
    while k < n and k - start < INTRO_GAP and words[k] in lex.speaker_gap:
        k += 1
    if k >= n or words[k] not in lex.people:
        return 0
    k += 1
    if k + 1 < n and words[k] in lex.intro_tail_preps and words[k + 1] in lex.third_person_objects:
        k += 2  # "jeg er hjemmehjælper hos hende."
    if k < n and (words[k] in lex.sentence_ends or words[k] == ","):
        return k + 1
    return 0


def titled_person(words: Sequence[str], lemmas: Sequence[str], i: int, lex) -> bool:
    """True for a title and a name at i ("hr. Jensen", "fru Hansen"): someone told of."""
    return lemmas[i] in lex.person_titles and i + 1 < len(words) and words[i + 1].isalpha()


def gives_help(words: Sequence[str], i: int, lex) -> bool:
    """True for the speaker's "jeg" at i in a plain statement of what they do for the one told
    of ("jeg laver mad til hende", "så kører jeg ham"): ham/hende in its clause, no modal, no
    wish and no negation ("jeg vil gerne hjælpe hende", "jeg kan ikke løfte ham" stay)."""
    n = len(words)
    modals = lex.classes.get("modal", ())
    if _urges(words, i, lex):
        return True  # "og jeg kan jo ikke tvinge ham": what she cannot make him do is his
    if i + 1 >= n or words[i + 1] in modals or words[i + 1] in lex.wish_verbs:
        return False
    for k in range(i + 1, min(n, i + 1 + HELP_REACH)):
        w = words[k]
        if w in lex.sentence_ends or w == "," or w in lex.negations or w in modals:
            return False
        if w in lex.third_person_objects:
            return True
    return False


def _urges(words: Sequence[str], i: int, lex) -> bool:
    """True for the speaker's "jeg" at i urging the one told of in its clause ("jeg kan jo ikke
    tvinge ham", "jeg kan ikke få hende til det"): an urging verb with ham/hende right after."""
    for k in range(i + 1, min(len(words) - 1, i + 1 + HELP_REACH)):
        if words[k] in lex.sentence_ends or words[k] == ",":
            return False
        if words[k] in lex.urging_verbs and words[k + 1] in lex.third_person_objects:
            return True
    return False
