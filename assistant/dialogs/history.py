"""The back/undo history of a dialogue state, stored compactly: each entry only what changed.

An entry is either a whole snapshot (a dict of state fields, as states stored before this
module wrote them) or a delta against the entry before it: `{"_delta": {"set": {...},
"del": [...], "slots": {"set": {...}, "del": [...]}}}` (the slots, which change a few facts per
answer, are compared fact by fact). The first entry is always whole, so a list of entries is
resolved by folding from the start; old lists of whole snapshots stay valid unchanged.
"""

from __future__ import annotations

from typing import Any

DELTA = "_delta"
NESTED = ("slots",)  # dict fields compared key by key


def copied(value: Any) -> Any:
    """Return an independent copy of JSON data (dicts, lists and scalars); faster than deepcopy."""
    if isinstance(value, dict):
        return {k: copied(v) for k, v in value.items()}
    if isinstance(value, list):
        return [copied(v) for v in value]
    return value


def _diff(old: dict, new: dict) -> dict:
    changes: dict[str, Any] = {}
    put = {k: v for k, v in new.items() if k not in old or old[k] != v}
    gone = [k for k in old if k not in new]
    for key in NESTED:
        if key in put and isinstance(old.get(key), dict) and isinstance(new[key], dict):
            inner = _diff(old[key], put.pop(key))
            if inner:
                changes[key] = inner
    if put:
        changes["set"] = put
    if gone:
        changes["del"] = gone
    return changes


def _apply(base: dict, changes: dict) -> dict:
    result = dict(base)
    for key in changes.get("del", ()):
        result.pop(key, None)
    result.update(changes.get("set", {}))
    for key in NESTED:
        if key in changes:
            inner = result.get(key)
            result[key] = _apply(inner if isinstance(inner, dict) else {}, changes[key])
    return result


def resolved(entries: list) -> list[dict]:
    """Return every entry as a whole snapshot (sharing data with `entries`: copy to change)."""
    found: list[dict] = []
    for entry in entries:
        if not isinstance(entry, dict):
            entry = {}
        if isinstance(entry.get(DELTA), dict):
            found.append(_apply(found[-1] if found else {}, entry[DELTA]))
        else:
            found.append(entry)
    return found


def last(entries: list) -> dict:
    """Return a copy of the newest snapshot (entries must not be empty)."""
    return copied(resolved(entries)[-1])


def pushed(entries: list, snapshot: dict, cap: int) -> list:
    """Return the entries with `snapshot` added as a delta, the oldest dropped beyond `cap`."""
    whole = resolved(entries)
    if not whole:
        return [snapshot]
    found = [*entries, {DELTA: _diff(whole[-1], snapshot)}]
    if len(found) > cap:
        drop = len(found) - cap
        found = [copied(whole[drop]) if drop < len(whole) else snapshot, *found[drop + 1 :]]
    return found


def popped(entries: list) -> tuple[list, dict]:
    """Return the entries without the newest one, and that newest snapshot (a copy)."""
    return entries[:-1], last(entries)
