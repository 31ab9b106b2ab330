"""A rhythm told of the story is no goal frequency: a life's habit told as a perfect with
"altid" ("mor har altid gået til line dance hver onsdag men …"), and, before the wish, the
trouble's own rhythm ("jeg ligger vågen til klokken tre hver nat … så jeg vil prøve …", "hver
dag vi er nye for ham"). A wish that says its own rhythm keeps it (blind corpora 70 and 71)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


def per_week(text: str) -> float | None:
    freq = analyze(text, TODAY).frequency
    if freq is None:
        return None
    return freq.times * {"day": 7, "week": 1, "month": 12 / 52}[freq.per] / freq.every


@pytest.mark.parametrize(
    "text",
    [
        "far han har altid gaaet i kirke hver søndag men efter faldet toer han ikke gaa derhen"
        " alene han vil gerne med igen",
        "jeg har altid gået i svømmehallen to gange om ugen men efter min blodprop tør jeg ikke,"
        " jeg vil gerne starte igen til foråret",
        "min kone hun har jo altid spillet bridge hver mandag ik men nu kan hun ikke huske"
        " kortene og hun vil så gerne spille med igen",
        "jeg ligger vaagen hver nat til klokken to ik saa jeg vil proeve at droppe middagsluren og"
        " komme i seng til tiden",
        "han sidder og venter på hjemmeplejen hver morgen i en time så han vil gerne selv kunne"
        " lave sin morgenmad",
        "Min kone kan ikke finde ordene, hver dag hun er vred over det. Hun vil gerne tale med"
        " sine veninder igen.",
        "mor falder hver uge ude i køkkenet ik og nu vil hun gerne træne balancen så hun kan stå"
        " sikkert",
    ],
)
def test_a_story_rhythm_is_no_goal_frequency(text):
    assert per_week(text) is None


@pytest.mark.parametrize(
    ("text", "weekly"),
    [
        # the wish's own rhythm after a life's habit
        (
            "han har jo altid cyklet til byen hver dag men nu tør han ikke mere for trafikken han"
            " vil gerne kunne cykle igen tre gange om ugen",
            3.0,
        ),
        # a habit kept up, not told as the story's
        ("jeg går tur hver dag og det vil jeg gerne blive ved med", 7.0),
        # the wish itself before the trouble: its rhythm stands
        ("jeg vil gerne gå en tur hver dag men jeg falder tit", 7.0),
    ],
)
def test_a_wished_rhythm_stays(text, weekly):
    assert per_week(text) == weekly
