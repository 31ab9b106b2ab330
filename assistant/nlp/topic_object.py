"""A spoken topic opening a reason: a kin word said alone, then the citizen's own clause that
says the person again as its object.

"barnebarnet, og jeg har lovet ham at lære ham at bøde garn" (what is left when the
grandson's own story between is cut) names the grandson first and then tells of him by "ham":
written, he is the object where "ham" stands ("jeg har lovet mit barnebarn at …").
"""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_EDGE = ".,;:!?"
_OBJECT_REACH = 4  # words from the citizen's "jeg" to the object that says the topic again


def topic_as_object(words: list[str], g: Grammar) -> list[str]:
    """`words` with a kin topic said alone, maybe with a name, before the citizen's clause
    ("barnebarnet, og jeg har lovet ham …", "min søn Henrik, og jeg …") put where the clause
    says it again as "ham"/"hende", as the citizen's own ("mit barnebarn": agreement mended
    later); `words` as said otherwise."""
    owned = bool(words) and _b(words[0]) in g.possessive_words  # "min datter, og jeg …"
    t = 1 + owned
    if len(words) < t + 3:
        return words
    said = words[t - 1].rstrip(_EDGE).lower()
    kin = g.lemma_forms.get(said) or said
    if not _kin(kin, g) or not g.own_possessive:
        return words
    topic = [words[0], said] if owned else [g.own_possessive, kin]
    while words[t - 1][-1:] != "," and t < len(words) - 3 and words[t][:1].isupper():
        topic.append(words[t].rstrip(_EDGE))  # "min søn Henrik, og jeg …": his name
        t += 1
    if words[t - 1][-1:] != ",":
        return words
    k = t + 1 if _b(words[t]) in g.main_joins else t
    if _b(words[k]) != g.self_subject:
        return words
    for j in range(k + 1, min(len(words), k + 1 + _OBJECT_REACH)):
        if _b(words[j]) in g.object_pronouns:
            topic[-1] += words[j][len(words[j].rstrip(_EDGE)) :]  # "ham," keeps its comma
            return [*words[k:j], *topic, *words[j + 1 :]]
        if words[j][-1:] in _EDGE:
            break
    return words


def _kin(lemma: str, g: Grammar) -> bool:
    """True for a word naming kin ("barnebarn", "datter", "svigersøn")."""
    folded = _b(lemma)
    return any(folded == k or folded.endswith(k) for k in g.kin_before_names)
