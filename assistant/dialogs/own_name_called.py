"""A citizen's own name in their reason, called out by others ("fordi drengene de råber Allan
Allan når jeg kommer"): the goal says "mit navn" ("… råber mit navn, når jeg kommer"), never the
name; a name stays out of the goal sentence, and "råber jeg" would say something else.

The name is the citizen's own when an answer of theirs says it after a lead of their own ("jeg
hedder Allan", "mit navn er Allan": own_name_leads). It is called out when a verb of
calling_verbs (goals/_grammar.yaml, the one table nlp/own_name.py reads too) stands right
before it, at most one of name_calling_adverbs between ("de råber altid Allan"); the name said
again right after ("Allan Allan", "Allan, Allan") goes with it. Any other place of the name is
left to the rules that read it (own_name, typed_name).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from assistant.content.grammar import EDGE, fold


def own_names(answers: Iterable[str], words: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """The citizen's first names (folded) their own answers say after one of own_name_leads."""
    leads = [tuple(fold(w) for w in lead.split()) for lead in words.get("own_name_leads", ())]
    found: set[str] = set()
    for answer in answers:
        said = [w.strip(EDGE) for w in str(answer or "").split()]
        bare = [fold(w) for w in said]
        for lead in leads:
            for k in range(len(bare) - len(lead)):
                name = said[k + len(lead)]
                if tuple(bare[k : k + len(lead)]) == lead and name[:1].isupper():
                    found.add(fold(name))
    return frozenset(found)


def name_called(
    told: str | None, names: frozenset[str], words: Mapping, verbs: frozenset[str]
) -> str | None:
    """`told` with the citizen's own name called out by others said as own_name_phrase ("mit
    navn"); as told when no name of `names` follows a calling verb of `verbs` (folded)."""
    if not told or not names:
        return told
    adverbs = {fold(w) for w in words.get("name_calling_adverbs", ())}
    phrase = " ".join(words.get("own_name_phrase", ()))
    tokens = str(told).split()
    bare = [fold(t.strip(EDGE)) for t in tokens]
    out: list[str] = []
    k = 0
    while k < len(tokens):
        before = bare[max(0, k - 2) : k]
        called = bool(before) and (
            before[-1] in verbs
            or (len(before) == 2 and before[0] in verbs and before[1] in adverbs)
        )
        if bare[k] not in names or not called or not phrase or tokens[k - 1][-1:] in EDGE:
            out.append(tokens[k])
            k += 1
            continue
        end = k + 1
        while end < len(tokens) and bare[end] in names and tokens[end - 1][-1:] not in ".;:?":
            end += 1  # "Allan Allan", "Allan, Allan": the name called again
        tail = tokens[end - 1][len(tokens[end - 1].rstrip(EDGE)) :]
        out.append(phrase + tail)
        k = end
    return " ".join(out)
