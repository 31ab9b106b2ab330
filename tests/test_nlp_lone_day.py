"""A lone definite weekday ("om søndagen") tells when a wish is done, not how often (the shared
development set's convention); said with "hver", in the plural, in a list, a range or beside a
count it stays a frequency. In the dialogue the day is once a week."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from engine_support import answered_until, as_citizen

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)
WEEKLY = {"times": 1, "per": "week", "every": 1}


def frequency(text: str) -> dict | None:
    found = analyze(text, TODAY).frequency
    return dataclasses.asdict(found) if found else None


@pytest.mark.parametrize(
    "text",
    [
        "øh jeg vil så gerne kunne komme til petanque igen om tirsdagen ikk",
        "min far vil gerne kunne koere selv ned til kroen om fredagen og spille kort",
        "hun vil gerne med til gudstjeneste om soendagen men hun kan ikke sidde så længe",
        "jeg vil gerne kunne bage kage til børnebørnene når de kommer om lørdagen",
        "altså det er svært for ham at komme op i bussen om onsdagen når han skal til fysioterapi",
        "jeg kan ikke bære indkøbsposerne hjem fra torvet om lørdagen",
        "mor vil gerne i svømmehallen om mandagen med sine veninder igen",
        "jeg vil gerne hjælpe til i genbrugsbutikken om torsdagen som jeg gjorde før",
        "han vil gerne kunne gå over til naboen og drikke kaffe om søndagen uden sin stok",
    ],
)
def test_a_lone_definite_weekday_is_no_frequency(text):
    assert frequency(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jeg vil gerne svømme om fredagen hver uge", WEEKLY),
        ("hun vil gerne spille bridge om mandagen hver anden uge", {**WEEKLY, "every": 2}),
        ("jeg vil gerne i kirke om søndagen, en gang om ugen", WEEKLY),
        ("øh jeg vil gerne til gymnastik to gange om ugen om tirsdagen", {**WEEKLY, "times": 2}),
        ("han vil gerne i kirke hver søndag igen", WEEKLY),
        ("jeg vil gerne i svømmehallen fredage", WEEKLY),
        ("mor vil gerne spille kort om torsdagene i klubben", WEEKLY),
        ("jeg vil gerne træne mandag og torsdag", {**WEEKLY, "times": 2}),
        ("jeg vil gerne til gymnastik om mandagen og torsdagen", {**WEEKLY, "times": 2}),
        ("jeg vil gerne gå en tur mandag til fredag", {**WEEKLY, "times": 5}),
    ],
)
def test_a_weekday_with_every_a_plural_a_list_or_a_count_stays_a_frequency(text, expected):
    assert frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jeg vil gerne selv tage trøje en på om aftenen", None),
        ("far vil gerne kunne sætte høreapparat et i om morgenen selv", None),
        ("øh mor vil gerne kunne tage strømpe rne af om aftenen selv", None),
        ("hun vil gerne kunne tage bh en på hver morgen", {**WEEKLY, "per": "day"}),
        ("jeg vil gerne spise et æble om dagen", {**WEEKLY, "per": "day"}),
    ],
)
def test_a_split_article_before_a_particle_counts_nothing(text, expected):
    """Speech splits "bh'en" into "bh en": "en på om morgenen" is no thing done each morning,
    and a lone "om morgenen" is no frequency."""
    assert frequency(text) == expected


def test_a_lone_day_keeps_its_words_for_the_goal():
    """The goal sentence says the day where it was said ("… i kirke om søndagen")."""
    facts = analyze("far vil så gerne i kirke om soendagen igen", TODAY)
    assert facts.frequency is None
    assert facts.extras["day_said"] is True
    assert facts.extras["frequency_said"] == "om søndagen"


@pytest.mark.parametrize("said", ["om fredagen", "øh om fredagen", "fredag"])
def test_a_lone_day_answering_how_often_is_once_a_week(said):
    turn = answered_until(
        as_citizen(), {"wish": "jeg vil gerne kunne gå i svømmehallen selv"}, "frequency"
    )
    turn = answered_until(turn, {"frequency": said}, "deadline")
    assert turn.state.slots["frequency"] == WEEKLY


def test_a_lone_day_in_the_wish_is_once_a_week_in_the_dialogue():
    """In the dialogue the goal is set to be done on the day said each week."""
    turn = answered_until(
        as_citizen(), {"wish": "jeg vil gerne kunne komme i kirke om søndagen igen"}, "deadline"
    )
    assert turn.state.slots["frequency"] == WEEKLY


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("fredag. hver uge.", "hver fredag"),
        ("onsdag, hver uge", "hver onsdag"),
        ("lordag. hver anden uge.", "hver anden lørdag"),
        ("min mor vil gerne ringe til sin søster sondag hver uge", "hver søndag"),
        ("øh tirsdag. hver uge. med min nabo", "hver tirsdag"),
        ("om fredagen. hver uge.", "om fredagen hver uge"),
        ("han vil i kirke. om søndagen. en gang om ugen", "om søndagen en gang om ugen"),
    ],
)
def test_a_weekday_told_as_its_own_fragment_before_its_rhythm_is_that_day_each_week(text, said):
    """Single words with full stops ("fredag. hver uge."): the day and how often are one
    frequency, said as the day each week, not the week alone."""
    facts = analyze(text, TODAY)
    assert facts.frequency is not None and (facts.frequency.times, facts.frequency.per) == (
        1,
        "week",
    )
    assert facts.extras["frequency_said"] == said


@pytest.mark.parametrize(
    "text",
    [
        "min datter kommer fredag. hver uge går jeg i svømmehallen",
        "vi spiser sammen om søndagen. hver uge ringer jeg til min bror",
        "hun har tid til lægen på mandag, hver uge går hun til fysioterapi",
    ],
)
def test_a_day_ending_a_sentence_of_its_own_is_no_part_of_the_next_rhythm(text):
    """A day at the end of a sentence about something else is no part of the next rhythm."""
    said = analyze(text, TODAY).extras["frequency_said"]
    assert not ("hver uge" in said and "dag" in said)
