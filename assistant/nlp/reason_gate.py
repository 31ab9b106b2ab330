"""The quality gate of a reason quoted in the goal sentence: a reason that, after every mend,
still reads as speech or as a second language is kept in `goal.motivation` for staff and left
out of the sentence. It fails on
- a second clause run on with no join and no mark (nlp/reason_commas.run_on_at: "… og så er det
  hyggeligt vi snakker hele vejen"; the composer gives it its comma first);
- a bare body part as a clause's subject (reason_gate_bare_subjects: "når hænder er i jord",
  "fordi ben gør ondt"), where Danish says "hænderne", "mine ben".
Spoken fillers ("haha", "ik") are no failure: the sentence's polish drops them."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.reason_commas import run_on_at


def reason_unwritable(words: str, g: Grammar) -> bool:
    """True when the reason's words fail the gate (see the module)."""
    said = words.split()
    return any(run_on_at(said, i, g) for i in range(len(said))) or _bare_body_subject(said, g)


def _finite(word: str, g: Grammar) -> bool:
    """True for a finite verb form ("er", "glemmer", "kan")."""
    w = _b(word)
    return g.is_present(w) or g.is_past(w) or w in g.modals


def _bare_body_subject(said: list[str], g: Grammar) -> bool:
    """True for a bare body part right after a clause's start and before its finite verb."""
    for k in range(len(said) - 1):
        core = said[k].rstrip(EDGE)
        if core != said[k] or _b(core) not in g.reason_gate_bare_subjects or not core.islower():
            continue
        opens = k == 0 or said[k - 1][-1:] in EDGE or _b(said[k - 1]) in g.noun_subject_leads
        if opens and _finite(said[k + 1], g):
            return True
    return False
