"""The deed's own tool in a wish said in fragments: "drejebænk. skåle. dreje." is "dreje skåle
på drejebænken".

A noun said bare in a part of its own whose word begins with the verb said alone ("drejebænk"
for "dreje", "symaskine" for "sy", "strikkepinde" for "strikke"), the rest a word of its own
("bænk", "maskine"), is the thing the deed is done on, no object of it: said last with the
lexicon's tool lead and its definite form ("på drejebænken"), while the other bare noun is the
object ("skåle"). A noun that only begins like the verb ("syltetøj" for "sy") is none: its rest
is no word.
"""

from __future__ import annotations

from collections.abc import Callable

#: Letters a tool's own word must have after the verb's stem ("bænk", "maskine").
REST_MIN = 3


def deed_tool(
    verb: str, nouns: dict[int, int], words, is_word: Callable[[str], bool]
) -> int | None:
    """The part of `nouns` ({part: word}) that names the tool of `verb` (see the module), when
    exactly one does and another noun is left to be the object; None otherwise."""
    stems = {verb, verb[:-1]} if verb.endswith("e") else {verb}
    tools = [
        n
        for n, k in nouns.items()
        if any(
            words[k].startswith(stem) and _rest(words[k], stem, is_word) for stem in stems if stem
        )
    ]
    return tools[0] if len(tools) == 1 and len(nouns) > 1 else None


def _rest(word: str, stem: str, is_word: Callable[[str], bool]) -> bool:
    """True when the word after the stem ("drejebænk" after "dreje") is a word of its own."""
    rest = word[len(stem) :]
    return len(rest) >= REST_MIN and is_word(rest)
