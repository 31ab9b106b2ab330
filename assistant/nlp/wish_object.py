"""The things, people and condition said beside the wish's verb phrase: they belong to the goal.

"lave sin egen morgenmad igen, kaffe og et par stykker rugbrød": a list of things after a comma
says what the wish is about; "vande sin have igen, især rosenbedet og tomaterne i drivhuset": so
does a part that singles things out; "snakke i telefon igen, med min datter og med hans gamle
kammerat": a part that opens with "med" says whom it is with. "komme op fra gulvet hvis jeg
falder": a condition of a mishap defines the task. A part with a verb or a subject of its own (a
story, someone else's doing) gives nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.nlp.clauses import verb_like
from assistant.nlp.wish_place import next_part

_PART_MAX = 12  # words of a verbless part read for things or people
_CONDITION_MAX = 4  # words of a condition after its verb ("hvis jeg falder igen")


def object_tail(
    words: Sequence[str],
    kept: list[int],
    cues,
    spans: dict[int, int],
    punct: Sequence[bool],
    finite: Callable[[int], bool],
    amount: Callable[[int], bool] = lambda _j: False,
    unit: Callable[[int], bool] = lambda _j: False,
) -> list[int]:
    """The token indices of the things or people said in the part after the wish's phrase
    `kept` (with the mark before it when the part needs a comma); empty when none.

    `spans` are the dates and frequencies (start → end), `finite` tells a finite verb, `amount`
    a number ("drikke mere, mindst 6 glas vand om dagen": a count with its rate), `unit` a unit
    of a measure ("en halv time om dagen": the measure's, said by the goal itself)."""
    if not kept or not (cues.object_focus or cues.object_company):
        return []
    n = len(words)
    skip = cues.place_skip - cues.object_focus
    found = next_part(
        words, kept, spans, punct, lambda w: w in cues.trailing or w in skip
    )  # "… igen om søndagen, med …"
    if found is None:
        return []
    k, mark, _dated = found
    if mark is None or k >= n:
        return []  # the phrase was cut for another reason (a new clause, its length)
    end = k
    while end < n and not punct[end] and end not in spans:
        end += 1
    part = list(range(k, end))
    cut = next((j for j in part if _ends_part(words[j], cues)), None)
    if cut is not None and words[cut] in cues.object_verb_markers:
        return []  # "fylde dosetten og huske at tage dem": no task without its verb's object
    if cut is not None:
        part = part[: part.index(cut)]
    ends = cues.trailing | cues.joins | cues.object_vague_ends
    while part and words[part[-1]] in ends:  # "mælk og brød og så videre"
        part.pop()
    if not part or len(part) > _PART_MAX or words[part[0]] in cues.joins:
        return []
    if _clause(words, part, cues, finite):
        return []  # "…, min kone og jeg", "…, min datter kommer og hjælper": a clause of its own
    first = words[part[0]]
    if first in cues.object_company:  # "…, med min mor": no comma in the goal
        return part
    rate = list(range(end, spans[end])) if end in spans else []
    counted = (first in cues.place_amounts or amount(part[0])) and any(
        amount(j) for j in part + rate
    )
    if counted and not any(words[j] in cues.place_leads or unit(j) for j in part + rate):
        # "drikke mere, mindst 6 glas vand om dagen": how much, with the rate said with it
        return [mark, *part, *rate]
    listed = any(words[j] in cues.joins for j in part[1:])
    if first in cues.object_focus or (listed and first not in cues.place_leads):
        return [mark, *part]  # "…, kaffe og et par stykker rugbrød"
    return []


def _clause(words: Sequence[str], part: list[int], cues, finite) -> bool:
    """True when the part is a clause: it has a subject, or a finite verb that is no thing of a
    list ("boller og kringler", "et par stykker", "sokker og huer": a word opening the part,
    after a determiner, or after a join that follows a thing)."""
    thing = False  # the word before was a thing (or its determiner)
    for j in part:
        w = words[j]
        if w in cues.place_clause_subjects:
            return True
        if w in cues.joins:
            continue  # "… og …": what follows is read against the word before the join
        if w in cues.object_focus or not finite(j):
            thing = True
            continue
        before = words[j - 1] if j > part[0] else None
        if not (
            before is None
            or before in cues.object_determiners
            or (before in cues.joins and thing)
            or _verb_before(words, j - 1, part, cues)
        ):
            return True  # "min datter kommer": a noun and its verb
        thing = True
    return False


def _verb_before(words: Sequence[str], k: int, part: list[int], cues) -> bool:
    """True when word k is an infinitive opening the part or a task ("sætte kartofler": the
    word after it is its object), not a noun after its determiner ("min kone siger")."""
    opens = k == part[0] or words[k - 1] in cues.joins or words[k - 1] in cues.object_focus
    return opens and (words[k] in cues.short_infinitives or verb_like(words[k]))


def _ends_part(word: str, cues) -> bool:
    """True for a word that opens a new clause inside the part ("som", "fordi", "men")."""
    return word in cues.stops or (word in cues.cut_leads and word not in cues.joins)


def condition_tail(
    words: Sequence[str],
    kept: list[int],
    cues,
    punct: Sequence[bool],
) -> list[int]:
    """The token indices of a condition that defines the task ("komme op fra gulvet hvis jeg
    falder igen"), said right after the phrase `kept`, with its mark; empty when none."""
    if not kept or not cues.condition_verbs:
        return []
    n = len(words)
    k = kept[-1] + 1
    while k < n and (words[k] in cues.trailing or punct[k]) and words[k] != ".":
        k += 1
    if k + 2 >= n or words[k] not in cues.condition_leads:
        return []
    if words[k + 1] not in cues.condition_subjects or words[k + 2] not in cues.condition_verbs:
        return []  # "hvis jeg kan", "hvis vejret er godt": no mishap that makes the task; a
        # relative's "hvis hun falder" would need the person shifted in the goal
    out = [k, k + 1, k + 2]
    j = k + 3
    while j < n and not punct[j] and len(out) < 3 + _CONDITION_MAX:
        if _ends_part(words[j], cues) or words[j] in cues.joins:
            break
        out.append(j)
        j += 1
    while words[out[-1]] in cues.trailing:
        out.pop()
    return out
