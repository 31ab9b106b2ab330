"""The speed shortcuts of fix round 41 change no answer: a rule set's pre-check, the shared
wish-verb search and the speller's deletion index made on first need."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import clauses
from assistant.nlp.extract import cached_analyzer
from assistant.nlp.people_roles import _said

TODAY = date(2026, 12, 6)

SAID = [
    "min datter kommer og hjælper mig om tirsdagen men hun er flyttet til aarhus nu",
    "øh min mand han døde sidste år, så nu skal jeg selv handle",
    "hjemmeplejen ka godt komme men det her skal de ikke have noget med at gøre",
    "jeg vil gerne gå ture med naboen igen hver morgen",
    "min søn siger jeg skal tage det med ro",
    "vil gerne bage boller til mine børnebørn",
]


def _analyzer():
    return cached_analyzer("da")


@pytest.mark.parametrize("text", SAID)
def test_a_rule_set_the_utterance_cannot_match_finds_nothing_in_it(text):
    analyzer = _analyzer()
    keys, toks = analyzer._columns(text)
    said = _said(keys)
    finder = analyzer.roles
    for rules in (finder.rules, finder.vetoes, finder.deaths, finder.refusals, finder.aways):
        found = rules.find(keys, toks.punct)
        if not rules.may_match(said):
            assert found == []
        # a window with the person's key anywhere finds no more than the test allows
        for i in range(len(keys)):
            window = list(keys)
            window[i] = window[i] | {"p:person"}
            if rules.find(window, toks.punct):
                assert rules.may_match(said)


def test_the_veto_set_is_skipped_for_a_plain_wish():
    analyzer = _analyzer()
    keys, _toks = analyzer._columns("jeg vil gerne gå ture med naboen igen hver morgen")
    assert not analyzer.roles.vetoes.may_match(_said(keys))


def test_a_veto_said_keeps_the_veto_set():
    analyzer = _analyzer()
    keys, _toks = analyzer._columns(SAID[2])
    assert analyzer.roles.vetoes.may_match(_said(keys))


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne selv kunne gå i bad igen, uden at hjemmeplejen skal hjælpe",
        "hun vil så gerne snakke med mig, så jeg vil gerne selv kunne ringe til hende",
        "at hun igen kan finde vej til brugsen",
        "han vil gerne ud at fiske nej vent han vil hellere ud og cykle",
    ],
)
def test_the_shared_wish_verbs_read_as_a_fresh_search(text):
    analyzer = _analyzer()
    keys, toks = analyzer._columns(text)
    words, lex = toks.lower, analyzer.lex
    cl = clauses.find_clauses(words, lex, True, [], [], toks.lemma)
    first = clauses.own_action_tokens(words, lex.action, cl, [], toks.punct)
    again = clauses.own_action_tokens(words, lex.action, cl, [(0, 1)], toks.punct)
    # copies of the lists: nothing kept from the calls before is reused
    fresh = clauses.own_action_tokens(list(words), lex.action, cl, [], list(toks.punct))
    fresh_cut = clauses.own_action_tokens(list(words), lex.action, cl, [(0, 1)], toks.punct)
    assert first == fresh
    assert again == fresh_cut


def test_the_deletion_index_is_made_on_first_need_and_the_same():
    analyzer = _analyzer()
    speller = analyzer.spelling.speller
    made = speller.near
    vars(speller).pop("near")  # as at start: not made yet
    analyzer.analyze("min søn kommer og hjælper mig med at handle hver fredag", TODAY)
    assert "near" not in vars(speller)  # every word known: no index asked for
    assert speller.near == made  # made again on the first lookup, the same keys and words
    assert speller.near is speller.near  # once
