"""Fix round 46 (fH, blind154 Kirsten): an instructor leads a class, a club's, an association's
or a course's ("instruktøren Lone tager Molly"): the coach ("træner"), also said alone, unless
the words tell of rehabilitation ("en instruktør fra synscentret": terapeut)
(nlp/club_coach.py, people.yaml coach_alone_words). Since fix round 54 (blind175 Palle) the
coach is named by the title said: "instruktør" (people.yaml instructor_person)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyzer_for

ANALYZE = analyzer_for(get_content("da"))
TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Min nabo kører os derud, og instruktøren Lone tager hunden, hvis den bliver for vild.",
         "instruktør"),
        ("øh instruktøren på yogaholdet hjælper mig ned på måtten", "instruktør"),
        ("hun vil gerne til linedance men instruktøren går for hurtigt frem", "instruktør"),
        ("min far kan godt, instruktøren i svømmehallen holder øje med ham", "instruktør"),
        # counter-examples: an instructor of rehabilitation, a therapist
        ("en instruktør fra synscentret skal gå ruten med ham et par gange", "terapeut"),
        ("instruktøren på genoptræningsholdet viser mig øvelserne", "terapeut"),
        ("terapeuten fra kommunen kommer hver tirsdag", "terapeut"),
    ],
)  # fmt: skip
def test_an_instructor_is_a_coach_outside_rehabilitation(text, person):
    people = ANALYZE.analyze(text, TODAY).people
    assert person in people, people
    assert {"træner", "terapeut", "instruktør"} - {person} & set(people) == set(), people
