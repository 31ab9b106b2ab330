"""The quality gate of a reason quoted in the goal sentence: the reason's second-language body
parts are mended first (a part of learner_body_parts said bare as a clause's subject after its
lead, "fordi når hænder er i jord" → "når hænderne er i jord"; nlp/learner_phrases.py), and a
reason that still says one bare as a clause's subject ("hænder er kolde" opening it) is kept in
`goal.motivation` for staff and left out of the sentence, where Danish says "hænderne", "mine
ben". So is a reason that is a fronted clause whose main clause was cut away ("når fingrene er
varme", "min mor siger: når ryggen gør ondt"), and a mended one with a main clause spliced on
after a comma ("…, jeg glemmer smerter"). A main clause run on with no join is no failure here:
the composer gives every one its comma before the gate (nlp/reason_commas.run_on_commas), and
spoken fillers ("haha", "ik") are dropped by the sentence's polish."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.learner_phrases import body_subjects_definite


def body_parts_mended(told: str, g: Grammar) -> str:
    """The told reason with each bare body part as a subject after its lead written definite,
    before it is cut and cleaned ("når hænder er i jord er jeg glad": "hænderne", no verb
    "hænder" to cut at)."""
    return " ".join(body_subjects_definite(told.split(), g))


def gated_reason(words: str, g: Grammar, learner: bool = False) -> str | None:
    """The reason's words with its bare body parts mended and the comma after a fronted clause,
    or None when it fails the gate (see the module); `learner`: a body part was mended before
    the reason was cut."""
    said = words.split()
    mended = body_subjects_definite(said, g)
    if _bare_body_subject(mended, g) or _lone_fronted_clause(mended, g):
        return None
    if (learner or mended != said) and _comma_splice(mended, g):
        return None  # a mended second language's reason with a main clause spliced on
    return " ".join(_fronted_clause_comma(mended, g))


def reason_unwritable(words: str, g: Grammar) -> bool:
    """True when the reason's words fail the gate even after the mend (see the module)."""
    return gated_reason(words, g) is None


def _bare_body_subject(said: list[str], g: Grammar) -> bool:
    """True for a bare body part right after a clause's start and before its finite verb."""
    for k in range(len(said) - 1):
        core = said[k].rstrip(EDGE)
        if core != said[k] or _b(core) not in g.learner_body_definites or not core.islower():
            continue
        opens = k == 0 or said[k - 1][-1:] in EDGE or _b(said[k - 1]) in g.noun_subject_leads
        if opens and g.is_finite(said[k + 1]):
            return True
    return False


def _lone_fronted_clause(said: list[str], g: Grammar) -> bool:
    """True when the reason, or a quote in it, opens with a lead of a fronted clause
    (verb_second_clause_leads: "når", "hvis") and holds one finite verb at most after it: its
    main clause is missing ("når fingrene er varme"); "jeg er fri, når jeg sidder i båden" has
    its main clause first."""
    quote = next((k + 1 for k in range(len(said) - 1) if said[k].endswith(":")), 0)
    if quote >= len(said) or _b(said[quote]) not in g.verb_second_clause_leads:
        return False
    return sum(g.is_finite(w) for w in said[quote + 1 :]) <= 1


def _comma_splice(said: list[str], g: Grammar) -> bool:
    """True for a subject pronoun and its finite verb right after a comma, after a clause."""
    return any(
        said[k - 1].endswith(",")
        and _b(said[k]) in g.bare_verb_subjects
        and g.is_finite(said[k + 1])
        and any(g.is_finite(w) for w in said[: k - 1])
        for k in range(1, len(said) - 1)
    )


def _fronted_clause_comma(said: list[str], g: Grammar) -> list[str]:
    """The comma Danish writes after a fronted clause that opens the reason, before its main
    clause's verb and subject ("når hænderne er i jorden er jeg glad" → "…i jorden, er jeg")."""
    if len(said) < 4 or _b(said[0]) not in g.verb_second_clause_leads:
        return said
    for m in range(2, len(said) - 1):
        if said[m - 1][-1:] in EDGE:
            return said
        own = any(g.is_finite(w) for w in said[1:m])
        if own and g.is_finite(said[m]) and _b(said[m + 1]) in g.bare_verb_subjects:
            return [*said[: m - 1], said[m - 1] + ",", *said[m:]]
    return said
