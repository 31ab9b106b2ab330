"""Fix round 43 (fA, blind146 Svend Erik): a sign that names the wish's doings again with a thing,
amount or time of its own ("skrive et læserbrev på en halv side færdigt og sende det med mailen på
en formiddag") is kept whole, not said "gøre det uden at …"; "de" before a dictionary plural
("kørt de strækninger") is an article, no clause of someone else's; a reason's clause joined by
"og" with an adverb before its verb ("og jeg stadig er med") ends the cut there, so a relative
clause ("…, der har kørt de strækninger") is never cut from its head."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal, reason_frame

GOALS = get_content("da").goals


@pytest.mark.parametrize(
    ("own", "sign", "kept"),
    [
        (
            "skrive mine læserbreve på computeren igen og sende dem med mailen",
            "skrive et læserbrev på en halv side færdigt og sende det med mailen på en formiddag,"
            " uden at nogen skal rette det bagefter",
            "en halv side",
        ),
        (
            "bage boller og give naboerne nogle",
            "bage tyve boller og give dem til naboerne på en eftermiddag uden at hvile",
            "tyve boller",
        ),
        (
            "skrive julekort og sende dem",
            "skrive 15 julekort færdige og sende dem inden jul uden hjælp",
            "15 julekort",
        ),
    ],
)
def test_a_sign_with_an_amount_of_its_own_stays_whole(own, sign, kept):
    facts = {"activity": "kommunikation", "own_action": own, "criterion": sign}
    sentence = compose_goal(facts, GOALS)
    assert kept in sentence, sentence


@pytest.mark.parametrize(
    ("own", "sign", "short"),
    [
        # the same doings and things again, only how added: "gøre det uden at …"
        (
            "åbne syltetøjsglas og koge kartofler og hælde vandet fra",
            "åbne glasset og koge kartoflerne og hælde vandet fra uden at spilde",
            "gøre det uden at spilde",
        ),
    ],
)
def test_a_sign_saying_only_how_is_still_said_short(own, sign, short):
    facts = {"activity": "madlavning", "own_action": own, "criterion": sign}
    assert short in compose_goal(facts, GOALS)


@pytest.mark.parametrize(
    ("told", "words"),
    [
        (
            "Fordi jeg har noget at sige, og der er ikke mange tilbage, der har kørt de"
            " strækninger. Når jeg skriver, er jeg stadig med i samfundet og ikke bare en gammel"
            " mand i en stol.",
            "der har kørt de strækninger",
        ),
        ("fordi jeg kender de strækninger", "jeg kender de strækninger"),
        ("fordi der er ikke mange tilbage, der har kørt de ruter", "kørt de ruter"),
    ],
)
def test_de_before_a_plural_noun_is_its_article(told, words):
    _frame, said = reason_frame(told, GOALS, "citizen")
    assert words in said, said


@pytest.mark.parametrize(
    ("told", "words"),
    [
        # "de" as someone else's subject still goes
        ("fordi jeg vil hjælpe min søster, de ringer aldrig", "de ringer"),
        ("fordi jeg vil ud at gå med hunden, de spiser jo ikke selv", "de spiser"),
    ],
)
def test_de_as_a_subject_still_opens_someone_elses_clause(told, words):
    _frame, said = reason_frame(told, GOALS, "citizen")
    assert words not in said, said


def test_a_long_reason_cut_after_its_relative_clause_not_inside_it():
    facts = {
        "activity": "kommunikation",
        "own_action": "skrive mine læserbreve på computeren",
        "motivation": "Fordi jeg har noget at sige, og der er ikke mange tilbage, der har kørt de"
        " strækninger. Når jeg skriver, er jeg stadig med i samfundet og ikke bare en gammel mand"
        " i en stol.",
    }
    sentence = compose_goal(facts, GOALS)
    assert "mange tilbage, der har kørt de strækninger." in sentence, sentence


def test_a_told_past_clause_still_goes_from_a_long_reason():
    facts = {
        "activity": "rengoering",
        "own_action": "vaske mine gulve",
        "motivation": "Fordi et rent hjem har altid været min ære, det lærte jeg i præstegården."
        " Og jeg vil selv bestemme, hvornår mit gulv bliver vasket, og ikke vente på en liste på"
        " kommunen.",
    }
    sentence = compose_goal(facts, GOALS)
    assert "præstegården" not in sentence and "min ære" in sentence, sentence
