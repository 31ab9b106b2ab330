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


def thing_topic_as_object(words: list[str], g: Grammar) -> list[str]:
    """`words` with a thing of the citizen's said alone before their own clause of will ("min
    krop, jeg vil selv styre den", a second language's "Min krop, jeg vil selv styre.") put
    where the clause says it again as "den"/"det", or after the clause's infinitive when the
    clause ends on it ("jeg vil selv styre min krop."); `words` as said otherwise. A kin topic
    is topic_as_object's."""
    if len(words) < 5 or _b(words[0]) not in g.possessive_words or words[1][-1:] != ",":
        return words
    if _kin(g.lemma_forms.get(_b(words[1])) or _b(words[1]), g):
        return words
    if _b(words[2]) != g.self_subject or _b(words[3]) not in g.modals:
        return words
    topic = [words[0][:1].lower() + words[0][1:], words[1].rstrip(_EDGE)]
    clause = words[2:]
    for j in range(2, len(clause)):
        if _b(clause[j]) in g.pronoun_objects:
            tail = clause[j][len(clause[j].rstrip(_EDGE)) :]  # "den." keeps its stop
            return [*clause[:j], topic[0], topic[1] + tail, *clause[j + 1 :]]
        if clause[j][-1:] in _EDGE and j < len(clause) - 1:
            return words  # the clause goes on past a comma: no object missing at its end
    between = [_b(w) for w in clause[2:-1]]
    last = clause[-1].rstrip(_EDGE)
    if all(w in g.pre_modal_adverbs or w in g.negations for w in between) and (
        _b(last) in g.topic_gap_verbs
    ):
        return [*clause[:-1], last, topic[0], topic[1] + clause[-1][len(last) :]]
    return words
