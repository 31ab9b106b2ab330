"""A purpose said on the summary with a new deadline or frequency ("Nej, ikke påske. Skriv 1.
marts, så kan jeg hænge de nye gardiner op til Ruths fødselsdag", "nej, to gange om ugen, så jeg
får det øvet") tells what the new value is for, not why the goal matters: the reason told
before stays the goal's."""

from __future__ import annotations

#: The steps that show the goal and take a correction of it.
_SUMMARY = ("confirm", "change")
#: The values whose change a purpose said beside it belongs to.
_VALUES = frozenset({"deadline", "frequency"})
#: The slots of the reason told before, kept as they were.
_TOLD = ("motivation", "reason_said", "purpose_said", "motivation_card", "motivation_own")


def reason_kept(s, changed: list[str], step_kind: str) -> list[str]:
    """The slots changed by a summary answer, without the reason when the answer also changes
    the deadline or the frequency and a reason was told before (that reason restored). Other
    answers, and a reason said alone, change it as read."""
    if step_kind not in _SUMMARY or "motivation" not in changed or not _VALUES & set(changed):
        return changed
    before = s.last_history()["slots"]
    if not before.get("motivation"):
        return changed  # no reason yet: the one said now is the goal's
    for key in _TOLD:
        if key in before:
            s.slots[key] = before[key]
        else:
            s.slots.pop(key, None)
    return [c for c in changed if c != "motivation"]
