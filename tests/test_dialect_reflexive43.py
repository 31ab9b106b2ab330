"""Dialect "mi", "di", "si" before a dialect "selv" ("klare mi sæl", "vask si sjæl") are the
reflexive mig, dig, sig, never "min selv"; a purpose whose verb no table knows ("så a ka klaa
mi sæl …") is not quoted in the goal sentence, kept as said for staff (fix round 43, blind81
Inge's Sønderjysk skylletoilet)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.compose import compose_goal

TODAY = date(2026, 12, 6)
CONTENT = get_content("da")


@pytest.mark.parametrize(
    ("said", "spelled"),
    [
        ("a vil gjan klare mi sæl igen", "klare mig selv"),
        ("han ka it vask si sjæl mere", "vaske sig selv"),
        ("a ka godt klare mi sjæl", "klare mig selv"),
        ("øh a vil gjan ku klæd mi sæl på om morn", "mig selv"),
        ("mor hun ka it klare si sjæl i æ bad", "klare sig selv"),
        ("a vil gjan ha en rollator, så a ka klare mi sæl", "klare mig selv"),
    ],
)  # fmt: skip
def test_dialect_possessive_before_selv_is_the_reflexive(said, spelled):
    text = analyze(said, TODAY).extras["spelled"]
    assert spelled in text and "min selv" not in text and "sin selv" not in text, text


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("a har mi kone med", "min kone"),  # the possessive before a noun
        ("min sjæl er træt", "min sjæl"),  # a soul, said in standard Danish
        ("a ka it finde mi stok", "min stok"),
    ],
)  # fmt: skip
def test_dialect_possessive_elsewhere_stays(said, kept):
    assert kept in analyze(said, TODAY).extras["spelled"]


@pytest.mark.parametrize(
    "said",
    [
        "a vil gjan ha et skylletoilet, så a ka klaa mi sæl på æ toilet igen",
        "jeg vil gerne have et badebræt så jeg kan klaa mig selv i badet",
        "a vil gjan ha en ny stok, så a ka gåw te æ købmand",
        "øh han vil gerne ha en gribetang, så han kan snoole sine strømper af",
        "jeg vil ha en skammel for at snoole i haven",
    ],
)  # fmt: skip
def test_a_purpose_whose_verb_no_table_knows_is_unwritten(said):
    extras = analyze(said, TODAY).extras
    assert extras["reason_unwritten"] is True, extras.get("reason")


@pytest.mark.parametrize(
    "said",
    [
        "a vil gjan ha en rollator, så a ka klare mi sæl",
        "jeg vil gerne have et skylletoilet, så jeg kan klare mig selv på toilettet",
        "min mor vil gerne have en rollator så hun kan gaa ned og handle selv",
        "jeg vil gerne lære kryds og tværs så jeg kan løse avisens opgaver hver morgen",
        "jeg vil gerne have en gribetang for at samle ting op fra gulvet",
        "vi vil gerne ha en rampe så far kan trille sig selv ud",
    ],
)  # fmt: skip
def test_a_purpose_with_a_known_verb_is_written(said):
    extras = analyze(said, TODAY).extras
    assert extras["reason"] and extras["reason_unwritten"] is False, extras.get("reason")


def test_the_goal_leaves_an_unwritten_purpose_out():
    facts = {
        "activity": "toilet",
        "own_action": "have et skylletoilet",
        "reason_said": "så jeg kan klaa mig selv på toilettet igen",
        "reason_unwritten": True,
        "speaker": "citizen",
    }
    goal = compose_goal(facts, CONTENT.goals)
    assert "klaa" not in goal and "skylletoilet" in goal, goal


def test_the_goal_writes_a_purpose_with_a_known_verb():
    facts = {
        "activity": "toilet",
        "own_action": "have et skylletoilet",
        "reason_said": "så jeg kan klare mig selv på toilettet igen",
        "reason_unwritten": False,
        "speaker": "citizen",
    }
    assert "så jeg kan klare mig selv" in compose_goal(facts, CONTENT.goals)


@pytest.mark.parametrize(
    "said",
    [
        "øh så Hanne ikke skal hjælpe mig hver eneste morgen og så jeg kan bestemme selv",
        "jeg vil gerne selv kunne tage strømper på, så Birthe kan sove længere",
        "jeg vil gerne have en rollator så Jytte ikke skal køre mig",
    ],
)  # fmt: skip
def test_a_name_as_the_purposes_subject_is_no_unknown_verb(said):
    assert analyze(said, TODAY).extras["reason_unwritten"] is False


@pytest.mark.parametrize(
    "said",
    [
        "så han kan beholde Trofast. hans søn siger at hunden skal væk",
        "jeg vil gerne lave min egen mad så jeg selv kan bestemme hvad jeg spiser",
        "jeg vil gerne kunne gå med hunden, så jeg kan beholde den",
    ],
)  # fmt: skip
def test_an_everyday_verb_no_dictionary_table_holds_is_written(said):
    assert analyze(said, TODAY).extras["reason_unwritten"] is False
