"""Fix round 49 (fD), blind159 Henning and Mogens: aids named plainly are kept in goal.aids.
Walking poles said "stave" (aids.yaml stav) name the aid where a noun stands ("gå med stave",
"sine stave"), never the verb "stave" (spell: homograph_aids) nor a compound's tail
("bogstaver": whole_words); insoles that warm or are shaped to the foot ("varmesaaler",
"indlægssåler") are aids of their own, a shoe's own sole none. Through the real analyzer and
engine."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import CONTENT, at_summary

from assistant.dialogs.draft import goal_fields
from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("øh jeg gaar med stave nu", "stav"),
        ("hun har sine stave med når hun går", "stav"),
        ("fysioterapeuten har lånt mig to stave", "stav"),
        ("jeg bruger staven når jeg går i skoven", "stav"),
        ("stave og rygsæk", "stav"),
        ("og saa har jeg faaet varmesaaler i skoene", "varmesål"),
        ("jeg har nogle indlægssåler fra fodterapeuten", "indlægssål"),
        ("han har fået varmesåler til støvlerne, ellers fryser han", "varmesål"),
    ],
)
def test_poles_and_insoles_are_aids(text, aid):
    assert aid in analyze(text, TODAY).aids


@pytest.mark.parametrize(
    "text",
    [
        "jeg kan ikke stave mere efter blodproppen",
        "hun skal lære at stave igen",
        "han staver dårligt",
        "hun stavede forkert til sit navn",
        "det er stavet forkert",
        "bogstaverne er for små og jeg kan ikke læse dem",
        "jeg har fået nogle dansesko med glat sål",
    ],
)
def test_the_verb_a_compound_tail_or_a_shoes_sole_is_no_such_aid(text):
    aids = analyze(text, TODAY).aids
    assert not {"stav", "varmesål", "indlægssål"} & set(aids), aids


NIGHT_WALK = "han vil gerne gå med natteravnene igen om fredagen"


@pytest.mark.parametrize(
    ("wish", "said", "aids"),
    [
        (
            NIGHT_WALK,
            "Fysioterapeuten har lært ham at gå med stave, så han har noget at støtte sig til, "
            "og han har fået en lille rygsæk til termokanden",
            {"stav", "rygsæk"},
        ),
        (
            "jeg vil gerne vise folk stjernerne i kikkerten igen",
            "jeg har en roed pandelampe saa jeg kan se trinene. og varmesaaler i stoevlerne",
            {"pandelampe", "varmesål"},
        ),
    ],
)
def test_the_goal_keeps_every_aid_named(wish, said, aids):
    turn = at_summary({"wish": wish, "independence": said})
    goal = goal_fields(turn.state, CONTENT)
    assert aids <= set(goal["aids"]), goal["aids"]
