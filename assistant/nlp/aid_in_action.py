"""An aid phrase whose thing the action names already by its definite form ("cykle på cyklen
ned til Brugsen" beside "med den trehjulede cykel med kurv bagpå"): the thing is said once, as
the aid phrase tells it, where the action names it ("cykle på min trehjulede cykel med kurv
bagpå ned til Brugsen")."""

from __future__ import annotations

from assistant.content.grammar import fold
from assistant.nlp.grammar import agree


def aid_into_action(action: str, helper: str, g) -> tuple[str, str]:
    """(action, helper) with the helper's thing put in the action's place for it, and no helper
    left; as they are when the helper is no single aid phrase or the action does not name its
    thing by the definite form."""
    words = helper.split()
    if len(words) < 3 or fold(words[0]).lower() not in g.help_leads:
        return action, helper
    det = fold(words[1]).lower()
    own = g.possessive_words | g.citizen_possessives
    if det not in g.articles | own:
        return action, helper
    at = next((k for k in range(2, len(words)) if fold(words[k]).lower() in g.help_leads), None)
    head = words[: at if at is not None else len(words)]
    if at == 2 or any(fold(w).lower() == fold(g.and_word) for w in head):
        return action, helper  # "med en stok og min rollator": more than one thing
    noun = fold(head[-1].strip(",.;:")).lower()
    definite = fold(g.definite_singular(noun) or "").lower()
    said = action.split()
    k = next((j for j, w in enumerate(said) if definite and fold(w).lower() == definite), None)
    if k is None or k == 0 or fold(said[k - 1]).lower() in g.articles | own:
        return action, helper
    if det in g.articles and det not in g.indefinite_articles.values():
        # "med den trehjulede cykel": the citizen's own ("min trehjulede cykel")
        words = agree([words[0], g.own_possessive, *words[2:]], g)
    return " ".join([*said[:k], *words[1:], *said[k + 1 :]]), ""
