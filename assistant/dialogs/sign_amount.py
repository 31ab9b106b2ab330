"""A new amount of the goal's own measure said on the summary keeps the goal's sign: "nej ikke en
kilometer, 500 meter" for "… når jeg kan gå en kilometer uden pause" gives "… når jeg kan gå
500 meter uden pause". The sign's other words (how, without what) are the person's still; only
the amount said in it changes, and only for an amount of the same kind (a distance for a
distance)."""

from __future__ import annotations

from assistant.content.grammar import EDGE, fold


def amount_in_sign(s, before: dict, ctx) -> bool:
    """True when the goal's one measure gave way to one of the same kind and its sign, said with
    the old amount, is kept with the new one in its place (the sign's slots as before)."""
    sign = str(before.get("criterion") or "")
    old, new = before.get("measures") or [], s.slots.get("measures") or []
    if not sign or before.get("criterion_card") or s.slots.get("criterion") or len(old) != 1:
        return False
    if len(new) != 1 or new[0] == old[0]:
        return False
    g = ctx.content.goals.grammar
    kind = g.kind_of_unit(old[0].get("unit"))
    if kind is None or kind != g.kind_of_unit(new[0].get("unit")):
        return False
    said = dict(s.slots.get("measures_said") or {})
    old_said = said.get(_key(old[0])) or ""
    new_said = said.get(_key(new[0])) or _key(new[0])
    at = _phrase_at(sign.split(), old_said.split())
    if not old_said or at is None:
        return False
    words = sign.split()
    n = len(old_said.split())
    mark = words[at + n - 1][len(words[at + n - 1].rstrip(EDGE)) :]
    s.slots["criterion"] = " ".join([*words[:at], *new_said.split(), *words[at + n :]]) + (
        mark if at + n == len(words) else ""
    )
    for key in ("criterion_task", "measure_each_time", "measure_way"):
        if before.get(key) is not None:
            s.slots[key] = before[key]
    return True


def _key(measure: dict) -> str:
    """The key of measures_said for a measure ("500 meter")."""
    value = measure.get("value")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value} {measure.get('unit')}"


def _phrase_at(words: list[str], said: list[str]) -> int | None:
    """Where `said` stands in `words` (folded, edge marks aside), or None."""
    low = [fold(w.strip(EDGE)).lower() for w in words]
    want = [fold(w.strip(EDGE)).lower() for w in said]
    return next((k for k in range(len(low)) if want and low[k : k + len(want)] == want), None)
