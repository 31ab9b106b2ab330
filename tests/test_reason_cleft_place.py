"""A reason said as a cleft of a place ("det er bare der, man ser folk fra byen", "det er jo her,
man hører det nye"): the clause after the focus is the cleft's own, kept whole, never cut as
another person's story after the comma (round 32)."""

from __future__ import annotations

import pytest
from test_engine_measures_said import _at, _goal, _said


@pytest.mark.parametrize(
    ("wish", "said", "kept"),
    [
        ("Jeg vil selv kunne spille banko igen i forsamlingshuset om tirsdagen.",
         "Det er bare der, man ser folk fra byen.",
         "jeg ser folk fra byen"),
        ("Jeg vil gerne kunne gå i kirke igen.",
         "Det er der, man møder de andre fra sognet.",
         "jeg møder de andre fra sognet"),
        ("jeg vil gerne kunne komme ned i klubben igen",
         "det er jo der, man hører hvad der sker i byen",
         "jeg hører hvad der sker i byen"),
        ("jeg vil gerne til fællesspisning igen",
         "Det er bare der, man får snakket med naboerne.",
         "jeg får snakket med naboerne"),
        ("jeg vil gerne kunne gaa ned paa havnen igen",
         "det er bare der, man ser baadene komme ind",
         "jeg ser bådene komme ind"),
        ("min far vil gerne kunne komme i sognegården igen",
         "det er der, man møder de gamle venner fra sognet",
         "jeg møder de gamle venner fra sognet"),
        ("jeg vil gerne i svømmehallen igen",
         "Det er der, man holder sig i gang. Og vandet gør godt.",
         "jeg holder mig i gang"),
        ("jeg vil gerne kunne gå til gymnastik igen",
         "det er nok der, man har det sjovest om ugen",
         "jeg har det sjovest om ugen"),
        ("jeg vil gerne kunne komme i brugsen selv",
         "det er jo her, man hører det nye fra landsbyen",
         "jeg hører det nye fra landsbyen"),
        ("jeg vil gerne ud i kolonihaven igen",
         "Det er bare der, man kan sidde i fred og høre fuglene.",
         "jeg kan sidde i fred og høre fuglene"),
        ("jeg vil gerne kunne komme på biblioteket igen",
         "det er der, man kan låne bøgerne og læse avisen",
         "jeg kan låne bøgerne og læse avisen"),
    ],
)  # fmt: skip
def test_a_cleft_of_a_place_keeps_its_clause_in_the_reason(content, wish, said, kept):
    goal = _goal(_said(_at(content, wish, "motivation"), content, said), content)
    assert kept in goal
