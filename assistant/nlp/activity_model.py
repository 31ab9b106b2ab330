"""A second opinion on the activity: word counts from the team's golden corpus (naive Bayes).

The cue rules (activity.py) decide from the words the content names. On sentences nobody tuned
them on, they mostly fail by choosing the wrong one of two activities a long sentence names
("jeg tør ikke gå ned og vaske tøj mere": the stairs or the laundry). Here every golden sentence
in tests/<lang>/analyze/ (written the way citizens and relatives talk, with its activity set by
hand) counts its content words' lemmas per activity. When the rules' activity is far less likely
than another by those counts, the counts win: a margin of MARGIN natural-log units.

Measured by replaying seven blind rounds (420 sentences written before running the code) on
the code and golden files of the hour each was written: the rules alone chose 367 of 417
activities right, the counts alone 369, the rules with this second opinion 387-390 for a
margin of 4 or 5 and any ALPHA from 0.2 to 1.0. On the next four blind rounds (39-42, 239
activities), counted without them: 0.904 right by the rules alone, 0.950 with the counts
(README, "Activity: a second opinion").

Run `assistant build-activity-model` (activity_model_build.py) after changing golden sentences,
lemmas or spelling; a test checks that the shipped table is current.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.nlp import shipped_table
from assistant.nlp.activity import _stems

ALPHA = 0.5  # add-alpha smoothing of each word's count per activity
MARGIN = 5.0  # log-likelihood units the rules' activity must trail by to be overruled
BACKOFF_MIN = 4  # a compound's part or a clipped form at least this long stands for the word
BACKOFF_HEAD = 3  # … and the rest of the compound at least this long
# log-likelihood units the guess for a wish no rule read must lead the runner-up by: a bare
# "jeg vil gerne kunne klare mig selv" leads by the priors only (about 0.2), a wish with a telling
# word ("tage sine pill", "melde flytning") by 0.8 and more
GUESS_LEAD = 0.75
FILE_NAME = "activity_model.json"


def features(
    words: Sequence[str], lemmas: Sequence[str], stops: Sequence[bool], fillers: Iterable[str]
) -> frozenset[str]:
    """The lemmas the counts are kept for: words with letters only, no stop words or fillers."""
    skip = fillers if isinstance(fillers, (set, frozenset)) else set(fillers)
    return frozenset(
        lem
        for w, lem, stop in zip(words, lemmas, stops, strict=True)
        if not stop and w.isalpha() and w not in skip
    )


@dataclass(frozen=True)
class ActivityModel:
    """Log-likelihoods per activity: a base (every word unseen) and each word's gain."""

    base: dict[str, float]  # log prior of each activity
    unseen: dict[str, float]  # log P(a word never counted for the activity | activity)
    gains: dict[str, dict[str, float]]  # word → activity → log P(word | act) - unseen[act]
    margin: float

    def log_likelihoods(self, feats: Iterable[str]) -> dict[str, float]:
        """Each activity's log-likelihood of these words (words never counted are left out)."""
        known = [self.gains[f] for f in feats if f in self.gains]
        unseen, n = self.unseen, len(known)
        scores = {a: b + unseen[a] * n for a, b in self.base.items()}
        for gain in known:
            for aid, g in gain.items():
                scores[aid] += g
        return scores

    def best(self, feats: Iterable[str]) -> str | None:
        """The counts' most likely activity for these words; None when no word was counted."""
        feats = list(feats)
        if not any(f in self.gains for f in feats):
            return None
        scores = self.log_likelihoods(feats)
        return max(sorted(scores), key=scores.__getitem__)

    def guess(self, feats: Iterable[str], endings: Sequence[str] = ()) -> tuple[str | None, float]:
        """best() of the words with each one the counts never saw backed off to the nearest
        counted word (backed_off), and how many log units it leads the runner-up by: what a
        wish no rule reads is most likely about; (None, 0.0) when no word was counted."""
        feats = self.backed_off(feats, endings)
        if not feats:
            return None, 0.0
        scores = self.log_likelihoods(feats)
        found = max(sorted(scores), key=scores.__getitem__)
        runner_up = max((v for a, v in scores.items() if a != found), default=scores[found])
        return found, scores[found] - runner_up

    def backed_off(self, feats: Iterable[str], endings: Sequence[str] = ()) -> frozenset[str]:
        """The words, each one the counts never saw replaced by a counted one: the form with
        an ending said away ("drikk", "kaff" + `endings`), else the compound's longest last
        part ("hyldeblomst|saft"), else its longest first part ("mælke|kartonen"); a word
        with none is left out."""
        out = set()
        for f in feats:
            near = f if f in self.gains else self._nearest(f, endings)
            if near is not None:
                out.add(near)
        return frozenset(out)

    def _nearest(self, word: str, endings: Sequence[str]) -> str | None:
        if len(word) < BACKOFF_MIN or not word.isalpha():
            return None
        found = next((word + e for e in endings if word + e in self.gains), None)
        if found is not None:
            return found
        for k in range(BACKOFF_HEAD, len(word) - BACKOFF_MIN + 1):  # the longest last part
            found = next(
                (t for t in _stems(word[k:]) if len(t) >= BACKOFF_MIN and t in self.gains), None
            )
            if found is not None:
                return found
        for k in range(len(word) - BACKOFF_HEAD, BACKOFF_MIN - 1, -1):  # the longest first part
            if word[:k] in self.gains:
                return word[:k]
        return None

    def lead(self, feats: Iterable[str], a: str, b: str) -> float:
        """How many log-likelihood units activity a leads b by for these words (0.0 when the
        counts never saw either)."""
        scores = self.log_likelihoods(feats)
        return scores[a] - scores[b] if a in scores and b in scores else 0.0

    def second_opinion(self, feats: Iterable[str], chosen: str) -> str:
        """The rules' `chosen` activity, or the counts' best when `chosen` trails it by more
        than the margin. An activity the counts never saw keeps the rules' choice."""
        scores = self.log_likelihoods(feats)
        if chosen not in scores:
            return chosen
        if max(scores.values()) - scores[chosen] <= self.margin:
            return chosen  # the best trails by no more than the margin (most utterances)
        best = max(scores, key=lambda a: (scores[a], a == chosen))
        return best if scores[best] - scores[chosen] > self.margin else chosen


def from_counts(doc: dict) -> ActivityModel:
    """The model of a built table (see count_table)."""
    alpha, classes = float(doc["alpha"]), doc["classes"]
    total = sum(classes.values())
    unseen = {a: math.log(alpha / (n + 2 * alpha)) for a, n in classes.items()}
    base = {a: math.log(n / total) for a, n in classes.items()}
    gains = {
        word: {
            a: math.log((c + alpha) / (classes[a] + 2 * alpha)) - unseen[a] for a, c in per.items()
        }
        for word, per in doc["words"].items()
    }
    return ActivityModel(base=base, unseen=unseen, gains=gains, margin=float(doc["margin"]))


def load(folder: Path, lang: str, activity_ids: Iterable[str]) -> ActivityModel | None:
    """Read folder/activity_model.json; None when it is not shipped (the rules decide alone)."""

    def parse(doc: dict) -> ActivityModel:
        shipped_table.known_ids(doc["classes"], activity_ids)
        return from_counts(doc)

    return shipped_table.read(folder / FILE_NAME, lang, parse)


def golden_cases(corpus: Path) -> list[tuple[str, str, str]]:
    """(file name, text, activity) of every golden case in corpus/*.yaml whose activity is set."""
    cases = []
    for path in sorted(corpus.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for case in doc.get("cases") or ():
            expect = case.get("expect") or {}
            if expect.get("activity"):
                cases.append((path.name, str(case["text"]), str(expect["activity"])))
    return cases


def count_table(labelled: Iterable[tuple[frozenset[str], str]], lang: str) -> dict:
    """The table written to activity_model.json: how many sentences per activity, and per word
    how many sentences of each activity had it."""
    classes: dict[str, int] = {}
    words: dict[str, dict[str, int]] = {}
    for feats, aid in labelled:
        classes[aid] = classes.get(aid, 0) + 1
        for f in feats:
            per = words.setdefault(f, {})
            per[aid] = per.get(aid, 0) + 1
    return {
        "language": lang,
        "source": f"tests/{lang}/analyze/*.yaml (golden sentences with an activity)",
        "alpha": ALPHA,
        "margin": MARGIN,
        "sentences": sum(classes.values()),
        "classes": classes,
        "words": words,
    }
