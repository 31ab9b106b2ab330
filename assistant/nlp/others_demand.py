"""Another person's demand said against the citizen's own lack is no wish of the citizen's.

"Jeg kan ikke arbejde mere end fire timer, så jeg bliver meget træt, men chefen vil have otte
timer", "jeg kan ikke gaa mere end 200 meter men min datter vil have at jeg gaar en tur hver
dag": the speaker tells what they cannot do, and after a contrast word ("men") a named person
(the boss, the doctor, a daughter: a person word, an owner before it at most) wants something
("vil have", "vil have at …"). The wish is that person's, not the citizen's goal: its cue is
dropped (the stance follows the speaker's lack), its amount is no measure, and the amount the
speaker cannot hold out for is what stands against the demand, no measure either
(lack_limit.py). The cues of the citizen's doing inside the demand ("…, men naboen vil have at
jeg handler selv") are the demand's too. Said of the citizen by a relative ("Far kan ikke gå
langt, men far vil have en rollator") or with no lack before, the wish stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.wordscan import skip_ahead

DECLINES = frozenset({"refusal", "wish_negated", "difficulty"})
WISH = "wish"
ACTIVITY = "ACT:"


def others_demand_spans(words: Sequence[str], matches, lex) -> tuple[tuple[int, int], ...]:
    """(start, end) of each named person's demand after a contrast word that follows a lack
    of the speaker's own, from the person to the end of its part."""
    if lex.others_wish_verbs.isdisjoint(words) or (
        lex.contrast_words.isdisjoint(words) and lex.demand_institutions.isdisjoint(words)
    ):
        return ()  # no "have", and no "men" nor an institution said (most utterances)
    out = []
    for lab, s, e in matches:
        if lab != WISH:
            continue
        subject = demand_subject(words, s, e, lex)
        if subject is None or not _lack_before(words, matches, subject, lex):
            continue
        out.append((subject[0], _part_end(words, e, lex)))
    return tuple(out)


def demand_subject(words: Sequence[str], s: int, e: int, lex) -> tuple[int, int] | None:
    """(start, person word) of the named person who wants something with the wish cue at s..e
    ("men chefen vil have", "men min datter vil gerne have at"), a contrast word right before
    them; None when the cue is no such demand."""
    k = skip_ahead(words, e, lex.others_wish_fillers)
    if k >= len(words) or words[k] not in lex.others_wish_verbs | lex.others_wish_links:
        return None
    j = s - 1
    if j >= 0 and words[j] in lex.third_person_subjects:
        j -= 1  # "men min kone hun vil have …"
    if j >= 0 and words[j] in lex.demand_institutions:
        # "…, å banken vil ha min underskrift": an institution's demand, after any clause link
        links = lex.contrast_words | lex.demand_links
        return (j, j) if j > 0 and words[j - 1] in links else None
    if j < 0 or words[j] not in lex.people:
        return None
    person = j
    if j > 0 and words[j - 1] in lex.possessives:
        j -= 1
    return (j, person) if j > 0 and words[j - 1] in lex.contrast_words else None


def _lack_before(words: Sequence[str], matches, subject: tuple[int, int], lex) -> bool:
    """True when a lack is said before the contrast word, in the same sentence, and the person
    who wants is not named there (the citizen told of by a relative: "min mor kan ikke …, men
    mor vil have …"); after a lack of a third person's the one who wants is no kin word the
    citizen may be called by ("hun kan ikke …, men min mand vil have …")."""
    at, person = subject
    start = next((k + 1 for k in range(at - 1, -1, -1) if words[k] in lex.sentence_ends), 0)
    named = lex.people.get(words[person])
    if named is not None and named in {lex.people.get(w) for w in words[start:at]}:
        return False
    lacks = [s for lab, s, _e in matches if lab in DECLINES and start <= s < at]
    if not lacks:
        return False
    if not lex.others_wish_own_subjects.isdisjoint(words[start : lacks[0] + 1]):
        return True  # "jeg kan ikke …, men chefen vil have …"
    # a lack told of the citizen ("mor kan ikke …"): a kin word may name the citizen too
    return words[person] not in lex.third_person_nouns


def _part_end(words: Sequence[str], e: int, lex) -> int:
    """The end of the part the demand is said in: the next clause break, or the words' end."""
    return next((k for k in range(e, len(words)) if words[k] in lex.clause_breaks), len(words))


def in_spans(k: int, spans) -> bool:
    """True when position k lies in one of spans."""
    return any(lo <= k < hi for lo, hi in spans)


def without_demands(matches, spans) -> list:
    """The matches less the cues of stance and way inside `spans` (others_demand_spans); the
    activity cues stay ("… vil have at jeg går en tur": the walk)."""
    if not spans:
        return list(matches)
    return [m for m in matches if m[0].startswith(ACTIVITY) or not in_spans(m[1], spans)]
