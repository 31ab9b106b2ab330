"""Blind corpus 79, fix round 41 (fF): a brace put on is dressing, not knowing one's own is
memory, knowing nobody or sitting alone every day is loneliness (its "hver dag" no goal
frequency), getting into the bus is the ride, and a hobby that "holder hovedet i gang" stays
the hobby; a lone "hver anden" beside a weekday ("søndag. hver anden.") is every other week.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "far vil gerne selv kunne faa sit korset paa om morgenen",
        "jeg kan ikke tage min ortose på uden hjælp",
        "hun vil lære at sætte skinnen på hånden selv om aftenen",
        "min kone kan ikke faa støttekorsettet af selv",
    ],
)
def test_a_brace_or_splint_put_on_or_off_is_dressing(text):
    assert analyze(text, TODAY).activity == "paaklaedning"


def test_a_brace_only_got_is_no_dressing():
    assert analyze("jeg fik et korset af lægen", TODAY).activity != "paaklaedning"


@pytest.mark.parametrize(
    "text",
    [
        "far kan ikke altid kende mig når jeg kommer",
        "hun genkender ikke sine børnebørn mere",
        "mor kender mig ikke mere, hun tror jeg er hendes søster",
        "han ku ikke kende sin egen søn i gaar",
    ],
)
def test_not_knowing_a_close_person_is_memory(text):
    facts = analyze(text, TODAY)
    assert facts.activity == "hukommelse"
    assert facts.stance == "difficulty"


def test_knowing_a_person_well_is_no_memory():
    assert analyze("jeg kender ham godt, det er min nabo", TODAY).activity is None


@pytest.mark.parametrize(
    "text",
    [
        "jeg kender ingen her i byen",
        "mor kender ikke nogen her efter hun flyttede ind",
        "hun sidder alene hver dag i lejligheden",
        "far er alene hver aften siden mor døde",
    ],
)
def test_knowing_nobody_or_alone_every_day_is_loneliness(text):
    facts = analyze(text, TODAY)
    assert facts.activity == "socialt_samvaer"
    assert facts.stance == "difficulty"
    assert facts.frequency is None


def test_a_wish_beside_the_loneliness_keeps_its_frequency():
    facts = analyze(
        "jeg sidder alene hele dagen, jeg vil gerne i spiseklubben en gang om ugen", TODAY
    )
    assert facts.stance == "wish"
    assert facts.frequency is not None and facts.frequency.per == "week"


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil ikke vaere saa ensom om soendagen",
        "øh jeg vil ikke vaere ensom om soendagen",
    ],
)
def test_a_state_wished_away_keeps_its_time_out_of_the_wish(text):
    # the wish's time ("om søndagen") is no trouble's rhythm: it is cut from the wish's words
    facts = analyze(text, TODAY)
    assert not facts.extras["action"].endswith(("søndagen", "aften", "mere"))


def test_a_walk_alone_every_day_keeps_its_frequency():
    facts = analyze("jeg går alene en tur hver dag", TODAY)
    assert facts.frequency is not None and facts.frequency.per == "day"


@pytest.mark.parametrize(
    "text",
    [
        "hun kommer ikke ind i bussen mer, trinet er for hojt",
        "jeg kan ikke komme op i bussen med min rolator",
    ],
)
def test_getting_into_the_bus_is_the_ride(text):
    assert analyze(text, TODAY).activity == "transport"


def test_getting_up_from_the_chair_stays_a_transfer():
    assert analyze("jeg kan ikke komme op af stolen", TODAY).activity == "forflytning"


@pytest.mark.parametrize(
    "text",
    [
        "jeg spiller kabale hver aften det holder hjernen frisk",
        "min mand laver krydsord, det holder hovedet igang siger han",
    ],
)
def test_a_hobby_that_keeps_the_head_going_is_the_hobby(text):
    assert analyze(text, TODAY).activity == "fritid"


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne holde hovedet i gang",
        "han løser hjerne gymnastik paa tabletten for at holde hovedet i gang",
    ],
)
def test_keeping_the_head_going_as_the_goal_stays_memory(text):
    assert analyze(text, TODAY).activity == "hukommelse"


@pytest.mark.parametrize(
    ("text", "every", "said"),
    [
        ("søndag. hver anden.", 2, "hver anden søndag"),
        ("Lørdag. Hver anden.", 2, "hver anden lørdag"),
        ("om tirsdagen, hver anden", 2, "hver anden tirsdag"),
        ("hver anden. fredag.", 2, "hver anden fredag"),
        ("onsdag, hver tredje", 3, "hver tredje onsdag"),
    ],
)
def test_a_lone_hver_anden_beside_a_weekday_is_every_other_week(text, every, said):
    facts = analyze(text, TODAY)
    assert (facts.frequency.times, facts.frequency.per, facts.frequency.every) == (1, "week", every)
    assert facts.extras["frequency_said"] == said


@pytest.mark.parametrize(
    "text",
    ["fredag. hver uge.", "jeg tager hver anden, søndag er fin", "hver anden gang om søndagen"],
)
def test_hver_anden_going_on_or_a_day_said_on_is_not_every_other_week(text):
    facts = analyze(text, TODAY)
    assert facts.frequency is None or facts.frequency.every == 1


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("jeg klipper roserne med en saks med fjeder nu", "fjedersaks"),
        ("ergoterapeuten gav mig en fjedersaks saa jeg kan klippe selv", "fjedersaks"),
        ("min mand har lavet et drejebord i den rigtige hoejde til mig", "drejebord"),
    ],
)
def test_spring_scissors_and_a_turntable_are_aids(text, aid):
    assert aid in analyze(text, TODAY).aids


@pytest.mark.parametrize("text", ["saksen er sløv", "fjederen i sengen er gaaet"])
def test_scissors_or_a_spring_alone_are_no_aid(text):
    assert analyze(text, TODAY).aids == ()
