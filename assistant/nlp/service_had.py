"""A service had at its own rhythm is no goal frequency.

"mor har hjemmepleje tre gange om dagen …", "jeg får hjemmehjælp hver fjortende dag": the
frequency right after a service (frequency.yaml service_people) had or received (one of
service_had_verbs before it) tells when the service comes, not how often the citizen wants to
manage something. "jeg vil gerne gå i bad tre gange om ugen" and "hjemmeplejen kommer tre
gange om dagen, men jeg vil selv …" (the wish to take the routine over) are read elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence

SERVICE_GAP = 1  # words between the verb and the service ("har fast hjemmepleje")


def service_had(words: Sequence[str], start: int, lex) -> bool:
    """True when the frequency at `start` follows right after a service that one of
    service_had_verbs has or gets ("har hjemmepleje tre gange om dagen")."""
    k = start - 1
    if k < 1 or lex.people.get(words[k]) not in lex.service_people:
        return False
    return any(words[j] in lex.service_had_verbs for j in range(max(0, k - 1 - SERVICE_GAP), k))
