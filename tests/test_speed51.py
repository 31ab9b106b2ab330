"""The speed shortcuts of fix round 51 change no answer: each returns at once only where the
work it skips could find nothing, and finds what it found before where it can."""

from __future__ import annotations

import pytest

from assistant.nlp import activity, clauses
from assistant.nlp import noun_run as noun_run_module
from assistant.nlp.activity_replica import replica_cues
from assistant.nlp.extract import cached_analyzer
from assistant.nlp.noun_run import noun_run


def _an():
    return cached_analyzer("da")


def _cues(text: str):
    """(words, lemmas, each token's own cues: no replica read yet) of a text."""
    an = _an()
    _keys, toks = an._columns(text)
    words, lemmas = toks.lower, toks.lemma
    cues = [
        activity.token_cues(w, lem, an.index, an.content, stop) if w.isalpha() else ()
        for w, lem, stop in zip(words, lemmas, toks.stop, strict=True)
    ]
    return words, lemmas, cues


# a replica mark said as a compound's first part or as a word before its noun: the cues change
REPLICAS = [
    "min mand vil gerne selv kunne flyve med sine modelfly igen paa marken om soendagen",
    "øh han vil gerne køre med sit modeltog igen nede i kælderen",
    "min far vil gerne køre med de fjernstyrede biler igen med barnebarnet",
    "jeg vil gerne flyve med min radiostyrede flyver igen",
]

# no mark, or one too short to be a compound's first part ("modeller", "model"): the same list
PLAIN = [
    "jeg vil gerne kunne gå på trapper igen",
    "hun vil gerne flyve til Mallorca med sin datter til sommer",
    "min datter er model og hun vil gerne have mig med til et show",
    "han vil gerne kunne modellere i ler igen",
]


@pytest.mark.parametrize("text", REPLICAS)
def test_replica_named_by_its_mark(text):
    words, lemmas, cues = _cues(text)
    an = _an()
    out = replica_cues(words, lemmas, list(cues), an.index, an.lex)
    assert out != list(cues)  # the replica is named by its mark, its travel verb silenced
    assert any(not a and b for a, b in zip(out, cues, strict=True))


@pytest.mark.parametrize("text", PLAIN)
def test_no_replica_same_list(text):
    words, lemmas, cues = _cues(text)
    an = _an()
    before = list(cues)
    assert replica_cues(words, lemmas, before, an.index, an.lex) is before


# tool_compounds reads every word's cut in one pass and stops when no word has one
TOOLS = [
    ("jeg skærer brødet med sådan et skærebræt", [("skærebræt", 6)]),
    ("hun sidder på sin lille malerskammel og maler", [("malerskammel", 5)]),
    ("han skal have en skruetvinge til at holde brættet", [("skruetvinge", 4)]),
    ("øh jeg bruger sån en skaerebraet når jeg skaerer groentsager", [("skærebræt", 5)]),
    ("jeg vil gerne kunne gå på trapper igen", []),
    ("min kone laver mad i køkkenet", []),
    ("jeg skal have en kniv", []),  # the bare tool is no compound
]


@pytest.mark.parametrize(("text", "expected"), TOOLS)
def test_tool_compounds(text, expected):
    an = _an()
    _keys, toks = an._columns(text)
    assert clauses.tool_compounds(toks.lower, an.lex) == expected


def _noun_run_ungated(sp, outs, i, texts) -> int:
    """noun_run as it was before its gate of leads (fix round 51)."""
    if i == 0:
        return 0
    if noun_run_module._linked_three(sp, outs, i, texts):
        return 3
    if noun_run_module._plural_pair(sp, outs, i, texts):
        return 2
    lead = noun_run_module._lead_at(sp, outs, i)
    if lead is None:
        return 0
    for count in (3, 2):
        if noun_run_module._run(sp, outs, i, count, texts, lead):
            return count
    return 0


# compounds said in parts that noun_run joins, and pairs it must leave apart
RUNS = [
    ("jeg vil gerne have en ny skulder støtte til min arm", 1),
    ("han vil gerne med i spille mands lauget igen", 1),
    ("de andre spille mænd kommer om torsdagen", 1),
    ("jeg skal bruge en kul fiber bue", 1),
    ("øh min mand vil gerne ha en ny kaffe maskine", 1),
    ("jeg drikker en kop kaffe med min mand", 0),
    ("min datter hjælper mig med indkøb", 0),
    ("giver min hund mad hver morgen", 0),
    ("min lille sorte bog er væk", 0),
]


@pytest.mark.parametrize(("text", "joined"), RUNS)
def test_noun_run_gate_keeps_every_join(text, joined):
    an = _an()
    sp = an.spelling.speller
    outs = text.split()
    found = [noun_run(sp, outs, i, outs) for i in range(len(outs) - 1)]
    assert found == [_noun_run_ungated(sp, outs, i, outs) for i in range(len(outs) - 1)]
    assert sum(1 for n in found if n) == joined
