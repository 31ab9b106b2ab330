"""The last resort for the activity: words the Danish thesaurus files under an activity's nouns
and verbs.

content/<lang>/nlp/semantic_cues.json (thesaurus_build.py) maps hyponyms of each activity's
starting nouns ("uldsok" under "strømpe": paaklaedning). The content's cues always decide
first; the table names an activity only for an utterance where no cue, phrase or count did
("jeg vil gerne kunne tage min cardigan selv"), by the word's form, lemma, stem or a
compound's last part ("vinter|cardigan"); its verbs ("lunte", "gnaske": semantic_verbs.py)
only by form or lemma.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.nlp import shipped_table
from assistant.nlp.activity import _stems

FILE_NAME = "semantic_cues.json"
MIN_HEAD = 3  # a compound's first part at least this long ("uld|sok" is too short a tail)
MIN_TAIL = 5  # … and its last part, found in the table, at least this long


@dataclass(frozen=True)
class SemanticTable:
    """The shipped table: nouns (matched by form, lemma, stem, last part) and verb forms."""

    cues: dict[str, str]
    verbs: dict[str, str] = field(default_factory=dict)


def load(folder: Path, lang: str, activity_ids) -> SemanticTable | None:
    """Read folder/semantic_cues.json (word → activity id); None when it is not shipped."""

    def parse(doc: dict) -> SemanticTable:
        cues = {str(k): str(v) for k, v in doc["cues"].items()}
        verbs = {str(k): str(v) for k, v in (doc.get("verbs") or {}).items()}
        shipped_table.known_ids([*cues.values(), *verbs.values()], activity_ids)
        return SemanticTable(cues, verbs)

    return shipped_table.read(folder / FILE_NAME, lang, parse)


def word_activity(word: str, lemma: str, table: dict[str, str]) -> str | None:
    """The activity the table files this word under, by form, lemma, stem or last part."""
    for key in (word, lemma, *_stems(word)[1:]):
        if key in table:
            return table[key]
    if not word.isalpha():
        return None
    for k in range(MIN_HEAD, len(word) - MIN_TAIL + 1):  # the longest last part first
        for key in _stems(word[k:]):
            if len(key) >= MIN_TAIL and key in table:
                return table[key]
    return None


def semantic_activity(
    words: Sequence[str],
    lemmas: Sequence[str],
    stops: Sequence[bool],
    table: dict[str, str],
    skip: frozenset[str] = frozenset(),
    verbs: Mapping[str, str] | None = None,
) -> str | None:
    """The activity most of the utterance's table words name, when one does so alone; a verb
    of `verbs` only as said or by its lemma ("lunter", "spankulerede"), never as a part."""
    votes: dict[str, int] = {}
    verbs = verbs or {}
    for i, (w, lem) in enumerate(zip(words, lemmas, strict=True)):
        if (stops and stops[i]) or w in skip or len(w) < 4:
            continue
        aid = verbs.get(w) or verbs.get(lem) or word_activity(w, lem, table)
        if aid is not None:
            votes[aid] = votes.get(aid, 0) + 1
    if not votes:
        return None
    ranked = sorted(votes.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None  # two activities as strongly: the table does not decide
    return max(votes, key=votes.__getitem__)
