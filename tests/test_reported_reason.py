"""A reason whose first sentence tells another's words ("lederen har sagt, at hvis jeg ikke
kommer igen, så lukker de det") gives way to the citizen's own purpose said after it ("så
holdet ikke skal lukke") (round 33, r127c)."""

from __future__ import annotations

import pytest
from test_engine_measures_said import _at, _goal, _said

from assistant.content import get_content


@pytest.mark.parametrize(
    ("wish", "said", "own", "told"),
    [
        ("jeg vil gerne kniple igen på knipleholdet",
         "Vi er kun fire tilbage på holdet, og lederen har sagt, at hvis jeg ikke kommer igen, så "
         "lukker de det. Så jeg vil gerne komme igen, så holdet ikke skal lukke.",
         "så holdet ikke skal lukke", "lederen"),
        ("jeg vil gerne synge i koret igen",
         "øh dirigenten har sagt at de mangler altstemmer. saa jeg vil gerne med igen saa koret "
         "kan blive ved",
         "koret kan blive ved", "dirigenten"),
        ("jeg vil gerne spille kort i klubben igen",
         "Formanden siger, at de ikke kan stille fire hold mere uden mig. Så jeg vil gerne komme "
         "igen, så vi kan blive ved med at spille om torsdagen.",
         "blive ved med at spille", "formanden"),
        ("jeg vil gerne gå til gymnastik igen",
         "min datter har fortalt at holdet er ved at gå i opløsning. så jeg vil gerne komme igen "
         "så holdet ikke skal lukke",
         "holdet ikke skal lukke", "datter"),
    ],
)  # fmt: skip
def test_the_citizens_own_purpose_wins_over_anothers_words(wish, said, own, told):
    content = get_content("da")
    turn = _said(_at(content, wish, "motivation"), content, said)
    goal = _goal(turn, content)
    assert own in goal, goal
    assert told not in goal.lower(), goal
