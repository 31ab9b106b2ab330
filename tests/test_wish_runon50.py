"""Fix round 50 (fF, blind166 Jørn, speech-recognised): the wish at the end of a spoken run-on
("vores datter arbejder om onsdagen så der har jeg børnebørnene … så jeg vil gerne kunne gå med
børnebørnene ned på legepladsen igen") is the goal's phrase. "så der har jeg …" (an adverb
fronted before the verb and its subject pronoun, motivation.yaml so_fronted) tells what is so,
no purpose, before a wish; and a "så jeg vil gerne …" inside a reason begins the wish
(so_wish_marks; nlp/clauses.py). Counter-examples: a purpose after the wish stays one ("så jeg
kan blive stærk", "så der er plads til rollatoren", "så der kan jeg sidde og se blomsterne"),
and "så jeg vil kunne …" with no wish mark is no new wish."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 7)


def _action(text: str) -> str | None:
    return (understand(text, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("wish", "action"),
    [
        ("vores datter arbejder om onsdagen så der har jeg børnebørnene om eftermiddagen og før"
         " gik vi altid ned på legepladsen og det kan jeg ikke nu så de sidder bare foran"
         " fjernsynet så jeg vil gerne kunne gå med børnebørnene ned på legepladsen igen",
         "gå med børnebørnene ned på legepladsen igen"),
        ("min søn arbejder om fredagen så der har jeg hunden hele dagen og det kan jeg ikke klare"
         " nu så jeg vil gerne kunne gå en tur med hunden igen", "gå en tur med hunden igen"),
        ("øh min kone går til gymnastik om tirsdagen så der er jeg alene så jeg vil helst kunne"
         " lave min egen mad igen", "lave min egen mad igen"),
        ("vores datter arbejder om torsdagen saa der har jeg barnebarnet og det kan jeg ikke"
         " klare nu saa jeg vil gerne kunne gaa i svommehallen igen", "gå i svømmehallen igen"),
        ("altså min mand er på jagt i weekenden så der sidder jeg alene så jeg vil så gerne"
         " kunne køre ud til min søster igen", "køre ud til min søster igen"),
        ("så jeg har god tid om formiddagen så jeg vil rigtig gerne kunne gå til banko igen",
         "gå til banko igen"),
        ("hun har fri om mandagen så der har hun tid men hun kan ikke gå så langt så hun vil"
         " gerne kunne gå ned til stranden igen", "gå ned til stranden igen"),
    ],
)  # fmt: skip
def test_the_wish_at_the_end_of_a_run_on_is_the_goals(wish, action):
    facts = understand(wish, TODAY)
    assert (facts.extras or {}).get("action") == action
    assert facts.stance == "wish"


@pytest.mark.parametrize(
    "wish",
    [
        "vores datter arbejder om onsdagen så der har jeg børnebørnene så jeg vil gerne kunne gå"
        " på legepladsen med dem igen",
        "min søn arbejder om fredagen så der har jeg hunden så jeg vil gerne gå tur igen",
    ],
)
def test_what_is_so_is_no_reason(wish):
    assert understand(wish, TODAY).motivation is None


@pytest.mark.parametrize(
    ("wish", "action", "reason"),
    [
        ("jeg vil gerne gå til træning så jeg kan blive stærk", "gå til træning", "blive stærk"),
        ("jeg vil gerne kunne cykle igen så der kommer lidt luft", "cykle igen",
         "kommer lidt luft"),
        ("jeg vil gerne have en rampe så der er plads til rollatoren", "have en rampe",
         "er plads til rollatoren"),
        ("jeg vil gerne gå i haven igen så der kan jeg sidde og se blomsterne", "gå i haven igen",
         "jeg sidde og se blomsterne"),
    ],
)  # fmt: skip
def test_a_purpose_after_the_wish_stays(wish, action, reason):
    facts = understand(wish, TODAY)
    assert (facts.extras or {}).get("action") == action
    assert facts.motivation == reason


# Blind165 Rajan and Birthe: a place told in an earlier sentence joins the wish without the rest
# of that sentence (the apposition of who was there: nlp/extract.py _beside_wish), without its
# company ("i haven med naboerne": nlp/wish_place.py retold_place), and not at all when the wish
# names it already by its head ("med foreningen" for "i folkedanserforeningen": wish_place.py,
# story_place.py). Counter-examples: a new place still joins ("i beboerhuset", "til
# kirkecaféen", "på biblioteket").
@pytest.mark.parametrize(
    ("wish", "action"),
    [
        ("Hver søndag vi spiller carrom i beboerhuset, mænd fra Sri Lanka og mine børnebørn. Jeg"
         " vil gerne spille carrom med mine børnebørn igen.",
         "spille carrom med mine børnebørn igen i beboerhuset"),
        ("Hver fredag vi spiller kort i klubhuset, mig og naboerne og min bror. Jeg vil gerne"
         " spille kort med naboerne igen.", "spille kort med naboerne igen i klubhuset"),
        ("vi sang i koret i kirken, mig og min kone. jeg vil gerne synge igen",
         "synge igen i koret i kirken"),
        ("jeg spillede petanque i haven med naboerne. jeg vil gerne spille petanque igen med mine"
         " venner", "spille petanque igen med mine venner i haven"),
        ("Jeg har danset folkedans i folkedanserforeningen i 25 år. Jeg vil gerne danse folkedans"
         " med foreningen igen.", "danse folkedans med foreningen igen"),
        ("jeg har sunget i kirkekoret i mange år. jeg vil gerne synge med koret igen",
         "synge med koret igen"),
        ("øh jeg har spillet bridge i bridgeklubben hver tirsdag. jeg vil så gerne spille bridge"
         " med klubben igen", "spille bridge med klubben igen"),
        ("jeg har bagt rugbrød til kirkecaféen hver torsdag. jeg vil gerne bage rugbrød igen",
         "bage rugbrød igen til kirkecaféen"),
        ("før var jeg med i bogklubben på biblioteket, vi er otte damer. jeg vil gerne komme med"
         " i bogklubben igen", "komme med i bogklubben på biblioteket igen"),
    ],
)  # fmt: skip
def test_a_place_from_another_sentence_joins_alone(wish, action):
    assert _action(wish) == action
