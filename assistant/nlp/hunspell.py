"""Expand a Hunspell dictionary (numeric flags, as Debian's hunspell-da) into its word forms.

Dev-time only (`assistant build-spelling`). Suffix rules are applied with one level of
continuation suffixes; prefix rules are skipped (in da_DK they only make hyphenated and
place-name forms). Forms that Hunspell accepts only inside compounds, or only with an affix,
are left out, so every form returned is a word that may stand alone; a form that needs an affix
still takes its continuation suffixes (da_DK's doubled consonant: "butik" → "butikk" →
"butikken").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DICT_DIR = Path("/usr/share/hunspell")


@dataclass(frozen=True)
class Suffix:
    """One suffix rule: strip, add, the flags it carries on, and its condition."""

    strip: str
    add: str
    flags: frozenset[str]
    cond: re.Pattern


@dataclass(frozen=True)
class Affixes:
    """The parts of an .aff file the expansion needs."""

    suffixes: dict[str, list[Suffix]]
    need_affix: str  # flag of forms that stand only with a further suffix
    compound_only: str  # flag of forms that stand only inside a compound
    forbidden: str

    @property
    def not_alone(self) -> frozenset[str]:
        """The flags of forms that may not stand alone."""
        return frozenset((self.need_affix, self.compound_only)) - {""}


def _flags(text: str) -> frozenset[str]:
    return frozenset(f for f in text.split(",") if f)


def read_aff(path: Path) -> Affixes:
    """Parse the suffix rules and the special flags of a numeric-flag .aff file."""
    suffixes: dict[str, list[Suffix]] = {}
    special: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        parts = lines[i].split()
        i += 1
        if len(parts) == 2 and parts[0] in ("NEEDAFFIX", "ONLYINCOMPOUND", "FORBIDDENWORD"):
            special[parts[0]] = parts[1]
        if len(parts) < 4 or parts[0] != "SFX" or parts[1] in suffixes:
            continue
        rules = suffixes.setdefault(parts[1], [])
        for raw in lines[i : i + int(parts[3])]:
            f = raw.split()
            add, _, cont = f[3].partition("/")
            strip = "" if f[2] == "0" else f[2]
            rules.append(
                Suffix(strip, "" if add == "0" else add, _flags(cont), re.compile(f"{f[4]}$"))
            )
        i += int(parts[3])
    return Affixes(
        suffixes,
        special.get("NEEDAFFIX", ""),
        special.get("ONLYINCOMPOUND", ""),
        special.get("FORBIDDENWORD", ""),
    )


def _apply(word: str, flags: frozenset[str], aff: Affixes, depth: int, out: set[str]) -> None:
    for flag in flags:
        for rule in aff.suffixes.get(flag, ()):
            if not rule.cond.search(word) or (rule.strip and not word.endswith(rule.strip)):
                continue
            if aff.compound_only in rule.flags:  # its continuations are compound parts too
                continue
            form = word[: len(word) - len(rule.strip)] + rule.add
            if aff.need_affix not in rule.flags:
                out.add(form)  # else no word itself, but one with its continuation suffixes
            if depth < 1:
                _apply(form, rule.flags, aff, depth + 1, out)


def expand(dic: Path | None = None, aff: Path | None = None) -> dict[str, str]:
    """Return every stand-alone form of the dictionary mapped to its stem (first one seen)."""
    dic = dic or DICT_DIR / "da_DK.dic"
    affixes = read_aff(aff or dic.with_suffix(".aff"))
    forms: dict[str, str] = {}
    not_alone = affixes.not_alone
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        fields = line.split()
        if not fields:
            continue
        word, _, flag_text = fields[0].partition("/")
        flags = _flags(flag_text)
        if affixes.forbidden in flags:
            continue
        stem = next((f[3:] for f in fields[1:] if f.startswith("st:")), word)
        out: set[str] = set() if flags & not_alone else {word}
        _apply(word, flags, affixes, 0, out)
        for form in out:
            forms.setdefault(form, stem)
    return forms


def flagged(flag: str, dic: Path | None = None) -> list[str]:
    """Return the dictionary's entries (as written) that carry `flag` (da_DK: place names)."""
    dic = dic or DICT_DIR / "da_DK.dic"
    out = []
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        word, _, flag_text = line.partition(" ")[0].partition("/")
        if flag in _flags(flag_text):
            out.append(word)
    return out


def tagged_flags(tags: frozenset[str], aff: Path | None = None) -> frozenset[str]:
    """The flags of the .aff file with a suffix rule whose morphological field is one of `tags`
    (da_DK: "+PERF_PART", "+DATID": a verb's classes)."""
    aff = aff or DICT_DIR / "da_DK.aff"
    found = set()
    for line in aff.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) > 5 and parts[0] == "SFX" and parts[-1] in tags:
            found.add(parts[1])
    return frozenset(found)


def split_by_flags(
    flags: frozenset[str], noun_flags: frozenset[str], dic: Path | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    """(the forms only entries with one of `flags` make, their own words aside; the words every
    entry of which has one of `noun_flags`), lower-cased: with a verb's flags and a noun's, the
    participles and verbal nouns no other entry has ("stolet" of stole, "spejlen" of spejle;
    "spejlet" is spejl's definite too), and the words entered as nouns only ("stol", "spejl";
    not "med", "fast": a preposition's and an adjective's entry too)."""
    dic = dic or DICT_DIR / "da_DK.dic"
    affixes = read_aff(dic.with_suffix(".aff"))
    flagged_forms: set[str] = set()
    other: set[str] = set()
    nouns: set[str] = set()
    not_nouns: set[str] = set()
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        fields = line.split()
        if not fields:
            continue
        word, _, flag_text = fields[0].partition("/")
        entry_flags = _flags(flag_text)
        out: set[str] = set()
        _apply(word, entry_flags, affixes, 0, out)
        other.add(word.lower())
        (nouns if entry_flags & noun_flags else not_nouns).add(word.lower())
        if entry_flags & flags:
            flagged_forms |= {f.lower() for f in out}
        else:
            other |= {f.lower() for f in out}
    return frozenset(flagged_forms - other), frozenset(nouns - not_nouns)
