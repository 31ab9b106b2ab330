"""The aids an answer tells as another person's (nlp/aid_owner.py: "Inga … hun sidder i
kørestol", "søsteren sidder i kørestol", "hans rollator"): never the citizen's means. An owner
who is the citizen as the relative calls them ("mor går med rollator": the state's `about`
name or word), or by "han"/"hun" when a relative or staff speaks ("Han har fået protese"),
keeps the aid the citizen's; so does one of a parent, grandparent or spouse word ("mor")
when the relative never said whom they answer for (no `about`)."""

from __future__ import annotations

from assistant.content.grammar import fold


def others_aids(
    state, facts, pronouns: frozenset[str] = frozenset(), kin: frozenset[str] = frozenset()
) -> set[str]:
    """The aids of `facts` owned by someone other than the citizen (`pronouns`: the subject
    "han"/"hun", the citizen when another speaks for them; `kin`: what a relative calls the
    citizen, "mor", "min mand", kept as maybe the citizen when they never said whom they
    answer for)."""
    owners = (getattr(facts, "extras", None) or {}).get("aid_owners") or {}
    if not owners:
        return set()
    about = state.about if isinstance(getattr(state, "about", None), dict) else {}
    citizen = {fold(str(about[k])) for k in ("name", "called") if about.get(k)}
    citizen |= {fold(str(w)) for w in about.get("words") or ()}
    if getattr(state, "speaker", None) in ("relative", "staff"):
        citizen |= {fold(p) for p in pronouns}
        if not about:  # "Mor har fået en rollator": likely the citizen, never dropped
            citizen |= {fold(w) for w in kin}
    return {aid for aid, owner in owners.items() if fold(owner) not in citizen}
