"""A later clause of the citizen's own reason that tells the past of someone called only by first
name ("… og Else holdt altid haven så fin så det er min måde at holde hendes have på") is the
story, not the reason: the name of a person whose relation is not told never enters the goal.
The clause goes with its join, and the rest of the sentence with it when the rest points back
to that person as subject or owner ("hendes have"; "så jeg vil passe dem for ham" is the
citizen's own purpose); a name said with its relation ("og min kone Else …"), a present clause
("og Karen synger med") and the first clause stay.
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, nfc
from assistant.content.grammar import bare as _b


def without_named_past(text: str, g: Grammar) -> str:
    """The text without a later clause that tells a named person's past (see the module)."""
    words = text.split()
    for i in range(2, len(words) - 1):
        if not _named_past_at(words, i, g):
            continue
        end = next((j + 1 for j in range(i, len(words)) if words[j][-1:] in EDGE), len(words))
        if end < len(words) and words[end - 1][-1:] not in ".!?":
            stop = next(
                (j + 1 for j in range(end, len(words)) if words[j][-1:] in ".!?"), len(words)
            )
            # the named person told again as subject or owner; an object ("for ham") or "dem"
            # in the citizen's own clause is her purpose ("så jeg vil passe dem for ham")
            back = g.citizen_pronouns | g.citizen_possessives
            if any(_b(w) in back for w in words[end:stop]):
                end = stop  # "…, så det er min måde at holde hendes have på": her story
        mark = words[end - 1][len(words[end - 1].rstrip(EDGE)) :]
        kept = words[: i - 1]
        if kept:
            kept[-1] = kept[-1].rstrip(",") + mark  # "jeg savner haven, så jeg vil …"
        return " ".join([*kept, *words[end:]])
    return text


def _named_past_at(words: list[str], i: int, g: Grammar) -> bool:
    """True for a first name at i after "og"/"men" or a comma, its verb in the past next ("og
    Else holdt", "men Erik passede"), in a sentence that has told a clause before it."""
    join = words[i - 1]
    if join[-1:] in EDGE or _b(join) not in g.main_joins or words[i - 2][-1:] in ".!?":
        return False
    name, verb = words[i], nfc(words[i + 1])
    if _b(verb) in g.citizen_pronouns and i + 2 < len(words):
        verb = nfc(words[i + 2])  # "og Else hun holdt": the name said again

    if name[-1:] in EDGE or not (name[:1].isupper() and name[1:].islower() and name.isalpha()):
        return False
    if _b(name) in g.function_words | g.subject_pronouns:
        return False
    past = g.is_past(verb) or _b(verb) in g.past_words
    return past or (verb.endswith("t") and g.infinitive_of_participle(verb) is not None)
