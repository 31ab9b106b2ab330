"""Short answers read as yes / no / unclear, and change requests as a step, from content patterns.

A pattern (dialogue.yaml `yes_no:` and `change_targets:`) is words separated by spaces:
`a|b` is one of the words, `(a|b)` an optional word, `...` any words in between, `^` at the
start binds the pattern to the beginning of the answer and `$` at the end to its end. Without
`^` a pattern may match anywhere, on whole words. Answers and patterns are compared lower-cased,
without punctuation, with æ/ø/å also spelled ae/oe/aa and filler words left out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.content.files import Problems, as_str_list

YES, NO, UNCLEAR = "yes", "no", "unclear"
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"})
_WORD_OK = re.compile(r"^[^\W_]+$")
#: A letter said three times or more in a row, said long ("jaaa", "nææææh"): read once.
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
#: Groups a pattern file must define under `yes_no:`.
GROUPS = ("affirm_anyway", "deny", "affirm")
#: The word a blanked match is read as (no pattern word; digits survive `normalise`).
BLANK = "0 "


def normalise(
    text: str, fillers: frozenset[str] = frozenset(), spellings: dict[str, str] | None = None
) -> str:
    """Return text lower-cased, ASCII-spelled (ae/oe/aa), a letter said long once ("jaaa"),
    without punctuation or fillers."""
    value = unicodedata.normalize("NFC", str(text or "")).lower()
    value = _STRETCHED.sub(r"\1", value).translate(_ASCII)  # "jaaa", "neeej": said long
    words = re.sub(r"[^\w]+|_", " ", value).split()
    spellings = spellings or {}
    return " ".join(spellings.get(w, w) for w in words if w not in fillers)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Return the regular expression of one pattern; raise ValueError when it is malformed."""
    text = pattern.strip()
    start, end = text.startswith("^"), text.endswith("$")
    tokens = text.removeprefix("^").removesuffix("$").split()
    if not tokens:
        raise ValueError("a pattern needs at least one word")
    pieces = []
    for token in tokens:
        if token == "...":
            pieces.append(r"(?:\S+ )*?")
            continue
        optional = token.startswith("(") and token.endswith(")")
        inner = token[1:-1] if optional else token
        if not all(_WORD_OK.match(w) for w in inner.split("|")):
            raise ValueError(f"bad word in {token!r}")
        words = [normalise(w) for w in inner.split("|")]
        group = "(?:" + "|".join(re.escape(w) for w in words) + ") "
        pieces.append(f"(?:{group})?" if optional else group)
    return re.compile(("^" if start else "(?:^|(?<= ))") + "".join(pieces) + ("$" if end else ""))


@dataclass(frozen=True)
class Patterns:
    """Named groups of compiled patterns over normalised answers."""

    groups: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    fillers: frozenset[str] = frozenset()
    spellings: dict[str, str] = field(default_factory=dict)
    max_words: int = 14

    def matches(self, text: str, group: str) -> bool:
        """True when the (normalised) answer matches a pattern of the group."""
        return self.found(text, group, self.max_words)

    def found(self, text: str, group: str, max_words: int | None = None) -> bool:
        """True when a pattern of the group matches the (normalised) answer of at most
        `max_words` words (any length when None)."""
        norm = normalise(text, self.fillers, self.spellings)
        if not norm or (max_words is not None and len(norm.split()) > max_words):
            return False
        return any(p.search(norm + " ") for p in self.groups.get(group, ()))

    def blanked(self, text: str, groups: tuple[str, ...]) -> str:
        """Return the answer normalised, with the words a pattern of these groups matches each
        put as BLANK (so a "nej" word inside them is read no more, and no new words meet)."""
        norm = normalise(text, self.fillers, self.spellings) + " "
        for name in groups:
            for pattern in self.groups.get(name, ()):
                norm = pattern.sub(lambda m: BLANK * len(m.group().split()), norm)
        return norm.strip()

    def classify(self, text: str) -> str:
        """Return "yes", "no" or "unclear" for a short answer (a no wins over a yes).

        A longer answer is read by its first `max_words` words, and only for a no ("næh det
        synes jeg nu ikke, jeg vil ikke have at kommunen …"): a yes needs a short answer.
        """
        words = normalise(text, self.fillers, self.spellings).split()
        if len(words) > self.max_words:
            head = " ".join(words[: self.max_words])
            deny = self.matches(head, "deny") and not self.matches(head, "affirm_anyway")
            return NO if deny else UNCLEAR
        if self.matches(text, "affirm_anyway"):
            return YES
        if self.matches(text, "deny"):
            return NO
        if self.matches(text, "affirm"):
            return YES
        return UNCLEAR

    def first_group(self, text: str, names: tuple[str, ...]) -> str | None:
        """Return the first of `names` whose patterns match the answer, else None."""
        return next((name for name in names if self.matches(text, name)), None)


def load_patterns(
    raw: Any, path: Path, where: str, required: tuple[str, ...], problems: Problems
) -> Patterns:
    """Parse a mapping of group → pattern list (plus `fillers`, `max_words`), recording problems."""
    if not isinstance(raw, dict):
        problems.add(path, f"{where}: must map group names to pattern lists")
        return Patterns()
    groups: dict[str, tuple[re.Pattern[str], ...]] = {}
    for name, value in raw.items():
        if name in ("fillers", "spellings", "max_words"):
            continue
        compiled = []
        for pattern in as_str_list(value, path, f"{where} '{name}'", problems):
            try:
                compiled.append(compile_pattern(pattern))
            except ValueError as exc:
                problems.add(path, f"{where} '{name}': pattern {pattern!r}: {exc}")
        groups[str(name)] = tuple(compiled)
    for name in required:
        if not groups.get(name):
            problems.add(path, f"{where}: list '{name}' is missing or empty")
    words = as_str_list(raw.get("fillers"), path, f"{where} fillers", problems)
    fillers = frozenset(normalise(w) for w in words)
    spellings_raw = raw.get("spellings") or {}
    if not isinstance(spellings_raw, dict):
        problems.add(path, f"{where}: spellings must map a written word to the word it means")
        spellings_raw = {}
    spellings = {normalise(str(k)): normalise(str(v)) for k, v in spellings_raw.items()}
    max_words = raw.get("max_words", 14)
    if not isinstance(max_words, int) or max_words < 1:
        problems.add(path, f"{where}: max_words must be a positive whole number")
        max_words = 14
    return Patterns(groups=groups, fillers=fillers, spellings=spellings, max_words=max_words)
