"""A kin word as the speaker's helper ("min mand må hjælpe mig om natten", "datteren skal
hjælpe mig med indkøbet"): the modal says the help needed, the speaker is the citizen."""

from __future__ import annotations

from collections.abc import Sequence

HELP_GAP_REACH = 3  # words of kin_help_gap between the modal and the help verb


def helps_speaker(words: Sequence[str], j: int, lex) -> bool:
    """True for a modal at `j` followed (kin_help_gap words between) by one of kin_help_verbs
    and one of kin_help_objects ("må hjælpe mig", "skal jo altid hjælpe os")."""
    n = len(words)
    if j >= n or words[j] not in lex.classes.get("modal", ()) or words[j] in lex.wish_verbs:
        return False  # "min mand vil gerne hjælpe mig": his wish
    k = j + 1
    while k < n and k <= j + HELP_GAP_REACH and words[k] in lex.kin_help_gap:
        k += 1
    return k + 1 < n and words[k] in lex.kin_help_verbs and words[k + 1] in lex.kin_help_objects
