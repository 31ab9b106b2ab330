"""A sign whose last clause has the thing made as its subject ("…, og at den kan stå selv på
bordet") keeps that subject after the citizen's own long sign; the modal is not the citizen's
(round 33, r127c)."""

from __future__ import annotations

import pytest
from test_engine_measures_said import _at, _goal, _said
from test_nlp_rules import facts

from assistant.content import get_content


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("At han har snittet en hel fugl færdig, en lille mejse, uden at skære sig, og at den "
         "kan stå selv på bordet.",
         ", og at den kan stå selv på bordet"),
        ("øh at jeg har strikket en hel sweater færdig til mit barnebarn i den blå uld, uden at "
         "tabe nogen masker, og at den kan passe ham til jul",
         ", og at den kan passe ham til jul"),
        ("at hun har syet en hel dukkekjole færdig til Sofie med blonder og knapper, uden at "
         "stikke sig på nålen, og at den kan komme i vaskemaskinen",
         ", og at den kan komme i vaskemaskinen"),
        ("altsaa at jeg har malet et helt billede af havnen faerdigt med baadene og fyret, uden "
         "at ryste for meget paa haanden, og at det kan haenge i stuen",
         ", og at det kan hænge i stuen"),
        ("at han har bygget et helt fuglehus færdigt ude i garagen med tag og pind og det hele, "
         "uden at slå sig over fingrene, og at det kan hænge i æbletræet",
         ", og at det kan hænge i æbletræet"),
        ("at jeg har bagt en hel lagkage færdig til min søns fødselsdag med flødeskum og "
         "jordbær, uden at tabe noget på gulvet, og at den kan stå på bordet",
         ", og at den kan stå på bordet"),
    ],
)  # fmt: skip
def test_the_things_clause_is_kept_after_the_citizens_long_sign(text, thing):
    criterion = facts(text).extras.get("criterion")
    assert criterion.endswith(thing)
    assert criterion.startswith("have ")  # the citizen's own sign from the start


@pytest.mark.parametrize(
    "text",
    [
        "det kan jeg godt, at jeg har gået hele vejen ned til stranden og hjem igen",
        "at jeg kan gå ned til postkassen og hjem igen uden at stoppe",
    ],
)
def test_a_citizens_modal_is_not_a_things(text):
    assert ", og at" not in (facts(text).extras.get("criterion") or "")


def test_the_goal_says_the_thing_stands_not_the_citizen():
    content = get_content("da")
    turn = _at(content, "jeg vil gerne snitte fugle i trae igen", "measure")
    turn = _said(
        turn,
        content,
        "at jeg har snittet en hel fugl færdig, en lille mejse, uden at skære mig, og at den "
        "kan stå selv på bordet",
    )
    goal = _goal(turn, content)
    assert "når den kan stå selv på bordet" in goal
    assert "jeg kan stå selv" not in goal
    assert "mejse" in goal
