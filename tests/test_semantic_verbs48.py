"""Fix round 48 (fC): the thesaurus's verbs as a last resort for the activity.

thesaurus.yaml `verb_roots` names per activity the verbs that say it ("gå", "spise", "koge");
their mythes-da synonyms and hyponyms pass a sense filter (nlp/semantic_verbs.py) into the
`verbs` of semantic_cues.json with their forms: "lunte" and "spankulere" are walking, "gnaske"
eating, "brase" cooking, "sludre" talking. The analyzer reads them only when no cue, phrase or
count named an activity, by form or lemma, never as a compound's part. Verbs of many senses
("gå", "tage", "sætte", "drive") and look-alikes the thesaurus files under another sense
("drukne" under "drikke", "godte sig") name nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from assistant import CONTENT_ROOT
from assistant.nlp import analyze, get_analyzer
from assistant.nlp.semantic_cues import semantic_activity
from assistant.nlp.semantic_verbs import (
    HUNSPELL_DIC,
    hunspell_verbs,
    thesaurus_senses,
    verb_table,
)
from assistant.nlp.thesaurus_build import THESAURUS, table_for

TODAY = date(2026, 12, 6)
SHIPPED = CONTENT_ROOT / "da" / "nlp" / "semantic_cues.json"


def _verbs() -> dict[str, str]:
    return json.loads(SHIPPED.read_text("utf-8"))["verbs"]


# (what is said, the verb form only the thesaurus knows, the activity): fillers, no æøå,
# relatives in the third person, past and present tense
VERB_ONLY = [
    # ("lunte" became a cue of gang in fA's vocabulary of the same round: the table leaves cues out)
    ("jeg vil gerne kunne humpe lidt igen", "humpe", "gang"),
    ("øh han humpede før i tiden hver eneste dag og det vil han gerne igen", "humpede", "gang"),
    ("min mor vil gerne kunne spankulere lidt rundt igen", "spankulere", "gang"),
    ("han vil gerne kunne stavre rundt derhjemme", "stavre", "gang"),
    ("han vil gerne kunne sludre lidt igen", "sludre", "kommunikation"),
    ("hun vil gerne kunne gnaske lidt selv igen", "gnaske", "spise_og_drikke"),
    ("jeg vil gerne kunne svælge uden at det gør ondt", "svælge", "spise_og_drikke"),
    ("oeh jeg vil gerne kunne erindre ting igen", "erindre", "hukommelse"),
    ("jeg vil gerne kunne brase selv igen", "brase", "madlavning"),
    ("hun vil gerne kunne blanchere sine grøntsager selv", "blanchere", "madlavning"),
    ("hun vil ikke flæbe hele tiden", "flæbe", "humoer_og_energi"),
    ("han vil gerne kunne konversere igen", "konversere", "kommunikation"),
    # as typed without æøå
    ("han vil gerne kunne toefle lidt rundt derhjemme", "toefle", "gang"),
    ("jeg vil gerne kunne svaelge uden at det goer ondt", "svaelge", "spise_og_drikke"),
    ("hun vil ikke fraase saa meget mere", "fraase", "spise_og_drikke"),
]


@pytest.mark.parametrize(("said", "form", "expected"), VERB_ONLY)
def test_a_verb_only_the_thesaurus_knows_names_the_activity(said, form, expected):
    index = get_analyzer().index
    assert _verbs()[form] == expected
    assert form not in index.words  # no cue of the content
    assert analyze(said, TODAY).activity == expected


@pytest.mark.parametrize(
    "said",
    [
        "det går fint",  # "gå" is a root: never in the table itself
        "det går fint med ham nu",
        "jeg vil gerne tage det roligt",
        "hun driver bare rundt",  # "drive": a hyponym of "gå", too common for one sense
        "han godter sig",  # "godte sig" is to gloat
        "det går op og ned",  # it varies: no walk (activities.yaml not_phrases)
        "det gaar lidt op og ned",
        "hun har sagt det i gaar",  # yesterday is no walk
    ],
)
def test_verbs_of_many_senses_name_nothing(said):
    assert analyze(said, TODAY).activity is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # the content's cues decide first: the verbs never overrule them
        ("jeg vil gerne kunne sludre med nogen igen", "socialt_samvaer"),
        ("jeg vil gerne kunne simre noget i en gryde", "madlavning"),
        ("jeg vil gerne kunne erindre hvad jeg har lavet i går", "hukommelse"),
        ("jeg gik en tur i går", "gang"),  # "i går" takes no walk away from "tur"
        ("jeg vil gerne kunne gå op og ned ad trappen", "trapper"),
        ("han går op og ned ad gaden hele dagen", "gang"),
    ],
)
def test_the_content_cues_decide_before_the_verbs(said, expected):
    assert analyze(said, TODAY).activity == expected


def test_a_verb_is_matched_as_said_or_by_lemma_never_as_a_part():
    verbs = {"trave": "gang", "travede": "gang"}
    assert semantic_activity(["travede"], ["travede"], [False], {}, verbs=verbs) == "gang"
    assert semantic_activity(["travbanen"], ["travbane"], [False], {}, verbs=verbs) is None
    assert semantic_activity(["travede"], ["travede"], [True], {}, verbs=verbs) is None  # a stop


SENSES = [
    "utf-8",
    "gå|2",
    "|vandre|slentre|promenere|forløbe",
    "|lunte (underbegreb)|sejle (underbegreb)|trisse (underbegreb)",
    "promenere|1",
    "|gå|slentre",
    "forløbe|1",
    "|gå|passere",
    "sejle|1",
    "|køre|flyde",
    "trisse|1",
    "|hjul|rulle",
]
DIC = [
    "gå/21,22",
    "vandre/1,21,22",
    "slentre/1,21,22",
    "promenere/1,21,22",
    "forløbe/21,22",
    "lunte/1,21,22",
    "sejle/1,21,22",
    "trisse/1,21,22",
    "køre/20,21,22",
    "trisse/10,11,2",
]


def _toy(rank=None, taken=None, roots=None):
    return verb_table(
        roots or {"gang": ["gå"]},
        {"slentre": {"gang"}, "vandre": {"gang"}, "køre": {"transport"}},
        thesaurus_senses(SENSES),
        hunspell_verbs(DIC),
        skip=set(),
        rank=rank or {},
        taken=taken or {},
    )


def test_the_sense_filter_keeps_specific_links_only():
    table = _toy()
    # a synonym with two of the activity's verbs in one sense line of its own entry
    assert table["promenere"] == table["promenerede"] == "gang"
    # a synonym that links back once only ("forløbe": time passes) is another sense
    assert "forløbe" not in table
    # a hyponym whose own entry links to another activity's verb ("sejle" → "køre")
    assert "sejle" not in table
    # a hyponym with no link to any activity ("trisse" as a pulley too) and one without an entry
    assert table["trisse"] == table["lunte"] == table["luntet"] == "gang"
    assert "gå" not in table and "slentre" not in table  # roots and cues themselves


def test_a_verb_is_also_shipped_as_typed_without_ae_oe_aa():
    senses = ["utf-8", "gå|1", "|tøfle (underbegreb)|søbe (underbegreb)"]
    dic = ["gå/21,22", "tøfle/1,21,22", "søbe/1,21,22"]
    args = ({"gang": ["gå"]}, {}, thesaurus_senses(senses), hunspell_verbs(dic), set())
    table = verb_table(*args, rank={"soebe": 900}, taken={"toeflede": "toefle"})
    assert table["toefle"] == table["toefler"] == table["tøflede"] == "gang"
    assert "toeflede" not in table  # another word's form as typed
    assert table["søbe"] == "gang" and "soebe" not in table  # an everyday word as typed


def test_common_words_forms_of_other_words_and_two_activities_are_left_out():
    assert "lunte" in _toy() and "lunte" not in _toy(rank={"lunte": 10})
    assert "luntede" not in _toy(taken={"luntede": "luntedyr"})  # a form of another word
    both = _toy(roots={"gang": ["gå"], "fritid": ["gå"]})
    assert "lunte" not in both and "promenere" not in both


def test_hunspell_verbs_and_their_forms():
    verbs = hunspell_verbs(["købe/20,21,22", "spadsere/1,21,22", "kage/10,11,2", "ryge/31 al:røg"])
    assert verbs["købe"] == {"købe", "køber", "købte", "købt"}
    assert {"spadserer", "spadserede", "spadseret"} <= verbs["spadsere"]
    assert "kage" not in verbs and "ryge" not in verbs  # no present tense flag


def test_the_shipped_verbs_are_no_cues_and_no_never_words():
    verbs = _verbs()
    index = get_analyzer().index
    for word in ("gå", "går", "tage", "sætte", "drive", "drukne", "godte", "importere"):
        assert word not in verbs
    assert not [w for w in verbs if w in index.words]


@pytest.mark.slow
@pytest.mark.skipif(
    not (THESAURUS.exists() and HUNSPELL_DIC.exists()), reason="mythes-da or hunspell-da missing"
)
def test_shipped_semantic_verbs_are_current():
    """`assistant build-semantic-cues` must be re-run when cues, thesaurus.yaml, mythes-da or
    hunspell-da change."""
    shipped = json.loads(SHIPPED.read_text("utf-8"))
    assert shipped["verbs"] == table_for(Path(CONTENT_ROOT / "da"))["verbs"], (
        "run: assistant build-semantic-cues"
    )
