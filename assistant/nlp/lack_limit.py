"""Today's limit behind a lack ("han kan ikke længere tage opvasken …, han kan kun stå fem
minutter ad gangen"): in a difficulty, an amount after "kan kun"/"kan højst" said after the
activity the person can no longer do tells why, no level to reach, so it is no measure. A limit
said alone ("min mand kan kun sove to timer ad gangen"), or of the verb lacked ("kan ikke sove
om natten, kan kun sove to timer"), is the difficulty itself and stays.

The limit may be said negated too ("min kone kan ikke længere være frivillig …, hun kan ikke stå
op i fire timer", "… kan ikke stå ved komfuret mere end ti minutter"): the amount what she
cannot hold out for, behind the lack, is no measure either; so behind a duty said before "men"
("Jeg skal gå på sprogskole, men jeg kan ikke sidde stille i tre timer"), or behind somebody
else's demand ("Jobcentret vil have mig i praktik, men jeg kan ikke sidde mere end en halv
time"). So is the level said after the negated limit and its comma ("kan ikke stå ved komfuret
længe, kun ti minutter"): how far the person gets today."""

from __future__ import annotations

from collections.abc import Sequence

LACK_GAP = 2  # words between "kan" and its negation ("kan jo ikke", "kan altså ikke")
LIMIT_VERB = 2  # words of the limit's verb before its amount ("kan kun holde til ti minutter")
LACK_VERB = 2  # words after the negation searched for the lacked verb ("ikke længere sove")
STRUGGLE_GAP = 3  # words between the struggle's verb and its amount ("sidder tit og ofte en time")
NEGATED_LIMIT = 5  # words of a negated limit's verb before its amount ("stå ved disken i")


def limit_behind_lack(words: Sequence[str], start: int, lex) -> bool:
    """True for an amount at `start` right after one of limit_modals and one of limit_leads
    ("kan kun stå fem minutter"), two words of the limit's own verb between at most, or after a
    negated one of limit_modals ("kan ikke stå op i fire timer"), with a negated "kan" of
    another verb earlier in the words ("kan ikke længere tage opvasken")."""
    found = _limit_lead(words, start, lex)
    if found is None:
        return False
    modal, lead = found
    k = lead + 1
    while k < start and words[k] in lex.lack_limit_skips:
        k += 1  # "kan ikke længere stå …": the limit's own verb
    verb = words[k] if k < start else None
    return any(
        words[k] in lex.limit_modals
        and any(w in lex.negations for w in words[k + 1 : k + 1 + LACK_GAP])
        and verb not in words[k + 1 : k + 1 + LACK_GAP + LACK_VERB]  # "kan ikke sove … kun sove"
        for k in range(modal)
    ) or (words[lead] in lex.negations and _duty_before(words, modal, lex))


def limit_against(words: Sequence[str], start: int, later: int, lex) -> bool:
    """True for an amount at `start` said as a limit ("kan ikke arbejde mere end fire timer",
    "kan kun arbejde fire timer") before position `later` in the same sentence, where another's
    demand is said ("…, men chefen vil have otte timer": others_demand.py): what the speaker
    cannot hold out for, against the demand, no measure."""
    if not start < later or any(w in lex.sentence_ends for w in words[start:later]):
        return False
    return _limit_lead(words, start, lex) is not None


def struggle_behind_lack(words: Sequence[str], start: int, lex) -> bool:
    """True for an amount at `start` a few words after one of lack_struggle_verbs, no clause
    break between, with a negated "kan" of another verb earlier ("han kan ikke bøje sig ned til
    fødderne, han sidder en halv time på sengekanten"): how long the struggle lasts, no measure."""
    verb = next(
        (
            k
            for k in range(start - 1, max(-1, start - 2 - STRUGGLE_GAP), -1)
            if words[k] in lex.lack_struggle_verbs
        ),
        None,
    )
    if verb is None or any(w in lex.clause_breaks or w == "," for w in words[verb:start]):
        return False
    return any(
        words[k] in lex.limit_modals
        and any(w in lex.negations for w in words[k + 1 : k + 1 + LACK_GAP])
        and verb > k + LACK_GAP + LACK_VERB
        and not any(w in lex.sentence_ends for w in words[k:verb])
        for k in range(verb)
    )


def apposed_limit(words: Sequence[str], start: int, lex) -> bool:
    """True for an amount at `start` right after a comma and one of limit_leads, said after a
    negated one of limit_modals in the clause before the comma ("Jeg kan ikke stå ved komfuret
    længe, kun ti minutter", "han kan ikke gå langt mere, højst 200 meter"): how far the person
    gets today, no level to reach."""
    if start < 3 or words[start - 1] not in lex.limit_leads or words[start - 2] != ",":
        return False
    for k in range(start - 3, -1, -1):
        if words[k] in lex.sentence_ends or words[k] in lex.clause_breaks or words[k] == ",":
            return False
        if words[k] in lex.negations:
            before = range(k - 1, max(-1, k - 1 - LACK_GAP), -1)  # "kan ikke", "kan hun ikke"
            return any(words[j] in lex.limit_modals for j in before)
    return False


def _duty_before(words: Sequence[str], modal: int, lex) -> bool:
    """True for a duty said before the limit's modal at `modal`, "men" between ("Jeg skal gå på
    sprogskole, men jeg kan ikke sidde stille i tre timer"): the limit stands behind it."""
    contrast = next(
        (k for k in range(modal - 1, -1, -1) if words[k] in lex.lack_duty_contrasts), None
    )
    if contrast is None or any(w in lex.sentence_ends for w in words[contrast:modal]):
        return False
    return any(
        (
            words[k] in lex.lack_duty_modals
            and not any(w in lex.negations for w in words[k + 1 : k + 1 + LACK_GAP])
            or _demand_at(words, k, lex)
        )
        and not any(w in lex.sentence_ends for w in words[k:contrast])
        for k in range(contrast)
    )


def _demand_at(words: Sequence[str], k: int, lex) -> bool:
    """True for one of lack_duty_demands at `k` not said by the speaker ("Jobcentret vil have
    mig i praktik"): somebody else's demand, a duty as "skal" is; "jeg vil have ..." is none."""
    if k > 0 and words[k - 1] in lex.self_words:
        return False
    return any(tuple(words[k : k + len(p)]) == p for p in lex.lack_duty_demands)


def _limit_lead(words: Sequence[str], start: int, lex) -> tuple[int, int] | None:
    """(modal, lead) of the limit the amount at `start` is said in: "kan kun"/"kan højst" two
    words of its verb before it at most, or a negated modal ("kan ikke", "kan hun ikke") a few
    words before it, no clause break between; None when neither."""
    reach = range(start - 1, max(0, start - 2 - LIMIT_VERB), -1)
    lead = next((k for k in reach if words[k] in lex.limit_leads), None)
    if lead is not None:
        return (lead - 1, lead) if lead > 0 and words[lead - 1] in lex.limit_modals else None
    ends = lex.clause_breaks | {","}
    for k in range(start - 1, max(0, start - 2 - NEGATED_LIMIT), -1):
        if words[k] in ends:
            return None
        if words[k] in lex.negations:
            before = range(k - 1, max(-1, k - 1 - LACK_GAP), -1)  # "kan ikke", "kan hun ikke"
            modal = next((j for j in before if words[j] in lex.limit_modals), None)
            return None if modal is None else (modal, k)
    return None
