"""Fix round 46 (fC): names in the goal. The citizen's own name called out by others in their
reason ("drengene de råber Allan Allan når jeg kommer") is "mit navn" (dialogs/own_name_called.py,
dialogue.yaml own_name_leads, _grammar.yaml calling_verbs). Mends Allan's name
(blind152_tale_allan, narrowed). Ties in the wish are said as round 45 wrote them, by the tie
alone since round 47 (checked below)."""

from __future__ import annotations

import pytest
from engine_support import at_summary


def _goal(**answers) -> str:
    return at_summary(answers).goal_text


@pytest.mark.parametrize(
    ("everyday", "motivation", "said", "not_said"),
    [
        ("ja øh jeg hedder Allan og er 71 og bor med min kone",
         "fordi drengene de råber Allan Allan når jeg kommer", "råber mit navn", "Allan"),
        ("jeg hedder Birthe og jeg har gået til kor i 20 aar",
         "fordi børnene raaber altid Birthe naar jeg kommer ind", "råber mit navn",
         "Birthe"),  # no æøå
        ("mit navn er Knud, jeg er 80", "for så synger de Knud Knud Knud når jeg scorer",
         "mit navn", "Knud"),
        ("jeg hedder jo Lis og jeg bor alene", "fordi ungerne kalder Lis, Lis! når de ser mig",
         "kalder mit navn", "Lis,"),
    ],
)  # fmt: skip
def test_the_citizens_own_name_called_out_is_my_name(everyday, motivation, said, not_said):
    goal = _goal(everyday=everyday, wish="jeg vil gerne synge i koret igen", motivation=motivation)
    assert said in goal and not_said not in goal, goal


@pytest.mark.parametrize(
    ("everyday", "motivation", "said"),
    [
        # another's name, not the citizen's: left to the rules that read it
        ("jeg hedder Allan og min kone hedder Hanne", "fordi drengene råber Hanne når hun kommer",
         ""),
        # no "jeg hedder": nobody's name known as the citizen's
        ("jeg er 71 og bor i Frederiksværk", "fordi drengene råber Allan når jeg kommer",
         "råber Allan"),
        # the name not called out: "kalder på" is another rule's
        ("jeg hedder Allan", "fordi de siger Allan er sej", "siger Allan er sej"),
    ],
)  # fmt: skip
def test_a_name_not_the_citizens_or_not_called_stays(everyday, motivation, said):
    goal = _goal(everyday=everyday, wish="jeg vil gerne synge i koret igen", motivation=motivation)
    assert said in goal and "mit navn" not in goal, goal


@pytest.mark.parametrize(
    ("everyday", "wish", "said"),
    [
        # round 47, a product decision: the relation alone, never the first name
        ("min søn Peter bor i Aarhus", "jeg vil gerne besøge Peter igen", "besøge min søn igen"),
        ("min nabo Kurt er sød", "jeg vil gerne gå tur med Kurt igen", "med min nabo igen"),
        # said with its tie by the citizen: the tie alone
        ("min kone Bodil har det svært", "jeg vil gerne gå tur med min kone Bodil igen",
         "med min kone igen"),
    ],
)  # fmt: skip
def test_other_ties_and_ties_said_keep_the_name(everyday, wish, said):
    goal = _goal(everyday=everyday, wish=wish)
    assert said in goal, goal
