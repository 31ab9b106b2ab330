"""The aids an answer tells as another person's (nlp/aid_owner.py: "Inga … hun sidder i
kørestol", "søsteren sidder i kørestol", "hans rollator"): never the citizen's means. An owner
who is the citizen as the relative calls them ("mor går med rollator": the state's `about`
name or word), or by "han"/"hun" when a relative or staff speaks ("Han har fået protese"),
keeps the aid the citizen's."""

from __future__ import annotations

from assistant.content.grammar import fold


def others_aids(state, facts, pronouns: frozenset[str] = frozenset()) -> set[str]:
    """The aids of `facts` owned by someone other than the citizen (`pronouns`: the subject
    "han"/"hun", the citizen when another speaks for them)."""
    owners = (getattr(facts, "extras", None) or {}).get("aid_owners") or {}
    if not owners:
        return set()
    about = state.about if isinstance(getattr(state, "about", None), dict) else {}
    citizen = {fold(str(about[k])) for k in ("name", "called") if about.get(k)}
    citizen |= {fold(str(w)) for w in about.get("words") or ()}
    if getattr(state, "speaker", None) in ("relative", "staff"):
        citizen |= {fold(p) for p in pronouns}
    return {aid for aid, owner in owners.items() if fold(owner) not in citizen}
