"""The speed shortcuts of fix round 46 change no answer: the isdisjoint gates before the per-word
scans (a scan returns its empty result at once when no word of its lead set is said), the aid
table's forms in more words read by the aid they name (said_apart), the action_after phrases
read by their first word, and the speller's per-word memos (definite, _owned_kin)."""

from __future__ import annotations

import pytest

from assistant.nlp import activity, clauses, described_aid, helper_needed, worry_object
from assistant.nlp.extract import cached_analyzer


def _columns(text: str):
    _keys, toks = cached_analyzer("da")._columns(text)
    return toks.lower, toks.lemma


def _lex():
    return cached_analyzer("da").lex


# each gated scan, read on one utterance (words, lemmas, lexicon)
SCANS = {
    "last_correction": lambda w, _l, lex: clauses.last_correction(w, lex.action),
    "background": lambda w, _l, lex: clauses._background(w, lex),
    "memory_questions": lambda w, lem, lex: clauses._memory_questions(w, lem, lex),
    "time_clauses": lambda w, _l, lex: clauses._time_clauses(
        w, lex.motivation, lex.motivation.so_subjects
    ),
    "recipient": lambda w, _l, lex: activity._recipient_tokens(w, lex, 0),
    "where": lambda w, _l, lex: activity.where_tokens(w, lex, 0),
    "origin": lambda w, lem, lex: activity.origin_tokens(w, lem, lex),
    "worry": lambda w, lem, lex: worry_object.worry_spans(w, lem, lex),
    "helper": lambda w, _l, lex: helper_needed.helper_spans(w, lex),
    "asking": lambda w, _l, lex: clauses._asking_subjects(w, lex.action),
    "avoided": lambda w, _l, lex: [i for i in range(len(w)) if clauses.avoided_aid(w, i, lex)],
}

# (scan, utterance): realistic answers whose lead word the gate must let through
FOUND = [
    ("last_correction", "øh jeg vil gerne gaa til netto nej vent til brugsen"),
    ("last_correction", "min far vil ud og fiske, eller nej, han vil ud og sejle"),
    ("memory_questions", "han glemmer tit hvornaar min soster kommer paa besog"),
    ("memory_questions", "jeg kan ikke huske hvor jeg har lagt mine briller altså"),
    ("time_clauses", "siden min kone døde har jeg ikke lavet mad"),
    ("background", "min mor vil gerne bage boller til mine børnebørn fordi hun savner det"),
    ("background", "jeg vil gerne gaa selv fordi jeg ikke gider vente paa dem"),
    ("recipient", "hun vil gerne lave mad til sine børnebørn igen"),
    ("where", "jeg vil gerne binde fluer nede i kælderen"),
    ("origin", "mine veninder fra syklubben kommer hver torsdag"),
    ("worry", "jeg er bekymret for regningerne"),
    ("helper", "hun mangler bare nogen der kan hjælpe hende op"),
    ("asking", "kan man lære at ringe med sådan en telefon"),
    ("avoided", "uden at de skal hente mig i kørestol"),
]

# (scan, utterance): answers without the lead words: nothing found, as before the gate
NOTHING = [
    ("last_correction", "jeg vil gerne gaa en tur hver dag"),
    ("memory_questions", "min mand glemmer sine piller"),
    ("time_clauses", "hun vil gerne kunne gå på trapper igen"),
    ("background", "øh ja det er mest trapperne"),
    ("recipient", "jeg vil gerne kunne bage selv"),
    ("where", "han vil gerne cykle igen"),
    ("origin", "min veninde kommer om tirsdagen"),
    ("worry", "jeg vil gerne handle selv i netto"),
    ("helper", "jeg vil bare gerne klare det selv"),
    ("asking", "jeg kan ikke ringe til min datter"),
    ("avoided", "jeg bruger min rollator hver dag"),
]


@pytest.mark.parametrize(("scan", "text"), FOUND, ids=[f"{s}: {t}" for s, t in FOUND])
def test_a_gated_scan_finds_what_its_lead_word_opens(scan, text):
    words, lemmas = _columns(text)
    assert SCANS[scan](words, lemmas, _lex())


@pytest.mark.parametrize(("scan", "text"), NOTHING, ids=[f"{s}: {t}" for s, t in NOTHING])
def test_a_gated_scan_finds_nothing_without_its_lead_word(scan, text):
    words, lemmas = _columns(text)
    assert not SCANS[scan](words, lemmas, _lex())


def _said_apart_scanned(words, lemmas, i, aid, table) -> str:
    """said_apart as it read the whole table before round 46 (the reference)."""
    if " " in aid:
        return ""
    for form, name in table.items():
        said = form.split()
        n = len(said)
        if name != aid or n < 2 or i + n > len(words) or said[0] not in (words[i], lemmas[i]):
            continue
        if said[-1] in (words[i + n - 1], lemmas[i + n - 1]):
            return " ".join([*words[i : i + n - 1], said[-1]])
    return ""


SAID_APART = [
    "hun skal have nogle specielle sko paa",
    "jeg vil gerne gaa med de særlige skoene igen",
    "min mand vil gerne have en høj stol i køkkenet",
    "jeg bruger sådan en gribetang og en rollator",
]


@pytest.mark.parametrize("text", SAID_APART)
def test_said_apart_reads_the_table_as_the_whole_scan_did(text):
    lex = _lex()
    words, lemmas = _columns(text)
    aids = sorted(set(lex.aids.values()))
    for i in range(len(words)):
        for aid in aids:
            expected = _said_apart_scanned(words, lemmas, i, aid, lex.aids)
            assert described_aid.said_apart(words, lemmas, i, aid, lex.aids) == expected


def test_the_speller_memos_give_what_the_tables_give():
    sp = cached_analyzer("da").spelling.speller
    for word in ("klub", "havneklub", "fiskere", "sø", "kar", "rollator", "xq", "dater", "mad"):
        assert sp.definite(word) == sp._definite(word)
        assert sp.definite(word) == sp._definite(word)  # asked again: the kept answer
        assert sp._owned_kin(word) == sp._owned_kin_of(word)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("jeg vil i hvert fald gerne kunne gå på trapper igen", "gå på trapper igen"),
        ("øh hun vil gerne kunne bage boller igen", "bage boller igen"),
    ],
)
def test_the_phrase_after_the_wish_words_starts_where_it_did(text, action):
    from datetime import date  # noqa: PLC0415

    facts = cached_analyzer("da").analyze(text, date(2026, 12, 6))
    assert facts.extras["action"] == action


@pytest.mark.parametrize(
    ("text", "people", "roles"),
    [
        ("sønnen. hjælper.", [("søn", 0)], [("søn", 0, "helper")]),
        ("sønnen. Aalborg. kommer. ikke.", [("søn", 0)], [("søn", 0, "unwanted")]),
        ("øh gaa paa trapper. selv.", [], []),  # no mention: nothing read
        ("vil gerne gaa. i haven. hver dag.", [], []),
    ],
)
def test_fragment_roles_reads_mentions_and_nothing_without_one(text, people, roles):
    from assistant.nlp.fragment_roles import fragment_roles  # noqa: PLC0415

    analyzer = cached_analyzer("da")
    keys, toks = analyzer._columns(text)
    found = fragment_roles(analyzer.roles, toks.lower, keys, toks.punct, people, toks.text, 4)
    assert found == roles
