"""A clause of the speaker's first language said between the marks of a Danish answer ("fordi
jeg er skotte igen, it's in my blood, når jeg spiller"): kept in the stored answer, left out of
the text the goal sentence quotes.

A part between marks is foreign when it holds at least two words, every one of them unknown to
the Danish tables or a function word of another language (spelling.yaml
`foreign_function_words`), with one such function word that is no Danish word ("is", ice, is
one) or two unknown words beside it ("family is everything"), and a word in lower case (two
names said alone are no clause); or when three of its words are such function words, at least two
and as many as its other Danish words no Danish words ("it is not so far": "so", "far" are
Danish too). Danish parts with a slip or two ("hjmme hjlp") hold no foreign function word and
stay; a part with one Danish word ("that's fine") stays whole. A part right after a verb of
saying ("fordi min datter siger, you can do it, mor") is what another said: it stays, or the
reason would keep a "siger," with nothing said.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.content.grammar import fold

__all__ = ["without_foreign_parts"]

_MIN_WORDS = 2
_MANY_SAID = 3  # function words of another language that make a part foreign by themselves
_PART = re.compile(r"([^,.;:!?]+)([,.;:!?]*)")
_APOSTROPHES = "'’"
_STRIPPED = _APOSTROPHES + '"()'  # what _foreign strips off each word of a part
# the words of every part at once: a part is split at the marks, its words at white space
_WORDS = re.compile(r"[\s,.;:!?]+")


def without_foreign_parts(
    text: str,
    known: Callable[[str], bool],
    function_words: frozenset[str],
    saying: frozenset[str] = frozenset(),
) -> str:
    """text without its foreign parts (see the module); as told when none is in it or nothing
    else would be left. `known(lower)` tells a word of the Danish tables; `saying` are the verbs
    of saying whose quote stays ("siger, you can do it")."""
    if not function_words:
        return text
    if function_words.isdisjoint(w.strip(_STRIPPED) for w in _WORDS.split(text.lower())):
        return text  # no function word of another language in any part (most answers)
    parts = [(m.group(1), m.group(2)) for m in _PART.finditer(text)]
    foreign = [
        _foreign(words, known, function_words) and not (k and _quoted(parts[k - 1], saying))
        for k, (words, _mark) in enumerate(parts)
    ]
    if not any(foreign) or all(foreign):
        return text
    out: list[str] = []
    for k, (words, mark) in enumerate(parts):
        if not foreign[k]:
            out.append(words + mark)
            continue
        ends = mark.strip()
        if out and ends != "," and (ends or k == len(parts) - 1):
            kept = out[-1].rstrip().rstrip(",")
            # "…, it's in my blood." → "…."; "Det er mit mål. Thank you." → "Det er mit mål."
            out[-1] = kept if kept[-1:] in ".;:!?" else kept + ends
    joined = "".join(out).strip()
    return joined if joined else text


def _quoted(before: tuple[str, str], saying: frozenset[str]) -> bool:
    """True when the part `before` ends in a verb of saying (`saying` folded to ASCII) and a
    comma: what follows is said."""
    words, mark = before
    last = words.split()[-1:]
    return mark.strip() == "," and bool(last) and fold(last[0].lower()) in saying


def _foreign(part: str, known: Callable[[str], bool], function_words: frozenset[str]) -> bool:
    """True for a part of another language (see the module)."""
    words = [w.strip(_STRIPPED) for w in part.split()]
    if len(words) < _MIN_WORDS:
        return False
    if not any(w[:1].islower() for w in words[1:]) and not words[0][:1].islower():
        return False  # "Birthe Hansen": names said alone
    lowered = [w.lower() for w in words]
    said = [w for w in lowered if w in function_words]
    foreign = [w for w in said if not known(w)]
    danish = [w for w in lowered if w not in function_words and known(w)]
    if len(said) >= _MANY_SAID and len(foreign) >= max(_MIN_WORDS, len(danish)):
        return True  # "it is not so far": "so", "far" are Danish words too
    unknown = 0
    for w in lowered:
        if w in function_words:
            continue
        plain = "".join(c for c in w if c not in _APOSTROPHES)
        if not plain.isalpha() or known(plain):
            return False
        unknown += 1
    # "hjemmelavet is": a Danish "is" (ice) and one unknown word make no clause foreign;
    # "family is everything" does; "karl johan", "Buddha tempel" (no function word) do not
    return bool(foreign) or (bool(said) and unknown >= _MIN_WORDS)
