"""Fix round 44 (blind82): an owned child opening the sentence with a modal and its own
"sin"/"sine" anywhere in that clause ("Vores datter vil gerne have en fast rytme sammen med sin
kontaktperson") is the citizen told of, and the one after "sin" is named; a number before a
weekday plural per period ("to lørdage om måneden") counts the occasions; an amount after a
comma and "kun"/"højst", behind a negated "kan" ("kan ikke stå ved komfuret længe, kun ti
minutter"), is today's level, no measure; "uden at jeg trækker i ham" in a wish is selv."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "people"),
    [
        ("Vores datter vil gerne have en fast rytme i ugen sammen med sin kontaktperson",
         ("kontaktperson",)),
        ("vores datter skal lære at lave mad selv i sin nye lejlighed med hjælp fra sin"
         " kontaktperson", ("kontaktperson",)),
        ("øh vores søn vil gerne lære at tage bussen til værkstedet sammen med sin"
         " kontaktperson", ("kontaktperson",)),
        ("vores soen vil gerne kunne handle ind selv i Netto sammen med sin kontaktperson",
         ("kontaktperson",)),
    ],
)  # fmt: skip
def test_an_owned_child_with_its_own_sin_is_the_citizen(said, people):
    facts = analyze(said, TODAY)
    assert (facts.perspective, tuple(facts.people)) == ("other", people)


@pytest.mark.parametrize(
    ("said", "perspective", "people"),
    [
        ("Vores datter vil gerne komme hver dag og hjælpe os med at handle", "self", ("datter",)),
        ("min datter vil gerne køre mig til lægen", "self", ("datter",)),
        ("vores søn vil gerne hjælpe sin far med haven", "other", ("far",)),
    ],
)  # fmt: skip
def test_a_helping_child_stays_the_speakers(said, perspective, people):
    facts = analyze(said, TODAY)
    assert (facts.perspective, tuple(facts.people)) == (perspective, people)


@pytest.mark.parametrize(
    ("said", "times", "per"),
    [
        ("øh far vil gerne i svømmehallen to søndage om maaneden igen", 2, "month"),
        ("mor vil gerne kunne komme i kirke tre søndage om måneden", 3, "month"),
        ("jeg vil gerne hjælpe i genbrugsbutikken to fredage om måneden", 2, "month"),
        ("jeg vil gerne arbejde tre hverdage om ugen igen", 3, "week"),
        ("jeg vil gerne spille kort to gange om måneden", 2, "month"),  # unchanged
        ("jeg vil gerne spille kort hver lørdag", 1, "week"),  # unchanged
        ("han vil gerne i svømmehallen lørdage", 1, "week"),  # unchanged
    ],
)  # fmt: skip
def test_weekdays_counted_per_period(said, times, per):
    freq = analyze(said, TODAY).frequency
    assert (freq.times, freq.per) == (times, per)


def test_a_lone_definite_weekday_stays_no_frequency():
    assert analyze("jeg vil gerne gå til gymnastik om lørdagen", TODAY).frequency is None


@pytest.mark.parametrize(
    "said",
    [
        "han kan ikke gå langt mere, højst 200 meter, så må han sætte sig",
        "oeh mor kan ikke sidde ret laenge, kun en halv time, saa skal hun ligge ned",
        "a ka int stå op ret læng, kun et kvarter",
    ],
)
def test_the_level_after_a_negated_limit_is_no_measure(said):
    assert analyze(said, TODAY).measures == ()


@pytest.mark.parametrize(
    ("said", "value", "unit"),
    [
        ("jeg kan godt gå, kun 200 meter", 200, "meter"),
        ("jeg vil gerne kunne gå 500 meter igen, nu kan jeg kun gå 200 meter", 500, "meter"),
        ("min mand kan kun sove to timer ad gangen", 2, "time"),
        ("jeg kan ikke gå 300 meter uden pause", 300, "meter"),
    ],
)
def test_other_amounts_stay(said, value, unit):
    measures = analyze(said, TODAY).measures
    assert [(m.value, m.unit) for m in measures] == [(value, unit)]


@pytest.mark.parametrize(
    "said",
    [
        "øh mor vil gerne kunne komme op af sofaen uden at min bror hiver i hende",
        "far vil gerne kunne komme ind i bilen uden at nogen løfter ham",
        "min kone vil gerne kunne rejse sig fra stolen uden at jeg trækker i hende",
    ],
)
def test_no_hands_on_the_person_in_a_wish_is_selv(said):
    assert analyze(said, TODAY).independence == "selv"


def test_hands_on_told_as_today_state_no_independence():
    said = "min mand trækker i mig når jeg skal op af sengen"
    assert analyze(said, TODAY).independence is None
