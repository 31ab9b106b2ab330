"""Another person's wish for the citizen, turned down by the citizen: "min datter vil ha a ska
ha en komfurvagt men det vil a int", "sønnen vil have mig til at få en rollator, men det gider
jeg ikke". The wish is the other's, not a goal of the citizen's: its cues are dropped, and the
stance follows what the citizen says of it.

A wish cue ("vil", "gerne") not said by the speaker (`others_wish_own_subjects` not right
before it), followed past `others_wish_fillers` by one of `others_wish_verbs` ("have", "ha"),
maybe `others_wish_links` ("at"), and one of `others_wish_targets` ("jeg", "mig"), is another's
wish for the one speaking; it is dropped only when a negated cue of the speaker's own (a
refusal, a negated wish or a difficulty: "det vil jeg ikke", "det gider jeg ikke") follows in a
later part (after a contrast word, a comma or a sentence end). "min datter vil have at jeg
skriver til hende hver dag" and "han vil gerne have at jeg viser ham …" (a neighbour speaking
of the citizen) keep their wish.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.wordscan import skip_ahead

DECLINES = frozenset({"refusal", "wish_negated", "difficulty"})
WISH = "wish"


def _target_end(words: Sequence[str], e: int, lex) -> int | None:
    """The index after "have (at) jeg/mig" when it follows the wish cue ending at e."""
    return wished_for_speaker(
        words,
        e,
        lex.others_wish_fillers,
        lex.others_wish_verbs,
        lex.others_wish_links,
        lex.others_wish_targets,
    )


def wished_for_speaker(words: Sequence[str], e: int, fillers, verbs, links, targets) -> int | None:
    """The index after "(gerne) have (at) jeg/mig" from e (right after a wish verb): the one
    speaking is what the wish is about, so its subject is someone else; else None."""
    k = skip_ahead(words, e, fillers)
    if k >= len(words) or words[k] not in verbs:
        return None
    k += 1
    while k < len(words) and words[k] in links:
        k += 1  # "have, at jeg …": a comma and "at"
    return k + 1 if k < len(words) and words[k] in targets else None


def _declined_from(words: Sequence[str], matches, k: int, lex) -> int | None:
    """The start of the later part (after k) in which a negated cue of the speaker's follows,
    else None."""
    cuts = lex.contrast_words | lex.clause_breaks | {","}
    cut = next((j for j in range(k, len(words)) if words[j] in cuts), None)
    if cut is None or not any(lab in DECLINES and s > cut for lab, s, _e in matches):
        return None
    return cut


def others_wish_spans(words: Sequence[str], matches, lex) -> tuple[tuple[int, int], ...]:
    """(start, end) of each wish of another's for the speaker that the speaker turns down, to
    the end of its part: what the other wishes (an aid too) is no way of the citizen's."""
    if lex.others_wish_verbs.isdisjoint(words) or lex.others_wish_targets.isdisjoint(words):
        return ()  # no "have … jeg" said (most utterances)
    out = []
    for lab, s, e in matches:
        if lab != WISH or (s > 0 and words[s - 1] in lex.others_wish_own_subjects):
            continue
        end = _target_end(words, e, lex)
        cut = None if end is None else _declined_from(words, matches, end, lex)
        if cut is not None:
            out.append((s, cut))
    return tuple(out)


def without_others_wish(words: Sequence[str], matches, spans) -> list:
    """The matches less the wish cues inside `spans` (others_wish_spans)."""
    if not spans:
        return list(matches)
    inside = lambda s: any(lo <= s < hi for lo, hi in spans)  # noqa: E731
    return [m for m in matches if not (m[0] == WISH and inside(m[1]))]


def wisher_named(words: Sequence[str], lemmas: Sequence[str], spans, lex) -> bool:
    """True when a wish of `spans` (others_wish_spans) opens right after the owned person who
    wishes it, a pronoun between at most ("Min kone vil gerne have at jeg går med til
    seniordans, men det gider jeg ikke", "min kone hun vil have at jeg …"): the one speaking
    turns it down, so the speaker is the one the utterance is about."""
    for s, _end in spans:
        k = s - 1
        if k > 0 and words[k] in lex.third_person_subjects:
            k -= 1  # "min kone hun vil have at jeg …"
        if k >= 1 and words[k - 1] in lex.possessives and lemmas[k] in lex.people:
            return True
    return False
