"""Fix round 46 (x3, blind69 Lis): a hearing difficulty told in a later comma clause beside a
social occasion named first is its reason, so the occasion is the activity; hearing what people
say wished for by itself stays kommunikation (fA's frame "høre hvad folk siger")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "min mand vil ikke med til julefrokost hos vores son mere, han siger der er for meget"
        " larm og han kan ikke hore hvad de siger selv med horeapparatet",
        "far vil ikke med til julefrokost hos min bror, han kan ikke høre hvad folk siger selv"
        " med høreapparatet",
        "jeg vil ikke til julefrokost hos min datter mere, jeg kan ikke høre hvad de andre"
        " siger med mit høreapparat",
        "min kone vil gerne med til søndagsmiddag hos vores datter igen, men hun kan ikke høre"
        " hvad de siger selv med høreapparater",
        "mor vil gerne spise middag hos min søster, selvom hun ikke kan høre hvad folk siger"
        " med høreapparatet",
    ],
)
def test_hearing_told_as_the_reason_beside_a_social_wish_stays_social(said):
    assert analyze(said, TODAY).activity == "socialt_samvaer"


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne kunne høre hvad folk siger",
        "jeg vil gerne kunne høre hvad folk siger med mit høreapparat",
        "min mand vil gerne kunne høre hvad familien siger igen",
        "far vil gerne kunne hore hvad folk siger uden at de skal råbe",
        "far vil gerne kunne høre hvad familien siger, når vi er til julefrokost",
    ],
)
def test_hearing_what_people_say_wished_for_itself_is_communication(said):
    assert analyze(said, TODAY).activity == "kommunikation"
