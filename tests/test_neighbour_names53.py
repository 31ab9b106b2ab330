"""Fix round 53 mend (review #5, #1, #2 on fB's a550b932).

- A first name typed in lower case is no neighbouring language's word: "gå tur med elke fra
  opgangen", "med min veninde elke", "spille kort med mina og karen" keep the person (spelling.yaml
  `neighbour_words` holds no name, and a key the name table knows is never rewritten).
"""

from __future__ import annotations

import pytest
from compose_support import QUIET_ANSWERS, spelled
from engine_support import answered_until, as_citizen

from assistant.nlp import get_analyzer

# First names in Denmark that are also a word of a neighbouring language (Dutch "elke" every,
# Swedish "mina" my, "mitt" …): none may be a key of neighbour_words.
NAMES_ABROAD = ["elke", "mina", "mitt", "jag", "inge", "vera", "alle", "ella", "elin", "karin"]


def _speller():
    return get_analyzer().spelling.speller


# Kept on purpose, each with its reason: a word of a neighbouring language typed far more often
# than the name the name table also holds.
NAMES_KEPT = {"meg": "Norwegian 'mig' ('hjelp meg'); the English name Meg is rare here"}


def test_no_neighbour_word_is_a_first_name():
    sp = _speller()
    named = [w for w in sp.neighbour_words if w in sp.person_names or w in NAMES_ABROAD]
    assert [w for w in named if w not in NAMES_KEPT] == []


@pytest.mark.parametrize(
    ("wish", "name"),
    [
        ("jeg vil gerne gaa tur med elke fra opgangen", "elke"),
        ("jeg vil gerne gaa i svoemmehallen med min veninde elke", "elke"),
        ("jeg vil gerne spille kort med mina og karen", "mina"),
        ("min mor vil gerne gå til banko med mina hver fredag", "mina"),  # a relative tells
        ("øh jeg vil sgu gerne drikke kaffe med elke og mina igen", "elke"),
    ],
)
def test_a_name_typed_small_stays_a_name(wish, name):
    # not linted: an unknown name after "veninde" stays lower case (as before this round)
    goal = answered_until(as_citizen(), {**QUIET_ANSWERS, "wish": wish}, "confirm").goal_text
    assert name in goal.lower(), goal
    assert " hver fra" not in goal and "med mine og" not in goal, goal


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("tre gange i veckan", "tre gange i ugen"),  # the neighbour words still written
        ("varje dag", "hver dag"),
        ("to ganger om uka", "to gange om ugen"),
    ],
)
def test_neighbour_words_that_are_no_names_are_still_written_in_danish(said, written):
    assert spelled(said) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "ja tjekker sjæl mina årsopgørelse fra skat",
            "jeg tjekker selv mine årsopgørelse fra skat",
        ),
        ("vil se mina børn", "vil se mine børn"),  # Swedish "mina" before a noun: "mine"
        ("spille kort med mina og karen", "spille kort med mina og karen"),  # a name: stays
        ("med mina hver fredag", "med mina hver fredag"),
        ("mina kommer i morgen", "mina kommer i morgen"),  # the subject before a verb
        ("med mina, hun er sød", "med mina , hun er sød"),
    ],
)
def test_swedish_mina_is_mine_only_before_a_noun(said, written):
    assert spelled(said) == written
