"""A spoken topic "det er (vel) <people>" before a clause told by "vi"/"de"/"hun": the people
named stay as the clause's subject ("kammeraterne og jeg har spillet …"), so no "vi" or "de"
points to no one; a hedge said before it ("nej, det ved jeg sgu ikke.") stays out."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import reason_frame

GOALS = get_content("da").goals


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Nej, det ved jeg sgu ikke. Det er vel kammeraterne. Vi har spillet sammen i tyve år, "
         "og de ringer og spørger, hvornår jeg kommer igen.",
         "kammeraterne og jeg har spillet sammen i tyve år, og de ringer og spørger, hvornår jeg "
         "kommer igen"),
        ("det er nok pigerne i koret de savner mig når jeg ikke kommer",
         "pigerne i koret savner mig når jeg ikke kommer"),
        ("øh det er jo mine børnebørn vi bager altid sammen til jul",
         "mine børnebørn og jeg altid bager sammen til jul"),
        ("Det er vel naboerne. De kigger efter mig hvis jeg ikke kommer ud",
         "naboerne kigger efter mig hvis jeg ikke kommer ud"),
        ("det ved jeg ikke. det er min datter. hun har brug for mig om torsdagen",
         "min datter har brug for mig om torsdagen"),
        ("altsaa det er vel drengene vi spiller kort hver tirsdag",
         "drengene og jeg spiller kort hver tirsdag"),
        ("Det er nok Kurt. Vi har kendt hinanden hele livet",
         "Kurt og jeg har kendt hinanden hele livet"),
        ("det er egentlig mine veninder de ringer hver dag og spørger til mig",
         "mine veninder ringer hver dag og spørger til mig"),
        ("hvad ved jeg. det er vel kollegerne. vi har det sjovt sammen",
         "kollegerne og jeg har det sjovt sammen"),
    ],
)  # fmt: skip
def test_people_named_by_a_cleft_stay_the_subject(told, reason):
    assert reason_frame(told, GOALS, "citizen") == ("because", reason)


@pytest.mark.parametrize(
    "told",
    [
        # no people after "det er": as said
        "det er vel vigtigt. vi har brug for det",
        # one person, said again by "de": no match in number, as said
        "det er min datter de ringer hver dag",
    ],
)  # fmt: skip
def test_a_cleft_without_people_who_match_stays_as_said(told):
    from assistant.nlp.cleft_topic import topic_said_again  # noqa: PLC0415

    assert topic_said_again(told, GOALS.grammar) == told
