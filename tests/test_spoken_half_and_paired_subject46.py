"""Fix round 46 (fG, blind153 Agnes): a spoken "to en halv time" is 2½ hours; a place seat
said with its place adverb ("en plads yderst ved gangen") is the seat, its place kept beside
it; a subject of the citizen and someone else ("så har hun og Else noget at snakke om") moves
whole, written "Else og jeg"; a list of deeds "A, B og selv C" is kept to its last item."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.dialogs.aid_place import aid_place
from assistant.dialogs.draft import said_thing
from assistant.nlp import analyze
from assistant.nlp.compose import compose_goal

CONTENT = get_content("da")
GOALS = CONTENT.goals
TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("hun skal kunne sidde hele forestillingen på to en halv time", 2.5),
        ("øh jeg vil gå tur i tre en halv time om søndagen", 3.5),
        ("far kan sidde i bilen i fire en halv time uden pause", 4.5),
        ("jeg vil gerne kunne gå i to og en halv time", 2.5),
        # no number before it: half an hour
        ("jeg vil kunne gå en halv time", 0.5),
    ],
)
def test_a_spoken_number_and_a_half(said, value):
    assert [m.value for m in analyze(said, TODAY).measures][:1] == [value]


def test_a_count_then_a_half_hour_stays_apart():
    measures = analyze("hun går to gange en halv time", TODAY).measures
    assert [(m.value, m.unit) for m in measures] == [(2, "gang"), (0.5, "time")]


@pytest.mark.parametrize(
    ("phrase", "thing"),
    [
        ("med en plads yderst ved gangen", "plads"),
        ("med en stol forrest i salen", "stol"),
        ("med en plads nederst på tribunen", "plads"),
        ("med en bænk bagerst i kirken", "bænk"),
    ],
)
def test_a_place_adverb_after_a_thing_ends_it(phrase, thing):
    assert said_thing(phrase, CONTENT) == thing


@pytest.mark.parametrize(
    ("told", "phrase", "place"),
    [
        ("Teatret har givet hende en plads yderst ved gangen på nederste række", "en plads yderst",
         "ved gangen"),
        ("kirken har givet mig en plads forrest ved alteret", "en plads forrest", "ved alteret"),
        # no definite place after the adverb: nothing added
        ("de har givet mig en plads yderst", "en plads yderst", ""),
        # no adverb and no purpose: nothing added, as before
        ("jeg skal have en høj stol ved komfuret", "en høj stol", ""),
    ],
)  # fmt: skip
def test_the_place_after_a_place_adverb_stays(told, phrase, place):
    assert aid_place(told, phrase, CONTENT.dialogue, GOALS.grammar) == place


def _reason(told: str, speaker: str) -> str:
    facts = {"activity": "fritid", "own_action": "gå i teatret", "speaker": speaker}
    return compose_goal({**facts, "reason_said": told}, GOALS)


@pytest.mark.parametrize(
    ("told", "speaker", "part"),
    [
        ("Og så har hun og Else noget at snakke om bagefter.", "relative",
         "så Else og jeg har noget at snakke om bagefter"),
        ("så kan hun og hendes søster snakke om det bagefter", "relative",
         "så min søster og jeg kan snakke om det bagefter"),
        ("fordi hun og Grethe altid har gået der sammen", "relative",
         "fordi Grethe og jeg altid har gået der sammen"),
        ("så kan jeg og min kone komme ud sammen", "citizen",
         "så min kone og jeg kan komme ud sammen"),
        ("fordi jeg og Else har gået der i mange år", "citizen",
         "fordi Else og jeg har gået der i mange år"),
    ],
)  # fmt: skip
def test_a_paired_subject_moves_whole(told, speaker, part):
    goal = _reason(told, speaker)
    assert part in goal, goal
    assert "og kan" not in goal and "har og" not in goal, goal


@pytest.mark.parametrize(
    ("told", "speaker", "part"),
    [
        # "og" before a verb joins two doings of one subject, no pair
        ("så kan jeg gå ud og handle selv", "citizen", "så jeg kan gå ud og handle selv"),
        # a comma after the pronoun: no pair
        ("så har jeg noget at snakke om", "citizen", "så jeg har noget at snakke om"),
    ],
)
def test_other_subjects_stay(told, speaker, part):
    goal = _reason(told, speaker)
    assert part in goal, goal


@pytest.mark.parametrize(
    ("said", "end"),
    [
        ("At hun selv kan gå fra indgangen hen til sin plads, sidde hele forestillingen på to "
         "en halv time med pause og selv gå på toilettet i pausen.", "på toilettet i pausen"),
        ("at jeg kan gaa fra parkeringspladsen hen til min plads paa tribunen, se hele kampen "
         "paa halvanden time med pause og så selv hente kaffe i pausen", "kaffe i pausen"),
    ],
)  # fmt: skip
def test_a_list_with_an_adverb_before_its_last_item_is_kept(said, end):
    criterion = str(analyze(said, TODAY).extras.get("criterion") or "")
    assert criterion.endswith(end), criterion
