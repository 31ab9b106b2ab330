"""A small token-pattern matcher for content patterns, indexed by first token.

spaCy's Matcher evaluates every `IN` alternative list as a Python predicate per token; with a
few hundred content patterns that cost ~5 ms an utterance. Here each pattern item is a set of
keys ("n:<lemma>", "l:<form>", "#num") and a pattern is tried only where its first item can
match, which keeps an utterance well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from operator import not_

from assistant.content.files import nfc
from assistant.content.lexicon import LINE_NORM, NUM_NORM, Lexicon
from assistant.nlp.memo import LastCall, Memo
from assistant.nlp.phrase_heads import PhraseHeads, head_alternatives

ANY = None  # an item that matches any non-punctuation token (wildcards)
_NONE: frozenset[str] = frozenset()  # the keys after the last token


@dataclass(frozen=True)
class Item:
    """One pattern position: the keys it accepts (ANY = a wildcard), optional, repeat bound."""

    keys: frozenset[str] | None
    min: int = 1
    max: int = 1


@dataclass(frozen=True)
class Rule:
    """A labelled sequence of items."""

    label: str
    items: tuple[Item, ...]


class RuleSet:
    """Rules indexed by the keys their first required item accepts."""

    def __init__(self, rules: Sequence[Rule]):
        self.by_key: dict[str, list[Rule]] = {}
        self.floating: list[Rule] = []  # rules that may start with a wildcard
        # the key sets of each rule's required items, to skip a rule the utterance cannot match
        # (numbered once: rules share them): a rule can match only when each has a key present
        numbers: dict[frozenset[str], int] = {}
        # each rule's required key sets as the bits of an int: a rule may match when every bit
        # is held (`req & ~held == 0`), held being the OR of its tokens' bits (see find)
        self.required = {
            id(rule): sum(
                1 << n
                for n in {
                    numbers.setdefault(i.keys, len(numbers))
                    for i in rule.items
                    if i.min > 0 and i.keys is not ANY
                }
            )
            for rule in rules
        }
        self.bits_by_key: dict[str, int] = {}  # key → the bits of the required key sets holding it
        # every required key set's bit: `all_bits & ~held` is what `held` lacks as a number >= 0
        # (a negative ~held is copied whole by each `&`, ~1,200 bits for the main rules)
        self.all_bits = (1 << len(numbers)) - 1
        for keys, number in numbers.items():
            for key in keys:
                self.bits_by_key[key] = self.bits_by_key.get(key, 0) | 1 << number
        # rules of single fixed items only are matched by a plain loop, without backtracking
        self.fixed = {
            id(rule)
            for rule in rules
            if all(i.keys is not ANY and i.min == 1 and i.max == 1 for i in rule.items)
        }
        for rule in rules:
            firsts = _first_keys(rule.items)
            if firsts is None:
                self.floating.append(rule)
                continue
            for key in firsts:
                self.by_key.setdefault(key, []).append(rule)
        # per key, what find() reads of each rule indexed by it (made once, not once per word)
        self.entries = {key: [self._entry(r) for r in rules] for key, rules in self.by_key.items()}
        self.floating_entries = [self._entry(r) for r in self.floating]
        # the keys a match may start at, and the rules' required bits (may_match)
        self.first_keys = frozenset(self.by_key)
        self.requirements = frozenset(self.required.values())
        self.said_last = LastCall()
        # a token's keys → the rules that may start there, each once, in order (tokens of the
        # same word share one key set, so this is computed once per word)
        self.starting = Memo()
        # a token's keys → what find() reads there (see _at_token)
        self.at_token = Memo()
        # (a token's keys, the next token's keys) → the rules that may start at the token
        self.paired_at = Memo()

    def may_match(self, said: frozenset[str]) -> bool:
        """False when no rule can match tokens whose keys are all among `said` (the keys of a
        whole utterance: find() then finds nothing in any part of it): a test made once per
        `said` object, before many finds in windows of one utterance."""
        return self.said_last.get_or((said,), self._may_match)

    def _may_match(self, said: frozenset[str]) -> bool:
        if not self.floating and self.first_keys.isdisjoint(said):
            return False  # no rule starts at any of the words
        lacking = self.all_bits & ~self._holding(said)
        return any(not req & lacking for req in self.requirements)  # each required item held

    def _entry(self, rule: Rule):
        """(rule id, rule, fixed, the keys the token after its start must hold, or None)."""
        rid = id(rule)
        fixed = rid in self.fixed
        return rid, rule, fixed, _second_keys(rule) if fixed or _paired(rule) else None

    def _starting(self, token_keys: frozenset[str]):
        """The entry (see _entry) of every rule that may start at a token with these keys."""
        found: dict[int, tuple] = {}
        entries = self.entries
        for k in token_keys:
            for entry in entries.get(k, ()):
                found.setdefault(entry[0], entry)
        for entry in self.floating_entries:
            found.setdefault(entry[0], entry)
        return tuple(found.values())

    def find(self, keys: Sequence[frozenset[str]], punct: Sequence[bool], last: int | None = None):
        """Return (label, start, end) of the longest match of every rule at every start (up
        to `last`, when given: the last token a match may start at)."""
        # one pass over the tokens: the rules that may start at each (most fail at their
        # second item, tested here) and the required key sets the utterance holds a key of
        at_token, paired_at, n = self.at_token, self.paired_at, len(keys)
        stop = n if last is None else min(n, last + 1)
        held = 0
        todo = []
        after = _NONE
        for start in range(n - 1, -1, -1):  # backwards: each token's next keys are at hand
            token_keys = keys[start]
            got = at_token.get(token_keys)
            if got is None:
                got = at_token.get_or(token_keys, self._at_token, token_keys)
            held |= got[0]
            if start < stop and got[1]:
                here = got[3]  # (the entries, their masks)
                if got[2]:  # some rule here asks for its second item's keys on the next token
                    pair = (token_keys, after)
                    here = paired_at.get(pair)
                    if here is None:
                        here = paired_at.get_or(pair, _followed, got[1], after)
                if here[0]:
                    todo.append((start, here))
            after = token_keys
        out = []
        lacking = self.all_bits & ~held  # the required key sets no token holds a key of
        wanting = lacking.__and__
        for start, (here, masks) in reversed(todo):
            # most rules tried lack a required item in the utterance (~9 in 10): left out in C
            for label, items, fixed, _req, _second in compress(
                here, map(not_, map(wanting, masks))
            ):
                if fixed is not None:  # a plain walk: no need to ask what the utterance holds
                    end = fixed + start if fixed else _match_fixed(items, keys, start)
                else:
                    end = _match(items, 0, keys, punct, start)
                if end is not None and end > start:
                    out.append((label, start, end))
        return out

    def _at_token(self, token_keys: frozenset[str]):
        """(the bits of the required key sets holding one of a token's keys, the rules that may
        start at it, each as (label, items, its end offset when fixed (its length when it has
        matched once its second item has, 0: walk it) or None, its required bits, the keys the
        next token must hold or None), whether any of them names such keys, and (those rules, their
        _masks))."""
        here = self.starting.get(token_keys)
        if here is None:
            here = self.starting.get_or(token_keys, self._starting, token_keys)
        kept, paired = [], False
        for rid, rule, fixed, second in here:
            paired = paired or second is not None
            # a fixed rule's first item matches (its index) and its second is tested in find:
            # one of one or two items ends there, a longer one is walked
            end = (len(rule.items) if len(rule.items) <= 2 else 0) if fixed else None
            kept.append((rule.label, rule.items, end, self.required[rid], second))
        kept = tuple(kept)
        return self._holding(token_keys), kept, paired, (kept, _masks(kept))

    def _holding(self, token_keys: frozenset[str]) -> int:
        """The bits of the required key sets that share a key with one token's keys."""
        by_key = self.bits_by_key
        bits = 0
        for key in token_keys:
            bits |= by_key.get(key, 0)
        return bits


def _followed(here: tuple, after: frozenset[str]) -> tuple[tuple, tuple[int, ...]]:
    """(the entries of `here` (see RuleSet._at_token) whose second item, if they name one, holds
    one of the next token's keys (`after`), their _masks)."""
    kept = tuple(e for e in here if e[4] is None or not e[4].isdisjoint(after))
    return kept, _masks(kept)


def _masks(entries) -> tuple[int, ...]:
    """The required bits find() asks the utterance for, per entry (see RuleSet._at_token): a
    fixed rule's 0 (walked whatever the utterance holds), another's required bits."""
    return tuple(0 if e[2] is not None else e[3] for e in entries)


def _second_keys(rule: Rule) -> frozenset[str] | None:
    """The keys of a rule's second item, None for a rule of one item."""
    return rule.items[1].keys if len(rule.items) > 1 else None


def _paired(rule: Rule) -> bool:
    """True when a match must start with the rule's first item on one token and its second on
    the next: both required once at least, neither a wildcard, the first exactly once."""
    items = rule.items
    if len(items) < 2:
        return False
    first, second = items[0], items[1]
    return (
        first.keys is not ANY
        and first.min == 1
        and first.max == 1
        and second.keys is not ANY
        and second.min >= 1
    )


def _match_fixed(items, keys, i: int) -> int | None:
    """End index where items (each exactly one token) match from token i, or None."""
    if i + len(items) > len(keys):
        return None
    for item in items:
        if item.keys.isdisjoint(keys[i]):
            return None
        i += 1
    return i


def _first_keys(items: Sequence[Item]) -> frozenset[str] | None:
    """The keys a match's first token must carry: those of the leading optional items and of
    the first required one; None when that token could be anything (a wildcard, or no item
    is required)."""
    keys: set[str] = set()
    for item in items:
        if item.keys is ANY:
            return None
        keys |= item.keys
        if item.min > 0:
            return frozenset(keys)
    return None


def _match(items, k: int, keys, punct, i: int) -> int | None:
    """Longest end index where items[k:] match from token i, or None (backtracking)."""
    n, last = len(keys), len(items) - 1
    while k <= last:  # items of exactly one fixed token: walked, no choice to backtrack
        item = items[k]
        if item.min != 1 or item.max != 1 or item.keys is ANY:
            break
        if i >= n or item.keys.isdisjoint(keys[i]):
            return None
        i += 1
        k += 1
    if k > last:
        return i
    item = items[k]
    if k == last:  # the last item: the longest run it may take
        j = i
        count = 0
        while count < item.max and j < n:
            if (punct[j]) if item.keys is ANY else item.keys.isdisjoint(keys[j]):
                break
            j += 1
            count += 1
        return j if count >= item.min else None
    best = None
    count = 0
    # try the fewest repeats first for required items, then extend; keep the longest match
    j = i
    while True:
        if count >= item.min:
            end = _match(items, k + 1, keys, punct, j)
            if end is not None and (best is None or end > best):
                best = end
        if count == item.max or j >= n:
            break
        ok = (not punct[j]) if item.keys is ANY else not item.keys.isdisjoint(keys[j])
        if not ok:
            break
        j += 1
        count += 1
    return best


def compile_pattern(
    pattern: str, lex: Lexicon, heads: PhraseHeads | None = None
) -> tuple[Item, ...]:
    """Turn one pattern string (content/lexicon.py notation) into Items ("n:<lemma>", "l:<f>");
    with `heads`, a noun slot also takes its lemma's head key (nlp/phrase_heads.py)."""
    items = []
    for raw in pattern.split():
        optional = raw.endswith("?") and len(raw) > 1
        item = raw.rstrip("?") if optional else raw
        if item.startswith("*"):
            items.append(Item(ANY, 0, int(item[1:])))
            continue
        keys: set[str] = set()
        for alt in item.split("|"):
            if alt.startswith("="):
                keys.add("l:" + nfc(alt[1:]).lower())
            elif alt.startswith("@"):
                keys.update("n:" + lex.lemma(w) for w in lex.classes[alt[1:]])
            elif alt == NUM_NORM:
                keys.add("n:" + NUM_NORM)
                keys.update("l:" + w for w in lex.numbers.articles)
            elif alt == LINE_NORM:
                keys.add("n:" + LINE_NORM)
            else:
                keys.add("n:" + lex.lemma(nfc(alt).lower()))
            if alt not in (NUM_NORM, LINE_NORM):
                keys |= head_alternatives(nfc(alt), lex, heads)
        items.append(Item(frozenset(keys), 0 if optional else 1, 1))
    return tuple(items)
