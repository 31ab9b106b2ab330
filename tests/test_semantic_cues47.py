"""Fix round 47 (fI): the Danish thesaurus (mythes-da) as a maintained source for the activity.

Hyponyms of each activity's starting nouns (content/da/nlp/thesaurus.yaml) become a table
(semantic_cues.json) the analyzer reads only when no cue, phrase or count named an activity:
"duffelcoat" is a "frakke", so a wish to have it on is about dressing; "tillave" is over
"bage", "stege" and "koge", so it is cooking. Look-alikes and polysemes the walk reaches
through another sense ("kys", "legat", "permission") name nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from assistant import CONTENT_ROOT
from assistant.nlp import analyze, get_analyzer
from assistant.nlp.semantic_cues import semantic_activity, word_activity
from assistant.nlp.thesaurus_build import (
    THESAURUS,
    cue_parents,
    hyponym_graph,
    table_for,
    walk_down,
)

TODAY = date(2026, 12, 6)
SHIPPED = CONTENT_ROOT / "da" / "nlp" / "semantic_cues.json"


def _table() -> dict[str, str]:
    return json.loads(SHIPPED.read_text("utf-8"))["cues"]


# (what is said, the word only the thesaurus knows, the activity): realistic wishes, fillers,
# no æøå, relatives in third person, single-word answers
TABLE_ONLY = [
    ("jeg vil gerne have min duffelcoat på uden hjælp", "duffelcoat", "paaklaedning"),
    ("han vil gerne have sin trenchcoat paa", "trenchcoat", "paaklaedning"),
    ("duffelcoaten", "duffelcoat", "paaklaedning"),
    ("han vil gerne med til polterabend for sin søn", "polterabend", "socialt_samvaer"),
    ("jeg vil gerne med til gravøl når min ven dør", "gravøl", "socialt_samvaer"),
    ("jeg vil gerne med til reception paa rådhuset", "reception", "socialt_samvaer"),
    ("hun vil gerne bruge sin laptop selv", "laptop", "kommunikation"),
    ("øh min laptop", "laptop", "kommunikation"),
    ("han vil gerne have sin mountainbike igen", "mountainbike", "transport"),
    ("han vil gerne kunne klare sin migræne bedre", "migræne", "egen_sundhed"),
    ("jeg vil gerne med til dyrskue i sommer", "dyrskue", "fritid"),
    # a word over three cues of one activity ("tillave" over "bage", "stege", "koge")
    ("oeh han vil gerne kunne tillave noget varmt selv", "tillave", "madlavning"),
]


@pytest.mark.parametrize(("said", "word", "expected"), TABLE_ONLY)
def test_a_word_only_the_thesaurus_knows_names_the_activity(said, word, expected):
    index = get_analyzer().index
    assert _table()[word] == expected
    assert word not in index.words and word not in index.parts  # no cue of the content
    assert analyze(said, TODAY).activity == expected


@pytest.mark.parametrize(
    "said",
    [
        "jeg fik et kys af min kone i morges",  # "kys" is a cake only in the thesaurus
        "han har permission fra plejehjemmet til jul",  # "bukser" → "permission": another sense
        "hun har fået et legat engang",  # "suppe" → "legat": a fund, no soup
        "det var en lang sæk af problemer",  # "kjole" → "sæk"
        "han har altid været lidt spids over for mig",  # "hund" → "spids"
        "min søn siger jeg skal have nye briller",
    ],
)
def test_look_alikes_and_polysemes_name_nothing(said):
    assert analyze(said, TODAY).activity is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # the content's cues decide first: the table never overrules them
        ("jeg er bange for tandlægebesøg", "egen_sundhed"),
        ("hun vil gerne ud af himmelsengen selv", "forflytning"),
        ("jeg vil gerne op af øreklapstolen selv", "gang"),
        ("min mor vil gerne have styr på sine vitaminpiller", "egen_sundhed"),
        ("han vil gerne med til mandefrokost", "madlavning"),
    ],
)
def test_the_content_cues_decide_before_the_table(said, expected):
    assert analyze(said, TODAY).activity == expected


def test_never_and_generic_words_are_not_in_the_table():
    table = _table()
    for word in ("kys", "legat", "permission", "sæk", "spids", "ting", "sted", "træ", "skal"):
        assert word not in table
    assert all(len(w) >= 4 and w.isalpha() for w in table)


def test_two_activities_as_strongly_decide_nothing():
    table = {"duffelcoat": "paaklaedning", "laptop": "kommunikation"}
    words = ["min", "duffelcoat", "og", "min", "laptop"]
    stops = [True, False, True, True, False]
    assert semantic_activity(words, words, stops, table) is None
    assert semantic_activity(words[:2], words[:2], stops[:2], table) == "paaklaedning"


def test_a_compound_s_last_part_and_a_stem_are_found():
    table = {"duffelcoat": "paaklaedning"}
    assert word_activity("vinterduffelcoaten", "vinterduffelcoaten", table) == "paaklaedning"
    assert word_activity("duffelcoats", "duffelcoats", table) == "paaklaedning"
    assert word_activity("coat", "coat", table) is None


def test_hyponyms_are_read_and_walked_one_link_unless_asked():
    lines = [
        "utf-8",
        "tøj|2",
        "|klæder|beklædning",
        "|frakke (underbegreb)|hue (underbegreb)",
        "frakke|1",
        "|regnfrakke (underbegreb)|hjælp til (underbegreb)",
    ]
    graph = hyponym_graph(lines)
    assert graph["tøj"] == {"frakke", "hue"}
    assert graph["frakke"] == {"regnfrakke"}  # a multi-word entry is left out
    assert walk_down(graph, "tøj", 1) == {"frakke", "hue"}
    assert walk_down(graph, "tøj", 2) == {"frakke", "hue", "regnfrakke"}


def test_a_word_over_three_cues_of_one_activity_names_it():
    graph = {
        "tilberede": {"bage", "stege", "koge", "blende"},
        "lave": {"bage", "stege", "vaske"},
        "fodtøj": {"sko", "støvle"},
    }
    owners = {
        "bage": {"madlavning"},
        "stege": {"madlavning"},
        "koge": {"madlavning"},
        "vaske": {"toejvask"},
        "sko": {"paaklaedning"},
        "støvle": {"paaklaedning"},
    }
    # "lave" is over cues of two activities; "fodtøj" over two cues only
    assert cue_parents(graph, owners) == {"tilberede": {"madlavning"}}


@pytest.mark.slow
@pytest.mark.skipif(not THESAURUS.exists(), reason="mythes-da is not installed")
def test_shipped_semantic_table_is_current():
    """`assistant build-semantic-cues` must be re-run when cues, thesaurus.yaml or mythes-da
    change."""
    shipped = json.loads(SHIPPED.read_text("utf-8"))
    expected = table_for(Path(CONTENT_ROOT / "da"))
    assert shipped["language"] == "da"
    assert shipped["cues"] == expected["cues"], "run: assistant build-semantic-cues"
