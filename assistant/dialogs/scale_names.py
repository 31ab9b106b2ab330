"""A scale number named as a number or a place ("nummer et", "nr. 2", "et-tallet", "en 2'er",
"den første") read as the bare number, so a scale answer said that way is read like "et"."""

from __future__ import annotations

from assistant.content.dialogue import Dialogue
from assistant.content.grammar import fold

_DIGITS = frozenset("12345")


def _words(dialogue: Dialogue, key: str) -> frozenset[str]:
    """The folded one-word entries of a word list of dialogue.yaml."""
    return frozenset(fold(w) for w in dialogue.words.get(key, ()) if " " not in w)


def named_numbers(said: list[str], numbers: set[str], dialogue: Dialogue) -> list[str]:
    """The words of a scale answer (normalised) with every number named as a number or a place
    said as the number alone: "nummer et" / "nr 1" → "et" / "1" (`scale_number_names` before a
    number), "et tallet" / "2 eren" → "et" / "2" (`scale_number_endings` after a number, and
    `scale_digit_endings` after a digit: "2'er" is written so), "den første" → "1" (an ordinal of
    `scale_ordinal_<n>` after one of `scale_ordinal_leads`). Other words are kept as said."""
    names = _words(dialogue, "scale_number_names")
    endings = _words(dialogue, "scale_number_endings")
    digit_endings = _words(dialogue, "scale_digit_endings")
    leads = _words(dialogue, "scale_ordinal_leads")
    ordinals = {
        word: str(value)
        for value in range(1, 6)
        for word in _words(dialogue, f"scale_ordinal_{value}")
    }
    out: list[str] = []
    k = 0
    while k < len(said):
        word, after = said[k], said[k + 1] if k + 1 < len(said) else ""
        if word in leads | names and after in ordinals:
            out.append(ordinals[after])
            k += 2
            continue
        if word in names and after in numbers:
            k += 1  # the number itself comes next
            continue
        out.append(word)
        if word in numbers and (after in endings or (word in _DIGITS and after in digit_endings)):
            k += 1  # past the ending
        k += 1
    return out


def grade_said(said: list[str], dialogue: Dialogue) -> int | None:
    """The value of the grade said as a noun anywhere in a scale answer (normalised words):
    "åh en toer jeg kan kun et par rækker", "hun er vel på en treer hun kan gå 200 meter" → 2,
    3 (`scale_grades`, each valued by the `scale_<n>` list holding it); other numbers and
    quantities beside it do not count. A grade of two words (`scale_grade_phrases`: "en etter",
    said so as the bare word is another's) counts the same. None when no grade is said, or
    grades of two values."""
    grades = _words(dialogue, "scale_grades")
    phrases = frozenset(fold(w) for w in dialogue.words.get("scale_grade_phrases", ()))
    valued = {
        word: value
        for value in range(1, 6)
        for word in (fold(w) for w in dialogue.words.get(f"scale_{value}", ()))
        if word in grades | phrases
    }
    pairs = (" ".join(said[k : k + 2]) for k in range(len(said) - 1))
    values = {valued[w] for w in (*said, *pairs) if w in valued}
    return values.pop() if len(values) == 1 else None
