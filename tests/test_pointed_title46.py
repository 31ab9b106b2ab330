"""Fix round 46 (fC): a wish's "hende"/"ham" that points back at someone told of only by a title
and a surname ("besøgsven for fru jensen paa plejecentret … besøgsven igen for hende") is said as
the title's kind and the place told after the name ("for en dame på plejecentret"), never the
surname; a person word before the title says who itself ("min nabo fru Berg": "min nabo")
(nlp/pointed_title.py, content/da/nlp/people.yaml titled_people / titled_pointed). Mends Dorit
(blind152_uden_aeoeaa_tastefejl_dorit): the goal's "hende" pointed at no one."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.compose import compose

TODAY = date(2026, 12, 6)
CONTENT = get_content("da")


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        ("jeg har vaeret besoegsven for fru jensen paa plejecentret i 4 aar, hun er 93. jeg vil "
         "gerne vaere besoegsven igen for hende",
         "være besøgsven igen for en dame på plejecentret"),
        ("hun har læst avis højt for hr. Hansen på plejehjemmet hver uge. hun vil gerne læse avis "
         "for ham igen", "læse avis for en herre på plejehjemmet igen"),  # a relative
        ("øh jeg plejer at handle ind for fru Nielsen, hun er 90. jeg vil gerne kunne handle ind "
         "for hende igen", "handle ind for en dame igen"),  # no place told
        ("Mor har gaaet tur med frk. Holm hver dag. Hun vil saa gerne gaa tur med hende igen",
         "gå tur med en dame igen"),
        ("jeg har kørt for hr Olsen til lægen. jeg vil gerne køre ham til lægen igen",
         "køre en herre til lægen igen"),
        ("jeg har været besøgsven for fru jensen på plejehjemmet. jeg vil gerne besøge hende på "
         "plejehjemmet igen", "besøge en dame på plejehjemmet igen"),  # the place said once
        ("min nabo fru Berg har ingen familie. jeg vil gerne hjælpe hende med indkøb igen",
         "hjælpe min nabo med indkøb igen"),
        ("hans gamle ven hr. Hansen bor på plejehjemmet. han vil gerne besøge ham igen",
         "besøge hans gamle ven igen"),
        ("naboen fru Berg har ingen familie. jeg vil gerne hjælpe hende med indkøb igen",
         "hjælpe naboen med indkøb igen"),
    ],
)  # fmt: skip
def test_a_pronoun_of_a_titled_person_says_who_without_the_name(said, wish):
    assert analyze(said, TODAY).extras.get("action") == wish


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        ("jeg var hos fru Hansen og fru Madsen på plejehjemmet. jeg vil gerne besøge hende igen",
         "besøge hende igen"),  # two ladies: which one is not known
        ("jeg har besøgt hr. Hansen på plejehjemmet. jeg vil gerne besøge hende igen",
         "besøge hende igen"),  # a gentleman is no "hende"
        ("jeg vil gerne læse for hende igen, fru jensen altså", "læse for hende igen"),  # after
        ("jeg vil gerne besøge min søster og hjælpe hende", "besøge min søster og hjælpe hende"),
        ("jeg kender en nabo fru Berg. jeg vil gerne hjælpe hende", "hjælpe hende"),
    ],
)  # fmt: skip
def test_a_pronoun_without_one_titled_person_of_its_kind_stays(said, wish):
    assert analyze(said, TODAY).extras.get("action") == wish


@pytest.mark.parametrize(
    ("wish", "speaker", "goal"),
    [
        ("være besøgsven igen for en dame på plejecentret", "citizen",
         "Jeg vil kunne være besøgsven igen for en dame på plejecentret."),
        ("besøge hans gamle ven igen", "relative", "Jeg vil kunne besøge min gamle ven igen."),
    ],
)  # fmt: skip
def test_the_goal_says_the_titled_person_in_the_citizens_words(wish, speaker, goal):
    facts = {"activity": "socialt_samvaer", "own_action": wish, "speaker": speaker}
    assert compose(facts, CONTENT.goals)[0] == goal
