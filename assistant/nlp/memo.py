"""A bounded memo for the analyzer's work per word (a lemma, a repair, an activity's cues)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MEMO_MAX = 50_000  # results kept before a memo starts afresh (memory stays bounded)
MISSING = object()  # memo.get(key, MISSING) is MISSING: not computed yet (None may be kept)


class Memo(dict):
    """Results by key, each computed once; cleared when `limit` results are held."""

    def __init__(self, limit: int = MEMO_MAX):
        super().__init__()
        self.limit = limit

    def get_or(self, key: Any, compute: Callable[..., Any], *args: Any) -> Any:
        """Return the result kept for key, else compute(*args), kept (None is kept too)."""
        found = self.get(key, MISSING)
        if found is MISSING:
            if len(self) >= self.limit:
                self.clear()
            found = self[key] = compute(*args)
        return found


class LastCall:
    """The result of the last call, kept for a call with the very same objects (by identity,
    not equality): work done once per utterance for its lists. Arguments and result are
    swapped in whole, so a thread never reads another call's result (it holds other lists)."""

    __slots__ = ("_kept",)

    def __init__(self) -> None:
        self._kept: tuple[tuple, Any] | None = None

    def get_or(self, args: tuple, compute: Callable[..., Any]) -> Any:
        """Return compute(*args), kept from the last call when its args were these objects."""
        kept = self._kept
        if kept is not None:
            for a, b in zip(kept[0], args, strict=True):  # a loop: no generator made per call
                if a is not b:
                    break
            else:
                return kept[1]
        result = compute(*args)
        self._kept = (args, result)
        return result


_ONCE: dict[tuple[int, str], tuple[Any, Any]] = {}  # (id(owner), name) → (owner kept, result)


def once(owner: Any, name: str, build: Callable[[Any], Any]) -> Any:
    """build(owner), made once per owner object (a Lexicon: word sets several rules join)."""
    found = _ONCE.get((id(owner), name))
    if found is None or found[0] is not owner:
        found = _ONCE[(id(owner), name)] = (owner, build(owner))
    return found[1]
