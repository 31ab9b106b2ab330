"""A duration told in a past event's clause: "efter hun sad fast i den i to timer", "da jeg lå
på gulvet i tre timer". A time lead (motivation.yaml `time_leads`), its subject, a past verb
(listed or with a past ending) and the duration a few words on, with no clause break between:
how long the event lasted, no level to reach (blind corpus 85 Louise). A present clause ("når
jeg sidder i to timer") or the main clause after the time clause ("da jeg var ung, kunne jeg gå
i to timer") is no story of this kind."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon
from assistant.nlp.clauses import is_past_verb

STORY_REACH = 8  # words from the time lead to the duration ("efter hun sad fast i den i to")
VERB_AFTER = 2  # words after the subject in which its past verb stands ("da jeg så sad")


def story_duration(words: Sequence[str], start: int, lex: Lexicon) -> bool:
    """True for the duration starting at `start` inside a past event's time clause."""
    leads = lex.motivation.time_leads
    subjects = lex.classes.get("subj_any", ())
    for k in range(start - 1, max(-1, start - 1 - STORY_REACH), -1):
        w = words[k]
        if w in lex.clause_breaks or w == ",":
            return False
        if w in leads:
            if k + 2 >= start or words[k + 1] not in subjects:
                return False
            if any(w in subjects for w in words[k + 2 : start]):
                return False  # "da jeg var ung kunne jeg gå i to timer": the main clause's
            return any(
                is_past_verb(words[j], lex) for j in range(k + 2, min(start, k + 2 + VERB_AFTER))
            )
    return False
