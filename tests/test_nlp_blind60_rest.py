"""Round 27 (c60rest): the rest of blind corpus 60 as general rules: the frequency of a
practice wished after a wish to train, a visitor's habit in a resource about company, the
citizen named as the object of another's help, a concession after a managed habit, and a
reminder alarm that is no aid."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze
from assistant.nlp.clauses import find_clauses
from assistant.nlp.extract import cached_analyzer

TODAY = date(2026, 12, 4)
DAILY = (1, "day", 1)


def _freq(facts):
    f = facts.frequency
    return None if f is None else (f.times, f.per, f.every)


@pytest.mark.parametrize(
    "text",
    [
        "øh jeg vil gerne traene min hukommelse. jeg vil spille kabale hver aften ikk",
        "mor vil gerne træne sin balance. hun vil gå en tur med rollatoren hver morgen",
        "han vil gerne øve sig i at huske navne, han vil gerne læse avisen højt hver formiddag",
    ],
)
def test_a_practice_wished_after_a_wish_to_train_gives_the_frequency(text):
    assert _freq(analyze(text, TODAY)) == DAILY


@pytest.mark.parametrize(
    "text",
    [
        # the later part is someone else's habit, not a wish
        "jeg vil træne hukommelsen. min datter kommer hver søndag",
        # a first wish that trains nothing: the later wish is another activity
        "jeg vil gerne bage boller. jeg vil gerne gå til banko hver torsdag",
    ],
)
def test_a_later_part_without_a_practice_wish_gives_no_frequency(text):
    assert analyze(text, TODAY).frequency is None


@pytest.mark.parametrize(
    ("text", "freq"),
    [
        (
            "øh mor hun har en veninde der kommer hver torsdag og så drikker de kaffe og snakker",
            (1, "week", 1),
        ),
        (
            "min far faar besoeg af naboen som kommer hver soendag til kaffe,"
            " det glaeder han sig til",
            (1, "week", 1),
        ),
    ],
)
def test_a_visitor_who_comes_in_a_relative_clause_is_the_citizens_company(text, freq):
    facts = analyze(text, TODAY)
    assert facts.activity == "socialt_samvaer"
    assert _freq(facts) == freq


def test_a_helper_who_comes_in_a_relative_clause_keeps_the_habit_out():
    # not company: the home helper's morning round is her habit, no goal frequency
    text = "min mor har en hjemmehjælper der kommer hver morgen og hjælper hende i bad"
    assert analyze(text, TODAY).frequency is None


@pytest.mark.parametrize(
    "text",
    [
        "det er mig der goer rent for min far, men han vil gerne selv kunne stoevsuge stuen",
        "øh jeg laver mad til mor hver dag men hun vil gerne selv kunne smøre sin madpakke",
        "jeg har købt en rollator til far, han vil gerne gå en tur",
    ],
)
def test_the_kin_word_done_for_with_han_or_hun_after_is_the_citizen(text):
    facts = analyze(text, TODAY)
    assert facts.perspective == "other"
    assert facts.people == ()


def test_a_kin_word_after_til_is_named_when_another_is_the_subject():
    # "mor" is the citizen; the father she calls is someone else
    facts = analyze("mor vil gerne kunne ringe til far paa plejehjemmet hver aften", TODAY)
    assert facts.people == ("far",)


@pytest.mark.parametrize(
    "text",
    [
        "jeg går selv i bad to gange om ugen, det går fint selv om ryggen gør ondt",
        "mor hun laver selv sin mad hver dag, det klarer hun godt selv om fingrene er stive",
    ],
)
def test_a_habit_managed_in_spite_of_a_trouble_after_selv_om_is_a_resource(text):
    assert analyze(text, TODAY).stance == "resource"


@pytest.mark.parametrize(
    ("said", "conceded"),
    [
        ("det klarer han fint selv om benene driller", True),
        ("det går fint selv om jeg ryster", True),
        ("jeg kan godt gå i bad selv om natten", False),  # "selv", and a time
        ("jeg vil klare trappen selv om to uger", False),  # "selv", and when
    ],
)
def test_selv_om_opens_a_concession_before_a_noun_but_not_before_a_time(said, conceded):
    words = said.split(" ")
    cl = find_clauses(words, cached_analyzer("da").lex, wish=False)
    assert bool(cl.background) is conceded
