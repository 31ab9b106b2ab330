"""People named through another person's genitive: "naboens søn Mads" is the neighbour's son,
named by the head noun (søn), the neighbour only his possessor (blind72's convention, fix round
34; round 29 named the possessor). And the church's people a choir singer names as helpers
("Organisten Birte", "korlederen")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("naboens søn Mads kan køre mig derind om tirsdagen", ["søn"]),
        ("oeh naboes son kan koere mig til genoptraeningen", ["søn"]),
        ("min søsters datter kommer og hjælper mig med at handle hver fredag", ["datter"]),
        ("min mands bror kan hente mig når jeg skal til frisøren", ["bror"]),
        ("min datters mand hjaelper ham op ad trappen om lørdagen", ["mand"]),
        ("mor vil gerne til banko og min søsters yngste søn vil køre hende", ["søn"]),
        ("jeg vil gerne gå til gymnastik igen og naboens datter vil gå med", ["datter"]),
        # a genitive before a thing still names the person ("min datters bryllup")
        ("jeg vil gerne kunne danse til min datters bryllup i maj", ["datter"]),
    ],
)
def test_person_of_a_genitive_is_the_head_noun(text, people):
    assert list(analyze(text, TODAY).people) == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Organisten Birte, der leder koret, kan hjælpe mig med noderne", "organist"),
        ("øh organisten henter mig hver torsdag til korprøven", "organist"),
        ("jeg vil gerne synge i koret igen og korlederen Jytte har lovet at hjaelpe", "korleder"),
        ("mor vil gerne med i kirkekoret igen, korlederen har sagt hun er velkommen", "korleder"),
    ],
)
def test_church_roles_are_people(text, person):
    assert person in analyze(text, TODAY).people
