"""A goal's own words that name another person's body part cared for ("klippe Svends hår",
"klippe min mands negle", "rede hans hår", "klippe håret på min mand") are a carer's task for
that person, no care of the citizen's own body: a template's `others_body` (owners: genitives
and possessives of another; parts: the body parts) tells them, and the template's ladders about
the citizen's own hair or nails then do not fit (subgoals.py steps the own action down)."""

from __future__ import annotations

from assistant.content.grammar import Grammar, fold, genitive


def names_others_body(
    own: str, owners: tuple[str, ...], parts: tuple[str, ...], leads: tuple[str, ...], g: Grammar
) -> bool:
    """True when `own` says an owner other than the citizen right before a body part ("hans
    hår", a first name's genitive said with its capital: "Svends hår"), or the body part then
    a lead and another person ("håret på min mand", "neglene på ham")."""
    said = [w.strip(",.!?") for w in own.split()]
    folded = [fold(w) for w in said]
    for k in range(1, len(said)):
        if folded[k] not in parts:
            continue
        if folded[k - 1] in owners or _name_genitive(said[k - 1], g):
            return True
        if folded[k - 1] in g.first_person_words:
            continue  # "vaske mit hår for min mand": the citizen's own hair, whoever follows
        after = folded[k + 1 : k + 4]
        if after and after[0] in leads and any(w in owners for w in after[1:]):
            return True
    return False


def _name_genitive(word: str, g: Grammar) -> bool:
    """True for a first name's genitive said with its capital ("Svends", "Lars'")."""
    if not word[:1].isupper() or len(word) < 3 or genitive(word[:-1]) != word:
        return False
    name = word[:-1].lower()
    return name in g.person_names or name in g.noun_names
