"""Fix round 46 (fI, blind84): hours a day of work are a measure and no frequency ("tilbage
som maler fire timer om dagen"); a habit a trouble leads to ("så jeg spiser bare suppe hver
dag") is no goal frequency; a kin word with a modal helping the speaker ("min mand må hjælpe
mig") is the helper, the speaker the citizen."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)
DAILY = {"times": 1, "per": "day", "every": 1}


def _freq(said: str):
    f = analyze(said, TODAY).frequency
    return None if f is None else {"times": f.times, "per": f.per, "every": f.every}


def _measures(said: str):
    return [(m.value, m.unit) for m in analyze(said, TODAY).measures]


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("han vil arbejde tre timer om dagen", 3),
        ("jeg vil gerne tilbage paa kontoret fem timer om dagen efter sommerferien", 5),
        ("øh min kone vil tilbage i butikken bare fire timer om dagen i starten", 4),
        ("jeg vil gerne ud i haven fire timer om dagen igen", 4),
        ("Jeg vil arbejde i frisørsalon to timer om dagen. Nu jeg har ondt i hånd.", 2),
        ("altsaa far vil gerne hjaelpe til paa gaarden et par timer om dagen", 2),
    ],
)
def test_hours_a_day_are_a_measure_no_frequency(said, hours):
    assert _freq(said) is None
    assert (hours, "time") in _measures(said)


@pytest.mark.parametrize(
    "said",
    [
        # a single (half) hour a day, or hours "hver dag", stay daily
        "øh jeg vil gerne strikke en halv time om dagen igen",
        "jeg vil gerne gaa en tur en time hver dag",
        "jeg vil gerne kunne cykle to timer hver dag",
        "mor vil gerne gå 20 minutter om dagen",
    ],
)
def test_other_daily_amounts_stay_daily(said):
    assert _freq(said) == DAILY


def test_hours_a_day_with_days_a_week_keep_the_week():
    said = "jeg vil arbejde igen tre timer om dagen, to dage om ugen"
    assert _freq(said) == {"times": 2, "per": "week", "every": 1}


@pytest.mark.parametrize(
    "said",
    [
        "kødet vil ikke ned så jeg spiser bare suppe hver dag",
        "øh far falder hele tiden saa han ligger i sengen hver dag",
        "mor er så ked af det så hun græder hver aften",
        "jeg kan ikke komme ud længere så jeg sidder bare hjemme hver dag",
        "ja han kan ikke tygge saa han faar groed hver morgen",
    ],
)
def test_a_troubles_consequence_habit_is_no_frequency(said):
    assert analyze(said, TODAY).stance == "difficulty"
    assert _freq(said) is None


@pytest.mark.parametrize(
    "said",
    [
        # a plan or a wish in the consequence keeps its rhythm
        "jeg har svaert ved at gaa saa jeg skal traene hver dag",
        "jeg kan ikke tygge kød så jeg vil gerne have blød mad hver dag",
    ],
)
def test_a_planned_or_wished_consequence_keeps_its_frequency(said):
    assert _freq(said) == DAILY


@pytest.mark.parametrize(
    ("said", "helper"),
    [
        ("min mand må hjælpe mig på toilettet om natten", "mand"),
        ("Om natten min mand må hjælpe mig på toilet", "mand"),
        ("datteren skal hjaelpe mig med indkoebet hver uge", "datter"),
        ("min kone maa jo hjaelpe mig ud af sengen hver morgen", "kone"),
        ("min søn skal altid hjælpe mig i bad, jeg vil gerne selv kunne", "søn"),
        ("øh min datter må hjælpe os med at handle", "datter"),
    ],
)
def test_kin_with_a_modal_helping_the_speaker_is_the_helper(said, helper):
    got = analyze(said, TODAY)
    assert got.perspective == "self"
    assert helper in got.people


@pytest.mark.parametrize(
    "said",
    [
        # the kin word's own wish or trouble stays theirs
        "min mand vil gerne hjælpe mig i haven",
        "min mand kan ikke gå i bad selv mere",
        "min kone skal lære at gå med rollator",
        "min mand må ikke løfte noget efter operationen",
    ],
)
def test_kin_with_a_modal_of_their_own_stays_the_citizen(said):
    assert analyze(said, TODAY).perspective == "other"
