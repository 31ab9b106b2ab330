"""How one manages, read from an aid brought along or from a single movement done in one go."""

from __future__ import annotations

from collections.abc import Sequence

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
