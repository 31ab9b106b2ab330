"""Fix round 37 (f37g), blind corpus 75: South Jutland "morn" is morgen, never "mor"; getting up
from a seat said with how it goes ("kommer fint op af …") or a lift chair is a transfer."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)
DAILY = (1, "day", 1)


def _rate(text: str):
    f = analyze(text, TODAY).frequency
    return None if f is None else (f.times, f.per, f.every)


@pytest.mark.parametrize(
    "said",
    [
        "a tar mæ medicin sæl hver morn å det gå fint",
        "æ går en tur mæ æ hund hver morn",
        "a ka int kom op hver morn uden hjælp",
    ],
)
def test_dialect_morn_is_morning(said: str) -> None:
    facts = analyze(said, TODAY)
    assert _rate(said) == DAILY
    assert "mor" not in facts.people


def test_morn_outside_dialect_stays_as_typed() -> None:
    # no dialect marker: "morn" is not rewritten (a greeting, "god morn")
    assert "morgen" not in (analyze("god morn jeg er træt", TODAY).extras or {}).get("spelled", "")


@pytest.mark.parametrize(
    "said",
    [
        "jeg kommer fint op af min løftestol selv",
        "mor står godt op fra sofaen nu",
        "han kommer sagtens op af lænestolen selv",
        "den løfter mig op og så står jeg",
        "far har fået en løftestol og vil gerne selv kunne rejse sig fra den igen",
    ],
)
def test_getting_up_is_a_transfer(said: str) -> None:
    assert analyze(said, TODAY).activity == "forflytning"


@pytest.mark.parametrize(
    ("said", "act"),
    [
        # lifting weights stays strength training
        ("jeg vil gerne løfte vægte i træningscentret to gange om ugen", "styrke_og_motion"),
        ("jeg kommer fint op ad trappen til første sal", "trapper"),
    ],
)
def test_not_a_transfer(said: str, act: str) -> None:
    assert analyze(said, TODAY).activity == act


@pytest.mark.parametrize(
    ("said", "act"),
    [
        # alone the day through: the company missed, the phone only the means
        (
            "jeg er alene hele dagen min søn bor i Norge vi snakker kun i telefonen",
            "socialt_samvaer",
        ),
        ("mor sidder alene hele weekenden, min bror ringer kun om søndagen", "socialt_samvaer"),
        # another's friends seen, the bus only the way there
        ("far ser sine venner fra klubben hver torsdag han tager bussen derhen", "socialt_samvaer"),
        ("hun ser sine børnebørn hver søndag og hun kører selv derhen", "socialt_samvaer"),
        # waiting the day through for the help: the structure of the day
        (
            "far ved aldrig hvornår hjemmeplejen kommer så han sidder i sin frakke og venter hele"
            " dagen",
            "daglige_rutiner",
        ),
        # the way down to a thing of another task: the task
        (
            "mor kan ikke gaa ned i kaelderen til vaskemaskinen mere hun er blevet for svimmel",
            "toejvask",
        ),
    ],
)
def test_the_deed_chooses_the_activity(said: str, act: str) -> None:
    assert analyze(said, TODAY).activity == act


@pytest.mark.parametrize(
    ("said", "act"),
    [
        # the phone itself is the point
        ("jeg vil gerne lære at ringe til min datter på den nye telefon selv", "kommunikation"),
        # the way down is the trouble when no task waits at its end
        ("jeg kan ikke gå ned i kælderen mere trappen er for stejl", "trapper"),
        ("far vil gerne se fodbold i fjernsynet igen hver lørdag", "fritid"),
    ],
)
def test_means_kept_where_it_is_the_point(said: str, act: str) -> None:
    assert analyze(said, TODAY).activity == act


@pytest.mark.parametrize(
    "said",
    ["mor ser sine veninder hver tirsdag", "far ser sin bror hver uge", "farmor går til banko"],
)
def test_kin_subject_not_joined_with_its_verb(said: str) -> None:
    facts = analyze(said, TODAY)
    assert facts.perspective == "other"
    assert (facts.extras or {}).get("spelled", "").split()[0] == said.split()[0]


@pytest.mark.parametrize(
    "said",
    [
        "mor har hjemmepleje tre gange om dagen og hun er så træt af at vente",
        "jeg får hjemmehjælp hver fjortende dag men jeg kan ikke selv gøre rent imellem",
        "far har fast hjemmepleje to gange om dagen, han kan ikke selv komme i seng",
    ],
)
def test_a_service_had_sets_no_goal_frequency(said: str) -> None:
    assert analyze(said, TODAY).frequency is None


def test_own_rhythm_beside_the_service_stays() -> None:
    said = "jeg har hjemmehjælp, men jeg vil gerne selv kunne gå i bad to gange om ugen"
    assert _rate(said) == (2, "week", 1)


@pytest.mark.parametrize(
    ("said", "act"),
    [
        # opening tins is preparing food, whatever is eaten beside it
        ("mor kan ikke åbne dåser mere så hun spiser bare rugbrød", "madlavning"),
        ("jeg kan ikke faa aabnet en daase tomater med min gigt", "madlavning"),
        # a jar alone stays the eating (realistic_spelling's convention)
        ("jeg vil gerne kunne åbne mine syltetøjsglas selv med en glasåbner", "spise_og_drikke"),
    ],
)
def test_tins_opened_are_cooking(said: str, act: str) -> None:
    assert analyze(said, TODAY).activity == act
