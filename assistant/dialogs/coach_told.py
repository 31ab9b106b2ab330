"""A trainer said alone in the answer to who can help, whose club another answer names (pure).

"Han vil så gerne tilbage og spille gåfodbold … i boldklubben" in the wish, then "Træneren
Brian har været på kursus i hjertestarter": the trainer is the club's coach ('træner'), not the
municipality's trainer "træneren" names on its own ('terapeut'), unless an answer names
rehabilitation, the municipality or a centre (nlp/club_coach.py's reading, over the answers).
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.content.grammar import EDGE
from assistant.nlp.club_coach import club_told, rehab_told


def coach_of_club(people: list[str], answer: str, earlier: Iterable[str], lex) -> list[str]:
    """`people` with the label a word of coach_words in `answer` gave ('terapeut') said as
    coach_person, when an `earlier` answer names a club and no answer names rehabilitation;
    as it is when another word of the answer gives that label too ("terapeuten og træneren")."""
    coach = lex.coach_person
    words = _words(answer)
    said = [w for w in words if w in lex.coach_words]
    labels = {lex.people.get(w) for w in said} - {None, coach}
    if not coach or coach in people or len(labels) != 1:
        return people
    label = labels.pop()
    if label not in people or any(lex.people.get(w) == label for w in words if w not in said):
        return people
    # "Fysioterapeuten har foreslået …" in an earlier answer names the therapist as a person of
    # her own: the trainer is someone else; a rehabilitation place or course there still counts
    told = [[w for w in _words(a) if lex.people.get(w) is None] for a in earlier]
    if rehab_told(words, lex) or any(rehab_told(t, lex) for t in told):
        return people
    if not any(club_told(t, lex) for t in told):
        return people
    return [coach if p == label else p for p in people]


def _words(text: str) -> list[str]:
    """The words of an answer, small, without their punctuation."""
    return [w.strip(EDGE).lower() for w in str(text or "").split()]
