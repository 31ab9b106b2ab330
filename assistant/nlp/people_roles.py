"""The role of each person an utterance names: said as a helper, or as someone else.

Roles: helper, companion (takes part), beneficiary (cooked for, visited, the reason), deceased,
missed, unwanted (help the person wants to be free of, or who cannot or should not help), and
other (nothing tells). Only helpers and companions belong in a goal's network (`people`).
The patterns live in content/<lang>/nlp/people.yaml (`roles`), in the notation of lexicon.py
with one extra item, `<person>`: the mention itself, after up to two determiners ("min").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.content import Problems, as_str_list
from assistant.nlp.rules import Item, Rule, RuleSet

ROLES = ("helper", "companion", "beneficiary", "deceased", "missed", "unwanted", "other")
HELPING = frozenset({"helper", "companion"})
PLACEHOLDER = "<person>"
_PERSON, _DET = "p:person", "p:det"
_WINDOW = 14  # tokens either side of a mention that a role pattern may reach


@dataclass(frozen=True)
class RoleCues:
    """The role patterns of people.yaml, as pattern strings, and the words around mentions."""

    patterns: tuple[tuple[str, str], ...] = ()  # (role, pattern)
    priority: tuple[str, ...] = ()
    determiners: frozenset[str] = frozenset()
    coordination: frozenset[str] = frozenset()


def load_role_cues(data: dict, path: Path, problems: Problems) -> RoleCues:
    """Read `roles`, `role_priority`, `role_determiners`, `role_coordination`; record problems."""
    raw = data.get("roles") or {}
    if not isinstance(raw, dict):
        problems.add(path, "'roles' must be a mapping of role → patterns")
        raw = {}
    patterns = []
    for role, plist in raw.items():
        if role not in ROLES:
            problems.add(path, f"roles: unknown role '{role}' (known: {', '.join(ROLES)})")
            continue
        for p in as_str_list(plist, path, f"roles.{role}", problems):
            if p.split().count(PLACEHOLDER) != 1:
                problems.add(path, f"roles.{role} {p!r}: needs {PLACEHOLDER} exactly once")
                continue
            patterns.append((str(role), p))
    priority = as_str_list(data.get("role_priority"), path, "role_priority", problems)
    for role in priority:
        if role not in ROLES:
            problems.add(path, f"role_priority: unknown role '{role}'")
    words = lambda key: frozenset(  # noqa: E731
        w.lower() for w in as_str_list(data.get(key), path, key, problems)
    )
    return RoleCues(
        patterns=tuple(patterns),
        priority=tuple(r for r in priority if r in ROLES),
        determiners=words("role_determiners"),
        coordination=words("role_coordination"),
    )


class RoleFinder:
    """Compiled role patterns of one Lexicon; `roles()` reads one utterance's mentions."""

    def __init__(self, lex):
        from assistant.nlp.lexicon import compile_pattern  # noqa: PLC0415

        cues: RoleCues = lex.people_roles or RoleCues()
        self.cues = cues
        rules = []
        for role, pattern in cues.patterns:
            before, _sep, after = pattern.partition(PLACEHOLDER)
            items = (
                *(compile_pattern(before, lex) if before.strip() else ()),
                Item(frozenset({_DET}), 0, 2),
                Item(frozenset({_PERSON})),
                *(compile_pattern(after, lex) if after.strip() else ()),
            )
            rules.append(Rule(role, items))
        self.rules = RuleSet(rules)
        order = [*cues.priority, *(r for r in ROLES if r not in cues.priority)]
        self.rank = {role: k for k, role in enumerate(order)}

    def roles(
        self,
        words: Sequence[str],
        keys: Sequence[frozenset[str]],
        punct: Sequence[bool],
        mentions: Sequence[tuple[str, int]],
    ) -> list[tuple[str, int, str]]:
        """Return (name, token index, role) for every mention (name, index), in order."""
        dets = self.cues.determiners
        base = [k | {_DET} if w in dets else k for k, w in zip(keys, words, strict=True)]
        found = []
        for name, i in mentions:
            lo, hi = max(0, i - _WINDOW), min(len(words), i + _WINDOW + 1)
            window = base[lo:hi]
            window[i - lo] = window[i - lo] | {_PERSON}
            labels = {label for label, _s, _e in self.rules.find(window, punct[lo:hi])}
            role = min(labels, key=self.rank.__getitem__) if labels else "other"
            found.append((name, i, role))
        return self._coordinated(words, found)

    def _coordinated(self, words, found):
        """A mention with no role takes the role of a person joined to it ("søn og datter")."""
        joins = self.cues.coordination | self.cues.determiners
        out = list(found)
        for _ in range(2):  # forwards, then backwards along each coordination chain
            for a, b in ((k, k + 1) for k in range(len(out) - 1)):
                (na, ia, ra), (nb, ib, rb) = out[a], out[b]
                if not all(w in joins for w in words[ia + 1 : ib]) or ib == ia:
                    continue
                if ra == "other" and rb != "other":
                    out[a] = (na, ia, rb)
                elif rb == "other" and ra != "other":
                    out[b] = (nb, ib, ra)
        return out


def role_by_name(found: Sequence[tuple[str, int, str]], rank: dict[str, int]) -> dict[str, str]:
    """Return one role per named person: the highest-ranked of its mentions' roles."""
    out: dict[str, str] = {}
    for name, _i, role in found:
        if name not in out or rank.get(role, 99) < rank.get(out[name], 99):
            out[name] = role
    return out
