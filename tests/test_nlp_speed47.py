"""The speed shortcuts of fix round 47 change no answer: five scans return their empty result at
once when none of their lead words is said (_tools, standing_place, named_phrases, the names of
named_thing, counted_repetitions), and the rule matcher tests what an utterance lacks as a
number >= 0: every rule set finds exactly what trying every rule at every token finds."""

from __future__ import annotations

from collections import Counter
from itertools import chain

import pytest

from assistant.nlp import activity, clauses, extract, named_thing, rules, wish_place
from assistant.nlp.comma_list import commas_as_fragments
from assistant.nlp.extract import cached_analyzer
from assistant.nlp.repetition_count import counted_repetitions


def _an():
    return cached_analyzer("da")


def _toks(text: str):
    return _an()._columns(text)


def _tools(text: str):
    an = _an()
    keys, toks = _toks(text)
    words, lemmas = toks.lower, toks.lemma
    matches = an.rules.find(keys, toks.punct)
    cues = activity.utterance_cues(words, lemmas, an.index, an.content, toks.stop)
    return extract._tools(words, matches, cues, lambda _k: False, an.lex)


def _standing(text: str):
    an = _an()
    _keys, toks = _toks(text)
    grammar = an.content.goals.grammar
    finite = lambda k: extract._finite_verb(toks.text[k], grammar)  # noqa: E731
    return wish_place.standing_place(toks.lower, an.lex.action, toks.punct, finite)


def _phrases(text: str):
    _keys, toks = _toks(text)
    return clauses.named_phrases(toks.lower, toks.lemma, _an().aid_phrases)


def _names(text: str):
    _keys, toks = _toks(text)
    return named_thing._named(toks.lower, toks.text, _an().content.goals.grammar)


def _counts(text: str):
    _keys, toks = _toks(text)
    return counted_repetitions(toks.lower, [], 0, _an().lex)


SCANS = {
    "tools": _tools,
    "standing": _standing,
    "phrases": _phrases,
    "names": _names,
    "counts": _counts,
}

# (scan, utterance): realistic answers whose lead word the gate must let through
FOUND = [
    ("tools", "øh jeg vil gerne betale mine regninger selv paa computeren igen"),
    ("tools", "hun kan godt selv tømme opvaskemaskinen og sætte tallerknerne paa plads"),
    ("standing", "rollatoren staar ude i gangen og jeg kan ikke faa den ind"),
    ("standing", "symaskinen står oppe på loftet, jeg vil gerne sy på den igen"),
    ("phrases", "min mor vil gerne læse bøger igen med en lampe med lup"),
    ("phrases", "han vil gerne spise selv med det skridsikre underlag"),
    ("names", "jeg har en kongepuddel der hedder Molly og vil gerne gå tur med hende"),
    ("counts", "jeg vil gerne op på 20 armbøjninger igen"),
    ("counts", "min far vil gerne kunne tage tyve knæbøjninger"),
]

# (scan, utterance): answers without the lead words: nothing found, as before the gate
NOTHING = [
    ("tools", "jeg vil gerne gaa en tur hver dag"),
    ("standing", "min mand står op klokken syv"),
    ("phrases", "hun vil gerne læse avisen igen"),
    ("names", "jeg har en hund og vil gerne gå tur med den"),
    ("counts", "jeg vil gerne kunne gå 20 meter"),
    ("counts", "øh han vil bare gerne kunne rejse sig selv"),
]


@pytest.mark.parametrize(("scan", "text"), FOUND, ids=[f"{s}: {t}" for s, t in FOUND])
def test_a_gated_scan_finds_what_its_lead_word_opens(scan, text):
    assert SCANS[scan](text)


@pytest.mark.parametrize(("scan", "text"), NOTHING, ids=[f"{s}: {t}" for s, t in NOTHING])
def test_a_gated_scan_finds_nothing_without_its_lead_word(scan, text):
    assert not SCANS[scan](text)


SAID = [
    "øh jeg vil gerne kunne gaa paa trapperne igen uden at holde fast",
    "min datter siger jeg skal bruge rollatoren men det gider jeg ikke",
    "hun vil ikke have hjemmeplejen til at hjælpe med badet mere",
    "jeg kan ikke selv tage stroemperne paa, det er min kone der goer det",
    "han vil gerne ned i haven og luge igen hver dag til sommer",
    "nej vent, jeg mener, jeg vil gerne lave mad til mine børnebørn",
]


def _every_rule_everywhere(rule_set: rules.RuleSet, keys, punct) -> Counter:
    """What the matcher finds, read the slow way: every rule tried at every token (two rules
    of one label may match the same words: each counts)."""
    every = {id(r): r for r in [*rule_set.floating, *chain(*rule_set.by_key.values())]}
    found: Counter = Counter()
    for start in range(len(keys)):
        for rule in every.values():
            end = rules._match(rule.items, 0, keys, punct, start)
            if end is not None and end > start:
                found[(rule.label, start, end)] += 1
    return found


@pytest.mark.parametrize("text", SAID)
def test_the_matcher_finds_what_every_rule_at_every_token_finds(text):
    an = _an()
    keys, toks = _toks(text)
    for rule_set in (an.rules, an.roles.rules, an.roles.refusals, an.roles.vetoes):
        found = rule_set.find(keys, toks.punct)
        assert Counter(found) == _every_rule_everywhere(rule_set, keys, toks.punct)


def test_every_required_bit_is_among_all_bits():
    an = _an()
    for rule_set in (an.rules, an.roles.rules, an.roles.deaths, an.roles.helping):
        assert all(not req & ~rule_set.all_bits for req in rule_set.requirements)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("orkideerne, selv, igen", "orkideerne. selv. igen."),
        ("  vande, blomsterne, selv. ", "vande. blomsterne. selv."),
        ("øh jeg vil gerne vande blomsterne selv", "øh jeg vil gerne vande blomsterne selv"),
        ("vande. blomster. selv.", "vande. blomster. selv."),
        ("min datter siger, jeg skal vande dem, men", "min datter siger, jeg skal vande dem, men"),
    ],
)
def test_an_answer_without_a_comma_is_read_as_said(text, read):
    assert commas_as_fragments(text) == read
