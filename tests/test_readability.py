"""Readability (LIX) of everything a citizen reads or hears from content/da/.

LIX = words / sentences + 100 * long words (more than 6 letters) / words. LIX is a measure of
a text; on a fragment of one to six words a single long word decides it ("Tilbage" alone scores
101, the required receipt sentence "Dit forslag er sendt til kommunen." 39), so it says nothing
about a button label. The rules this file checks therefore are:

- every sentence of seven or more words has LIX <= 35 (where the formula starts to describe the
  sentence rather than one word in it);
- every content file, all its citizen-facing sentences taken as one text, has LIX <= 35;
- no sentence is longer than 15 words (one thing at a time).
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from assistant.content import get_content

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
PLACEHOLDER = re.compile(r"\{[^}]*\}")
LIMIT = 35
MEASURED_FROM_WORDS = 7
MAX_WORDS = 15
NOT_PROSE = ("month_", "date_format")  # month names and the date pattern are not sentences
FILE_NAMES = "_file_name"  # staff.yaml: download file names are not sentences


def citizen_texts() -> list[tuple[str, str, str]]:
    """Return (file, where, text) for every text in content/da/ a citizen or staff member reads."""
    content = get_content("da")
    dialogue = content.dialogue
    out = [
        ("texts.yaml", key, value)
        for key, value in (content.texts or {}).items()
        if not key.startswith(NOT_PROSE)
    ]
    for step in dialogue.steps:
        for name in ("prompt", "simple", "offer", "confirm"):
            if getattr(step, name):
                out.append(("dialogue.yaml", f"{step.id}.{name}", getattr(step, name)))
    out += [("dialogue.yaml", f"texts.{k}", v) for k, v in dialogue.texts.items()]
    out += [("cards.yaml", card.id, card.label) for card in dialogue.cards.values()]
    for set_name, labels in (getattr(dialogue, "set_labels", None) or {}).items():
        out += [("cards.yaml", f"{set_name}.{cid}", label) for cid, label in labels.items()]
    out += [("activities.yaml", a.id, a.label) for a in content.activities.values()]
    out += [("activities.yaml", a.id, a.label) for a in content.areas.values()]
    out += [
        ("staff.yaml", key, value)
        for key, value in (content.staff or {}).items()
        if not key.endswith(FILE_NAMES)
    ]
    return out


def sentences(text: str) -> list[str]:
    """Split a text into sentences ({placeholders} removed); fragments count as sentences."""
    text = PLACEHOLDER.sub(" ", text)
    parts = re.split(r"(?<=[.!?:])\s+|\n+", text)
    return [p.strip() for p in parts if WORD.search(p)]


def lix(sentence_list: list[str]) -> float:
    """Return the LIX of a list of sentences taken as one text."""
    words = [w for s in sentence_list for w in WORD.findall(s)]
    long_words = sum(1 for w in words if len(w) > 6)
    return len(words) / len(sentence_list) + 100 * long_words / len(words)


def test_lix_formula_on_known_examples():
    # 8 words, 1 sentence, 2 long words ("spørger", "hverdag"): 8 + 100 * 2 / 8 = 33
    assert lix(["Vi spørger dig om din hverdag i dag."]) == pytest.approx(33.0)
    # Two sentences, 7 words, 2 long: 7 / 2 + 100 * 2 / 7 = 32.07
    assert lix(["Vi spørger dig.", "Hvad drømmer du om?"]) == pytest.approx(3.5 + 200 / 7)
    assert lix(["Tilbage"]) == 101
    assert sentences("Dit mål er: {goal} Er det dit eget mål?") == [
        "Dit mål er:",
        "Er det dit eget mål?",
    ]


def test_there_are_citizen_texts_in_every_file():
    files = {f for f, _, _ in citizen_texts()}
    assert files == {"texts.yaml", "dialogue.yaml", "cards.yaml", "activities.yaml", "staff.yaml"}


def test_every_longer_sentence_is_easy_to_read():
    hard = []
    for file, where, text in citizen_texts():
        for sentence in sentences(text):
            if len(WORD.findall(sentence)) >= MEASURED_FROM_WORDS and lix([sentence]) > LIMIT:
                hard.append(f"{file}: {where}: LIX {lix([sentence]):.0f}: {sentence}")
    assert not hard, "\n".join(hard)


def test_every_content_file_is_easy_to_read_as_a_whole():
    by_file = defaultdict(list)
    for file, _, text in citizen_texts():
        by_file[file].extend(sentences(text))
    scores = {file: lix(found) for file, found in by_file.items()}
    assert all(score <= LIMIT for score in scores.values()), scores


def test_sentences_are_short():
    long_ones = [
        f"{file}: {where}: {sentence}"
        for file, where, text in citizen_texts()
        for sentence in sentences(text)
        if len(WORD.findall(sentence)) > MAX_WORDS
    ]
    assert not long_ones, "\n".join(long_ones)
