"""A compound written with a hyphen ("SOSU-skolen", "wc-papiret") read by its parts.

The last part is the head: it names the activity when it names one ("SOSU-skolen" is a school);
a last part that names none leaves it to the parts written together ("wc-papiret" as
"wcpapiret"), and then to the first part ("glasåbner-tingen").
"""

from __future__ import annotations

from collections.abc import Callable

MIN_PART = 2  # letters of the last part read as a word of its own ("e-bog", not "x-y")


def hyphen_cues(word: str, index, content, token_cues: Callable):
    """The [(activity, weight)] of a hyphenated word by its parts; () when none names one."""
    lex = content.lexicon
    parts = [p for p in word.strip("-").split("-") if p]
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return ()
    last = parts[-1]
    if len(last) >= MIN_PART and (hits := token_cues(last, lex.lemma(last), index, content)):
        return hits
    joined = "".join(parts)
    if hits := token_cues(joined, lex.lemma(joined), index, content):
        return hits
    first = "".join(parts[:-1])
    return index.parts.get(first) or index.parts.get(lex.lemma(first)) or ()
