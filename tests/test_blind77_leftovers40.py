"""Fix round 40 (corpus 77 leftovers): an aid said again by the last part of its compound is the
same aid ("en badekarslift … med liften"); cleaning a thing worn in the body is personal hygiene
("få mit gebis ud og gøre det rent"); a resource that tells the effect of the habit before it
keeps the habit's rhythm ("går til stolegymnastik tre gange om ugen og kan mærke …")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "aids"),
    [
        ("Kommunen siger jeg kan få en badekarslift. Jeg vil selv i bad med liften.",
         ["badekarslift"]),
        ("vi har faet en trappelift. jeg vil selv kunne komme op med liften", ["trappelift"]),
        ("jeg har en firehjulsrollator men bruger rollatoren mest indenfor", ["rollator"]),
        ("min nye badebænk er god, jeg sidder på bænken når jeg vasker mig", ["badebænk"]),
    ],
)  # fmt: skip
def test_an_aid_named_again_by_its_last_part_is_the_same_aid(text, aids):
    assert list(analyze(text, TODAY).aids) == aids


def test_an_aid_named_again_keeps_the_means():
    text = "Kun badekar. Kommunen siger jeg kan få en badekarslift. Jeg vil i bad med liften."
    assert analyze(text, TODAY).independence == "hjaelpemiddel"


def test_two_aids_named_bare_stay_two():
    assert set(analyze("jeg har en badekarslift og en lift ved sengen", TODAY).aids) == {
        "badekarslift",
        "lift",
    }


@pytest.mark.parametrize(
    "text",
    [
        "jeg ka ikke få mit gebis ud å gøre det rent mer",
        "jeg kan ikke gøre mit gebis rent mere, fingrene vil ikke",
        "min mor kan ikke selv gøre tandprotesen ren",
        "jeg vil gerne selv kunne tage høreapparatet ud og gøre det rent",
    ],
)
def test_cleaning_a_thing_worn_in_the_body_is_hygiene(text):
    assert analyze(text, TODAY).activity == "vask_og_hygiejne"


@pytest.mark.parametrize(
    "text",
    [
        "jeg kan ikke gøre køkkenet rent mere",
        "jeg vil gerne selv gøre badeværelset rent",
    ],
)
def test_cleaning_the_home_stays_housework(text):
    assert analyze(text, TODAY).activity == "rengoering"


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Jeg går til stolegymnastik på aktivitetscentret tre gange om ugen og jeg kan mærke at "
         "jeg er blevet stærkere", 3),
        ("jeg gaar til stolegymnastik to gange om ugen og jeg kan maerke at jeg er staerkere", 2),
    ],
)  # fmt: skip
def test_a_resource_after_its_habit_keeps_the_habits_rhythm(text, times):
    freq = analyze(text, TODAY).frequency
    assert freq is not None and freq.times == times and freq.per == "week"


@pytest.mark.parametrize(
    "text",
    [
        "jeg gik til dans hver fredag før, og jeg kan stadig godt lide musik",  # a past habit
        "jeg ser min datter hver søndag og jeg kan selv lave mad",  # another doing
        "hjemmeplejen kommer hver morgen og jeg kan godt selv",  # the helper's habit
    ],
)
def test_a_past_or_another_habit_gives_the_resource_no_rhythm(text):
    assert analyze(text, TODAY).frequency is None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Min kone vil gerne have at jeg går med til seniordans, men det gider jeg ikke.", "kone"),
        ("min mand vil gerne ha at jeg kommer med i svømmehallen men det vil jeg altså ikke",
         "mand"),
        ("min kone hun vil have at jeg skal gå til træning, men det gider jeg ikke", "kone"),
    ],
)  # fmt: skip
def test_the_wisher_of_a_wish_turned_down_is_named_and_the_speaker_speaks_of_self(text, person):
    facts = analyze(text, TODAY)
    assert facts.perspective == "self"
    assert person in facts.people


@pytest.mark.parametrize(
    "text",
    [
        "Min kone vil gerne kunne danse igen, men hun tør ikke",  # her own wish
        "min mor vil gerne have at jeg kommer hver dag",  # not turned down
    ],
)
def test_a_wish_of_their_own_or_one_kept_stays_told_of_another(text):
    assert analyze(text, TODAY).perspective == "other"
