"""How one manages, read from an aid brought along or from a single movement done in one go."""

from __future__ import annotations

from collections.abc import Callable, Sequence

BROUGHT = "aid_brought"  # independence.yaml pattern label: "skal have rollatoren med"


def brought_aid(
    words: Sequence[str],
    matches: Sequence[tuple[str, int, int]],
    aids: Sequence[tuple[str, int]],
    later: Sequence[tuple[int, int]],
    lex,
) -> str | None:
    """Return hjaelpemiddel when the part right after a wish says an aid must come along ("…
    det er ikke så langt men jeg skal have rollatoren med", "men han må tage stokken med"): an
    aid in use between the verb and "med", no negation in the phrase ("skal ikke have
    rollatoren med" is none)."""
    if not later:
        return None
    lo, hi = later[0]
    for label, s, e in matches:
        if label != BROUGHT or not lo <= s < hi:
            continue
        if any(w in lex.negations for w in words[s:e]):
            continue
        if any(s < i < e - 1 for _a, i in aids):
            return "hjaelpemiddel"
    return None


def one_motion_go(words: Sequence[str], matches, s: int, e: int, lex) -> bool:
    """True for a selv match at (s, e) that says in one go ("i et hug") right after the phrase
    of a single movement ("rejse mig i et hug", "komme op af stolen i ét hug"): the movement
    done without run-ups, no way of managing alone (independence.yaml one_motion_*)."""
    ind = lex.independence
    if not ind.one_go_words or not any(w in ind.one_go_words for w in words[s:e]):
        return False
    labels = {"ACT:" + a for a in ind.one_motion_activities}
    return any(
        lab in labels and a < s and 0 <= s - b <= ind.one_motion_reach for lab, a, b in matches
    )


def wished_way_round(words: Sequence[str], matches, lo: int, hi: int, lex) -> bool:
    """True for a part whose difficulty is worked round by a wish after "så" ("men hun kan ikke
    stå ved kassen mere så hun vil spørge om hun kan sortere tøj siddende"): another way to the
    same pursuit, whatever thing it names; no difficulty nor negation after the wish."""
    troubles = [s for lab, s, _e in matches if lab == "difficulty" and lo <= s < hi]
    if not troubles:
        return False
    for k in range(min(troubles) + 1, hi):
        if words[k] not in lex.workaround_leads:
            continue
        wished = any(lab == "wish" and k < s <= k + lex.workaround_reach for lab, s, _e in matches)
        if not wished:
            continue
        later = any(lab == "difficulty" and k <= s < hi for lab, s, _e in matches)
        return not later and not any(w in lex.negations for w in words[k:hi])
    return False


AGREED = "plan_agreed"  # independence.yaml pattern label: "har sagt ja til at vi sammen …"


def agreed_way(
    words: Sequence[str],
    matches: Sequence[tuple[str, int, int]],
    aids: Sequence[tuple[str, int]],
    people: Sequence[tuple[str, int]],
    later: Sequence[tuple[int, int]],
    how: Callable[..., str | None],
) -> str | None:
    """How the goal is to be managed, told in a later part after a difficulty as a plan the
    citizen has agreed to ("… men han har sagt ja til at vi sammen rydder op i køkkenet"): the
    agreed plan's own way (`how` of its matches, aids and people), else None."""
    for lo, hi in later:
        agreed = [s for lab, s, _e in matches if lab == AGREED and lo <= s < hi]
        if not agreed:
            continue
        at = agreed[0]
        inside = [m for m in matches if at <= m[1] < hi]
        own = [a for a in aids if at <= a[1] < hi]
        who = [p for p in people if at <= p[1] < hi]
        return how(words, inside, own, who)
    return None


def only_when_today(words: Sequence[str], s: int, lex) -> bool:
    """True for help at s told as the only time one can today, after a negated clause ("jeg kan
    ikke gå op og ned af trapperne mere, kun når min søn går bag mig"): how it is now beside
    the difficulty, not how the goal is to be managed (independence.yaml only_when_*)."""
    ind = lex.independence
    stops = lex.clause_breaks | lex.sentence_ends
    for k in range(s, max(0, s - ind.only_when_reach), -1):
        if words[k] in stops:
            return False
        if words[k] in ind.only_when_conditions and words[k - 1] in ind.only_when_leads:
            return _negated_before(words, k - 1, stops, lex)
    return False


def _negated_before(words: Sequence[str], k: int, stops, lex) -> bool:
    """True for a negation within only_when_reach words before k, no stop between."""
    for j in range(k - 1, max(-1, k - 1 - lex.independence.only_when_reach), -1):
        if words[j] in stops:
            return False
        if words[j] in lex.negations:
            return True
    return False
