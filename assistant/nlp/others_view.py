"""Another person's view of the citizen, denied by the citizen's own firm resource: "jeg kan
sagtens huske mine aftaler selv …, det er kun min datter der synes jeg er blevet glemsom",
"far kan stadig godt selv køre til brugsen, det er naboen der mener han er blevet for glemsom".

A person named (a role or kin of the people lexicon), maybe a relative pronoun after it, and a
verb of thinking (`view_verbs`: "synes", "mener", "tror", not "siger", which reports) open that
person's view, to the clause's end. A difficulty cue inside it is only what the other thinks:
it says nothing of the citizen when a firm resource ("kan sagtens", "klarer fint", "selv") is
said before the person. A view said alone ("min datter synes jeg er blevet glemsom") or beside
a difficulty of the citizen's own stays the difficulty.
"""

from __future__ import annotations

from collections.abc import Sequence

VIEW_REACH = 8  # words from a view's verb to a difficulty cue inside it
FIRM_LABEL = "resource_firm"  # the stance rules' label of a resource said firmly


def in_others_view(words: Sequence[str], matches, s: int, lex) -> bool:
    """True when the cue at s lies in another person's view (see the module) with a firm
    resource cue before that person."""
    ends = lex.clause_breaks | {","}
    for k in range(s - 1, max(-1, s - 1 - VIEW_REACH), -1):
        if words[k] in ends:
            return False
        if words[k] not in lex.view_verbs:
            continue
        p = k - 1 if k > 0 and words[k - 1] in lex.relative_pronouns else k
        if p < 1 or words[p - 1] not in lex.people:
            return False
        return any(lab == FIRM_LABEL and e <= p - 1 for lab, _s, e in matches)
    return False
