"""Fix round 45 (fB): a name in a citizen's wish whose tie another answer tells ("min kone
Grethe", or a marriage "jeg har giftet mig med Svend" and the one spouse said "mit mand og jeg")
is said with the tie in the goal: a genitive as the tie's own ("klippe Svends hår" → "klippe min
mands hår"), a bare name by it ("køre min kone til frisøren"; since round 47 the goal names
nobody by first name: nlp/kin_unnamed.py); a name tied to two
people, said with its tie already, opening a clause of its own ("som Poul kunne lide dem") or
with no tie told stays (dialogs/named_tie.py)."""

from __future__ import annotations

import pytest
from engine_support import at_summary


def _goal(everyday: str, wish: str) -> str:
    return at_summary({"everyday": everyday, "wish": wish}).goal_text


@pytest.mark.parametrize(
    ("everyday", "wish", "said"),
    [
        # a second-language answer: the marriage and a learner's "mit mand"
        (
            "Jeg er født i Kiel og kom hertil fordi jeg har giftet mig med Svend. Nu bor vi i "
            "et hus, mit mand og jeg.",
            "Jeg vil gerne selv klippe Svends hår igen i køkkenet.",
            "klippe min mands hår igen",
        ),
        (
            "vi har været gift i 50 år min kone Birthe og jeg",
            "jeg vil kunne skubbe Birthes kørestol en tur i parken",
            "skubbe min kones kørestol",
        ),
        (
            "jeg blev gift med Jørgen i 1970 og min mand er syg nu",
            "jeg vil gerne lave Jørgens mad igen",
            "lave min mands mad",
        ),
        (
            "min datter Anna bor tæt på",
            "jeg vil gerne hente Annas børn i skolen igen",
            "hente min datters børn",
        ),
        (
            "min kone Grethe har svært ved at gå efter sin blodprop",
            "jeg vil gerne kunne køre Grethe til frisøren igen",
            "køre min kone til frisøren",  # by the tie alone since round 47
        ),
        (
            "min soen Peter bor i Aarhus",  # typed without æøå: the tie written with them
            "jeg vil gerne besøge Peter igen",
            "besøge min søn igen",
        ),
        (
            "øh min mand Erik han har demens",
            "jeg vil gerne gaa tur med Erik igen hver dag",  # typed without æøå
            "med min mand igen",
        ),
    ],
)
def test_a_name_in_the_wish_is_said_with_its_tie(everyday, wish, said):
    goal = _goal(everyday, wish)
    assert said in goal, goal


@pytest.mark.parametrize(
    ("everyday", "wish", "said"),
    [
        # two people of one name: whose is unknown
        (
            "min søn Peter bor i Aarhus og min nabo Peter hjælper mig",
            "jeg vil gerne besøge Peters have igen",
            "besøge Peters have",
        ),
        # said with its tie already: not twice (the name left out since round 47)
        (
            "min mand Svend er syg",
            "jeg vil gerne klippe min mand Svends hår igen",
            "klippe min mands hår",
        ),
        # a name opening a clause of its own ("som Poul kunne lide dem"): no tie put in it
        (
            "min mand Poul er død",
            "jeg vil lave frikadeller som Poul kunne lide dem",
            "som Poul kunne lide dem",
        ),
        # a marriage, but no spouse word said: no tie to write
        (
            "jeg blev gift med Svend for længe siden",
            "jeg vil gerne klippe Svends hår igen",
            "klippe Svends hår",
        ),
    ],
)
def test_a_name_with_no_single_tie_stays(everyday, wish, said):
    goal = _goal(everyday, wish)
    assert said in goal and "min mand min" not in goal, goal
