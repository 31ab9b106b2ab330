"""A person word said as a role someone plays for another ("så jeg kan være hans kone og ikke
kun hans sygeplejerske"): what the one speaking wants to be, no person of the network.

The role follows an infinitive copula of played_role_copulas and an owner ("være hans kone",
"blive hendes datter igen"); one said in a coordination right after it (played_role_links
between: "og ikke kun hans sygeplejerske") is a role too; "skal det være min datter" (one of
played_role_not_after before the copula) says who (content/<lang>/nlp/people.yaml).
"""

from __future__ import annotations

from collections.abc import Sequence

PLAYED_SUBJECT_REACH = 3  # words before the copula searched for "det" ("skal det gerne være")


def played_role(words: Sequence[str], i: int, lex) -> bool:
    """True for the person word at i said as a role played for someone ("være hans kone",
    "… og ikke kun hans sygeplejerske"); not a cleft ("det skal være min søn der hjælper")."""
    if i + 1 < len(words) and words[i + 1] in lex.relative_pronouns:
        return False
    k = i - 1
    while k > 0 and words[k] in lex.named_kin_gap:
        k -= 1  # "hans gode kone"
    if k < 1 or words[k] not in lex.owners:
        return False
    j = k - 1
    if words[j] in lex.played_role_copulas:
        # "skal det være min datter": who it is to be, no role
        return not set(words[max(0, j - PLAYED_SUBJECT_REACH) : j]) & lex.played_role_not_after
    while j >= 0 and words[j] in lex.played_role_links:
        j -= 1  # "… og ikke kun hans sygeplejerske"
    if j < 0 or j == k - 1 or words[j] not in lex.people:
        return False
    return played_role(words, j, lex)
