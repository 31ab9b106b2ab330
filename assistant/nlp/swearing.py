"""Swearing never enters the goal (speech-recognised): "fordi ellers hober det sig op og så
ligner det lort derude ved du og …" is said "fordi ellers hober det sig op og …". A clause
joined by "og"/"men" or after a comma that holds an outburst (nlp/swearing.yaml `outbursts`;
its `intensifiers` are only left out, by spoken_slang) is a spoken outburst, left out with its
join up to the next join or mark; after a first clause that swears, the citizen's own clause
joined on is the reason; a reason that is only such a clause stays out of the goal sentence (its
words stay in the record, for staff).
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def is_swear(word: str, g: Grammar) -> bool:
    """True for an outburst word ("lort", "helvede") or a compound it begins ("lortetrailer")."""
    b = _b(word)
    return b in g.swear_words or any(b.startswith(p) and len(b) > len(p) for p in g.swear_prefixes)


def swears(words: list[str], g: Grammar) -> bool:
    """True when any of the words is a swear word."""
    return any(is_swear(w, g) for w in words)


def after_swearing(words: list[str], g: Grammar) -> list[str]:
    """The words after the last join or comma that follows the last swear word ("ellers ser
    haven ud af helvede og jeg vil selv gøre det" → "jeg vil selv gøre det"); [] when none."""
    last = max((i for i, w in enumerate(words) if is_swear(w, g)), default=-1)
    for j in range(last + 1, len(words) - 1):
        if _b(words[j]) in g.main_joins and words[j][-1:] not in EDGE:
            return words[j + 1 :]
        if words[j][-1:] == ",":
            rest = words[j + 1 :]  # "…, og jeg vil ud": the join after the comma goes too
            joined = len(rest) > 1 and _b(rest[0]) in g.main_joins and rest[0][-1:] not in EDGE
            return rest[1:] if joined else rest
    return []


def without_intensifiers(words: list[str], g: Grammar) -> list[str]:
    """The words without a swear word said only to make the next stronger ("det er fandens
    svært" → "det er svært"); one after "at" or a modal, or before a mark, is a verb ("jeg kan
    ikke nå at pisse") and stays."""
    out: list[str] = []
    for i, w in enumerate(words):
        verb = i > 0 and _b(words[i - 1]) in g.modals | g.infinitive_markers
        if _b(w) not in g.swear_intensifiers or verb or w[-1:] in EDGE or i + 1 == len(words):
            out.append(w)
    return out


def without_swear_clauses(text: str, g: Grammar) -> str:
    """The text with each later clause that holds a swear word left out, its join with it ("og
    så ligner det lort derude ved du og Else …" → "og Else …"); the first clause of a sentence
    stays (without_swearing leaves a reason of it out)."""
    if not g.swear_words:
        return text
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        start = _clause_start(out, g)
        end = _clause_end(words, i, g) if is_swear(words[i], g) and start is not None else None
        if end is None:
            out.append(words[i])
            i += 1
            continue
        mark = words[end - 1][len(words[end - 1].rstrip(EDGE)) :]
        del out[start:]
        if out:
            out[-1] = out[-1].rstrip(",") + ("" if mark == "," else mark)
        i = end
    return " ".join(out)


def _clause_start(out: list[str], g: Grammar) -> int | None:
    """Where the clause the words kept so far end in begins, at its join or after its comma;
    None in the first clause of a sentence."""
    for j in range(len(out) - 1, 0, -1):
        if out[j - 1][-1:] in ".!?":
            return None
        if _b(out[j]) in g.main_joins and out[j][-1:] not in EDGE:
            return j
        if out[j - 1][-1:] in ",;":
            return j
    return None


def _clause_end(words: list[str], i: int, g: Grammar) -> int:
    """Past the last word of the clause that holds words[i]: at a mark or before the next
    join."""
    for j in range(i, len(words)):
        if words[j][-1:] in EDGE:
            return j + 1
        if j + 1 < len(words) and _b(words[j + 1]) in g.main_joins:
            return j + 1
    return len(words)
