"""A wished verb said without its object takes the thing told with the same verb before it: "jeg
har spillet krolf i mange år … jeg vil gerne spille med igen" wishes "spille krolf med igen",
"hun har altid strikket sokker, det vil hun gerne igen at strikke igen" wishes "strikke sokker
igen".

The wish's phrase opens with its verb (or with a lead ending on "at": "i gang med at flette
igen") and has nothing after it but words of stance.yaml
object_back_after ("med", "igen") before its next clause or a function word; the story before
holds another form of that verb ("spillet", "spillede") with a content word right after it (no
function word, no stop word, no pronoun): that word goes in after the wished verb. Any other
phrase stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.group_member import member_group

_MARKS = ",.;:!?"  # a mark said after a word ends its phrase
_LEAD_MAX = 5  # words of a lead before "at" and the wished verb ("komme i gang med at")


def story_object(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    lemmas: Sequence[str],
    stops: Sequence[bool],
    lex,
    g: Grammar,
) -> str | None:
    """The wish's phrase with the object told with its verb before it (see the module)."""
    after = lex.object_back_after
    if not action or not after:
        return action
    phrase = action.split()
    v = _verb_after_lead(phrase, g)
    v = 0 if v is None and g.is_bare_infinitive(phrase[0]) else v
    if v is None or not _objectless(phrase[v:], after, g.function_words):
        return action
    verb = _b(phrase[v])
    wished = next((k for k in range(len(words)) if words[k] == verb), None)
    if wished is None:
        return action
    for k in range(wished - 1):
        if words[k] == verb or (lemmas[k] != verb and g.infinitive_of_participle(words[k]) != verb):
            continue
        thing = words[k + 1]
        if (
            stops[k + 1]
            or not thing.isalpha()
            or thing in g.function_words | g.citizen_pronouns | after
            or thing in (_b(w) for w in phrase)
            or g.is_bare_infinitive(thing)
        ):
            continue
        head, rest = [*phrase[: v + 1], said[k + 1]], phrase[v + 1 :]
        place = _told_place(words, said, k + 2, action, lex, g)
        if place:  # "spillet violin i spillemandslauget": where it was done goes along
            n = 1 if rest and _b(rest[0]) in lex.object_place_after else 0
            head, rest = [*head, *rest[:n], *place], rest[n:]
        return " ".join([*head, *rest])
    return action


def _told_place(
    words: Sequence[str], said: Sequence[str], k: int, action: str, lex, g: Grammar
) -> list[str]:
    """The place said right after the told thing with its own preposition ("i
    spillemandslauget"), when the phrase names no place of its own or the place is a group one
    is in (people.yaml member_groups: the guild beside "i forsamlingshuset"); [] else."""
    if k + 1 >= len(words) or said[k][-1:] in _MARKS:
        return []
    place = words[k + 1]
    own = [_b(t) for t in action.split()]
    if g.place_preposition(place) != words[k] or place in own:
        return []
    if not member_group(place, lex) and any(g.place_preposition(t) for t in own):
        return []
    return [said[k], said[k + 1].rstrip(_MARKS)]


def _verb_after_lead(phrase: list[str], g: Grammar) -> int | None:
    """Where the wished verb stands after a lead that ends on "at" ("i gang med at flette
    igen", "begynde at strikke igen"), else None."""
    for k in range(1, min(len(phrase) - 1, _LEAD_MAX + 1)):
        verb = phrase[k + 1]  # after "at" an infinitive, even one the grammar lacks ("flette")
        if _b(phrase[k]) in g.infinitive_markers and verb.isalpha():
            return None if _b(verb) in g.function_words else k + 1
        if phrase[k][-1:] in ",.;:!?":
            return None
    return None


def _objectless(phrase: list[str], after: frozenset[str], leads: frozenset[str]) -> bool:
    """True when the verb has a word of `after` behind it and only such words before its clause
    ends or a function word goes on ("spille med igen når …", "strikke igen")."""
    for n, w in enumerate(phrase[1:]):
        if n and _b(w) in leads:
            return True
        if _b(w) not in after:
            return False
        if w[-1:] in ",.;:!?":
            return True
    return len(phrase) > 1
