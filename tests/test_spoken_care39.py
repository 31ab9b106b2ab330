"""Looking after a great-grandchild said in speech (fix round 39, blind139 Elna): having the
grandchildren over or fetching them from the nursery is socialt_samvaer, never cooking; a
compound said apart whose first part is no word ("barne stol") is one noun; a thing described
with a feature negated ("… så jeg ikke skal løfte hende") names no aid by that feature."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "øh altså det jeg gerne vil det er at have min lille olde barn igen om torsdagen ik",
        "jeg vil gerne have børnebørnene hos mig om onsdagen igen",
        "hun vil så gerne hente sit oldebarn i vuggestuen igen",
        "jeg vil gerne kunne hente hende i børnehaven om fredagen",
    ],
)
def test_having_or_fetching_the_grandchildren_is_company(said):
    assert analyze(said, TODAY).activity == "socialt_samvaer"


def test_having_grandchildren_as_a_fact_is_no_wish():
    assert analyze("jeg har tre oldebørn og to børnebørn", TODAY).stance != "wish"


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("fysio terapeuten har skaffet en høj barne stol med bakke", "barnestol"),
        ("jeg kan ikke skubbe barne vognen", "barnevognen"),
    ],
)
def test_a_compound_said_apart_at_a_linking_letter_is_one_word(said, joined):
    assert joined in (analyze(said, TODAY).extras or {}).get("spelled", "").split()


def test_two_words_stay_apart():
    spelled = (analyze("jeg vil hente hende i skole igen", TODAY).extras or {}).get("spelled")
    assert "hende i skole" in spelled


@pytest.mark.parametrize(
    ("said", "aids"),
    [
        ("en høj barne stol med bakke så jeg ikke skal løfte hende op fra gulvet", []),
        ("en stol man ikke skal løfte", []),
        ("sådan en stol der løfter mig op", ["løftestol"]),
        ("en lænestol der kan løfte mig så jeg ikke falder", ["løftestol"]),
    ],
)
def test_a_feature_negated_names_no_aid(said, aids):
    assert [a for a in analyze(said, TODAY).aids if a == "løftestol"] == aids
