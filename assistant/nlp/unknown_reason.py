"""A purpose whose verb is a word no table knows ("så jeg kan klaa mig selv …") is not quoted."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import MotivationCues

EDGE = ",.;:!?"


def reason_verb_unknown(reason: str | None, unknown: Sequence[str], cues: MotivationCues) -> bool:
    """True when the verb of a told purpose ("så jeg kan klaa …", "for at klaa …") is one of
    `unknown` (the words no dictionary or content table knows): the goal would copy a non-word
    in a verb's place, so the reason stays out of the sentence (kept as said for staff)."""
    said = {u.lower() for u in unknown}
    told = [w.strip(EDGE) for w in (reason or "").split()]
    words = [w.lower() for w in told]
    if not said or not words:
        return False
    i = 0
    if words[0] in cues.purpose_words and words[1:2] == [cues.purpose_marker]:
        i = 2  # "for at …"
    elif words[0] in cues.so_words:
        i = 1
        skip = cues.so_subjects | cues.so_modals | cues.so_adverbs | cues.negations
        while i < len(words) and words[i] in skip:
            i += 1  # "så jeg igen kan …"
        if not cues.so_modals & set(words[1:i]):
            return False  # "så Hanne ikke skal …": a name as the subject, no verb's place
    else:
        return False
    # a capitalised word is a name ("så jeg kan besøge Hanne"), never the verb
    return i < len(words) and words[i] in said and told[i].islower()
