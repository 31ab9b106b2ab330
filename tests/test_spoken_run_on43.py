"""Fix round 43 (fC, blind146 Anni): a spoken main clause run on into the next one, which opens
with a fronted adverb of place or time and its inverted verb and subject ("det er vores frihed
derude er vi på ferie"), gets a comma at the boundary; an adverb that ends the first clause
after its verb ("når vi er derude er vi glade") stays. An aid said as the part of a thing
("en lille trappe med gelænder") is written as the thing with its part, not the part alone."""

from __future__ import annotations

import pytest
from test_engine_measures_said import _at, _goal, _said

from assistant.content import get_content
from assistant.nlp.grammar import polish

CONTENT = get_content("da")
G = CONTENT.goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Jeg vil ud i campingvognen, fordi det er vores frihed derude er vi på ferie hele"
         " sommeren.", "vores frihed, derude er vi på ferie"),
        ("Jeg vil i haven igen, fordi haven er min glæde herhjemme har jeg ro.",
         "min glæde, herhjemme har jeg ro"),
        ("Jeg vil gå ture, fordi jeg var syg længe nu kan jeg gå igen.",
         "syg længe, nu kan jeg gå igen"),
        ("Jeg vil i kolonihaven, fordi min mand byggede huset derinde sidder vi hver aften.",
         "huset, derinde sidder vi"),
        ("Jeg vil til koret igen, fordi vi synger sammen bagefter drikker vi kaffe.",
         "sammen, bagefter drikker vi kaffe"),
        ("Min mor vil på sommerhuset, fordi det er hendes sted deroppe kan hun slappe af.",
         "hendes sted, deroppe kan hun"),
    ],
)  # fmt: skip
def test_a_run_on_main_clause_after_a_fronted_adverb_gets_a_comma(said, written):
    assert written in polish(said, G)


@pytest.mark.parametrize(
    "said",
    [
        "Jeg vil ud, fordi når vi er derude er vi glade.",
        "Jeg ved, at jeg har nået det, når jeg kan gå derude.",
        "Jeg vil ud, fordi jeg vil være derude og nu er det sommer.",
        "Jeg vil spise med de andre, fordi jeg sidder alene nu og så er det trist.",
        "Jeg vil gå i haven, fordi derude er jeg glad.",
        "Jeg vil ud, fordi hvad er der derude er det fint.",
    ],
)
def test_an_adverb_of_the_first_clause_or_a_joined_clause_stays(said):
    assert polish(said, G) == said


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("min svigersøn har lavet en lille trappe med gelænder til vognen", "trappen med gelænder"),
        ("oeh vi har faaet en trappe med gelaender ved doeren", "trappen med gelænder"),
        ("han har fået en lille trappe med gelænder foran døren", "trappen med gelænder"),
    ],
)
def test_a_rail_said_as_part_of_a_stair_keeps_the_stair(said, kept):
    goal = _goal(
        _said(_at(CONTENT, "jeg vil gerne ud i haven igen", "independence"), CONTENT, said), CONTENT
    )
    assert kept in goal, goal


def test_a_rail_said_alone_stays_the_rail():
    """Counter-case: "et gelænder" with no thing keeps its name's phrase."""
    said = "vi har fået et gelænder ved trappen"
    goal = _goal(
        _said(_at(CONTENT, "jeg vil gerne ud i haven igen", "independence"), CONTENT, said), CONTENT
    )
    assert "gelænderet" in goal and "trappen med" not in goal, goal
